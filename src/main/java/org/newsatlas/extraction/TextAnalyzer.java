package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a text into sentences and tokens, keeping char offsets, and tags parts of speech on
 * request: tagging costs as much as the rest together, and only sentences that hold a candidate
 * place name need it. Not thread-safe (the OpenNLP {@code *ME} objects keep state): one per thread.
 */
public final class TextAnalyzer {

    private final SentenceDetectorME sentenceDetector;
    private final ChunkTokenizer tokenizer;
    private final POSTaggerME tagger;

    public TextAnalyzer(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new ChunkTokenizer(new TokenizerME(models.tokens()));
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
        List<AnalyzedSentence.Token> analyzed = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            analyzed.add(new AnalyzedSentence.Token(tokens[i],
                    start + tokenSpans[i].getStart(), start + tokenSpans[i].getEnd(), null));
        }
        return new AnalyzedSentence(start, end, analyzed);
    }

    /** The sentence with the part-of-speech tag of every token. */
    public AnalyzedSentence tagged(AnalyzedSentence sentence) {
        if (sentence.size() == 0 || sentence.token(0).tag() != null) {
            return sentence;
        }
        String[] tags = tagger.tag(sentence.tokenTexts().toArray(new String[0]));
        List<AnalyzedSentence.Token> tokens = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            AnalyzedSentence.Token token = sentence.token(i);
            tokens.add(new AnalyzedSentence.Token(token.text(), token.start(), token.end(), tags[i]));
        }
        return new AnalyzedSentence(sentence.start(), sentence.end(), tokens);
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
