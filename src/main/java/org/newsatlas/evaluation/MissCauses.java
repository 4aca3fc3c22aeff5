package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Why gold toponyms were missed (not matched by the overlap matching, so the counts add up to
 * gold minus matched). Causes are tried in order: a span the geoparser weighed and turned down is
 * "filtered" even if the gazetteer lacks the place, because accepting it would have recalled it.
 */
final class MissCauses {

    enum Cause {
        SHARED("overlaps a prediction already matched to another gold toponym"),
        FILTERED("filtered: recognition weighed an overlapping span and turned it down"),
        NOT_IN_GAZETTEER("not in gazetteer: no entry (or demonym) of that name within 161 km of the gold point"),
        NOT_RECOGNISED("not recognised: the gazetteer has it but no candidate span covered it");

        final String label;

        Cause(String label) {
            this.label = label;
        }
    }

    private final GazetteerCheck gazetteer;
    private final Map<Cause, Frequencies> names = new EnumMap<>(Cause.class);
    private int filteredNotInGazetteer;
    private int knownElsewhere;

    MissCauses(GazetteerCheck gazetteer) {
        this.gazetteer = gazetteer;
        for (Cause cause : Cause.values()) {
            names.put(cause, new Frequencies());
        }
    }

    void add(ScoredArticle article, ArticleDiagnosis diagnosis) {
        Set<Toponym> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        article.overlap().forEach(match -> matched.add(match.gold()));
        for (Toponym gold : article.goldSpans()) {
            if (matched.contains(gold)) {
                continue;
            }
            if (article.predictedSpans().stream().anyMatch(p -> gold.overlap(p) > 0)) {
                names.get(Cause.SHARED).add(gold.name());
                continue;
            }
            Optional<ArticleDiagnosis.Rejected> rejected = diagnosis.rejectedOverlapping(gold);
            boolean inGazetteer = gazetteer.has(gold, gold.name());
            if (rejected.isPresent()) {
                names.get(Cause.FILTERED).add(gold.name(), rejected.get().score());
                filteredNotInGazetteer += inGazetteer ? 0 : 1;
            } else {
                names.get(inGazetteer ? Cause.NOT_RECOGNISED : Cause.NOT_IN_GAZETTEER).add(gold.name());
                knownElsewhere += !inGazetteer && gazetteer.knows(gold.name()) ? 1 : 0;
            }
        }
    }

    int count(Cause cause) {
        return names.get(cause).total();
    }

    List<String> report() {
        int total = names.values().stream().mapToInt(Frequencies::total).sum();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Misses: %d gold toponyms not matched by any prediction", total));
        for (Cause cause : Cause.values()) {
            Frequencies frequencies = names.get(cause);
            String extra = switch (cause) {
                case FILTERED -> String.format(Locale.ROOT, " (%d of them not in gazetteer at the gold point)",
                        filteredNotInGazetteer);
                case NOT_IN_GAZETTEER -> String.format(Locale.ROOT, " (%d of them have the name elsewhere)",
                        knownElsewhere);
                default -> "";
            };
            lines.add(String.format(Locale.ROOT, "  %5d  %s%s", frequencies.total(), cause.label, extra));
            lines.addAll(frequencies.wrapped(15, "           ", cause == Cause.FILTERED));
        }
        return lines;
    }
}
