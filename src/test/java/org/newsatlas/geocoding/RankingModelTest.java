package org.newsatlas.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/** A candidate's features, and the models that weigh them: the hand-set sum and a learned one. */
class RankingModelTest {

    private static final GazetteerEntry TEXAS = Place.state("Texas", "US", "TX").at(31.25, -99.25).entry();
    private static final GazetteerEntry PARIS_FRANCE = Place.of("Paris", "P", "PPLC").in("FR", "11")
            .at(48.85, 2.35).population(2_100_000).entry();
    private static final GazetteerEntry PARIS_TEXAS = Place.town("Paris").in("US", "TX")
            .at(33.66, -95.56).population(25_000).entry();
    private static final GazetteerEntry DALLAS = Place.town("Dallas").in("US", "TX")
            .at(32.78, -96.80).population(1_300_000).entry();

    private static double[] features(GazetteerEntry candidate, List<GazetteerEntry> qualifiers, double coLocation,
            DocumentFocus focus) {
        PlaceMention mention = Mentions.of("Paris", candidate);
        double[] features = CandidateScoring.intrinsicFeatures(candidate, mention, qualifiers, coLocation);
        CandidateScoring.setContextual(features, candidate, focus, 0);
        return features;
    }

    private static double handSetSum(GazetteerEntry candidate, List<GazetteerEntry> qualifiers, double coLocation,
            DocumentFocus focus) {
        return CandidateScoring.intrinsic(candidate, Mentions.of("Paris", candidate), qualifiers)
                + ResolutionWeights.CO_LOCATION_WEIGHT * coLocation
                + CandidateScoring.contextual(candidate, focus, 0);
    }

    @Test
    void the_hand_set_model_scores_the_features_as_the_hand_set_weights_add_up() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(1, DALLAS, 2);
        focus.add(2, TEXAS, 1);
        for (GazetteerEntry candidate : List.of(PARIS_FRANCE, PARIS_TEXAS)) {
            for (List<GazetteerEntry> qualifiers : List.of(List.<GazetteerEntry>of(), List.of(TEXAS))) {
                for (DocumentFocus context : new DocumentFocus[] {null, focus}) {
                    assertThat(RankingModel.handSet().score(features(candidate, qualifiers, 0.5, context)))
                            .isCloseTo(handSetSum(candidate, qualifiers, 0.5, context), within(1e-9));
                }
            }
        }
    }

    @Test
    void each_feature_fires_for_its_own_evidence_only() {
        DocumentFocus focus = new DocumentFocus();
        focus.add(1, DALLAS, 1);
        double[] texan = features(PARIS_TEXAS, List.of(TEXAS), 1.0, focus);
        double[] french = features(PARIS_FRANCE, List.of(TEXAS), 0, focus);
        assertThat(texan[ResolutionFeature.PLAIN_TOWN.ordinal()]).isEqualTo(1);
        assertThat(french[ResolutionFeature.CAPITAL.ordinal()]).isEqualTo(1);
        assertThat(texan[ResolutionFeature.FIRST_ORDER_DIVISION_QUALIFIER.ordinal()]).isEqualTo(1);
        assertThat(french[ResolutionFeature.FIRST_ORDER_DIVISION_QUALIFIER.ordinal()]).isZero();
        assertThat(texan[ResolutionFeature.COUNTRY_FOCUS.ordinal()]).isEqualTo(1);
        assertThat(french[ResolutionFeature.COUNTRY_FOCUS.ordinal()]).isZero();
        assertThat(texan[ResolutionFeature.SHARED_DIVISION.ordinal()]).isEqualTo(1);
        assertThat(texan[ResolutionFeature.REGIONAL.ordinal()]).as("Dallas lies 150 km from Paris, Texas").isEqualTo(1);
        assertThat(french[ResolutionFeature.REGIONAL.ordinal()] + french[ResolutionFeature.NEAR.ordinal()]
                + french[ResolutionFeature.DISTANT.ordinal()]).isZero();
        assertThat(texan[ResolutionFeature.CO_LOCATION.ordinal()]).isEqualTo(1.0);
        assertThat(texan[ResolutionFeature.POPULATION.ordinal()]).isCloseTo(Math.log10(25_001), within(1e-12));
        assertThat(texan[ResolutionFeature.PRIMARY_NAME.ordinal()]).isEqualTo(1);
    }

    @Test
    void a_learned_model_can_choose_otherwise_than_the_hand_set_weights() {
        double[] weights = new double[ResolutionFeature.values().length];
        weights[ResolutionFeature.POPULATION.ordinal()] = -1;
        NameGroup handSet = new NameGroup(0, List.of(PARIS_FRANCE, PARIS_TEXAS));
        NameGroup learned = new NameGroup(0, List.of(PARIS_FRANCE, PARIS_TEXAS), RankingModel.learned("small", weights));
        for (NameGroup group : List.of(handSet, learned)) {
            group.mentions().add(Mentions.of("Paris", PARIS_FRANCE, PARIS_TEXAS));
            group.scoreBy(null, new CoLocation(List.of(group), List.of(group)));
        }
        assertThat(handSet.best()).isEqualTo(PARIS_FRANCE);
        assertThat(learned.best()).isEqualTo(PARIS_TEXAS);
        assertThat(learned.scores()[1]).isCloseTo(-Math.log10(25_001), within(1e-12));
    }

    @Test
    void a_model_file_reads_back_as_written() throws Exception {
        double[] weights = new double[ResolutionFeature.values().length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i * 0.25 - 1;
        }
        RankingModel model = RankingModel.learned("test", weights);
        String file = "# a comment\n" + String.join("\n", model.lines()) + "\n";
        RankingModel read = RankingModel.read("test", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        for (ResolutionFeature feature : ResolutionFeature.values()) {
            assertThat(read.weight(feature)).isEqualTo(model.weight(feature));
        }
    }

    @Test
    void a_model_file_missing_a_feature_is_refused() {
        String file = String.join("\n", RankingModel.handSet().lines().subList(1, ResolutionFeature.values().length));
        assertThatThrownBy(() -> RankingModel.read("short", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_shipped_model_has_a_weight_for_every_feature() {
        RankingModel shipped = RankingModel.loadLearned();
        assertThat(shipped.lines()).hasSize(ResolutionFeature.values().length);
        assertThat(shipped.weight(ResolutionFeature.COUNTRY)).as("a country still outweighs a plain town")
                .isGreaterThan(shipped.weight(ResolutionFeature.PLAIN_TOWN));
    }
}
