package org.newsatlas.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article answered 201 is on disk: the app is killed with SIGKILL while articles are being
 * posted, started again on the same data directory, and every acknowledged article is there with
 * all its mentions; an article that is there at all is there whole. Trials:
 * {@code -Dnewsatlas.kill-trials=N} (default 2).
 */
class AcknowledgedArticlesSurviveKillIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ACKNOWLEDGED_PER_TRIAL = 30;
    private static final String[] PLACES = {"Tripoli", "Sirte", "Egypt", "Tunisia", "Carthage", "Algeria", "Morocco"};

    @TempDir
    Path dataDir;

    /** The app's own database (H2 in the data directory) unless a subclass names another. */
    List<String> databaseArguments() {
        return List.of();
    }

    @Test
    void every_acknowledged_article_is_still_there_whole_after_a_kill() throws Exception {
        int trials = Integer.getInteger("newsatlas.kill-trials", 2);
        Path log = Files.createTempFile("newsatlas-kill", ".log");
        Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
        int serial = 0;
        for (int trial = 0; trial < trials; trial++) {
            try (AppProcess app = AppProcess.start(dataDir, log, databaseArguments())) {
                AtomicBoolean killed = new AtomicBoolean();
                int first = serial;
                int before = acknowledged.size();
                Thread poster = new Thread(() -> postUntilKilled(app, first, acknowledged, killed));
                poster.start();
                // let a few dozen land, then kill the process in the middle of the stream
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (acknowledged.size() < before + ACKNOWLEDGED_PER_TRIAL + trial && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                app.kill();
                killed.set(true);
                poster.join();
                serial += 10_000;
            }
        }
        System.out.printf("kill -9 trials: %d, articles acknowledged before the kills: %d%n", trials, acknowledged.size());
        assertThat(acknowledged).as("articles acknowledged before the kills").hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_PER_TRIAL * trials);
        try (AppProcess app = AppProcess.start(dataDir, log, databaseArguments())) {
            for (Map.Entry<Long, Integer> article : acknowledged.entrySet()) {
                HttpResponse<String> stored = app.get("/api/articles/" + article.getKey());
                assertThat(stored.statusCode()).as("article %d, acknowledged", article.getKey()).isEqualTo(200);
                assertThat(JSON.readTree(stored.body()).get("mentions").size())
                        .as("mentions of article %d", article.getKey()).isEqualTo(article.getValue());
            }
            System.out.printf("after restart: all %d acknowledged articles present with all their mentions%n",
                    acknowledged.size());
            JsonNode all = JSON.readTree(app.get("/api/articles?size=500").body()).get("items");
            for (JsonNode item : all) {
                if (!item.get("title").asText().startsWith("Report ")) {
                    continue; // the bundled sample article
                }
                JsonNode stored = JSON.readTree(app.get("/api/articles/" + item.get("id").asLong()).body());
                assertThat(stored.get("mentions").size()).as("article %s is whole", item.get("id"))
                        .isEqualTo(expectedMentions(stored.get("text").asText()));
            }
        }
    }

    private static void postUntilKilled(AppProcess app, int serial, Map<Long, Integer> acknowledged, AtomicBoolean killed) {
        for (int n = serial; !killed.get(); n++) {
            String place = PLACES[n % PLACES.length];
            String other = PLACES[(n / PLACES.length + 1) % PLACES.length];
            String text = "Report " + n + " from " + place + ". Officials in " + other + " met on day " + n + ".";
            try {
                HttpResponse<String> answer = app.postJson("/api/articles",
                        JSON.writeValueAsString(Map.of("title", "Report " + n, "text", text)));
                if (answer.statusCode() == 201) {
                    JsonNode body = JSON.readTree(answer.body());
                    acknowledged.put(body.get("id").asLong(), body.get("mentions").size());
                }
            } catch (Exception lostWithTheProcess) {
                return;
            }
        }
    }

    /** The dictionary geoparser finds each of the known names as a whole word. */
    private static int expectedMentions(String text) {
        int count = 0;
        for (String place : PLACES) {
            count += text.split("\\b" + place + "\\b", -1).length - 1;
        }
        return count;
    }
}
