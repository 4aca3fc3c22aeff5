package org.newsatlas.dashboard.api;

import java.util.Map;
import org.newsatlas.dashboard.FilterParameters.BadFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad filter value gets 400 and a message saying what is wanted, from every dashboard endpoint. */
@RestControllerAdvice(basePackageClasses = BadFilterAdvice.class)
class BadFilterAdvice {

    @ExceptionHandler(BadFilter.class)
    ResponseEntity<Map<String, String>> badFilter(BadFilter bad) {
        return ResponseEntity.badRequest().body(Map.of("error", bad.getMessage()));
    }
}
