package org.newsatlas.corrections.api;

import java.util.List;
import org.newsatlas.corrections.CorrectionRefused;
import org.newsatlas.corrections.History;
import org.newsatlas.corrections.HistoryEntry;
import org.newsatlas.corrections.Undo;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The correction history ({@code GET /api/corrections}) and undo. */
@RestController
class CorrectionController {

    static final int MAX_LIMIT = 500;

    private final History history;
    private final Undo undo;

    CorrectionController(History history, Undo undo) {
        this.history = history;
        this.undo = undo;
    }

    @GetMapping("/api/corrections")
    List<HistoryEntry> history(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new CorrectionRefused("limit must be from 1 to " + MAX_LIMIT + ".");
        }
        return history.latest(limit);
    }

    @PostMapping("/api/corrections/{id}/undo")
    ResponseEntity<MentionController.Changed> undo(@PathVariable long id) {
        return ResponseEntity.of(undo.undo(id).map(MentionController.Changed::of));
    }
}
