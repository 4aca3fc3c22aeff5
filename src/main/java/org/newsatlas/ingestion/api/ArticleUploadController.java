package org.newsatlas.ingestion.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.newsatlas.places.PlacedMention;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionResult;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.ingestion.TextChecks;
import org.newsatlas.ingestion.UploadRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/articles: JSON with a title, plain text whose first line is the title, HTML or PDF. */
@RestController
@RequestMapping("/api/articles")
class ArticleUploadController {

    private final IngestionService ingestion;
    private final TextChecks checks;
    private final ArticleQueries articles;

    ArticleUploadController(IngestionService ingestion, TextChecks checks, ArticleQueries articles) {
        this.ingestion = ingestion;
        this.checks = checks;
        this.articles = articles;
    }

    record ArticleRequest(String title, String text, String publishedAt, String source) {
    }

    record IngestedArticle(long id, String title, boolean duplicate, List<PlacedMention> mentions) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestedArticle> postJson(@RequestBody ArticleRequest request) {
        return respond(ingestion.ingest(new ArticleSubmission(request.title(), request.text(),
                instant(request.publishedAt()), request.source())));
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<IngestedArticle> postText(@RequestBody(required = false) byte[] body) {
        String text = checks.decode(body);
        return respond(ingestion.ingest(new ArticleSubmission(null, text, null, null)));
    }

    /** A web page: its main text, as the upload dialog extracts it. */
    @PostMapping(consumes = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<IngestedArticle> postHtml(@RequestBody(required = false) byte[] body) {
        return respond(ingestion.ingestFile(null, MediaType.TEXT_HTML_VALUE, body, null, null));
    }

    /** A PDF: its text layer. */
    @PostMapping(consumes = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<IngestedArticle> postPdf(@RequestBody(required = false) byte[] body) {
        return respond(ingestion.ingestFile(null, MediaType.APPLICATION_PDF_VALUE, body, null, null));
    }

    private ResponseEntity<IngestedArticle> respond(IngestionResult result) {
        List<PlacedMention> mentions = articles.document(result.articleId()).orElseThrow().mentions();
        IngestedArticle body = new IngestedArticle(result.articleId(), result.title(), result.duplicate(), mentions);
        URI location = URI.create("/api/articles/" + result.articleId());
        // the same text again is not an error: the client is pointed at the article we already have
        return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(location)
                .body(body);
    }

    @ExceptionHandler(UploadRejected.class)
    ResponseEntity<Map<String, String>> rejected(UploadRejected rejected) {
        return ResponseEntity.badRequest().body(Map.of("error", rejected.getMessage()));
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new UploadRejected("publishedAt must be an ISO date (2020-07-08) or date-time.");
            }
        }
    }
}
