package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    private static final LanguageDetection DETECTION = new LanguageDetection();

    static final String ENGLISH = "Delegations from both governments met in Tripoli on Tuesday to discuss the ceasefire, "
            + "and officials said the talks would continue next week.";
    static final String GERMAN = "Die Delegationen beider Regierungen trafen sich am Dienstag in Tripolis, um über die "
            + "Waffenruhe zu sprechen; die Gespräche sollen nächste Woche weitergehen.";
    static final String FRENCH = "Les délégations des deux gouvernements se sont réunies mardi à Tripoli pour discuter "
            + "du cessez-le-feu, et les pourparlers reprendront la semaine prochaine.";

    @Test
    void english_german_and_french_news_are_told_apart() {
        assertThat(DETECTION.detect(ENGLISH)).isEqualTo("en");
        assertThat(DETECTION.detect(GERMAN)).isEqualTo("de");
        assertThat(DETECTION.detect(FRENCH)).isEqualTo("fr");
    }

    @Test
    void a_text_too_short_to_tell_is_undetermined_and_one_just_long_enough_is_not() {
        assertThat(DETECTION.detect("Tripoli, 7 July")).isEqualTo(LanguageDetection.UNDETERMINED);
        assertThat(DETECTION.detect("Die Gespräche sollen nächste Woche in Tripolis weitergehen.")).isEqualTo("de");
    }

    @Test
    void three_letter_codes_become_two_letter_ones_where_there_is_one() {
        assertThat(DETECTION.code("eng")).isEqualTo("en");
        assertThat(DETECTION.code("deu")).isEqualTo("de");
        assertThat(DETECTION.code("cmn")).isEqualTo("zh");
        assertThat(DETECTION.code("ceb")).as("Cebuano has no two-letter code").isEqualTo("ceb");
    }

    @Test
    void news_sentences_lead_their_runner_up_by_more_than_the_threshold() {
        for (String text : new String[] {ENGLISH, GERMAN, FRENCH}) {
            Language[] ranked = new LanguageDetectorME(modelOf()).predictLanguages(text);
            assertThat(ranked[0].getConfidence()).isGreaterThan(LanguageDetection.MIN_LEAD * ranked[1].getConfidence());
        }
    }

    private static opennlp.tools.langdetect.LanguageDetectorModel modelOf() {
        try (var in = LanguageDetection.class.getResourceAsStream(LanguageDetection.MODEL)) {
            return new opennlp.tools.langdetect.LanguageDetectorModel(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
