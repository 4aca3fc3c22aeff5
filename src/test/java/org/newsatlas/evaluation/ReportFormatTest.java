package org.newsatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report, line for line as geoeval.py prints it. */
class ReportFormatTest {

    @Test
    void the_report_on_the_fixture_is_what_geoeval_prints() throws Exception {
        // captured from: python3 /work/shared/tools/geoeval.py gold.jsonl pred.jsonl (2026-11-26)
        List<String> geoeval = List.of(
                "ALL (3 articles): 9 gold toponyms (8 with coordinates), 8 predicted",
                "  recognition exact   P=0.7500 R=0.6667 F1=0.7059 (matched 6)",
                "  recognition overlap P=0.8750 R=0.7778 F1=0.8235 (matched 7)",
                "  geocoding   exact   n=5 (unresolved 1) acc@161=0.6000 median=1.4km mean=7416.0km AUC=0.4021",
                "  geocoding   overlap n=6 (unresolved 1) acc@161=0.6667 median=0.9km mean=6180.1km AUC=0.3248",
                "  end-to-end  overlap+161km P=0.5714 R=0.5000 F1=0.5333",
                "A: 8 gold toponyms (7 with coordinates), 8 predicted",
                "  recognition exact   P=0.7500 R=0.7500 F1=0.7500 (matched 6)",
                "  recognition overlap P=0.8750 R=0.8750 F1=0.8750 (matched 7)",
                "  geocoding   exact   n=5 (unresolved 1) acc@161=0.6000 median=1.4km mean=7416.0km AUC=0.4021",
                "  geocoding   overlap n=6 (unresolved 1) acc@161=0.6667 median=0.9km mean=6180.1km AUC=0.3248",
                "  end-to-end  overlap+161km P=0.5714 R=0.5714 F1=0.5714",
                "B: 1 gold toponyms (1 with coordinates), 0 predicted",
                "  recognition exact   P=0.0000 R=0.0000 F1=0.0000 (matched 0)",
                "  recognition overlap P=0.0000 R=0.0000 F1=0.0000 (matched 0)",
                "  geocoding   exact   n=0",
                "  geocoding   overlap n=0",
                "  end-to-end  overlap+161km P=0.0000 R=0.0000 F1=0.0000");

        assertThat(Fixture.score(TypeFilter.defaults()).report()).containsExactlyElementsOf(geoeval);
    }

    @Test
    void numbers_round_half_to_even_on_the_binary_value_as_python_does() {
        // Python: '%.4f' % (1/32) == '0.0312', '%.1f' % 0.25 == '0.2', '%.1f' % 1.0005 == '1.0'
        assertThat(PyFormat.fixed(1.0 / 32, 4)).isEqualTo("0.0312");
        assertThat(PyFormat.fixed(0.25, 1)).isEqualTo("0.2");
        assertThat(PyFormat.fixed(0.35, 1)).isEqualTo("0.3");
        assertThat(PyFormat.fixed(20039.0, 1)).isEqualTo("20039.0");
    }
}
