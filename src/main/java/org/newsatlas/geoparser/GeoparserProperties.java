package org.newsatlas.geoparser;

import org.newsatlas.extraction.RecognitionSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Geoparser settings ({@code newsatlas.geoparser.*}).
 *
 * @param includeDemonyms            map "Libyan" to Libya
 * @param includeInsideOrganisations keep place names inside organisation names
 * @param recognitionThreshold       minimum evidence for a span to count as a place name
 */
@ConfigurationProperties("newsatlas.geoparser")
public record GeoparserProperties(
        @DefaultValue("true") boolean includeDemonyms,
        @DefaultValue("true") boolean includeInsideOrganisations,
        @DefaultValue("1.0") double recognitionThreshold) {

    public RecognitionSettings recognitionSettings() {
        return new RecognitionSettings(includeDemonyms, includeInsideOrganisations, recognitionThreshold);
    }
}
