package org.newsatlas.dashboard.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.dashboard.MapPlace;
import org.newsatlas.dashboard.MentionExport;
import org.newsatlas.dashboard.PlacesKml;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the dashboard shows, as files: the filter parameters are the same as everywhere else.
 *
 * <p>Each file is written on the request's own thread, straight into the response as it is made.
 * Handed to another thread (a {@code StreamingResponseBody}), the writing raced Spring Security's
 * header filter, which adds its headers to the same response on the request thread as the filter
 * chain unwinds: two threads changing one response's headers (seen as a
 * ConcurrentModificationException; Tomcat's header table is not thread-safe either).
 */
@RestController
@RequestMapping("/api/export")
class ExportController {

    private final DashboardService dashboard;
    private final MentionExport mentions;
    private final ObjectMapper json;

    ExportController(DashboardService dashboard, MentionExport mentions, ObjectMapper json) {
        this.dashboard = dashboard;
        this.mentions = mentions;
        this.json = json;
    }

    @GetMapping("/places.geojson")
    void geoJson(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response)
            throws IOException {
        DashboardFilter filter = DashboardController.filter(parameters);
        GeoJson.FeatureCollection places = GeoJson.of(dashboard.places(filter));
        try (OutputStream out = attachment(response, "newsatlas-places.geojson", "application/geo+json")) {
            json.writeValue(out, places);
        }
    }

    @GetMapping("/mentions.csv")
    void csv(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
        DashboardFilter filter = DashboardController.filter(parameters);
        try (Writer writer = new OutputStreamWriter(
                attachment(response, "newsatlas-mentions.csv", "text/csv;charset=UTF-8"), StandardCharsets.UTF_8)) {
            mentions.writeCsv(filter, writer);
        }
    }

    @GetMapping("/places.kml")
    void kml(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
        DashboardFilter filter = DashboardController.filter(parameters);
        List<MapPlace> places = dashboard.places(filter);
        try (Writer writer = new OutputStreamWriter(
                attachment(response, "newsatlas-places.kml", "application/vnd.google-earth.kml+xml"),
                StandardCharsets.UTF_8)) {
            PlacesKml.write(places, writer);
        } catch (XMLStreamException e) {
            throw new IOException("could not write KML", e);
        }
    }

    /** The response's body, once its type and file name are set: nothing may be set after the first byte. */
    private static OutputStream attachment(HttpServletResponse response, String fileName, String type)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        return response.getOutputStream();
    }
}
