package org.newsatlas.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One toponym of the evaluation format, gold or predicted. Offsets are Unicode code points, end
 * exclusive (Python {@code str} offsets), as in the corpora; {@code lat}/{@code lon} are null when
 * the corpus gives none, {@code geonameId} and {@code confidence} when the file has none.
 */
record Toponym(
        int start, int end, String name, Double lat, Double lon, Long geonameId, String type, Double confidence) {

    static Toponym fromJson(JsonNode node) {
        return new Toponym(node.path("start").asInt(), node.path("end").asInt(), node.path("name").asText(""),
                number(node, "lat"), number(node, "lon"), id(node.get("geonameid")), text(node, "type"),
                number(node, "confidence"));
    }

    /** geoeval counts gold "with coordinates" by lat alone, but pairs need both. */
    boolean hasLatitude() {
        return lat != null;
    }

    boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** Characters (code points) shared with another span; zero or less when they are disjoint. */
    int overlap(Toponym other) {
        return Math.min(end, other.end) - Math.max(start, other.start);
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    private static Long id(JsonNode value) {
        return value == null || !value.canConvertToLong() ? null : value.asLong();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
