package org.newsatlas.corrections.api;

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
        ArticleEdit edit;
        try {
            edit = ArticleEdit.of(body.title(), body.publishedAt(), body.source());
        } catch (ArticleEdit.Invalid invalid) {
            throw new CorrectionRefused(invalid.getMessage());
        }
        if (!store.edit(id, edit)) {
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
}
