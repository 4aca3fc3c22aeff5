package org.newsatlas.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One line of an evaluation file: an article (or its predictions) and its toponyms. */
record Article(String id, String corpus, String text, List<Toponym> toponyms) {

    Article {
        toponyms = List.copyOf(toponyms);
    }

    static Article fromJson(JsonNode node) {
        List<Toponym> toponyms = new ArrayList<>();
        for (JsonNode toponym : node.path("toponyms")) {
            toponyms.add(Toponym.fromJson(toponym));
        }
        return new Article(id(node), corpus(node.get("corpus")), node.path("text").asText(""), toponyms);
    }

    /**
     * Articles by id in file order; a repeated id replaces the earlier article but keeps its place,
     * as geoeval's OrderedDict does.
     */
    static Map<String, Article> byId(List<? extends JsonNode> lines) {
        Map<String, Article> articles = new LinkedHashMap<>();
        for (JsonNode line : lines) {
            Article article = fromJson(line);
            articles.put(article.id(), article);
        }
        return articles;
    }

    static String id(JsonNode node) {
        return node.path("id").asText();
    }

    /** geoeval prints {@code str(d.get('corpus'))}, so a missing corpus is "None". */
    private static String corpus(JsonNode value) {
        if (value == null || value.isNull()) {
            return "None";
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}
