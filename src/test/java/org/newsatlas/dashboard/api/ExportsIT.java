package org.newsatlas.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsatlas.dashboard.api.ApiFixture.CARTHAGE;
import static org.newsatlas.dashboard.api.ApiFixture.MARKET;
import static org.newsatlas.dashboard.api.ApiFixture.SIRTE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsatlas.dashboard.api.Api.Params;
import org.newsatlas.dashboard.api.ApiFixture.Article;
import org.newsatlas.dashboard.api.ApiFixture.Place;
import org.newsatlas.dashboard.api.Expected.Count;
import org.newsatlas.dashboard.api.Expected.FilterCase;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.DictionaryGeoparser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The three exports under every filter, read back with real parsers and counted against the fixture. */
@DashboardApiTest
class ExportsIT {

    static final List<String> CSV_HEADER = List.of("article id", "title", "published date", "source", "sentence",
            "surface name", "place id", "geonameid", "place name", "country code", "feature code", "lat", "lon",
            "confidence");
    private static final String KML = "http://www.opengis.net/kml/2.2";

    @Autowired
    MockMvc mvc;

    Api api;
    ApiFixture fixture;

    @BeforeEach
    void postTheFixture() {
        api = new Api(mvc);
        fixture = ApiFixture.post(api);
    }

    static List<FilterCase> filters() {
        return FilterCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void the_geojson_export_is_the_map_places_as_a_file(FilterCase filter) {
        Api.Response response = download("/api/export/places.geojson", filter.params(), "application/geo+json");

        PlacesAssert.assertPlaces(api.read(response.body()), Expected.of(filter, fixture));
        assertThat(api.read(response.body())).isEqualTo(api.json("/api/places", filter.params()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void the_csv_export_has_one_row_per_mention_the_filter_keeps(FilterCase filter) throws Exception {
        Expected expected = Expected.of(filter, fixture);
        Api.Response response = download("/api/export/mentions.csv", filter.params(), "text/csv");

        List<CSVRecord> rows = csv(response.body());
        Map<String, Integer> found = new TreeMap<>();
        for (CSVRecord row : rows) {
            Article article = fixture.article(Long.parseLong(row.get("article id")));
            Place place = ApiFixture.PLACES.get(row.get("place name"));
            assertThat(place).as("a fixture place: %s", row.get("place name")).isNotNull();
            assertThat(row.get("surface name")).isEqualTo(place.name());
            assertThat(row.get("sentence")).contains(place.name());
            assertThat(article.text()).contains(row.get("sentence"));
            assertThat(row.get("source")).isEqualTo(article.source() == null ? "" : article.source());
            assertThat(row.get("published date")).isEqualTo(publishedDate(article));
            assertThat(row.get("country code")).isEqualTo(place.countryCode());
            assertThat(row.get("feature code")).isEqualTo(place.featureCode());
            assertThat(Double.parseDouble(row.get("confidence"))).isEqualTo(place.confidence());
            GazetteerEntry entry = gazetteerEntry(place.name());
            assertThat(Long.parseLong(row.get("geonameid"))).isEqualTo(entry.geonameId());
            assertThat(Double.parseDouble(row.get("lat"))).isCloseTo(entry.latitude(), within(1e-5));
            assertThat(Double.parseDouble(row.get("lon"))).isCloseTo(entry.longitude(), within(1e-5));
            found.merge(fixture.id(article) + " " + place.name(), 1, Integer::sum);
        }
        Map<String, Integer> wanted = new TreeMap<>();
        expected.mentions().forEach(m -> wanted.merge(fixture.id(m.article()) + " " + m.place().name(), 1, Integer::sum));
        assertThat(found).isEqualTo(wanted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void the_kml_export_has_a_placemark_per_place_with_its_counts(FilterCase filter) throws Exception {
        Api.Response response = download("/api/export/places.kml", filter.params(), "application/vnd.google-earth.kml+xml");

        Document kml = xml(response.body());
        assertThat(kml.getDocumentElement().getLocalName()).isEqualTo("kml");
        assertThat(kml.getDocumentElement().getNamespaceURI()).isEqualTo(KML);
        Map<String, Count> counts = new TreeMap<>();
        NodeList placemarks = kml.getElementsByTagNameNS(KML, "Placemark");
        for (int i = 0; i < placemarks.getLength(); i++) {
            Element placemark = (Element) placemarks.item(i);
            String name = text(placemark, "name");
            Map<String, String> data = new TreeMap<>();
            NodeList items = placemark.getElementsByTagNameNS(KML, "Data");
            for (int j = 0; j < items.getLength(); j++) {
                Element item = (Element) items.item(j);
                data.put(item.getAttribute("name"), text(item, "value"));
            }
            GazetteerEntry entry = gazetteerEntry(name);
            assertThat(text(placemark, "coordinates")).isEqualTo(String.format(Locale.ROOT, "%.6f,%.6f",
                    entry.longitude(), entry.latitude()));
            assertThat(data.get("geonameid")).isEqualTo(Long.toString(entry.geonameId()));
            counts.put(name, new Count(Integer.parseInt(data.get("mentions")), Integer.parseInt(data.get("articles"))));
        }
        assertThat(counts).isEqualTo(Expected.of(filter, fixture).byPlace());
    }

    @Test
    void the_csv_header_names_the_columns_the_issue_lists() throws Exception {
        Api.Response response = download("/api/export/mentions.csv", Params.of("q", "dockworkers"), "text/csv");

        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(response.body()))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(CSV_HEADER);
        }
        assertThat(response.body()).contains("\r\n");
    }

    @Test
    void a_csv_row_carries_its_article_sentence_and_place() throws Exception {
        List<CSVRecord> rows = csv(download("/api/export/mentions.csv", Params.of("q", "dockworkers"), "text/csv").body());

        assertThat(rows).hasSize(3);
        CSVRecord first = rows.get(0);
        assertThat(first.toList()).containsExactly(Long.toString(fixture.id(SIRTE)), "Sirte port reopens", "2019-03-04",
                "Alpha Wire", "Ships returned to Sirte on Monday.", "Sirte", first.get("place id"), "2210554", "Sirte",
                "LY", "PPLA", "31.20892", "16.58866", "0.900");
        assertThat(rows.get(2).get("sentence")).isEqualTo("Sirte, a port city, cheered.");
    }

    @Test
    void quotes_commas_and_accents_survive_and_a_formula_stays_text() throws Exception {
        List<CSVRecord> carthage = csv(download("/api/export/mentions.csv", Params.of("q", "festival"), "text/csv").body());
        List<CSVRecord> market = csv(download("/api/export/mentions.csv", Params.of("q", "enfin"), "text/csv").body());

        assertThat(carthage).extracting(row -> row.get("title")).containsOnly("'" + CARTHAGE.title());
        assertThat(carthage).extracting(row -> row.get("sentence"))
                .contains("Visitors came from Algeria, \"by ferry\", for the music.");
        assertThat(market).extracting(row -> row.get("sentence"))
                .contains("Traders across Algeria cheered: « enfin », they said.");
        assertThat(market).extracting(row -> row.get("published date")).containsOnly("2020-02-11");
        assertThat(market).extracting(row -> row.get("article id")).containsOnly(Long.toString(fixture.id(MARKET)));
    }

    @Test
    void an_export_of_nothing_is_an_empty_file_of_its_kind() throws Exception {
        Params nothing = Params.of("country", "AQ");

        assertThat(csv(download("/api/export/mentions.csv", nothing, "text/csv").body())).isEmpty();
        assertThat(xml(download("/api/export/places.kml", nothing, "application/vnd.google-earth.kml+xml").body())
                .getElementsByTagNameNS(KML, "Placemark").getLength()).isZero();
        assertThat(api.read(download("/api/export/places.geojson", nothing, "application/geo+json").body())
                .get("features")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exportPaths")
    void an_export_is_written_whole_before_its_request_returns(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).param("q", "dockworkers")).andReturn();

        assertThat(result.getRequest().isAsyncStarted())
                .as("no other thread may still be writing the response the security filter adds headers to")
                .isFalse();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Sirte");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    static List<String> exportPaths() {
        return List.of("/api/export/places.geojson", "/api/export/mentions.csv", "/api/export/places.kml");
    }

    private Api.Response download(String path, Params params, String type) {
        Api.Response response = api.get(path, params);
        assertThat(response.status()).as("GET %s?%s: %s", path, params, response.body()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).startsWith("attachment;").contains("filename=");
        assertThat(response.header("Content-Type")).startsWith(type);
        return response;
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(body))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(CSV_HEADER);
            return new ArrayList<>(parser.getRecords());
        }
    }

    /** A parser that fetches nothing and expands no entities: an export is untrusted input here too. */
    static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(KML, name).item(0).getTextContent();
    }

    private static String publishedDate(Article article) {
        return article.publishedAt() == null ? ""
                : DashboardEndpointsIT.published(article).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static GazetteerEntry gazetteerEntry(String name) {
        return DictionaryGeoparser.PLACES.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
