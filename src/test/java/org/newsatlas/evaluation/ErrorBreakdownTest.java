package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.InMemoryGazetteer;
import org.newsatlas.geocoding.ResolvedPlace;
import org.newsatlas.geoparser.ResolvedToponym;

/** The error analyses on the fixture, with a three-entry gazetteer and hand-made diagnoses. */
class ErrorBreakdownTest {

    private static final GazetteerEntry LYON = place(2996944, "Lyon", 45.7485, 4.8467, "P", "PPLA", "FR");
    private static final GazetteerEntry SYDNEY_AU = place(2147714, "Sydney", -33.8679, 151.2073, "P", "PPLA", "AU");
    private static final GazetteerEntry SYDNEY_NS = place(6354908, "Sydney", 46.1351, -60.1831, "P", "PPL", "CA");

    private final GazetteerCheck gazetteer = new GazetteerCheck(
            InMemoryGazetteer.builder().add(LYON).add(SYDNEY_AU).add(SYDNEY_NS).build());

    @Test
    void a_miss_that_recognition_turned_down_is_filtered() throws Exception {
        ScoredArticle a1 = article("a1");
        MissCauses misses = new MissCauses(gazetteer);

        misses.add(a1, new ArticleDiagnosis(List.of(new ArticleDiagnosis.Rejected(65, 69, "Lyon", -0.5)), Map.of()));

        assertThat(misses.count(MissCauses.Cause.FILTERED)).isEqualTo(1);
        assertThat(misses.report()).anyMatch(line -> line.contains("Lyon (1, score -0.50)"));
    }

    @Test
    void a_miss_the_gazetteer_has_but_no_span_covered_is_not_recognised() throws Exception {
        MissCauses misses = new MissCauses(gazetteer);

        misses.add(article("a1"), new ArticleDiagnosis(List.of(), Map.of()));

        assertThat(misses.count(MissCauses.Cause.NOT_RECOGNISED)).isEqualTo(1);
    }

    @Test
    void a_miss_without_an_entry_near_the_gold_point_is_not_in_the_gazetteer() throws Exception {
        MissCauses misses = new MissCauses(gazetteer);

        misses.add(article("b1"), new ArticleDiagnosis(List.of(), Map.of()));

        assertThat(misses.count(MissCauses.Cause.NOT_IN_GAZETTEER)).isEqualTo(1);
    }

    @Test
    void a_wrong_place_with_the_right_one_among_the_alternatives_was_ranked_lower() throws Exception {
        ResolvedToponym sydney = new ResolvedToponym(13, 19, "Sydney", SYDNEY_AU, 0.7, 0, 49, List.of(
                new ResolvedPlace.CandidateScore(SYDNEY_AU, 2.0), new ResolvedPlace.CandidateScore(SYDNEY_NS, 1.0)));
        WrongResolutions wrong = new WrongResolutions(gazetteer);

        wrong.add(article("a2"), new ArticleDiagnosis(List.of(), Map.of(ArticleDiagnosis.key(13, 19), sydney)));

        assertThat(wrong.count()).isEqualTo(1);
        assertThat(wrong.report()).contains("      1  right candidate was available but ranked lower");
    }

    @Test
    void a_prediction_matched_to_no_gold_is_a_false_positive_of_its_kind() throws Exception {
        GazetteerEntry jordan = place(248816, "Jordan", 31.0, 36.0, "A", "PCLI", "JO");
        ResolvedToponym predicted = new ResolvedToponym(49, 55, "Jordan", jordan, 0.3, 0, 60, List.of());
        FalsePositives falsePositives = new FalsePositives(gazetteer);

        falsePositives.add(article("a1"), new ArticleDiagnosis(List.of(), Map.of(ArticleDiagnosis.key(49, 55), predicted)));

        assertThat(falsePositives.count()).isEqualTo(1);
        assertThat(falsePositives.report()).contains("    country A.PCLI (1)", "    Jordan (1)");
    }

    private static ScoredArticle article(String id) throws Exception {
        return Fixture.score(TypeFilter.defaults()).articles().stream()
                .filter(a -> a.gold().id().equals(id)).findFirst().orElseThrow();
    }

    private static GazetteerEntry place(long id, String name, double lat, double lon, String featureClass,
            String featureCode, String country) {
        return new GazetteerEntry(id, name, name, List.of(), lat, lon, featureClass, featureCode, country, "", "", 1000);
    }
}
