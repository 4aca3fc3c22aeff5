package org.newsatlas.geoparser;

import java.util.List;
import java.util.stream.Stream;
import org.newsatlas.extraction.NlpModels;
import org.newsatlas.gazetteer.Gazetteer;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Makes every geoparser, gazetteer and NLP-model bean lazy, for tests that put a stand-in
 * geoparser in place of the real one: nothing asks for the real ones, so the gazetteer and the
 * models are never loaded. (The stand-in is made lazy too, which changes nothing for it.)
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealGeoparserUnloaded {

    private static final List<Class<?>> HEAVY_TYPES = List.of(Geoparser.class, Gazetteer.class, NlpModels.class);

    @Bean
    static BeanFactoryPostProcessor realGeoparserStaysUnloaded() {
        return beanFactory -> HEAVY_TYPES.stream()
                .flatMap(type -> Stream.of(beanFactory.getBeanNamesForType(type, true, false)))
                .filter(beanFactory::containsBeanDefinition)
                .forEach(name -> beanFactory.getBeanDefinition(name).setLazyInit(true));
    }
}
