package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.List;
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
    private final WindowTagger tagger;
    private final AbbreviationStops abbreviationStops;

    public TextAnalyzer(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new ChunkTokenizer(new TokenizerME(models.tokens()));
        this.tagger = new WindowTagger(models.partsOfSpeech());
        this.abbreviationStops = new AbbreviationStops(models.givenNames(), models.commonWords());
    }

    public List<AnalyzedSentence> analyze(String text) {
        List<AnalyzedSentence> sentences = new ArrayList<>();
        for (Span paragraph : paragraphs(text)) {
            String paragraphText = text.substring(paragraph.getStart(), paragraph.getEnd());
            Span[] detected = sentenceDetector.sentPosDetect(paragraphText);
            for (Span sentence : abbreviationStops.rejoined(paragraphText, detected)) {
                Checkpoint.reached();
                int sentenceStart = paragraph.getStart() + sentence.getStart();
                int sentenceEnd = paragraph.getStart() + sentence.getEnd();
                sentences.addAll(inPieces(analyzeSentence(text, sentenceStart, sentenceEnd)));
            }
        }
        return sentences;
    }

    /**
     * Longest run of tokens analysed as one sentence. Real sentences stay far below it; a text
     * without sentence ends (a list, a table, hostile input) would otherwise make one sentence
     * that the tagger and the name finder must take in a single call that cannot be stopped.
     */
    static final int LONGEST_SENTENCE = 400;

    /** The sentence, or consecutive pieces of it no longer than {@link #LONGEST_SENTENCE} tokens. */
    static List<AnalyzedSentence> inPieces(AnalyzedSentence sentence) {
        if (sentence.size() <= LONGEST_SENTENCE) {
            return List.of(sentence);
        }
        List<AnalyzedSentence> pieces = new ArrayList<>();
        for (int from = 0; from < sentence.size(); from += LONGEST_SENTENCE) {
            List<AnalyzedSentence.Token> tokens = sentence.tokens()
                    .subList(from, Math.min(sentence.size(), from + LONGEST_SENTENCE));
            pieces.add(new AnalyzedSentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
        }
        return pieces;
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
        return tagged(sentence, new int[][] {{0, sentence.size()}});
    }

    /**
     * The sentence with part-of-speech tags on the tokens of each range [from, to) and their
     * neighbours, the only tokens the evidence rules read; other tokens stay untagged (null). The
     * tagger reads two tokens either side, so each range is tagged with a margin of
     * {@link #TAGGER_CONTEXT} more tokens as a sentence of its own: the tags of a short window
     * cost a fraction of a long sentence's. The margin after the last neighbour is read, not
     * tagged ({@link WindowTagger}).
     */
    AnalyzedSentence tagged(AnalyzedSentence sentence, int[][] ranges) {
        if (sentence.size() == 0 || sentence.token(0).tag() != null) {
            return sentence;
        }
        String[] tags = new String[sentence.size()];
        List<String> texts = sentence.tokenTexts();
        for (int[] window : windows(ranges, sentence.size())) {
            Checkpoint.reached();
            String[] found = tagger.tagFirst(texts.subList(window[0], window[1]).toArray(new String[0]),
                    window[2] - window[0]);
            System.arraycopy(found, 0, tags, window[0], found.length);
        }
        List<AnalyzedSentence.Token> tokens = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            AnalyzedSentence.Token token = sentence.token(i);
            tokens.add(new AnalyzedSentence.Token(token.text(), token.start(), token.end(), tags[i]));
        }
        return new AnalyzedSentence(sentence.start(), sentence.end(), tokens);
    }

    /** Tokens either side of a range that the tagger reads to tag the range's edges. */
    static final int TAGGER_CONTEXT = 2;

    /**
     * The ranges widened by a neighbour and the tagger's context, merged where they touch, in
     * order: start and end of each window, then the end of its last neighbour (what the rules read).
     */
    static List<int[]> windows(int[][] ranges, int size) {
        List<int[]> sorted = new ArrayList<>();
        for (int[] range : ranges) {
            // the rules read one token either side of a span: a title before it, a surname after it
            sorted.add(new int[] {Math.max(0, range[0] - 1 - TAGGER_CONTEXT),
                    Math.min(size, range[1] + 1 + TAGGER_CONTEXT), Math.min(size, range[1] + 1)});
        }
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] window : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && window[0] <= last[1]) {
                last[1] = Math.max(last[1], window[1]);
                last[2] = Math.max(last[2], window[2]);
            } else {
                merged.add(window);
            }
        }
        return merged;
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
