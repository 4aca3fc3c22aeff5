package org.newsatlas.dashboard.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.dashboard.MentionExport;
import org.newsatlas.dashboard.PlacesKml;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** What the dashboard shows, as files: the filter parameters are the same as everywhere else. */
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
    ResponseEntity<StreamingResponseBody> geoJson(@RequestParam MultiValueMap<String, String> parameters) {
        DashboardFilter filter = DashboardController.filter(parameters);
        return attachment("newsatlas-places.geojson", MediaType.parseMediaType("application/geo+json"),
                out -> json.writeValue(out, GeoJson.of(dashboard.places(filter))));
    }

    @GetMapping("/mentions.csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam MultiValueMap<String, String> parameters) {
        DashboardFilter filter = DashboardController.filter(parameters);
        return attachment("newsatlas-mentions.csv", MediaType.parseMediaType("text/csv;charset=UTF-8"), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            mentions.writeCsv(filter, writer);
            writer.flush();
        });
    }

    @GetMapping("/places.kml")
    ResponseEntity<StreamingResponseBody> kml(@RequestParam MultiValueMap<String, String> parameters) {
        DashboardFilter filter = DashboardController.filter(parameters);
        return attachment("newsatlas-places.kml", MediaType.parseMediaType("application/vnd.google-earth.kml+xml"),
                out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    try {
                        PlacesKml.write(dashboard.places(filter), writer);
                    } catch (XMLStreamException e) {
                        throw new IOException("could not write KML", e);
                    }
                    writer.flush();
                });
    }

    private static ResponseEntity<StreamingResponseBody> attachment(String fileName, MediaType type,
                                                                    StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
