package org.newsatlas.geocoding;

import java.util.List;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/** Place mentions for the resolution tests, each the only token of its own sentence unless placed. */
final class Mentions {

    /** Recognition evidence of a name the recogniser took without doubt. */
    static final double RECOGNISED = 3.0;

    private Mentions() {
    }

    static PlaceMention of(String name, GazetteerEntry... candidates) {
        return scored(name, RECOGNISED, candidates);
    }

    static PlaceMention scored(String name, double recognitionScore, GazetteerEntry... candidates) {
        return new PlaceMention(0, name.length(), name, 0, 0, 1, List.of(candidates), false, recognitionScore);
    }

    static PlaceMention demonym(String word, GazetteerEntry place) {
        return new PlaceMention(0, word.length(), word, 0, 0, 1, List.of(place), true, RECOGNISED);
    }

    /** The mention at tokens [from, to) of sentence {@code sentence}; offsets keep mentions in that order. */
    static PlaceMention at(int sentence, int from, int to, String name, double recognitionScore,
            List<GazetteerEntry> candidates) {
        int start = sentence * 1000 + from;
        return new PlaceMention(start, start + name.length(), name, sentence, from, to, candidates, false,
                recognitionScore);
    }

    /** A name group of these mentions, scored on what it holds, without the rest of the document. */
    static NameGroup group(int index, PlaceMention... mentions) {
        NameGroup group = new NameGroup(index, mentions[0].candidates());
        group.mentions().addAll(List.of(mentions));
        group.scoreBy(null, new CoLocation(List.of(group), List.of(group)));
        return group;
    }
}
