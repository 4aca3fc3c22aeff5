package org.newsatlas.geoparser;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Puts the dictionary geoparser in place of the real one, so tests need no gazetteer or models. */
@TestConfiguration(proxyBeanMethods = false)
@Import(RealGeoparserUnloaded.class)
public class TestGeoparserConfiguration {

    @Bean
    @Primary
    Geoparser dictionaryGeoparser() {
        return new DictionaryGeoparser();
    }
}
