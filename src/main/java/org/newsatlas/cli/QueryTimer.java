package org.newsatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Times GET requests against the running app as a browser would wait for them: from sending the
 * request to the last byte of the answer, one request at a time.
 */
final class QueryTimer {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    /** One timed request: wall time to the last byte, the answer's size and status. */
    record Sample(long nanos, long bytes, int status) {

        double millis() {
            return nanos / 1e6;
        }
    }

    QueryTimer(int port) {
        this.base = "http://localhost:" + port;
    }

    Sample get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build();
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream body = response.body()) {
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    bytes += read;
                }
            }
            return new Sample(System.nanoTime() - started, bytes, response.statusCode());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The body of a GET as text, for the facts the benchmark needs (most mentioned countries, places). */
    String text(String pathAndQuery) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + pathAndQuery + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The first {@code count} items of a JSON array (or of a GeoJSON collection's features), as values. */
    <T> List<T> first(String pathAndQuery, int count, Function<JsonNode, T> value) {
        String json = text(pathAndQuery);
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            JsonNode items = root.isArray() ? root : root.get("features");
            List<T> values = new ArrayList<>();
            for (int i = 0; i < items.size() && values.size() < count; i++) {
                values.add(value.apply(items.get(i)));
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected answer to " + pathAndQuery, e);
        }
    }

    /** The nearest-rank percentile (p from 0 to 100) of the samples' wall times, in milliseconds. */
    static double percentile(List<Sample> samples, double p) {
        List<Long> nanos = new ArrayList<>(samples.size());
        samples.forEach(s -> nanos.add(s.nanos()));
        Collections.sort(nanos);
        int rank = (int) Math.ceil(p / 100 * nanos.size());
        return nanos.get(Math.max(0, Math.min(nanos.size() - 1, rank - 1))) / 1e6;
    }
}
