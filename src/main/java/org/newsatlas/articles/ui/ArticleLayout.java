package org.newsatlas.articles.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsatlas.base.ui.Highlighted;
import org.newsatlas.places.PlacedMention;

/**
 * Splits an article into runs of text for the reader: the sentences that mention places become
 * their own segments (so they can be scrolled to), each mention in them becomes a mark, and the
 * hits of a search become marks of their own (a hit on a name marks the name).
 */
final class ArticleLayout {

    /** Text, a mention of a place when placeId is not null, and whether a search hit covers it. */
    record Piece(String text, Long placeId, boolean hit) {

        Piece(String text, Long placeId) {
            this(text, placeId, false);
        }
    }

    /** A run of text; sentenceStart is null for text outside the sentences that mention places. */
    record Segment(Integer sentenceStart, List<Piece> pieces) {
    }

    private ArticleLayout() {
    }

    static List<Segment> of(String text, List<PlacedMention> mentions) {
        return of(text, mentions, List.of());
    }

    /** Hits are sorted, non-overlapping char ranges of the text. */
    static List<Segment> of(String text, List<PlacedMention> mentions, List<Highlighted.Range> hits) {
        List<PlacedMention> sorted = mentions.stream()
                .filter(m -> 0 <= m.start() && m.start() < m.end() && m.end() <= text.length())
                .sorted(Comparator.comparingInt(PlacedMention::start))
                .toList();
        List<int[]> sentences = sentenceRanges(text, sorted);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (int[] sentence : sentences) {
            if (sentence[0] > position) {
                segments.add(new Segment(null, plain(text, position, sentence[0], hits)));
            }
            segments.add(new Segment(sentence[0], pieces(text, sentence[0], sentence[1], sorted, hits)));
            position = sentence[1];
        }
        if (position < text.length()) {
            segments.add(new Segment(null, plain(text, position, text.length(), hits)));
        }
        return segments;
    }

    /** Distinct, ordered, non-overlapping sentence ranges, each widened to hold its mentions. */
    private static List<int[]> sentenceRanges(String text, List<PlacedMention> mentions) {
        List<int[]> ranges = new ArrayList<>();
        mentions.stream()
                .map(m -> new int[] {
                        Math.max(0, Math.min(m.sentenceStart(), m.start())),
                        Math.min(text.length(), Math.max(m.sentenceEnd(), m.end()))})
                .sorted(Comparator.comparingInt((int[] r) -> r[0]))
                .forEach(range -> {
                    int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                    if (last != null && range[0] < last[1]) {
                        last[1] = Math.max(last[1], range[1]);
                    } else {
                        ranges.add(range);
                    }
                });
        return ranges;
    }

    private static List<Piece> pieces(String text, int from, int to, List<PlacedMention> mentions,
                                      List<Highlighted.Range> hits) {
        List<Piece> pieces = new ArrayList<>();
        int position = from;
        for (PlacedMention mention : mentions) {
            if (mention.start() < position || mention.end() > to) {
                continue;
            }
            pieces.addAll(plain(text, position, mention.start(), hits));
            boolean hit = Highlighted.overlaps(new Highlighted.Range(mention.start(), mention.end()), hits);
            pieces.add(new Piece(text.substring(mention.start(), mention.end()), mention.placeId(), hit));
            position = mention.end();
        }
        pieces.addAll(plain(text, position, to, hits));
        return pieces;
    }

    /** Text without names, cut where search hits begin and end. */
    private static List<Piece> plain(String text, int from, int to, List<Highlighted.Range> hits) {
        return Highlighted.runs(from, to, hits).stream()
                .map(run -> new Piece(text.substring(run.start(), run.end()), null, run.hit()))
                .toList();
    }
}
