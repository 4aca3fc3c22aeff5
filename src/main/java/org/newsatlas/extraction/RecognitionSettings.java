package org.newsatlas.extraction;

/**
 * Choices on which the news corpora disagree, so they are settings.
 *
 * @param includeDemonyms       report "Libyan" as a mention of Libya
 * @param includeInsideOrganisations report "Rapides Parish" inside "Rapides Parish Fire District"
 * @param threshold             minimum evidence score for a candidate span to count as a place
 */
public record RecognitionSettings(
        boolean includeDemonyms,
        boolean includeInsideOrganisations,
        double threshold) {

    public static RecognitionSettings defaults() {
        return new RecognitionSettings(true, true, 1.0);
    }
}
