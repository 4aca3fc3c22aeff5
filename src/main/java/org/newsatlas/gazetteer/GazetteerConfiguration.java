package org.newsatlas.gazetteer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The gazetteer's settings for the web app. The gazetteer itself is no bean: the geoparser loads
 * it in the background after start-up and is its only user.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GazetteerProperties.class)
class GazetteerConfiguration {
}
