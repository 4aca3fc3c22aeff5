package org.newsatlas.map.api;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.newsatlas.gazetteer.CountryNames;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/map/country-names}: GeoNames' names of the countries by ISO alpha-2 code, so that
 * the map writes the names the lists use ("Türkiye", not Natural Earth's "Turkey").
 */
@RestController
class CountryNameController {

    private final Map<String, String> names = new TreeMap<>(CountryNames.bundled().all());

    @GetMapping("/api/map/country-names")
    ResponseEntity<Map<String, String>> countryNames() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1))).body(names);
    }
}
