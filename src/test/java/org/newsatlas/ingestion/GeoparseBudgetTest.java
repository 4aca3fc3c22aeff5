package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.extraction.Checkpoint;
import org.newsatlas.geoparser.GeoparsedText;
import org.newsatlas.geoparser.Geoparser;

class GeoparseBudgetTest {

    private final GeoparseBudget budget = new GeoparseBudget(new IngestionProperties(1_000_000, 5_242_880L, true,
            Duration.ofMillis(300), 500));

    /** A parse that never ends by itself, but passes checkpoints as the real one does. */
    private static final Geoparser ENDLESS = text -> {
        while (true) {
            Checkpoint.reached();
            Thread.onSpinWait();
        }
    };

    private static final Geoparser QUICK = text -> new GeoparsedText(text, List.of(), List.of());

    @AfterEach
    void release() {
        budget.destroy();
    }

    @Test
    void a_parse_over_its_time_is_stopped_and_refused_with_a_message() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> budget.parse(ENDLESS, "Tripoli ".repeat(10)))
                .isInstanceOf(UploadRejected.class)
                .hasMessageContaining("longer than 0.3 s").hasMessageContaining("nothing was stored");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(Thread.currentThread().isInterrupted()).as("the alarm's interrupt is not left behind").isFalse();
    }

    @Test
    void the_wait_for_a_geoparser_still_loading_does_not_count_against_the_budget() {
        Geoparser loading = new Geoparser() {
            private volatile boolean loaded;

            @Override
            public GeoparsedText parse(String text) {
                return QUICK.parse(text);
            }

            @Override
            public boolean isReady() {
                return loaded;
            }

            @Override
            public void awaitReady() {
                try {
                    Thread.sleep(600);
                } catch (InterruptedException e) {
                    throw new AssertionError("the alarm rang during the wait", e);
                }
                loaded = true;
            }
        };

        assertThat(budget.parse(loading, "Sirte").text()).isEqualTo("Sirte");
        assertThat(loading.isReady()).isTrue();
    }

    @Test
    void a_parse_within_its_time_gives_its_result_and_leaves_the_thread_as_it_was() throws Exception {
        assertThat(budget.parse(QUICK, "Sirte").text()).isEqualTo("Sirte");
        Thread.sleep(500);
        assertThat(Thread.currentThread().isInterrupted()).as("no alarm after the parse ended").isFalse();
    }
}
