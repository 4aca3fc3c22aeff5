package org.newsatlas.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsatlas.articles.Article;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.places.MentionRow;
import org.newsatlas.places.PlaceRecords;
import org.newsatlas.places.StoredPlace;
import org.springframework.stereotype.Component;

/**
 * The mentions a filter keeps as CSV (RFC 4180, UTF-8, header row), one row per mention with its
 * sentence, written a batch of mentions at a time so that memory stays flat for big exports.
 */
@Component
public class MentionExport {

    /** The columns in the words of the REST API's description (issue 8), which clients rely on. */
    static final String[] HEADER = {"article id", "title", "published date", "source", "sentence", "surface name",
        "place id", "geonameid", "place name", "country code", "feature code", "lat", "lon", "confidence"};
    private static final int BATCH = 2000;

    private final DashboardService dashboard;
    private final PlaceRecords mentions;
    private final ArticleQueries articles;

    MentionExport(DashboardService dashboard, PlaceRecords mentions, ArticleQueries articles) {
        this.dashboard = dashboard;
        this.mentions = mentions;
        this.articles = articles;
    }

    public void writeCsv(DashboardFilter filter, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
        List<Long> ids = dashboard.mentionIds(filter);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<MentionRow> rows = mentions.mentionRows(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            Map<Long, Article> byId = articles.articles(rows.stream().map(MentionRow::articleId).distinct().toList())
                    .stream().collect(Collectors.toMap(Article::id, Function.identity()));
            for (MentionRow row : rows) {
                Article article = byId.get(row.articleId());
                StoredPlace place = dashboard.storedPlace(row.placeId()).orElse(null);
                if (article != null && place != null) {
                    csv.printRecord(record(article, row, place));
                }
            }
            csv.flush();
        }
        csv.flush();
    }

    private static List<Object> record(Article article, MentionRow row, StoredPlace place) {
        List<Object> record = new ArrayList<>(HEADER.length);
        record.add(article.id());
        record.add(SpreadsheetSafe.text(article.title()));
        record.add(article.publishedAt() == null ? "" : article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate());
        record.add(SpreadsheetSafe.text(article.source()));
        record.add(SpreadsheetSafe.text(sentence(article.text(), row)));
        record.add(SpreadsheetSafe.text(row.surfaceName()));
        record.add(place.id());
        record.add(place.geonameId());
        record.add(SpreadsheetSafe.text(place.name()));
        record.add(place.countryCode() == null ? "" : place.countryCode());
        record.add(place.featureCode() == null ? "" : place.featureCode());
        record.add(String.format(Locale.ROOT, "%.5f", place.latitude()));
        record.add(String.format(Locale.ROOT, "%.5f", place.longitude()));
        record.add(String.format(Locale.ROOT, "%.3f", row.confidence()));
        return record;
    }

    /** The sentence as one line: line breaks inside it become spaces. */
    static String sentence(String text, MentionRow row) {
        int start = Math.max(0, Math.min(row.sentenceStart(), text.length()));
        int end = Math.max(start, Math.min(row.sentenceEnd(), text.length()));
        return text.substring(start, end).replaceAll("\\s+", " ").strip();
    }
}
