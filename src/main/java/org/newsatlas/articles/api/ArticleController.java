package org.newsatlas.articles.api;

import java.util.List;
import org.newsatlas.places.PlacedMention;
import org.newsatlas.articles.ArticleQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private final ArticleQueries articles;

    ArticleController(ArticleQueries articles) {
        this.articles = articles;
    }

    /** Offsets in mentions are Java char offsets into text; language is ISO 639-1, "und" when undetermined. */
    record ArticleResponse(long id, String title, String text, String source, String publishedAt, String language,
                           List<PlacedMention> mentions) {
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleResponse> article(@PathVariable long id) {
        return ResponseEntity.of(articles.document(id).map(document -> new ArticleResponse(
                document.article().id(), document.article().title(), document.article().text(),
                document.article().source(),
                document.article().publishedAt() == null ? null : document.article().publishedAt().toString(),
                document.article().language(), document.mentions())));
    }
}
