package org.newsatlas.articles.api;

import java.util.List;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.places.Alternative;
import org.newsatlas.places.PlacedMention;
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
    record ArticleResponse(long id, String title, String text, String source, String publishedAt,
                           String language, List<MentionView> mentions) {
    }

    /** A mention with how sure the geoparser was, how it came to read so, and its readings best first. */
    record MentionView(long id, int start, int end, String name, long placeId, double lat, double lon,
                       int sentenceStart, int sentenceEnd, double confidence, String status,
                       List<AlternativeView> alternatives) {
        static MentionView of(PlacedMention m) {
            return new MentionView(m.id(), m.start(), m.end(), m.name(), m.placeId(), m.lat(), m.lon(),
                    m.sentenceStart(), m.sentenceEnd(), m.confidence(), m.status().code(),
                    m.alternatives().stream().map(AlternativeView::of).toList());
        }
    }

    record AlternativeView(long geonameid, String name, String country, String admin1, String featureCode,
                           double lat, double lon, double score) {
        static AlternativeView of(Alternative a) {
            return new AlternativeView(a.geonameid(), a.name(), a.country(), a.admin1(), a.featureCode(), a.lat(),
                    a.lon(), a.score());
        }
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleResponse> article(@PathVariable long id) {
        return ResponseEntity.of(articles.document(id).map(document -> new ArticleResponse(
                document.article().id(), document.article().title(), document.article().text(),
                document.article().source(),
                document.article().publishedAt() == null ? null : document.article().publishedAt().toString(),
                document.article().language(), document.mentions().stream().map(MentionView::of).toList())));
    }
}
