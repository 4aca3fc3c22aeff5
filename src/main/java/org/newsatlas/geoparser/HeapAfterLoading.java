package org.newsatlas.geoparser;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the heap that loading used back to the system once start-up work is done, and later
 * whenever the app has sat idle a minute after being busy (G1's periodic collection). Building the
 * gazetteer makes hundreds of megabytes of short-lived objects, so the heap grows far beyond what
 * the app then holds, and G1 keeps what it grew while the app sits idle. One full collection after
 * the start-up tasks shrinks it, to at most a ninth more than is live (G1 sizes the heap after a
 * full collection by these two ratios, which a running JVM may change; 40 and 70 % by default).
 * With 10 % free at most the idle app sat at 423-440 MB resident after 30 s, with 20 % at 484 MB
 * ({@code bench/startup.py app}, quiet machine, 30 November 2026); G1 still grows the heap for work.
 */
@Component
class HeapAfterLoading {

    private static final Logger log = LoggerFactory.getLogger(HeapAfterLoading.class);
    static final String MIN_FREE = "5";
    static final String MAX_FREE = "10";
    /**
     * Milliseconds without a collection after which G1 collects anyway, and so gives back what a
     * busy spell (an import, a large export) grew the heap by; only while the app is idle.
     */
    static final String IDLE_COLLECTION_MILLIS = "60000";

    private final Geoparser geoparser;

    HeapAfterLoading(Geoparser geoparser) {
        this.geoparser = geoparser;
    }

    /** After every runner (the sample article's among them) has queued its work behind the loading. */
    @EventListener(ApplicationReadyEvent.class)
    void startUpDone() {
        // a stand-in geoparser (tests, the test-run app) loads nothing worth giving back
        if (geoparser instanceof BackgroundGeoparser) {
            geoparser.whenReady(HeapAfterLoading::shrink);
        }
    }

    static void shrink() {
        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            // the minimum first: the VM refuses a minimum above the maximum
            vm.setVMOption("MinHeapFreeRatio", MIN_FREE);
            vm.setVMOption("MaxHeapFreeRatio", MAX_FREE);
            vm.setVMOption("G1PeriodicGCInterval", IDLE_COLLECTION_MILLIS);
        } catch (IllegalArgumentException | UnsupportedOperationException notManageable) {
            log.debug("Heap free ratios left as they are: {}", notManageable.toString());
        }
        System.gc();
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        log.info("Start-up done: heap {} MB in use of {} MB reserved (was {} of {} MB)", after.getUsed() >> 20,
                after.getCommitted() >> 20, before.getUsed() >> 20, before.getCommitted() >> 20);
    }
}
