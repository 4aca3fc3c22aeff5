package org.newsatlas.corrections.api;

import java.util.List;
import org.newsatlas.corrections.CorrectionRefused;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.Geoparser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Type-ahead over the whole gazetteer, for choosing a place the geoparser did not offer. */
@RestController
class GazetteerController {

    static final int MAX_LIMIT = 50;

    private final Geoparser geoparser;

    GazetteerController(Geoparser geoparser) {
        this.geoparser = geoparser;
    }

    record GazetteerHit(long geonameid, String name, String country, String admin1, String featureCode, double lat,
                        double lon, long population) {
    }

    @GetMapping("/api/gazetteer/search")
    List<GazetteerHit> search(@RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "10") String limit) {
        if (q == null || q.isBlank()) {
            throw new CorrectionRefused("q must be the start of a place name.");
        }
        int max;
        try {
            max = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            max = -1;
        }
        if (max < 1 || max > MAX_LIMIT) {
            throw new CorrectionRefused("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return geoparser.searchPlaces(q.strip(), max).stream().map(this::hit).toList();
    }

    private GazetteerHit hit(GazetteerEntry entry) {
        return new GazetteerHit(entry.geonameId(), entry.name(), blankToNull(entry.countryCode()),
                geoparser.firstOrderDivisionOf(entry).map(GazetteerEntry::name).orElse(null),
                blankToNull(entry.featureCode()), entry.latitude(), entry.longitude(), entry.population());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
