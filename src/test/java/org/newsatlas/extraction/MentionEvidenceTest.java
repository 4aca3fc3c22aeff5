package org.newsatlas.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.extraction.NeighbourWeights.LOCATIVE_BEFORE;
import static org.newsatlas.extraction.NeighbourWeights.SURNAME_ELSEWHERE;
import static org.newsatlas.extraction.Places.town;
import static org.newsatlas.extraction.RecognitionWeights.CITY;
import static org.newsatlas.extraction.RecognitionWeights.NAME_FINDER;
import static org.newsatlas.extraction.RecognitionWeights.NOT_OPENING_SENTENCE;
import static org.newsatlas.extraction.RecognitionWeights.PROPER_NOUN;
import static org.newsatlas.extraction.Sentences.candidate;
import static org.newsatlas.extraction.Sentences.sentence;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionEvidenceTest {

    private final RecognitionSettings settings = RecognitionSettings.defaults();
    private final MentionEvidence evidence = new MentionEvidence(settings, Places.COMMON_WORDS, Places.GIVEN_NAMES,
            new PersonContext(Places.COMMON_WORDS, Places.GIVEN_NAMES));

    @Test
    void the_score_is_the_sum_of_the_weights_of_the_rules_that_fire() {
        AnalyzedSentence sentence = sentence("fighting near Sirte ended");
        SpanCandidate sirte = candidate(sentence, "Sirte", false, town("Sirte", 150_000)).withNamedByFinder();
        double expected = NOT_OPENING_SENTENCE;
        expected += NAME_FINDER;
        expected += PROPER_NOUN;
        expected += LOCATIVE_BEFORE;
        expected += CITY;
        assertThat(evidence.score(sentence, sirte, DocumentEvidence.none())).isEqualTo(expected);
    }

    @Test
    void the_features_mark_the_rules_that_fire_and_only_those() {
        AnalyzedSentence sentence = sentence("fighting near Sirte ended");
        SpanCandidate sirte = candidate(sentence, "Sirte", false, town("Sirte", 150_000)).withNamedByFinder();
        double[] features = evidence.features(sentence, sirte, DocumentEvidence.none());
        for (RecognitionFeature feature : RecognitionFeature.values()) {
            boolean expected = feature == RecognitionFeature.NOT_OPENING_SENTENCE || feature == RecognitionFeature.NAME_FINDER
                    || feature == RecognitionFeature.PROPER_NOUN || feature == RecognitionFeature.LOCATIVE_BEFORE
                    || feature == RecognitionFeature.CITY;
            assertThat(features[feature.ordinal()]).as(feature.name()).isEqualTo(expected ? 1.0 : 0.0);
        }
    }

    @Test
    void a_learned_model_in_the_settings_scores_the_same_features() {
        double[] weights = new double[RecognitionFeature.values().length];
        weights[RecognitionFeature.LOCATIVE_BEFORE.ordinal()] = 4;
        RecognitionSettings learned = settings.withModel(RecognitionModel.learned("test", -1, weights));
        MentionEvidence byModel = new MentionEvidence(learned, Places.COMMON_WORDS, Places.GIVEN_NAMES,
                new PersonContext(Places.COMMON_WORDS, Places.GIVEN_NAMES));
        AnalyzedSentence sentence = sentence("fighting near Sirte ended");
        SpanCandidate sirte = candidate(sentence, "Sirte", false, town("Sirte", 150_000));
        assertThat(byModel.score(sentence, sirte, DocumentEvidence.none())).isEqualTo(-1 + 4 + RecognitionWeights.DEFAULT_THRESHOLD);
    }

    @Test
    void a_name_the_name_finder_marked_inside_a_sentence_needs_no_other_evidence() {
        AnalyzedSentence sentence = sentence("the Zarzis/X said");
        SpanCandidate zarzis = candidate(sentence, "Zarzis", false, town("Zarzis", 100)).withNamedByFinder();
        assertThat(MentionEvidence.nameFinder(zarzis)).isEqualTo(NAME_FINDER);
        assertThat(settings.accepts(evidence.score(sentence, zarzis, DocumentEvidence.none()))).isTrue();
    }

    @Test
    void the_same_name_unmarked_falls_short() {
        AnalyzedSentence sentence = sentence("the Zarzis/X said");
        SpanCandidate zarzis = candidate(sentence, "Zarzis", false, town("Zarzis", 100));
        assertThat(MentionEvidence.nameFinder(zarzis)).isZero();
        assertThat(settings.accepts(evidence.score(sentence, zarzis, DocumentEvidence.none()))).isFalse();
    }

    @Test
    void the_document_s_surnames_count_against_a_name() {
        AnalyzedSentence sentence = sentence("Later/ADV Lincoln met officials");
        SpanCandidate lincoln = candidate(sentence, "Lincoln", false, town("Lincoln", 100_000));
        double alone = evidence.score(sentence, lincoln, DocumentEvidence.none());
        assertThat(evidence.score(sentence, lincoln, DocumentEvidence.surnames(Set.of("lincoln")))).isEqualTo(alone + SURNAME_ELSEWHERE);
    }

    @Test
    void the_document_s_casing_lifts_a_sentence_opening_name_it_writes_capitalised_elsewhere() {
        AnalyzedSentence sentence = sentence("Athens/VERB officials met");
        SpanCandidate athens = candidate(sentence, "Athens", false, town("Athens", 120_000));
        double alone = evidence.score(sentence, athens, DocumentEvidence.none());
        DocumentEvidence document = new DocumentEvidence(Set.of(),
                DocumentCasing.of(List.of(sentence, sentence("the mayor of Athens said"))));
        assertThat(settings.accepts(alone)).isFalse();
        assertThat(evidence.score(sentence, athens, document)).isEqualTo(alone + RecognitionWeights.CAPITALISED_ELSEWHERE);
        assertThat(settings.accepts(evidence.score(sentence, athens, document))).isTrue();
    }
}
