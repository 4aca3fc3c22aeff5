package org.newsatlas.extraction;

/**
 * Choices on which the news corpora disagree, so they are settings.
 *
 * @param includeDemonyms       report "Libyan" as a mention of Libya
 * @param includeInsideOrganisations report "Rapides Parish" inside "Rapides Parish Fire District"
 * @param threshold             minimum evidence score for a candidate span to count as a place
 * @param model                 what turns a span's evidence into its score: the hand-set weights or a learned model
 */
public record RecognitionSettings(
        boolean includeDemonyms,
        boolean includeInsideOrganisations,
        double threshold,
        RecognitionModel model) {

    public RecognitionSettings(boolean includeDemonyms, boolean includeInsideOrganisations, double threshold) {
        this(includeDemonyms, includeInsideOrganisations, threshold, RecognitionModel.handSet());
    }

    public static RecognitionSettings defaults() {
        return new RecognitionSettings(true, true, RecognitionWeights.DEFAULT_THRESHOLD);
    }

    public RecognitionSettings withModel(RecognitionModel other) {
        return new RecognitionSettings(includeDemonyms, includeInsideOrganisations, threshold, other);
    }

    /** The span counts as a place name. */
    boolean accepts(double score) {
        return score >= threshold;
    }

    /**
     * The span fell short of the threshold by no more than {@link RecognitionWeights#DOUBT_MARGIN}:
     * the document may still vouch for it at resolution.
     */
    boolean doubts(double score) {
        return score < threshold && score >= threshold - RecognitionWeights.DOUBT_MARGIN;
    }
}
