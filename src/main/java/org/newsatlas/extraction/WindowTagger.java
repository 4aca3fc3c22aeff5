package org.newsatlas.extraction;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * The OpenNLP part-of-speech tagger, made to stop early. Tagging a window of tokens, it labels one
 * token after another, each from its neighbours' words and the labels before it, never those after
 * it (the search keeps one sequence: {@link NlpModels#TAGGER_BEAM}). So the tags of a window's first
 * tokens, read with the words of the whole window, are the tags {@link POSTaggerME} gives them, and
 * the last tokens, there only as context, need not be labelled. Not thread-safe (one per
 * {@link TextAnalyzer}).
 */
final class WindowTagger {

    private final POSTaggerME tagger;
    private final SequenceClassificationModel search;
    private final POSContextGenerator context;
    private final SequenceValidator<String> validator;
    private final boolean stopsEarly;

    WindowTagger(POSModel model) {
        this.tagger = new POSTaggerME(model);
        this.search = model.getPosSequenceModel();
        this.context = model.getFactory().getPOSContextGenerator(NlpModels.TAGGER_BEAM);
        this.validator = model.getFactory().getSequenceValidator();
        // tags in another format than UD would be converted by the tagger: then it tags in full
        this.stopsEarly = NlpModels.TAGGER_BEAM == 1 && search != null
                && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD;
    }

    /** The tags of the first {@code count} tokens of the window, the rest of it read as context. */
    String[] tagFirst(String[] window, int count) {
        if (!stopsEarly || count >= window.length) {
            return Arrays.copyOf(tagger.tag(window), count);
        }
        String[] first = Arrays.copyOf(window, count);
        BeamSearchContextGenerator<String> wholeWindow =
                (index, sequence, priorTags, additional) -> context.getContext(index, window, priorTags, additional);
        List<String> tags = search.bestSequence(first, null, wholeWindow, validator).getOutcomes();
        return tags.toArray(new String[0]);
    }
}
