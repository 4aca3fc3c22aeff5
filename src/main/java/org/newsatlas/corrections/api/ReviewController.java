package org.newsatlas.corrections.api;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.newsatlas.corrections.CorrectionRefused;
import org.newsatlas.corrections.GoldExport;
import org.newsatlas.corrections.ReviewPage;
import org.newsatlas.corrections.ReviewQueue;
import org.newsatlas.dashboard.FilterParameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue under the dashboard's filters, and the reviewed articles as gold. */
@RestController
class ReviewController {

    static final int MAX_LIMIT = 500;

    private final ReviewQueue queue;
    private final GoldExport gold;

    ReviewController(ReviewQueue queue, GoldExport gold) {
        this.queue = queue;
        this.gold = gold;
    }

    /** Takes the dashboard's filter parameters (a bad one is 400, as there) and {@code limit}. */
    @GetMapping("/api/review")
    ReviewPage review(@RequestParam MultiValueMap<String, String> parameters,
                      @RequestParam(defaultValue = "50") String limit) {
        int max;
        try {
            max = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            max = -1;
        }
        if (max < 1 || max > MAX_LIMIT) {
            throw new CorrectionRefused("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return queue.queue(FilterParameters.parse(parameters), max);
    }

    /** Built whole: reviewed articles are the few a person read through, not the corpus. */
    @GetMapping("/api/export/gold.jsonl")
    ResponseEntity<String> gold() throws IOException {
        StringWriter body = new StringWriter();
        gold.write(body);
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "x-ndjson", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gold.jsonl\"")
                .body(body.toString());
    }
}
