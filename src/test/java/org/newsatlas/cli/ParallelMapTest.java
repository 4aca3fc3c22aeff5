package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelMapTest {

    @Test
    void results_come_in_the_order_of_the_items_whatever_order_they_finish_in() throws Exception {
        List<Integer> items = IntStream.range(0, 20).boxed().toList();

        List<Integer> squares = ParallelMap.map(items, 4, item -> {
            sleepMillis(20 - item);
            return item * item;
        });

        assertThat(squares).isEqualTo(items.stream().map(item -> item * item).toList());
    }

    @Test
    void items_run_at_the_same_time_on_several_threads() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);

        List<Boolean> metTheOther = ParallelMap.map(List.of("a", "b"), 2, item -> {
            bothStarted.countDown();
            return await(bothStarted);
        });

        assertThat(metTheOther).containsExactly(true, true);
    }

    @Test
    void on_one_thread_the_items_run_one_after_another() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);

        List<Boolean> metTheOther = ParallelMap.map(List.of("a", "b"), 1, item -> {
            bothStarted.countDown();
            return item.equals("b") || awaitBriefly(bothStarted);
        });

        assertThat(metTheOther).containsExactly(false, true);
    }

    @Test
    void a_failing_item_fails_the_map_with_its_exception() {
        assertThatThrownBy(() -> ParallelMap.map(List.of(1, 0, 2), 2, item -> 10 / item))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ArithmeticException.class);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean awaitBriefly(CountDownLatch latch) {
        try {
            return latch.await(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepMillis(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
