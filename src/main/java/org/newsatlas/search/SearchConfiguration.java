package org.newsatlas.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search hits as a bean, for the views that mark them (the reader, the sentence cards). */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    SearchHits searchHits() {
        return new SearchHits(new TextQueries());
    }
}
