package org.newsatlas.geoparser;

import org.newsatlas.extraction.NlpModels;
import org.newsatlas.gazetteer.Gazetteer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The geoparser as the web app sees it: one shared, thread-safe {@link Geoparser} bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GeoparserProperties.class)
class GeoparserConfiguration {

    @Bean
    NlpModels nlpModels() {
        return NlpModels.loadFromClasspath();
    }

    @Bean
    Geoparser geoparser(NlpModels models, Gazetteer gazetteer, GeoparserProperties properties) {
        return new OpenNlpGeoparser(models, gazetteer, properties.recognitionSettings());
    }
}
