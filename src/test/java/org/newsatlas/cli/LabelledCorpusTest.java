package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledCorpusTest {

    @TempDir
    Path folder;

    @Test
    void articles_come_in_file_order_and_the_sources_name_each_file_with_its_article_count() throws Exception {
        String first = gold("lgl.jsonl", "{\"id\":\"a\",\"text\":\"x\"}", "{\"id\":\"b\",\"text\":\"y\"}");
        String second = gold("geovirus.jsonl", "{\"id\":\"c\",\"text\":\"z\"}");

        LabelledCorpus corpus = LabelledCorpus.read(List.of(first, second), null,
                (geoparser, gold, threads) -> gold.stream()
                        .map(line -> new LabelledDocument(line, "test", List.of())).toList(), 1);

        assertThat(corpus.documents()).extracting(document -> document.gold().path("id").asText())
                .containsExactly("a", "b", "c");
        assertThat(corpus.describeSources()).isEqualTo("lgl.jsonl (2 articles), geovirus.jsonl (1 articles)");
    }

    @Test
    void the_labelling_decides_what_each_article_becomes() throws Exception {
        String file = gold("lgl.jsonl", "{\"id\":\"a\",\"text\":\"x\"}", "{\"id\":\"b\",\"text\":\"y\"}");

        LabelledCorpus corpus = LabelledCorpus.read(List.of(file), null,
                (geoparser, gold, threads) -> List.of(new LabelledDocument(gold.get(1), "only the second", List.of())),
                1);

        assertThat(corpus.documents()).extracting(LabelledDocument::corpus).containsExactly("only the second");
    }

    private String gold(String name, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file.toString();
    }
}
