package org.newsatlas.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.places.PlaceSentence.Highlight;

/** Cuts the sentences around mentions out of an article and places the highlights in them. */
final class SentenceSnippets {

    private SentenceSnippets() {
    }

    /** A mention located in an article: enough to cut out its sentence (mention id 0: not asked for). */
    record Located(int start, int end, int sentenceStart, int sentenceEnd, long mentionId) {

        Located(int start, int end, int sentenceStart, int sentenceEnd) {
            this(start, end, sentenceStart, sentenceEnd, 0);
        }
    }

    /**
     * One snippet per distinct sentence, in text order; every mention inside a sentence becomes
     * a highlight of it. Offsets outside the text are clamped rather than trusted.
     */
    static List<PlaceSentence> of(long articleId, String title, String text, List<Located> mentions) {
        Map<Integer, List<Located>> bySentence = new LinkedHashMap<>();
        mentions.stream()
                .sorted(Comparator.comparingInt(Located::sentenceStart).thenComparingInt(Located::start))
                .forEach(m -> bySentence.computeIfAbsent(m.sentenceStart(), k -> new ArrayList<>()).add(m));
        List<PlaceSentence> sentences = new ArrayList<>();
        for (List<Located> group : bySentence.values()) {
            int from = clamp(group.get(0).sentenceStart(), text);
            int to = clamp(group.stream().mapToInt(Located::sentenceEnd).max().orElse(from), text);
            to = Math.max(to, from);
            List<Highlight> highlights = new ArrayList<>();
            int covered = from;
            for (Located m : group) {
                int start = Math.max(clamp(m.start(), text), covered);
                int end = Math.min(clamp(m.end(), text), to);
                if (start < end) {
                    highlights.add(new Highlight(start - from, end - from, m.mentionId()));
                    covered = end;
                }
            }
            sentences.add(new PlaceSentence(articleId, title, from, text.substring(from, to), highlights));
        }
        return sentences;
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
