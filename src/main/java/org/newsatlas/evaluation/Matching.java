package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Span de-duplication and the two matchings of geoeval.py, step for step. */
final class Matching {

    private record Span(int start, int end) {

        static Span of(Toponym toponym) {
            return new Span(toponym.start(), toponym.end());
        }
    }

    private Matching() {
    }

    /** Unique spans in text order; of duplicate spans the first with coordinates wins. */
    static List<Toponym> uniqueSpans(List<Toponym> toponyms, Predicate<Toponym> keep) {
        Map<Span, Toponym> bySpan = new LinkedHashMap<>();
        for (Toponym toponym : toponyms) {
            if (keep.test(toponym)) {
                Span span = Span.of(toponym);
                Toponym kept = bySpan.get(span);
                if (kept == null || (kept.lat() == null && toponym.lat() != null)) {
                    bySpan.put(span, toponym);
                }
            }
        }
        List<Toponym> unique = new ArrayList<>(bySpan.values());
        unique.sort(Comparator.comparingInt(Toponym::start).thenComparingInt(Toponym::end));
        return unique;
    }

    /** Gold toponyms (in order) whose span a prediction has exactly. */
    static List<Match> exact(List<Toponym> gold, List<Toponym> predicted) {
        Map<Span, Toponym> bySpan = new HashMap<>();
        for (Toponym prediction : predicted) {
            bySpan.put(Span.of(prediction), prediction);
        }
        List<Match> matches = new ArrayList<>();
        for (Toponym toponym : gold) {
            Toponym prediction = bySpan.get(Span.of(toponym));
            if (prediction != null) {
                matches.add(new Match(toponym, prediction));
            }
        }
        return matches;
    }

    /**
     * One-to-one matching of overlapping spans: exact matches first, then each remaining gold
     * toponym in text order takes the unused prediction with the largest overlap (the first on ties).
     */
    static List<Match> overlap(List<Toponym> gold, List<Toponym> predicted) {
        List<Match> matches = exact(gold, predicted);
        Set<Toponym> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Span> used = new HashSet<>();
        for (Match match : matches) {
            done.add(match.gold());
            used.add(Span.of(match.predicted()));
        }
        for (Toponym toponym : gold) {
            if (done.contains(toponym)) {
                continue;
            }
            Toponym best = null;
            int bestLength = 0;
            for (Toponym prediction : predicted) {
                int overlap = toponym.overlap(prediction);
                if (overlap > bestLength && !used.contains(Span.of(prediction))) {
                    best = prediction;
                    bestLength = overlap;
                }
            }
            if (best != null) {
                used.add(Span.of(best));
                matches.add(new Match(toponym, best));
            }
        }
        return matches;
    }
}
