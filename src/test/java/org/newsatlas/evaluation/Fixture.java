package org.newsatlas.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The tiny gold and prediction files under src/test/resources/evaluation. */
final class Fixture {

    private Fixture() {
    }

    static String path(String name) throws Exception {
        return Path.of(Fixture.class.getResource("/evaluation/" + name).toURI()).toString();
    }

    static Map<String, Article> read(String name) throws Exception {
        List<JsonNode> lines = JsonLines.read(path(name));
        return Article.byId(lines);
    }

    static Scores score(TypeFilter filter) throws Exception {
        return new Scorer(filter).score(read("gold.jsonl"), read("pred.jsonl"));
    }
}
