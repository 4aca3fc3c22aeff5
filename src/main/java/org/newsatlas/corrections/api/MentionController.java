package org.newsatlas.corrections.api;

import java.net.URI;
import java.util.List;
import org.newsatlas.corrections.AddedMentions;
import org.newsatlas.corrections.CorrectionRefused;
import org.newsatlas.corrections.CorrectionRequest;
import org.newsatlas.corrections.CorrectionService;
import org.newsatlas.corrections.Corrected;
import org.newsatlas.corrections.Scope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Corrects a mention ({@code PUT /api/mentions/{id}}) or adds one ({@code POST /api/articles/{id}/mentions}). */
@RestController
class MentionController {

    private final CorrectionService corrections;
    private final AddedMentions additions;

    MentionController(CorrectionService corrections, AddedMentions additions) {
        this.corrections = corrections;
        this.additions = additions;
    }

    /** One of geonameid, notAPlace or confirm; scope mention, article (default) or everywhere (+ source). */
    record CorrectionBody(Long geonameid, Boolean notAPlace, Boolean confirm, String scope, String source,
                          Boolean applyToStored) {
    }

    /** The mentions whose reading changed, the history entry to undo, and the rule made (scope everywhere). */
    record Changed(List<Long> changed, Long correction, Long rule) {
        static Changed of(Corrected corrected) {
            return new Changed(corrected.changed(), corrected.correctionId(), corrected.ruleId());
        }
    }

    @PutMapping("/api/mentions/{id}")
    ResponseEntity<Changed> correct(@PathVariable long id, @RequestBody CorrectionBody body) {
        Scope scope = body.scope() == null ? Scope.ARTICLE : Scope.fromKey(body.scope()).orElseThrow(() ->
                new CorrectionRefused("scope must be mention, article or everywhere, not '" + body.scope() + "'."));
        CorrectionRequest request = new CorrectionRequest(body.geonameid(), Boolean.TRUE.equals(body.notAPlace()),
                Boolean.TRUE.equals(body.confirm()), scope, body.source(), !Boolean.FALSE.equals(body.applyToStored()));
        return ResponseEntity.of(corrections.correct(id, request).map(Changed::of));
    }

    record NewMentionBody(Integer start, Integer end, Long geonameid) {
    }

    @PostMapping("/api/articles/{id}/mentions")
    ResponseEntity<Changed> add(@PathVariable long id, @RequestBody NewMentionBody body) {
        if (body.start() == null || body.end() == null || body.geonameid() == null) {
            throw new CorrectionRefused("start, end and geonameid are required.");
        }
        return additions.add(id, body.start(), body.end(), body.geonameid())
                .map(added -> ResponseEntity.created(URI.create("/api/articles/" + id)).body(Changed.of(added)))
                .orElse(ResponseEntity.notFound().build());
    }
}
