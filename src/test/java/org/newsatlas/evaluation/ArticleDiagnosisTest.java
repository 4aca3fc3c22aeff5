package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleDiagnosisTest {

    @Test
    void an_emoji_before_a_name_shifts_char_offsets_but_not_code_points() {
        String text = "\uD83C\uDF89 Paris celebrated.";
        int charStart = text.indexOf("Paris");

        assertThat(charStart).isEqualTo(3);
        assertThat(ArticleDiagnosis.codePoints(text, charStart)).isEqualTo(2);
        assertThat(ArticleDiagnosis.codePoints(text, charStart + 5)).isEqualTo(7);
    }

    @Test
    void the_fixture_gold_offsets_are_code_points() throws Exception {
        Article article = Fixture.read("gold.jsonl").get("a2");
        Toponym paris = article.toponyms().get(article.toponyms().size() - 1);
        String text = article.text();

        int from = text.offsetByCodePoints(0, paris.start());
        int to = text.offsetByCodePoints(0, paris.end());
        assertThat(text.substring(from, to)).isEqualTo("Paris");
    }
}
