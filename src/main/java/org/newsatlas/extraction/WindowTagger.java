package org.newsatlas.extraction;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * The OpenNLP part-of-speech tagger, made to stop early. Tagging a window of tokens, it labels one
 * token after another, each from its neighbours' words and the labels before it, never those after
 * it (the search keeps one sequence: {@link NlpModels#TAGGER_BEAM}). So the tags of a window's first
 * tokens, read with the words of the whole window, are the tags {@link POSTaggerME} gives them, and
 * the last tokens, there only as context, need not be labelled. The search is OpenNLP's
 * {@code BeamSearch} with one sequence, done without its sorting and sequence objects: at each
 * token the valid tag of highest probability, the first on a tie; when no tag of highest
 * probability is valid, the valid tag of highest probability among all. Not thread-safe (one per
 * {@link TextAnalyzer}).
 */
final class WindowTagger {

    /** BeamSearch's lowest sequence score (a log probability) that still counts. */
    private static final int LOWEST_SCORE = -100000;
    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

    private final POSTaggerME tagger;
    private final MaxentModel maxent;
    private final POSContextGenerator context;
    private final SequenceValidator<String> validator;
    private final boolean stopsEarly;
    private final double[] probabilities;

    WindowTagger(POSModel model) {
        this.tagger = new POSTaggerME(model);
        this.maxent = model.getArtifact("pos.model") instanceof MaxentModel m ? m : null;
        this.context = model.getFactory().getPOSContextGenerator(NlpModels.TAGGER_BEAM);
        this.validator = model.getFactory().getSequenceValidator();
        // tags in another format than UD would be converted by the tagger: then it tags in full
        this.stopsEarly = NlpModels.TAGGER_BEAM == 1 && maxent != null
                && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD;
        this.probabilities = maxent == null ? null : new double[maxent.getNumOutcomes()];
    }

    /** The tags of the first {@code count} tokens of the window, the rest of it read as context. */
    String[] tagFirst(String[] window, int count) {
        if (!stopsEarly) {
            return Arrays.copyOf(tagger.tag(window), count);
        }
        String[] tags = new String[count];
        double score = 0;
        for (int i = 0; i < count; i++) {
            String[] before = Arrays.copyOf(tags, i);
            double[] probs = maxent.eval(context.getContext(i, window, before, NO_ADDITIONAL_CONTEXT), probabilities);
            double highest = probs[0];
            for (double p : probs) {
                if (Double.compare(p, highest) > 0) {
                    highest = p;
                }
            }
            int best = best(i, window, before, probs, highest, score);
            if (best < 0) {
                best = best(i, window, before, probs, Double.NEGATIVE_INFINITY, score);
            }
            if (best < 0) {
                throw new IllegalStateException("no valid tag for " + window[i]);
            }
            tags[i] = maxent.getOutcome(best);
            score += StrictMath.log(probs[best]);
        }
        return tags;
    }

    /** The valid tag of highest score among those of probability at least {@code least}; -1 if none. */
    private int best(int i, String[] window, String[] before, double[] probs, double least, double score) {
        int best = -1;
        double bestScore = 0;
        for (int p = 0; p < probs.length; p++) {
            if (probs[p] >= least && validator.validSequence(i, window, before, maxent.getOutcome(p))) {
                double withIt = score + StrictMath.log(probs[p]);
                if (withIt > LOWEST_SCORE && (best < 0 || withIt > bestScore)) {
                    best = p;
                    bestScore = withIt;
                }
            }
        }
        return best;
    }
}
