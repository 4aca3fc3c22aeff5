package org.newsatlas.extraction;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@code BeamSearch} keeping one sequence, done without its priority queues, sorting and
 * sequence objects, and able to stop before the last token: each token gets the valid label of
 * highest probability, the first on a tie; when no label of highest probability is valid, the
 * valid label of highest probability among all. A label is read from the words around a token and
 * the labels before it, never those after it, so the labels of a window's first tokens are the
 * ones the whole window gives them. Not thread-safe (one buffer of probabilities).
 */
final class GreedyLabeller {

    /** BeamSearch's lowest sequence score (a log probability) that still counts. */
    private static final int LOWEST_SCORE = -100000;
    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

    private final MaxentModel maxent;
    private final BeamSearchContextGenerator<String> context;
    private final SequenceValidator<String> validator;
    private final double[] probabilities;

    GreedyLabeller(MaxentModel maxent, BeamSearchContextGenerator<String> context,
            SequenceValidator<String> validator) {
        this.maxent = maxent;
        this.context = context;
        this.validator = validator;
        this.probabilities = new double[maxent.getNumOutcomes()];
    }

    /** The labels of the first {@code count} tokens, the rest read as context. */
    String[] labelFirst(String[] tokens, int count) {
        String[] labels = new String[count];
        double score = 0;
        for (int i = 0; i < count; i++) {
            // the context generators read the labels so far as an array of exactly that length
            String[] before = Arrays.copyOf(labels, i);
            double[] probs = maxent.eval(context.getContext(i, tokens, before, NO_ADDITIONAL_CONTEXT), probabilities);
            double highest = probs[0];
            for (double p : probs) {
                if (Double.compare(p, highest) > 0) {
                    highest = p;
                }
            }
            int best = best(i, tokens, before, probs, highest, score);
            if (best < 0) {
                best = best(i, tokens, before, probs, Double.NEGATIVE_INFINITY, score);
            }
            if (best < 0) {
                throw new IllegalStateException("no valid label for " + tokens[i]);
            }
            labels[i] = maxent.getOutcome(best);
            score += StrictMath.log(probs[best]);
        }
        return labels;
    }

    /** The valid label of highest score among those of probability at least {@code least}; -1 if none. */
    private int best(int i, String[] tokens, String[] before, double[] probs, double least, double score) {
        int best = -1;
        double bestScore = 0;
        for (int p = 0; p < probs.length; p++) {
            if (probs[p] >= least && validator.validSequence(i, tokens, before, maxent.getOutcome(p))) {
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
