package org.newsatlas.places;

import java.util.List;
import org.newsatlas.gazetteer.GeoDistance;

/**
 * When a reading deserves a look, and how much: the thresholds and weights of the review queue
 * and of the reader's marks, in one place. Chosen by hand; none is tuned on a corpus.
 */
public final class Doubt {

    /**
     * Below this confidence (the chosen reading's softmax share) a reading is marked as doubtful:
     * the runners-up together hold at least 40 % of the evidence.
     */
    public static final double LOW_CONFIDENCE = 0.6;

    /**
     * Two readings are close when the runner-up's score is within ln 2 of the best one's: at the
     * resolver's softmax temperature of 1, the runner-up is at least half as likely.
     */
    public static final double CLOSE_MARGIN = Math.log(2);

    /** A runner-up nearer than this is the same point on the map (the resolver's own 30 km). */
    public static final double SAME_POINT_KM = 30;

    /** Weight of "two readings are close" in the queue's order, beside 1 - confidence. */
    public static final double UNCERTAIN_WEIGHT = 0.5;

    /** Weight of the natural log of how many unreviewed mentions carry the name (a rule fixes them all). */
    public static final double SPREAD_WEIGHT = 0.1;

    /**
     * A place is drawn as uncertain on the map when more than this share of its mentions under
     * the filter are in doubt: "all or mostly", so one doubtful mention among two is not enough.
     */
    public static final double MOSTLY = 0.5;

    private Doubt() {
    }

    public static boolean low(double confidence) {
        return confidence < LOW_CONFIDENCE;
    }

    /** Whether the two best readings are close and lie apart. */
    public static boolean uncertain(Double margin, Double runnerUpKm) {
        return margin != null && runnerUpKm != null && margin < CLOSE_MARGIN && runnerUpKm >= SAME_POINT_KM;
    }

    /** The same, from the stored alternatives (best first). */
    public static boolean uncertain(List<Alternative> alternatives) {
        if (alternatives.size() < 2) {
            return false;
        }
        Alternative first = alternatives.get(0);
        Alternative second = alternatives.get(1);
        return uncertain(first.score() - second.score(), GeoDistance.km(first.lat(), first.lon(), second.lat(), second.lon()));
    }

    /**
     * Whether a mention's reading is in doubt: the geoparser's own reading ({@code auto}) with a
     * low confidence or two close readings that lie apart. A person's reading (confirmed,
     * corrected, added) is certain whatever the geoparser thought.
     */
    public static boolean doubtful(MentionStatus status, double confidence, Double margin, Double runnerUpKm) {
        return status == MentionStatus.AUTO && (low(confidence) || uncertain(margin, runnerUpKm));
    }

    /** Whether a place with these counts under a filter is drawn as uncertain: all or most of its mentions in doubt. */
    public static boolean mostlyDoubtful(int doubtfulMentions, int mentions) {
        return mentions > 0 && doubtfulMentions > MOSTLY * mentions;
    }

    /** How much a reading needs a look: higher first in the queue. */
    public static double need(double confidence, boolean uncertain, int sameNameMentions) {
        return (1 - confidence) + (uncertain ? UNCERTAIN_WEIGHT : 0)
                + SPREAD_WEIGHT * Math.log(Math.max(1, sameNameMentions));
    }
}
