package org.newsatlas.geoparser;

import org.newsatlas.extraction.RecognitionModel;
import org.newsatlas.extraction.RecognitionSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Geoparser settings ({@code newsatlas.geoparser.*}).
 *
 * @param includeDemonyms            map "Libyan" to Libya
 * @param includeInsideOrganisations keep place names inside organisation names
 * @param recognitionThreshold       minimum evidence for a span to count as a place name
 * @param recognitionModel           {@code hand-set} (the named weights) or {@code learned} (the
 *                                   logistic regression shipped in the jar, see the README)
 */
@ConfigurationProperties("newsatlas.geoparser")
public record GeoparserProperties(
        @DefaultValue("true") boolean includeDemonyms,
        @DefaultValue("true") boolean includeInsideOrganisations,
        @DefaultValue("1.0") double recognitionThreshold,
        @DefaultValue("hand-set") String recognitionModel) {

    public RecognitionSettings recognitionSettings() {
        return new RecognitionSettings(includeDemonyms, includeInsideOrganisations, recognitionThreshold,
                model(recognitionModel));
    }

    /** The model named {@code hand-set} or {@code learned}; any other name is refused. */
    public static RecognitionModel model(String name) {
        return switch (name) {
            case "hand-set" -> RecognitionModel.handSet();
            case "learned" -> RecognitionModel.loadLearned();
            default -> throw new IllegalArgumentException(
                    "recognition model must be hand-set or learned, not " + name);
        };
    }
}
