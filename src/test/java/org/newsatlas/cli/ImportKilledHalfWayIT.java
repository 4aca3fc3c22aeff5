package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stop and resume: an import command process is killed (SIGKILL) half-way, then run again on the
 * same data directory; the second run adds exactly the missing articles and the database ends
 * with the full set, each text once. The test watches the count through H2's auto-server, as the
 * web app would while an import runs beside it.
 */
class ImportKilledHalfWayIT {

    private static final int ARTICLES = 3000;

    @TempDir
    Path dir;

    private Process importing(Path input, Path data, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "org.newsatlas.TestApplication",
                "import", input.toString(), "--data-dir", data.toString(),
                "--report", dir.resolve("report.txt").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(out.toFile())).start();
    }

    @Test
    void an_import_killed_half_way_and_run_again_ends_with_every_article_once() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            lines.append("{\"title\": \"Report %d\", \"text\": \"Report %d: boats left Tripoli for Sirte.\"}\n"
                    .formatted(i, i));
        }
        Files.writeString(input, lines);
        Path data = dir.resolve("data");

        Process first = importing(input, data, dir.resolve("first.log"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        long seen = 0;
        while (first.isAlive() && seen < ARTICLES / 10 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = countIfOpen(data);
        }
        // A batch is visible to other connections an instant before its commit is in the file; what
        // the test counts on is what was acknowledged, so let the batch just seen reach the file.
        Thread.sleep(500);
        assertThat(first.isAlive()).as("the import is still running at %d articles: %s", seen,
                Files.readString(dir.resolve("first.log"))).isTrue();
        first.destroyForcibly();
        first.waitFor();
        long afterKill = ImportCommandIT.articles(data);
        assertThat(afterKill).as("stored before the kill").isBetween((long) ARTICLES / 10, (long) ARTICLES - 1);

        Process second = importing(input, data, dir.resolve("second.log"));
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(dir.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).contains("%,d added, %,d duplicates, 0 rejected".formatted(ARTICLES - afterKill, afterKill));
        assertThat(ImportCommandIT.articles(data)).isEqualTo(ARTICLES);
        System.out.printf("import killed at %d of %d articles; the second run added %d%n", afterKill, ARTICLES,
                ARTICLES - afterKill);
    }

    /** The article count, or 0 while the importing process has not created the table yet. */
    private static long countIfOpen(Path data) {
        try {
            return Files.exists(data.resolve("newsatlas.mv.db")) ? ImportCommandIT.articles(data) : 0;
        } catch (Exception notYet) {
            return 0;
        }
    }
}
