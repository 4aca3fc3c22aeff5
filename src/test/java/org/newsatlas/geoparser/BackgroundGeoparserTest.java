package org.newsatlas.geoparser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundGeoparserTest {

    private static final String TEXT = "Envoys met in Tripoli.";

    private final CountDownLatch loading = new CountDownLatch(1);
    private final BackgroundGeoparser geoparser = BackgroundGeoparser.start(() -> {
        awaitQuietly(loading);
        return new DictionaryGeoparser();
    });

    @AfterEach
    void endLoading() {
        loading.countDown();
    }

    @Test
    void a_parse_asked_for_while_loading_waits_and_completes_once_the_geoparser_is_loaded() throws Exception {
        CompletableFuture<GeoparsedText> parsed = CompletableFuture.supplyAsync(() -> geoparser.parse(TEXT));
        Thread.sleep(300);
        assertThat(parsed).as("still waiting for the loading").isNotDone();
        assertThat(geoparser.isReady()).isFalse();

        loading.countDown();

        assertThat(parsed.get(5, TimeUnit.SECONDS).toponyms()).extracting(ResolvedToponym::name)
                .containsExactly("Tripoli");
        assertThat(geoparser.isReady()).isTrue();
    }

    @Test
    void once_loaded_a_parse_goes_straight_through_on_the_callers_thread() {
        loading.countDown();
        geoparser.awaitReady();

        long started = System.nanoTime();
        assertThat(geoparser.parse(TEXT).toponyms()).extracting(ResolvedToponym::name).containsExactly("Tripoli");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(geoparser.isReady()).isTrue();
    }

    @Test
    void start_up_tasks_wait_for_the_loading_and_then_run_in_the_order_given() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch bothRan = new CountDownLatch(2);
        geoparser.whenReady(() -> {
            ran.add("sample article: ready " + geoparser.isReady());
            bothRan.countDown();
        });
        geoparser.whenReady(() -> {
            ran.add("backfill");
            bothRan.countDown();
        });
        Thread.sleep(200);
        assertThat(ran).isEmpty();

        loading.countDown();

        assertThat(bothRan.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("sample article: ready true", "backfill");
    }

    @Test
    void a_geoparser_that_cannot_load_makes_each_call_fail_with_the_reason_instead_of_waiting() {
        BackgroundGeoparser broken = BackgroundGeoparser.start(() -> {
            throw new IllegalArgumentException("no such gazetteer file");
        });

        assertThatThrownBy(() -> broken.parse(TEXT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be loaded").hasRootCauseMessage("no such gazetteer file");
        assertThat(broken.isReady()).isFalse();
    }

    @Test
    void a_deferred_geoparser_loads_nothing_until_told_to_begin() throws Exception {
        CountDownLatch loaderRan = new CountDownLatch(1);
        BackgroundGeoparser deferred = BackgroundGeoparser.deferred(() -> {
            loaderRan.countDown();
            return new DictionaryGeoparser();
        });
        assertThat(loaderRan.await(300, TimeUnit.MILLISECONDS)).as("loading before the signal").isFalse();

        deferred.beginLoading();

        assertThat(loaderRan.await(5, TimeUnit.SECONDS)).isTrue();
        deferred.awaitReady();
        assertThat(deferred.isReady()).isTrue();
    }

    @Test
    void a_call_that_needs_a_deferred_geoparser_begins_the_loading_itself() throws Exception {
        BackgroundGeoparser deferred = BackgroundGeoparser.deferred(DictionaryGeoparser::new);

        CompletableFuture<GeoparsedText> parsed = CompletableFuture.supplyAsync(() -> deferred.parse(TEXT));

        assertThat(parsed.get(5, TimeUnit.SECONDS).toponyms()).extracting(ResolvedToponym::name)
                .containsExactly("Tripoli");
    }

    @Test
    void start_up_tasks_given_to_a_deferred_geoparser_wait_for_the_signal_and_do_not_begin_the_loading()
            throws Exception {
        BackgroundGeoparser deferred = BackgroundGeoparser.deferred(DictionaryGeoparser::new);
        CountDownLatch taskRan = new CountDownLatch(1);
        List<Boolean> readyWhenRun = new CopyOnWriteArrayList<>();
        deferred.whenReady(() -> {
            readyWhenRun.add(deferred.isReady());
            taskRan.countDown();
        });
        assertThat(taskRan.await(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(deferred.isReady()).isFalse();

        deferred.beginLoading();

        assertThat(taskRan.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(readyWhenRun).containsExactly(true);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
