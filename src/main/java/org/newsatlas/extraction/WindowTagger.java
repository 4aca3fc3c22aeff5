package org.newsatlas.extraction;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;

/**
 * The OpenNLP part-of-speech tagger, made to stop early. Tagging a window of tokens, it labels one
 * token after another, each from its neighbours' words and the labels before it, never those after
 * it (the search keeps one sequence: {@link NlpModels#TAGGER_BEAM}). So the tags of a window's first
 * tokens, read with the words of the whole window, are the tags {@link POSTaggerME} gives them, and
 * the last tokens, there only as context, need not be labelled ({@link GreedyLabeller}). Not
 * thread-safe (one per {@link TextAnalyzer}).
 */
final class WindowTagger {

    private final POSTaggerME tagger;
    private final GreedyLabeller labeller;

    WindowTagger(POSModel model) {
        this.tagger = new POSTaggerME(model);
        MaxentModel maxent = model.getArtifact("pos.model") instanceof MaxentModel m ? m : null;
        // tags in another format than UD would be converted by the tagger: then it tags in full
        boolean stopsEarly = NlpModels.TAGGER_BEAM == 1 && maxent != null
                && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD;
        this.labeller = stopsEarly ? new GreedyLabeller(maxent,
                model.getFactory().getPOSContextGenerator(NlpModels.TAGGER_BEAM),
                model.getFactory().getSequenceValidator()) : null;
    }

    /** The tags of the first {@code count} tokens of the window, the rest of it read as context. */
    String[] tagFirst(String[] window, int count) {
        if (labeller == null) {
            return Arrays.copyOf(tagger.tag(window), count);
        }
        return labeller.labelFirst(window, count);
    }
}
