package org.newsatlas.geoparser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoadingAfterStartUpTest {

    @Test
    void the_ready_app_begins_loading_its_deferred_geoparser() throws Exception {
        CountDownLatch loaderRan = new CountDownLatch(1);
        BackgroundGeoparser geoparser = BackgroundGeoparser.deferred(() -> {
            loaderRan.countDown();
            return new DictionaryGeoparser();
        });
        LoadingAfterStartUp listener = new LoadingAfterStartUp(geoparser);
        assertThat(loaderRan.await(200, TimeUnit.MILLISECONDS)).as("loading before the app is ready").isFalse();

        listener.beginLoading();

        assertThat(loaderRan.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
