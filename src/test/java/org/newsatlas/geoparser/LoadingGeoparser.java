package org.newsatlas.geoparser;

import java.util.concurrent.CountDownLatch;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The app's own background-loading geoparser over the dictionary one, for tests of what happens
 * just after start-up: it stays loading until a test calls {@link #finishLoading}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(RealGeoparserUnloaded.class)
public class LoadingGeoparser {

    private static final CountDownLatch LOADING = new CountDownLatch(1);

    public static void finishLoading() {
        LOADING.countDown();
    }

    @Bean
    @Primary
    Geoparser loadingGeoparser() {
        return BackgroundGeoparser.start(() -> {
            try {
                LOADING.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new DictionaryGeoparser();
        });
    }
}
