package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;

/** Download links for what the filter keeps: the REST exports, with the filter's own parameters. */
class ExportLinks extends Div {

    private record Export(String label, String path, String title) {
    }

    private static final List<Export> EXPORTS = List.of(
            new Export("GeoJSON", "api/export/places.geojson", "Places with their counts, as GeoJSON"),
            new Export("CSV", "api/export/mentions.csv", "One row per mention, as CSV"),
            new Export("KML", "api/export/places.kml", "Places with their counts, as KML"));

    private final List<Anchor> links;

    ExportLinks() {
        addClassName("export-links");
        Span label = new Span("Export:");
        add(label);
        links = EXPORTS.stream().map(export -> {
            Anchor link = new Anchor(export.path(), export.label());
            link.setRouterIgnore(true);
            link.setDownload(true);
            link.setTitle(export.title());
            link.addClassName("export-" + export.label().toLowerCase(Locale.ROOT));
            add(link);
            return link;
        }).toList();
    }

    void show(QueryParameters filter) {
        String query = filter.getQueryString();
        for (int i = 0; i < EXPORTS.size(); i++) {
            links.get(i).setHref(EXPORTS.get(i).path() + (query.isEmpty() ? "" : "?" + query));
        }
    }
}
