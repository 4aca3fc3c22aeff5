package org.newsatlas.geoparser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeapAfterLoadingTest {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private final String minFree = vm.getVMOption("MinHeapFreeRatio").getValue();
    private final String maxFree = vm.getVMOption("MaxHeapFreeRatio").getValue();
    private final String idleCollection = vm.getVMOption("G1PeriodicGCInterval").getValue();

    /** The other tests in this JVM keep the heap sizing they had (the maximum first: it widens). */
    @AfterEach
    void restore() {
        vm.setVMOption("MaxHeapFreeRatio", maxFree);
        vm.setVMOption("MinHeapFreeRatio", minFree);
        vm.setVMOption("G1PeriodicGCInterval", idleCollection);
    }

    @Test
    void after_start_up_the_heap_may_keep_at_most_a_fifth_of_itself_free() {
        HeapAfterLoading.shrink();

        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(HeapAfterLoading.MAX_FREE);
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(HeapAfterLoading.MIN_FREE);
    }

    @Test
    void after_start_up_an_idle_minute_brings_a_collection_that_gives_back_what_busy_spells_grew() {
        assertThat(idleCollection).as("off unless the app turns it on").isEqualTo("0");

        HeapAfterLoading.shrink();

        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo(HeapAfterLoading.IDLE_COLLECTION_MILLIS);
    }
}
