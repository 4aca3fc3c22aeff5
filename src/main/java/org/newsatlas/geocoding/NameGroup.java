package org.newsatlas.geocoding;

import static org.newsatlas.geocoding.ResolutionWeights.CO_LOCATION_WEIGHT;
import static org.newsatlas.geocoding.ResolutionWeights.NAMED_COUNTY;
import static org.newsatlas.geocoding.ResolutionWeights.SAME_POINT_KM;
import static org.newsatlas.geocoding.ResolutionWeights.TEMPERATURE;
import static org.newsatlas.geocoding.ResolutionWeights.TOWN_DISTRICT_KM;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.GeoDistance;

/** The mentions of one name in a document, its candidates and their current scores. */
final class NameGroup {

    private final int index;
    private final List<GazetteerEntry> candidates;
    private final List<PlaceMention> mentions = new ArrayList<>();
    private final List<GazetteerEntry> qualifiers = new ArrayList<>();
    private final List<PlaceMention> listedWith = new ArrayList<>();
    private final Set<KindWords.Kind> kinds = EnumSet.noneOf(KindWords.Kind.class);
    private final double[] scores;
    private final RankingModel model;
    private final boolean divisionName;
    private boolean[] namesakes;
    private double[] intrinsic;
    private double[][] features;
    private int best;

    NameGroup(int index, List<GazetteerEntry> candidates) {
        this(index, candidates, RankingModel.handSet());
    }

    NameGroup(int index, List<GazetteerEntry> candidates, RankingModel model) {
        this.index = index;
        this.model = model;
        this.candidates = candidates;
        this.scores = new double[candidates.size()];
        this.divisionName = candidates.stream().anyMatch(GazetteerEntry::isFirstOrderDivision);
    }

    int index() {
        return index;
    }

    List<PlaceMention> mentions() {
        return mentions;
    }

    void addQualifiers(List<GazetteerEntry> found) {
        qualifiers.addAll(found);
    }

    /** Mentions of other names listed next to a mention of this one ("Utah, Washington and Wisconsin"). */
    void addListedWith(List<PlaceMention> neighbours) {
        listedWith.addAll(neighbours);
    }

    /** The kind of place words beside a mention say it is ("the state of Washington"); null for none. */
    void addKind(KindWords.Kind kind) {
        if (kind != null) {
            kinds.add(kind);
        }
    }

    boolean hasQualifier() {
        return !qualifiers.isEmpty();
    }

    GazetteerEntry best() {
        return candidates.get(best);
    }

    List<GazetteerEntry> candidates() {
        return candidates;
    }

    /**
     * Scores every candidate. A state the text names pulls the name only to a namesake inside it:
     * a place called by its own name ("Pittsburg" is no namesake of "Pittsburgh"), and not when the
     * name is itself a state's ("Florida" beside "New York" is the state, not Florida, New York).
     */
    void scoreBy(DocumentFocus focus, CoLocation coLocation) {
        if (intrinsic == null) {
            // mentions and qualifiers are all in by the first scoring
            intrinsic = new double[candidates.size()];
            features = new double[candidates.size()][];
            namesakes = new boolean[candidates.size()];
            for (int i = 0; i < candidates.size(); i++) {
                double support = coLocation.support(this, i);
                boolean county = coLocation.inNamedCounty(this, i);
                intrinsic[i] = CandidateScoring.intrinsic(candidates.get(i), mentions.get(0), qualifiers)
                        + CO_LOCATION_WEIGHT * support + (county ? NAMED_COUNTY : 0);
                features[i] = CandidateScoring.intrinsicFeatures(candidates.get(i), mentions.get(0), qualifiers,
                        support);
                features[i][ResolutionFeature.NAMED_COUNTY.ordinal()] = county ? 1 : 0;
                if (ListedNames.isListedWithItsKind(candidates.get(i), listedWith)) {
                    fire(i, ResolutionFeature.LISTED_DIVISION);
                }
                if (fitsKind(candidates.get(i))) {
                    fire(i, ResolutionFeature.KIND_WORD);
                }
                namesakes[i] = !divisionName && features[i][ResolutionFeature.PRIMARY_NAME.ordinal()] == 1;
            }
        }
        best = 0;
        for (int i = 0; i < candidates.size(); i++) {
            CandidateScoring.setContextual(features[i], candidates.get(i), focus, index, namesakes[i]);
            // the hand-set sum keeps its own order of additions, so its choices stay exactly as they were
            scores[i] = model.isHandSet()
                    ? intrinsic[i] + CandidateScoring.contextual(candidates.get(i), focus, index, namesakes[i])
                    : model.score(features[i]);
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
    }

    /** Candidate {@code i} has this evidence: its hand-set weight joins the sum, and the feature is set. */
    private void fire(int i, ResolutionFeature feature) {
        intrinsic[i] += feature.handSetWeight();
        features[i][feature.ordinal()] = 1;
    }

    private boolean fitsKind(GazetteerEntry candidate) {
        return kinds.stream().anyMatch(kind -> kind.fits(candidate));
    }

    /** Each candidate's features as last scored, in candidate order. */
    double[][] features() {
        return features;
    }

    /** Each candidate's score as last scored, in candidate order. */
    double[] scores() {
        return scores.clone();
    }

    /**
     * "Carthage": when the winner is a district named after its own town, the town is what the
     * text means and what a map reader expects; both lie at nearly the same point.
     */
    void preferTownOverItsDistrict() {
        GazetteerEntry district = candidates.get(best);
        if (!FeatureCodes.ADMINISTRATIVE.equals(district.featureClass()) || district.isCountry()
                || district.isFirstOrderDivision()) {
            return;
        }
        for (int i = 0; i < candidates.size(); i++) {
            GazetteerEntry town = candidates.get(i);
            if (town.isPopulatedPlace() && town.name().equals(district.name())
                    && GeoDistance.km(town, district) < TOWN_DISTRICT_KM) {
                scores[i] = Math.max(scores[i], Math.nextUp(scores[best]));
                best = i;
                return;
            }
        }
    }

    /**
     * The softmax share of the candidates that lie where the best one does: a town and its
     * district of the same name are one answer on the map, not two rivals.
     */
    double confidence() {
        GazetteerEntry chosen = best();
        double sum = 0;
        double here = 0;
        for (int i = 0; i < candidates.size(); i++) {
            double weight = Math.exp((scores[i] - scores[best]) / TEMPERATURE);
            sum += weight;
            if (GeoDistance.km(candidates.get(i), chosen) < SAME_POINT_KM) {
                here += weight;
            }
        }
        return here / sum;
    }

    List<ResolvedPlace.CandidateScore> ranked(int limit) {
        List<ResolvedPlace.CandidateScore> ranked = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            ranked.add(new ResolvedPlace.CandidateScore(candidates.get(i), scores[i]));
        }
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }
}
