package org.newsatlas.dashboard.api;

import static org.newsatlas.dashboard.api.ApiFixture.ACCORD;
import static org.newsatlas.dashboard.api.ApiFixture.ENVOYS;
import static org.newsatlas.dashboard.api.ApiFixture.FLOODS;
import static org.newsatlas.dashboard.api.ApiFixture.PRICES;
import static org.newsatlas.dashboard.api.ApiFixture.SIRTE;
import static org.newsatlas.dashboard.api.Expected.FilterCase.articles;
import static org.newsatlas.dashboard.api.Expected.FilterCase.mentions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.newsatlas.dashboard.api.Api.Params;
import org.newsatlas.dashboard.api.Expected.FilterCase;

/**
 * Every filter parameter the REST API takes, alone and combined, as query parameters and as what
 * it keeps of the fixture. ({@code place} needs an id the app gives out: see its own tests.)
 */
final class FilterCases {

    private FilterCases() {
    }

    static List<FilterCase> all() {
        return List.of(
                articles("no filter", Params.of(), article -> true),
                articles("a date range includes both its days", Params.of("from", "2019-03-10", "to", "2019-03-20"),
                        article -> between(article.day(), "2019-03-10", "2019-03-20")),
                articles("from a day on, a date-time published late on 10 February in New York counts on the 11th",
                        Params.of("from", "2020-02-11"), article -> !article.day().isBefore(LocalDate.parse("2020-02-11"))),
                articles("up to a day, and an undated article counts at its ingest day",
                        Params.of("to", "2020-02-10"), article -> !article.day().isAfter(LocalDate.parse("2020-02-10"))),
                articles("a word of a text", Params.of("q", "dockworkers"), article -> article == SIRTE),
                articles("a word finds its other forms", Params.of("q", "flood"), article -> article == FLOODS),
                articles("a word of a title", Params.of("q", "report"), article -> article == PRICES),
                articles("all the words, anywhere", Params.of("q", "peace talks"),
                        article -> article == ENVOYS || article == ACCORD),
                articles("a phrase", Params.of("q", "\"peace talks\""), article -> article == ENVOYS),
                mentions("one country", Params.of("country", "LY"), place -> place.countryCode().equals("LY")),
                mentions("two countries, in any case", Params.of("country", "ly", "country", "DZ"),
                        place -> Set.of("LY", "DZ").contains(place.countryCode())),
                mentions("countries", Params.of("kind", "country"), place -> place.kind().equals("country")),
                mentions("first-order divisions", Params.of("kind", "admin1"), place -> place.kind().equals("admin1")),
                mentions("second-order divisions", Params.of("kind", "admin2"), place -> place.kind().equals("admin2")),
                mentions("populated places", Params.of("kind", "city"), place -> place.kind().equals("city")),
                mentions("regions and physical features", Params.of("kind", "region"),
                        place -> place.kind().equals("region")),
                mentions("two kinds", Params.of("kind", "admin1", "kind", "region"),
                        place -> Set.of("admin1", "region").contains(place.kind())),
                articles("one source", Params.of("source", "Alpha Wire"),
                        article -> "Alpha Wire".equals(article.source())),
                articles("two sources", Params.of("source", "Alpha Wire", "source", "Gamma Times"),
                        article -> Set.of("Alpha Wire", "Gamma Times").contains(String.valueOf(article.source()))),
                mentions("a minimum confidence", Params.of("minConfidence", "0.5"), place -> place.confidence() >= 0.5),
                mentions("a minimum confidence keeps what is exactly at it", Params.of("minConfidence", "0.7"),
                        place -> place.confidence() >= 0.7),
                mentions("a minimum confidence above every mention", Params.of("minConfidence", "0.95"),
                        place -> false),
                articles("a minimum confidence of 0 is no condition", Params.of("minConfidence", "0"), article -> true),
                new FilterCase("everything at once", Params.of("from", "2019-01-01", "to", "2019-12-31", "q", "ceasefire",
                        "country", "LY", "country", "TR", "kind", "country", "source", "Alpha Wire",
                        "minConfidence", "0.5"),
                        article -> between(article.day(), "2019-01-01", "2019-12-31") && article == ENVOYS
                                && "Alpha Wire".equals(article.source()),
                        place -> Set.of("LY", "TR").contains(place.countryCode()) && place.kind().equals("country")
                                && place.confidence() >= 0.5,
                        true));
    }

    private static boolean between(LocalDate day, String from, String to) {
        return !day.isBefore(LocalDate.parse(from)) && !day.isAfter(LocalDate.parse(to));
    }
}
