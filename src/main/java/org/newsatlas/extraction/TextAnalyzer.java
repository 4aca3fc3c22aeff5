package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a text into sentences and tokens and tags parts of speech, keeping char offsets.
 * Not thread-safe (the OpenNLP {@code *ME} objects keep state): one per thread.
 */
public final class TextAnalyzer {

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public TextAnalyzer(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.partsOfSpeech());
    }

    public List<AnalyzedSentence> analyze(String text) {
        List<AnalyzedSentence> sentences = new ArrayList<>();
        for (Span paragraph : paragraphs(text)) {
            String paragraphText = text.substring(paragraph.getStart(), paragraph.getEnd());
            for (Span sentence : sentenceDetector.sentPosDetect(paragraphText)) {
                int sentenceStart = paragraph.getStart() + sentence.getStart();
                int sentenceEnd = paragraph.getStart() + sentence.getEnd();
                sentences.add(analyzeSentence(text, sentenceStart, sentenceEnd));
            }
        }
        return sentences;
    }

    private AnalyzedSentence analyzeSentence(String text, int start, int end) {
        String sentence = text.substring(start, end);
        Span[] tokenSpans = TokenSplitter.refine(sentence, tokenizer.tokenizePos(sentence));
        String[] tokens = Span.spansToStrings(tokenSpans, sentence);
        String[] tags = tokens.length == 0 ? new String[0] : tagger.tag(tokens);
        List<AnalyzedSentence.Token> analyzed = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            analyzed.add(new AnalyzedSentence.Token(tokens[i],
                    start + tokenSpans[i].getStart(), start + tokenSpans[i].getEnd(), tags[i]));
        }
        return new AnalyzedSentence(start, end, analyzed);
    }

    /**
     * Blank-line separated blocks: a heading or a title line never runs into the next paragraph's
     * first sentence, which the sentence model alone would do when the heading has no full stop.
     */
    static List<Span> paragraphs(String text) {
        List<Span> blocks = new ArrayList<>();
        int lineStart = 0;
        int blockStart = -1;
        int blockEnd = -1;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (blank) {
                if (blockStart >= 0) {
                    blocks.add(new Span(blockStart, blockEnd));
                    blockStart = -1;
                }
            } else {
                int contentStart = lineStart;
                while (Character.isWhitespace(text.charAt(contentStart))) {
                    contentStart++;
                }
                int contentEnd = lineEnd;
                while (Character.isWhitespace(text.charAt(contentEnd - 1))) {
                    contentEnd--;
                }
                if (blockStart < 0) {
                    blockStart = contentStart;
                }
                blockEnd = contentEnd;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (blockStart >= 0) {
            blocks.add(new Span(blockStart, blockEnd));
        }
        return blocks;
    }
}
