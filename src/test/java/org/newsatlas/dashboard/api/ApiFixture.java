package org.newsatlas.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Seven articles with known places, dates and sources, posted through the API. Places, their
 * countries, kinds, confidences and first-order divisions are the dictionary geoparser's. Posting
 * again is harmless: the same text is stored once, and the answer gives the stored id.
 */
final class ApiFixture {

    record Place(String name, String countryCode, String kind, String featureCode, double confidence, String admin1) {
    }

    static final Map<String, Place> PLACES = places(
            new Place("Libya", "LY", "country", "PCLI", 0.9, ""),
            new Place("Tripoli", "LY", "city", "PPLC", 0.9, "Tripoli"),
            new Place("Sirte", "LY", "city", "PPLA", 0.9, "Surt"),
            new Place("Misratah", "LY", "admin1", "ADM1", 0.7, ""),
            new Place("Egypt", "EG", "country", "PCLI", 0.9, ""),
            new Place("Tunisia", "TN", "country", "PCLI", 0.9, ""),
            new Place("Carthage", "TN", "city", "PPL", 0.9, "Tunis Governorate"),
            new Place("Algeria", "DZ", "country", "PCLI", 0.9, ""),
            new Place("Bab El Oued", "DZ", "admin2", "ADM2", 0.6, "Algiers"),
            new Place("Morocco", "MA", "country", "PCLI", 0.9, ""),
            new Place("Turkey", "TR", "country", "PCLI", 0.9, ""),
            new Place("Russia", "RU", "country", "PCLI", 0.9, ""),
            new Place("Sahara", "", "region", "DSRT", 0.4, ""));

    /**
     * @param publishedAt as posted: a date, a date-time, or null
     * @param day         the day it counts at (UTC; the ingest day when there is no date)
     * @param mentions    the place names in the text, in order
     */
    record Article(String title, String text, String publishedAt, String source, LocalDate day,
                   List<String> mentions) {

        long placeCount() {
            return mentions.stream().distinct().count();
        }
    }

    static final Article SIRTE = new Article("Sirte port reopens",
            "Ships returned to Sirte on Monday. Officials in Tripoli welcomed the dockworkers. Sirte, a port city, cheered.",
            "2019-03-04", "Alpha Wire", LocalDate.parse("2019-03-04"), List.of("Sirte", "Tripoli", "Sirte"));
    /** Its title is a spreadsheet formula with markup: exports must carry it as inert text. */
    static final Article CARTHAGE = new Article("=HYPERLINK(\"http://example.org\") <b>Carthage</b> & festival",
            "The Carthage festival opened in Tunisia. Visitors came from Algeria, \"by ferry\", for the music.",
            "2019-03-20", "Beta News", LocalDate.parse("2019-03-20"), List.of("Carthage", "Tunisia", "Algeria"));
    static final Article ENVOYS = new Article("Envoys meet in Egypt",
            "Envoys from Libya and Turkey met in Egypt. The peace talks went well. Libya hopes for a ceasefire.",
            "2019-04-02", "Alpha Wire", LocalDate.parse("2019-04-02"), List.of("Libya", "Turkey", "Egypt", "Libya"));
    static final Article FLOODS = new Article("Floods in Misratah",
            "Flooding hit Misratah. Rescue teams from Tripoli reached Misratah on Tuesday. Dust from the Sahara followed.",
            "2020-01-15", "Gamma Times", LocalDate.parse("2020-01-15"),
            List.of("Misratah", "Tripoli", "Misratah", "Sahara"));
    /** Published late in the evening west of Greenwich: the next day in UTC. */
    static final Article MARKET = new Article("Market reopens",
            "The Bab El Oued market reopened. Traders across Algeria cheered: « enfin », they said.",
            "2020-02-10T23:30:00-05:00", "Beta News", LocalDate.parse("2020-02-11"), List.of("Bab El Oued", "Algeria"));
    /** No date and no source: it counts at its ingest day. */
    static final Article ACCORD = new Article("Accord signed",
            "Morocco and Russia signed an accord. Peace returned and the talks ended.",
            null, null, LocalDate.parse("2021-05-05"), List.of("Morocco", "Russia"));
    /** No places at all: listed, but gone as soon as a filter asks for some kind of mention. */
    static final Article PRICES = new Article("Wheat report",
            "Prices of wheat rose again this week, traders said.",
            "2019-03-10", "Alpha Wire", LocalDate.parse("2019-03-10"), List.of());

    static final List<Article> ARTICLES = List.of(SIRTE, CARTHAGE, ENVOYS, FLOODS, MARKET, ACCORD, PRICES);

    private final Map<Article, Long> ids = new LinkedHashMap<>();

    /** Posts every article (again) and notes the ids the app gives them. */
    static ApiFixture post(Api api) {
        ApiFixture fixture = new ApiFixture();
        for (Article article : ARTICLES) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("title", article.title());
            body.put("text", article.text());
            body.put("publishedAt", article.publishedAt());
            body.put("source", article.source());
            Api.Response response = api.postJson("/api/articles", body);
            assertThat(response.status()).as(response.body()).isIn(200, 201);
            fixture.ids.put(article, api.read(response.body()).get("id").asLong());
        }
        return fixture;
    }

    long id(Article article) {
        return ids.get(article);
    }

    Article article(long id) {
        return ids.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("not a fixture article: " + id));
    }

    Set<Long> allIds() {
        return Set.copyOf(ids.values());
    }

    private static Map<String, Place> places(Place... places) {
        return List.of(places).stream().collect(Collectors.toMap(Place::name, p -> p, (a, b) -> a, LinkedHashMap::new));
    }
}
