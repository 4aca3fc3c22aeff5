package org.newsatlas.map.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/map/towns?zoom=Z}: the names of the large towns first drawn at zoom Z, for the
 * map's labels. The list comes from the GeoNames cities file bundled in the jar, is read on the
 * first request (about half a second) and never changes while the app runs.
 */
@RestController
class TownController {

    static final String BUNDLED_CITIES = "/gazetteer/cities500.txt.gz";

    private volatile TownLabels towns;

    @GetMapping("/api/map/towns")
    ResponseEntity<byte[]> towns(@RequestParam int zoom,
                                 @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, defaultValue = "") String encodings) {
        TownLabels.Encoded encoded = labels().atZoom(zoom);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (encodings.contains("gzip")) {
            return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(encoded.gzipped());
        }
        return response.body(encoded.json());
    }

    private TownLabels labels() {
        TownLabels loaded = towns;
        if (loaded == null) {
            synchronized (this) {
                if (towns == null) {
                    towns = new TownLabels(TownLabels.read(open()));
                }
                loaded = towns;
            }
        }
        return loaded;
    }

    private static InputStream open() {
        InputStream in = TownController.class.getResourceAsStream(BUNDLED_CITIES);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the bundled " + BUNDLED_CITIES + " is missing"));
        }
        return in;
    }
}
