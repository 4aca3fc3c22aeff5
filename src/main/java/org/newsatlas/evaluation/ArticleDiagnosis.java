package org.newsatlas.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.geoparser.OpenNlpGeoparser;
import org.newsatlas.geoparser.ResolvedToponym;

/**
 * What the geoparser made of one article, with its char (UTF-16) offsets turned into code point
 * offsets so that they compare with the evaluation files: an emoji before a name shifts every
 * char offset after it by one.
 */
record ArticleDiagnosis(List<Rejected> rejected, Map<Long, ResolvedToponym> resolvedBySpan) {

    /** A span recognition weighed and turned down, in code points. */
    record Rejected(int start, int end, String name, double score) {
    }

    static ArticleDiagnosis of(OpenNlpGeoparser.Diagnosis diagnosis) {
        String text = diagnosis.parsed().text();
        List<Rejected> rejected = new ArrayList<>();
        for (PlaceMention mention : diagnosis.rejected()) {
            rejected.add(new Rejected(codePoints(text, mention.start()), codePoints(text, mention.end()),
                    mention.name(), mention.recognitionScore()));
        }
        Map<Long, ResolvedToponym> resolved = new HashMap<>();
        for (ResolvedToponym toponym : diagnosis.parsed().toponyms()) {
            resolved.putIfAbsent(key(codePoints(text, toponym.start()), codePoints(text, toponym.end())), toponym);
        }
        return new ArticleDiagnosis(rejected, resolved);
    }

    /** The code point offset of a char offset. */
    static int codePoints(String text, int charOffset) {
        return text.codePointCount(0, charOffset);
    }

    /** The geoparser's own toponym behind a prediction of the evaluation format, if it is one. */
    Optional<ResolvedToponym> resolved(Toponym prediction) {
        return Optional.ofNullable(resolvedBySpan.get(key(prediction.start(), prediction.end())));
    }

    /** The highest-scoring rejected span that overlaps the gold toponym, if any. */
    Optional<Rejected> rejectedOverlapping(Toponym gold) {
        Rejected best = null;
        for (Rejected candidate : rejected) {
            boolean overlaps = Math.min(gold.end(), candidate.end()) - Math.max(gold.start(), candidate.start()) > 0;
            if (overlaps && (best == null || candidate.score() > best.score())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    static long key(int start, int end) {
        return ((long) start << 32) | end;
    }
}
