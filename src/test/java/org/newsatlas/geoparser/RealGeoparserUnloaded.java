package org.newsatlas.geoparser;

import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Makes the real geoparser's beans lazy, for tests that put a stand-in geoparser in its place:
 * nothing asks for the real ones, so the gazetteer and NLP models are never loaded.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealGeoparserUnloaded {

    private static final Set<String> REAL_GEOPARSER_BEANS = Set.of("gazetteer", "nlpModels", "geoparser");

    @Bean
    static BeanFactoryPostProcessor realGeoparserStaysUnloaded() {
        return beanFactory -> REAL_GEOPARSER_BEANS.stream()
                .filter(beanFactory::containsBeanDefinition)
                .forEach(name -> beanFactory.getBeanDefinition(name).setLazyInit(true));
    }
}
