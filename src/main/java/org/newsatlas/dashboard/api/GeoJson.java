package org.newsatlas.dashboard.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.dashboard.MapPlace;
import org.newsatlas.places.StoredPlace;

/** Places as a GeoJSON FeatureCollection (RFC 7946: positions are [lon, lat]). */
final class GeoJson {

    private GeoJson() {
    }

    record FeatureCollection(String type, List<Feature> features) {
    }

    record Feature(String type, Point geometry, Map<String, Object> properties) {
    }

    record Point(String type, double[] coordinates) {
    }

    static FeatureCollection of(List<MapPlace> places) {
        return new FeatureCollection("FeatureCollection", places.stream().map(GeoJson::feature).toList());
    }

    private static Feature feature(MapPlace counted) {
        StoredPlace place = counted.place();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", place.id());
        properties.put("name", place.name());
        properties.put("country", place.countryName());
        properties.put("countryCode", nullToEmpty(place.countryCode()));
        properties.put("featureCode", nullToEmpty(place.featureCode()));
        properties.put("kind", place.kind().key());
        properties.put("admin1", nullToEmpty(place.admin1Name()));
        properties.put("mentionCount", counted.mentions());
        properties.put("articleCount", counted.articles());
        return new Feature("Feature", new Point("Point", new double[] {place.longitude(), place.latitude()}), properties);
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
