package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.GeoparsedText;
import org.newsatlas.geoparser.OpenNlpGeoparser;
import org.newsatlas.geoparser.ResolvedToponym;

class ArticleDiagnosisTest {

    private static final GazetteerEntry PARIS = new GazetteerEntry(2988507, "Paris", "Paris", List.of(), 48.85341,
            2.3488, "P", "PPLC", "FR", "11", "75", 2_138_551);

    @Test
    void an_emoji_before_a_name_shifts_char_offsets_but_not_code_points() {
        String text = "\uD83C\uDF89 Paris celebrated.";
        int charStart = text.indexOf("Paris");

        assertThat(charStart).isEqualTo(3);
        assertThat(ArticleDiagnosis.codePoints(text, charStart)).isEqualTo(2);
        assertThat(ArticleDiagnosis.codePoints(text, charStart + 5)).isEqualTo(7);
    }

    @Test
    void a_toponym_after_an_emoji_is_found_under_the_gold_code_point_offsets() throws Exception {
        Article gold = Fixture.read("gold.jsonl").get("a2");
        Toponym goldParis = last(gold.toponyms());
        ResolvedToponym resolved = resolvedParis(gold.text());

        ArticleDiagnosis diagnosis = ArticleDiagnosis.of(parsed(gold.text(), List.of(resolved), List.of()));

        assertThat(diagnosis.resolved(goldParis)).containsSame(resolved);
    }

    @Test
    void under_its_char_offsets_the_same_toponym_is_not_found() throws Exception {
        Article gold = Fixture.read("gold.jsonl").get("a2");
        ResolvedToponym resolved = resolvedParis(gold.text());
        Toponym atCharOffsets = new Toponym(resolved.start(), resolved.end(), "Paris", null, null, null, null, null);

        ArticleDiagnosis diagnosis = ArticleDiagnosis.of(parsed(gold.text(), List.of(resolved), List.of()));

        assertThat(diagnosis.resolved(atCharOffsets)).isEmpty();
    }

    @Test
    void a_rejected_span_after_an_emoji_gets_the_gold_code_point_offsets() throws Exception {
        Article gold = Fixture.read("gold.jsonl").get("a2");
        Toponym goldParis = last(gold.toponyms());
        int start = gold.text().indexOf("Paris");
        PlaceMention turnedDown = new PlaceMention(start, start + 5, "Paris", 1, 1, 2, List.of(PARIS), false, -0.4);

        ArticleDiagnosis diagnosis = ArticleDiagnosis.of(parsed(gold.text(), List.of(), List.of(turnedDown)));

        ArticleDiagnosis.Rejected rejected = diagnosis.rejectedOverlapping(goldParis).orElseThrow();
        assertThat(rejected).isEqualTo(new ArticleDiagnosis.Rejected(goldParis.start(), goldParis.end(), "Paris", -0.4));
    }

    @Test
    void a_rejected_span_elsewhere_does_not_overlap_the_gold_toponym() throws Exception {
        Article gold = Fixture.read("gold.jsonl").get("a2");
        int start = gold.text().indexOf("Halifax");
        PlaceMention turnedDown = new PlaceMention(start, start + 7, "Halifax", 0, 9, 10, List.of(), false, -0.4);

        ArticleDiagnosis diagnosis = ArticleDiagnosis.of(parsed(gold.text(), List.of(), List.of(turnedDown)));

        assertThat(diagnosis.rejectedOverlapping(last(gold.toponyms()))).isEmpty();
    }

    private static ResolvedToponym resolvedParis(String text) {
        int start = text.indexOf("Paris");
        return new ResolvedToponym(start, start + 5, "Paris", PARIS, 0.9, text.indexOf('\uD83C'), text.length(),
                List.of());
    }

    private static OpenNlpGeoparser.Diagnosis parsed(String text, List<ResolvedToponym> toponyms,
            List<PlaceMention> rejected) {
        return new OpenNlpGeoparser.Diagnosis(new GeoparsedText(text, List.of(), toponyms), rejected);
    }

    private static Toponym last(List<Toponym> toponyms) {
        return toponyms.get(toponyms.size() - 1);
    }
}
