package org.newsatlas.base.api;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * A request the API cannot read gets 400 and a plain message, never a stack trace or a 500:
 * broken JSON, a text field that is not text, a multipart body without its boundary.
 */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("error",
                "The request body is not valid JSON of the expected shape (title and text are strings)."));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, String>> multipart(MultipartException e) {
        return ResponseEntity.badRequest().body(Map.of("error",
                "The multipart request could not be read (is the boundary missing?)."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(415).body(Map.of("error",
                "Unsupported content type " + e.getContentType() + "; send application/json, text/plain, text/html or application/pdf."));
    }
}
