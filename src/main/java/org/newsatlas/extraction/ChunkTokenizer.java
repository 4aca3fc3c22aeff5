package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * The OpenNLP tokenizer, asked only about the whitespace-separated chunks it could split. The model
 * decides at every character of a chunk whether a token ends there, looking at that chunk alone,
 * so a chunk of ASCII letters and digits ("Tripoli", "2020"), which it keeps whole, need not be
 * asked: about four chunks in five; nor need a plain word followed by a comma, semicolon, colon,
 * question or exclamation mark, which it always splits there. Other chunks ("U.S.", "Egypt.",
 * "don't", "(LTTE)") go to the model as before, unless they are longer than any word: the
 * model's work grows with the square of a chunk's length (a 64,000-character chunk held a core for
 * over ten seconds), so a longer chunk (a long address, encoded data, hostile input) is cut by rule
 * instead, in one pass: runs of letters and digits, and every other character on its own. The
 * model's answer depends on the chunk alone, and news repeats such chunks ("U.S.", "said.",
 * "it's", "(AP)"), so the answers for the most recently used chunks are kept. Not thread-safe
 * (holds a {@link TokenizerME} and that memory).
 */
final class ChunkTokenizer {

    /** Punctuation that the model always splits off a plain word it follows: "Tripoli," "Sirte;". */
    static final String SEPARATORS = ",;:?!";

    /** Longest chunk the model is asked about; longer than any word or ordinary web address. */
    static final int LONGEST_CHUNK_FOR_THE_MODEL = 200;

    /**
     * Chunks whose split is remembered, least recently used forgotten first: enough for the
     * chunks a news text repeats, small enough (some 100 bytes each) not to matter in memory.
     */
    static final int REMEMBERED_CHUNKS = 4096;

    private final TokenizerME tokenizer;
    private final Map<String, int[]> remembered = new LinkedHashMap<>(REMEMBERED_CHUNKS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > REMEMBERED_CHUNKS;
        }
    };

    ChunkTokenizer(TokenizerME tokenizer) {
        this.tokenizer = tokenizer;
    }

    Span[] tokenizePos(String text) {
        List<Span> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            if (isPlainWord(text, start, i)) {
                tokens.add(new Span(start, i));
            } else if (i - start > 1 && isPlainWord(text, start, i - 1) && SEPARATORS.indexOf(text.charAt(i - 1)) >= 0) {
                tokens.add(new Span(start, i - 1));
                tokens.add(new Span(i - 1, i));
            } else if (i - start > LONGEST_CHUNK_FOR_THE_MODEL) {
                cutByRule(text, start, i, tokens);
            } else {
                int[] bounds = byTheModel(text.substring(start, i));
                for (int b = 0; b < bounds.length; b += 2) {
                    tokens.add(new Span(start + bounds[b], start + bounds[b + 1]));
                }
            }
        }
        return tokens.toArray(new Span[0]);
    }

    /** The model's tokens of a chunk as start and end offsets in turn, from memory when it has them. */
    int[] byTheModel(String chunk) {
        int[] bounds = remembered.get(chunk);
        if (bounds == null) {
            Span[] spans = tokenizer.tokenizePos(chunk);
            bounds = new int[spans.length * 2];
            for (int s = 0; s < spans.length; s++) {
                bounds[2 * s] = spans[s].getStart();
                bounds[2 * s + 1] = spans[s].getEnd();
            }
            remembered.put(chunk, bounds);
        }
        return bounds;
    }

    /** Number of chunks whose split is remembered. */
    int rememberedChunks() {
        return remembered.size();
    }

    /** Whether the chunk's split is remembered (asking does not count as using it). */
    boolean remembers(String chunk) {
        return remembered.containsKey(chunk);
    }

    /** Runs of letters and digits as tokens, every other character a token of its own. */
    static void cutByRule(String text, int start, int end, List<Span> tokens) {
        int i = start;
        while (i < end) {
            int tokenStart = i;
            if (Character.isLetterOrDigit(text.charAt(i))) {
                while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            tokens.add(new Span(tokenStart, i));
        }
    }

    /** ASCII letters and digits only: the model's own alphanumeric pattern. */
    static boolean isPlainWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
