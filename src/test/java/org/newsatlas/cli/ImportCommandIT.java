package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.Application;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The import command on a folder, in this JVM with the dictionary geoparser, on a data directory of its own. */
class ImportCommandIT {

    private static final WebApp APP = args -> new SpringApplicationBuilder(Application.class,
            TestGeoparserConfiguration.class).run(args);

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ImportCommand(APP).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static long articles(Path dataDir) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("newsatlas")
                + ";AUTO_SERVER=TRUE", "sa", ""); ResultSet rows = db.createStatement()
                .executeQuery("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM article")) {
            rows.next();
            assertThat(rows.getLong(2)).as("distinct texts").isEqualTo(rows.getLong(1));
            return rows.getLong(1);
        }
    }

    @Test
    void a_folder_is_imported_with_a_report_of_what_was_rejected_and_a_second_run_adds_nothing() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news/sub"));
        Files.writeString(news.resolve("a.txt"), "Port reopens\nBoats left Tripoli at dawn.");
        Files.writeString(news.resolve("b.html"), "<title>Sirte</title><p>Talks in Sirte went on.</p>");
        Files.writeString(dir.resolve("news/c.jsonl"), """
                {"title": "Egypt", "text": "Egypt hosted the envoys."}
                {"title": "broken"
                """);
        Files.write(dir.resolve("news/photo.jpg"), new byte[] {1, 2, 3});
        Path data = dir.resolve("data");
        Path report = dir.resolve("report.txt");

        Run first = run(dir.resolve("news").toString(), "--data-dir", data.toString(), "--report", report.toString(),
                "--source", "folder");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("done: 5 items").contains("3 added, 0 duplicates, 2 rejected")
                .contains("report: " + report.toAbsolutePath());
        assertThat(first.err()).contains("import");
        List<String> rejected = new ArrayList<>(Files.readAllLines(report).stream().filter(line -> !line.startsWith("#")).toList());
        assertThat(rejected).containsExactlyInAnyOrder(
                news.getParent() + "/c.jsonl line 2\tline 2: not valid JSON (Unexpected end-of-input: expected close marker for Object, at column 19)",
                news.getParent() + "/photo.jpg\tnot a kind of file imported here (.txt, .html, .htm, .pdf, .jsonl, .xml, .rss, .atom, .zip)");
        assertThat(articles(data)).isEqualTo(3);

        Run second = run(dir.resolve("news").toString(), "--data-dir", data.toString(), "--report", report.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("0 added, 3 duplicates, 2 rejected");
        assertThat(articles(data)).isEqualTo(3);
    }

    @Test
    void a_missing_path_or_an_unknown_option_exits_2_before_anything_is_opened() throws Exception {
        assertThat(run(dir.resolve("nothing-here").toString(), "--data-dir", dir.toString()).exit()).isEqualTo(2);
        assertThat(run(dir.toString(), "--colour", "red").exit()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("newsatlas.mv.db"))).isFalse();
    }
}
