package org.newsatlas.corrections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.newsatlas.articles.ArticleEdit;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.corrections.CorrectionRefused;
import org.newsatlas.corrections.ReviewQueue;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Edits, deletes and marks articles reviewed. */
@RestController
class ArticleEditController {

    private static final int MAX_TITLE = 300;
    private static final int MAX_SOURCE = 1000;

    private final ArticleStore store;
    private final ArticleQueries articles;
    private final ReviewQueue reviews;

    ArticleEditController(ArticleStore store, ArticleQueries articles, ReviewQueue reviews) {
        this.store = store;
        this.articles = articles;
        this.reviews = reviews;
    }

    /** Fields left out stay as they are; "source": "" clears the source. */
    record EditBody(String title, String publishedAt, String source) {
    }

    record EditedArticle(long id, String title, String publishedAt, String source) {
    }

    @PatchMapping("/api/articles/{id}")
    ResponseEntity<EditedArticle> edit(@PathVariable long id, @RequestBody EditBody body) {
        String title = body.title() == null ? null : oneLine(body.title());
        if (title != null && (title.isEmpty() || title.length() > MAX_TITLE)) {
            throw new CorrectionRefused("A title is 1 to " + MAX_TITLE + " characters of text.");
        }
        String source = body.source() == null ? null : oneLine(body.source());
        if (source != null && source.length() > MAX_SOURCE) {
            throw new CorrectionRefused("A source is at most " + MAX_SOURCE + " characters.");
        }
        if (!store.edit(id, new ArticleEdit(title, instant(body.publishedAt()), source))) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.of(articles.article(id).map(a -> new EditedArticle(a.id(), a.title(),
                a.publishedAt() == null ? null : a.publishedAt().toString(), a.source())));
    }

    @DeleteMapping("/api/articles/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        return store.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @PostMapping("/api/articles/{id}/reviewed")
    ResponseEntity<Map<String, Object>> reviewed(@PathVariable long id) {
        return reviews.markReviewed(id) ? ResponseEntity.ok(Map.of("id", id, "reviewed", true))
                : ResponseEntity.notFound().build();
    }

    /** Titles and sources are one line: control characters and runs of space become one space. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new CorrectionRefused("publishedAt must be an ISO date (2020-07-08) or date-time.");
            }
        }
    }
}
