package org.newsatlas.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the map is drawn.
 *
 * @param tileUrl a tile URL template ({z}/{x}/{y}) to draw under the markers; empty (the default)
 *     means country outlines only, which needs no network
 * @param tileAttribution the credit line the tile provider asks for
 */
@ConfigurationProperties("newsatlas.map")
public record MapProperties(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {
}
