package org.newsatlas.corrections.api;

import java.util.List;
import org.newsatlas.corrections.CorrectionRefused;
import org.newsatlas.corrections.PlaceRule;
import org.newsatlas.corrections.RulePreview;
import org.newsatlas.corrections.Rules;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules ({@code PUT /api/mentions/{id}} with the scope everywhere makes them): list, delete,
 * preview what one would change among the stored articles, and apply one to them.
 */
@RestController
class RuleController {

    private final Rules rules;

    RuleController(Rules rules) {
        this.rules = rules;
    }

    record RuleView(long id, String name, Long geonameid, boolean notAPlace, String source, String createdAt,
                    String createdBy) {
        static RuleView of(PlaceRule rule) {
            return new RuleView(rule.id(), rule.name(), rule.geonameId(), rule.notAPlace(), rule.source(),
                    rule.createdAt() == null ? null : rule.createdAt().toString(), rule.createdBy());
        }
    }

    @GetMapping("/api/rules")
    List<RuleView> all() {
        return rules.all().stream().map(RuleView::of).toList();
    }

    @DeleteMapping("/api/rules/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        return rules.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    /** A rule not yet made: {@code name} and one of {@code geonameid} or {@code notAPlace=true}, optional {@code source}. */
    @GetMapping("/api/rules/preview")
    RulePreview preview(@RequestParam(required = false) String name, @RequestParam(required = false) Long geonameid,
                        @RequestParam(defaultValue = "false") boolean notAPlace,
                        @RequestParam(required = false) String source) {
        if (name == null || name.isBlank()) {
            throw new CorrectionRefused("name is required.");
        }
        if ((geonameid == null) == !notAPlace) {
            throw new CorrectionRefused("Give exactly one of geonameid or notAPlace=true.");
        }
        return rules.preview(name.strip(), geonameid, source == null || source.isBlank() ? null : source.strip());
    }

    @GetMapping("/api/rules/{id}/preview")
    ResponseEntity<RulePreview> preview(@PathVariable long id) {
        return ResponseEntity.of(rules.preview(id));
    }

    @PostMapping("/api/rules/{id}/apply")
    ResponseEntity<MentionController.Changed> apply(@PathVariable long id) {
        return ResponseEntity.of(rules.apply(id).map(MentionController.Changed::of));
    }
}
