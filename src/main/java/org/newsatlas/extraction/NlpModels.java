package org.newsatlas.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models and the word lists, loaded once. Models are immutable and shared; the {@code *ME} objects built
 * from them are not thread-safe, so each {@link TextAnalyzer} makes its own.
 */
public record NlpModels(
        SentenceModel sentences,
        TokenizerModel tokens,
        POSModel partsOfSpeech,
        TokenNameFinderModel locations,
        WordList commonWords,
        WordList givenNames) {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Taken at build time from the CLAVIN 2.1.0 jar (see pom.xml). */
    static final String LOCATION_MODEL = "/models/en-ner-location.bin";

    public static NlpModels loadFromClasspath() {
        try {
            return new NlpModels(
                    new SentenceModel(open(SENTENCE_MODEL)),
                    new TokenizerModel(open(TOKEN_MODEL)),
                    new POSModel(open(POS_MODEL)),
                    new TokenNameFinderModel(open(LOCATION_MODEL)),
                    WordList.loadFromClasspath(WordList.COMMON_WORDS),
                    WordList.loadFromClasspath(WordList.GIVEN_NAMES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream stream = NlpModels.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return stream;
    }
}
