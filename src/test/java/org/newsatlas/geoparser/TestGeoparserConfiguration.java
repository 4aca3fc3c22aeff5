package org.newsatlas.geoparser;

import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts the dictionary geoparser in place of the real one, so tests need no gazetteer or models.
 * The real geoparser's beans are made lazy: nothing asks for them, so they are never loaded.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestGeoparserConfiguration {

    private static final Set<String> REAL_GEOPARSER_BEANS = Set.of("gazetteer", "nlpModels", "geoparser");

    @Bean
    @Primary
    Geoparser dictionaryGeoparser() {
        return new DictionaryGeoparser();
    }

    @Bean
    static BeanFactoryPostProcessor realGeoparserStaysUnloaded() {
        return beanFactory -> REAL_GEOPARSER_BEANS.stream()
                .filter(beanFactory::containsBeanDefinition)
                .forEach(name -> beanFactory.getBeanDefinition(name).setLazyInit(true));
    }
}
