package org.newsatlas.corrections.api;

import java.util.Map;
import org.newsatlas.corrections.CorrectionRefused;
import org.newsatlas.corrections.Undo;
import org.newsatlas.dashboard.FilterParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A correction that cannot be made as asked, or a bad filter: 400 with the reason; undoing twice: 409. */
@RestControllerAdvice(basePackageClasses = CorrectionErrors.class)
class CorrectionErrors {

    @ExceptionHandler(CorrectionRefused.class)
    ResponseEntity<Map<String, String>> refused(CorrectionRefused e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(FilterParameters.BadFilter.class)
    ResponseEntity<Map<String, String>> badFilter(FilterParameters.BadFilter e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(Undo.AlreadyUndone.class)
    ResponseEntity<Map<String, String>> undoneAlready(Undo.AlreadyUndone e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }
}
