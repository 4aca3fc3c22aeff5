package org.newsatlas.dashboard.api;

import java.util.List;
import org.newsatlas.dashboard.ArticlePage;
import org.newsatlas.dashboard.BucketSize;
import org.newsatlas.dashboard.CountryRow;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.dashboard.FilterParameters;
import org.newsatlas.dashboard.FilterParameters.BadFilter;
import org.newsatlas.dashboard.PlaceDetail;
import org.newsatlas.dashboard.TimeBucket;
import org.newsatlas.places.StoredPlace;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's numbers over REST. Every endpoint takes the same filter parameters
 * ({@link FilterParameters}); a bad value is answered 400 with a message.
 */
@RestController
class DashboardController {

    static final int MAX_PAGE_SIZE = 500;

    private final DashboardService dashboard;

    DashboardController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping(value = "/api/places", produces = {"application/geo+json", "application/json"})
    GeoJson.FeatureCollection places(@RequestParam MultiValueMap<String, String> parameters) {
        return GeoJson.of(dashboard.places(filter(parameters)));
    }

    record ArticleItem(long id, String title, String publishedAt, String source, String language, int placeCount,
                       int mentionCount) {
    }

    record ArticleList(long total, List<ArticleItem> items) {
    }

    @GetMapping("/api/articles")
    ArticleList articles(@RequestParam MultiValueMap<String, String> parameters,
                         @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "50") String size) {
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = number("size", size, 1, MAX_PAGE_SIZE);
        ArticlePage found = dashboard.articles(filter(parameters), pageNumber * pageSize, pageSize);
        return new ArticleList(found.total(), found.items().stream()
                .map(row -> new ArticleItem(row.id(), row.title(),
                        row.publishedAt() == null ? null : row.publishedAt().toString(), row.source(),
                        row.language(), row.placeCount(), row.mentionCount()))
                .toList());
    }

    @GetMapping("/api/timeline")
    List<TimeBucket> timeline(@RequestParam MultiValueMap<String, String> parameters,
                              @RequestParam(defaultValue = "month") String bucket) {
        BucketSize size = BucketSize.fromKey(bucket)
                .orElseThrow(() -> new BadFilter("bucket must be day, week or month, not '" + bucket + "'."));
        return dashboard.timeline(filter(parameters), size);
    }

    @GetMapping("/api/countries")
    List<CountryRow> countries(@RequestParam MultiValueMap<String, String> parameters) {
        return dashboard.countries(filter(parameters));
    }

    record CoMentionItem(long id, String name, int articles) {
    }

    record PlaceItem(long id, long geonameid, String name, String country, String countryCode, String featureCode,
                     String kind, String admin1, double lat, double lon, long population, int mentionCount,
                     int articleCount, List<CoMentionItem> coMentions) {
    }

    @GetMapping("/api/places/{id}")
    ResponseEntity<PlaceItem> place(@PathVariable String id, @RequestParam MultiValueMap<String, String> parameters) {
        long placeId = FilterParameters.placeId(id);
        return ResponseEntity.of(dashboard.place(placeId, filter(parameters)).map(DashboardController::item));
    }

    private static PlaceItem item(PlaceDetail detail) {
        StoredPlace place = detail.place().place();
        return new PlaceItem(place.id(), place.geonameId(), place.name(), place.countryName(),
                GeoJson.nullToEmpty(place.countryCode()), GeoJson.nullToEmpty(place.featureCode()), place.kind().key(),
                GeoJson.nullToEmpty(place.admin1Name()), place.latitude(), place.longitude(), place.population(),
                detail.place().mentions(), detail.place().articles(),
                detail.coMentions().stream().map(c -> new CoMentionItem(c.id(), c.name(), c.articles())).toList());
    }

    static DashboardFilter filter(MultiValueMap<String, String> parameters) {
        return FilterParameters.parse(parameters);
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadFilter(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'.");
    }
}
