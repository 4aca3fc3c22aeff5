package org.newsatlas.extraction;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;

/**
 * The OpenNLP location name finder as {@link NameFinderME} runs it with one sequence
 * ({@link NlpModels#NAME_FINDER_BEAM}), through {@link GreedyLabeller} instead of OpenNLP's beam
 * search: the same labels and spans, and the same per-document memory of earlier labels, which
 * later windows read. The extra context {@code NameFinderME} adds to its generator is empty for
 * {@code find(String[])}, so it is left out. Falls back to {@code NameFinderME} for a model it
 * would search otherwise. Not thread-safe (one per {@link ToponymRecognizer}).
 */
final class WindowNameFinder {

    private final NameFinderME fallback;
    private final NameContextGenerator context;
    private final SequenceCodec<String> codec;
    private final GreedyLabeller labeller;

    WindowNameFinder(TokenNameFinderModel model) {
        Object maxent = model.getArtifact("nameFinder.model");
        if (NlpModels.NAME_FINDER_BEAM == 1 && maxent instanceof MaxentModel m) {
            TokenNameFinderFactory factory = model.getFactory();
            this.fallback = null;
            this.context = factory.createContextGenerator();
            this.codec = factory.createSequenceCodec();
            this.labeller = new GreedyLabeller(m, context, codec.createSequenceValidator());
        } else {
            this.fallback = new NameFinderME(model);
            this.context = null;
            this.codec = null;
            this.labeller = null;
        }
    }

    /** The names found in the tokens, remembered for the rest of the document. */
    Span[] find(String[] tokens) {
        if (fallback != null) {
            return fallback.find(tokens);
        }
        String[] labels = labeller.labelFirst(tokens, tokens.length);
        context.updateAdaptiveData(tokens, labels);
        return codec.decode(Arrays.asList(labels));
    }

    /** Forgets the labels of the document read so far. */
    void clearAdaptiveData() {
        if (fallback != null) {
            fallback.clearAdaptiveData();
        } else {
            context.clearAdaptiveData();
        }
    }
}
