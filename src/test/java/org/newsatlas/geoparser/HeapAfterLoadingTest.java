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

    /** The other tests in this JVM keep the heap sizing they had (the maximum first: it widens). */
    @AfterEach
    void restore() {
        vm.setVMOption("MaxHeapFreeRatio", maxFree);
        vm.setVMOption("MinHeapFreeRatio", minFree);
    }

    @Test
    void after_start_up_the_heap_may_keep_at_most_a_fifth_of_itself_free() {
        HeapAfterLoading.shrink();

        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(HeapAfterLoading.MAX_FREE);
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(HeapAfterLoading.MIN_FREE);
    }
}
