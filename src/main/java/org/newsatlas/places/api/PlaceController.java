package org.newsatlas.places.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.places.PlaceSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mentioned places as a GeoJSON FeatureCollection (RFC 7946: positions are [lon, lat]). */
@RestController
@RequestMapping("/api/places")
class PlaceController {

    private final PlaceQueries places;

    PlaceController(PlaceQueries places) {
        this.places = places;
    }

    record FeatureCollection(String type, List<Feature> features) {
    }

    record Feature(String type, Point geometry, Map<String, Object> properties) {
    }

    record Point(String type, double[] coordinates) {
    }

    @GetMapping(produces = {"application/geo+json", "application/json"})
    FeatureCollection places() {
        return new FeatureCollection("FeatureCollection", places.mapPlaces().stream().map(PlaceController::feature).toList());
    }

    private static Feature feature(PlaceSummary place) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", place.id());
        properties.put("name", place.name());
        properties.put("country", place.countryName());
        properties.put("countryCode", place.countryCode() == null ? "" : place.countryCode());
        properties.put("featureCode", place.featureCode() == null ? "" : place.featureCode());
        properties.put("mentionCount", place.mentionCount());
        properties.put("articleCount", place.articleCount());
        return new Feature("Feature", new Point("Point", new double[] {place.longitude(), place.latitude()}), properties);
    }
}
