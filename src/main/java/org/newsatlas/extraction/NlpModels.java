package org.newsatlas.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsatlas.files.StoredEntry;

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
                    new POSModel(PreparedModels.open(POS_MODEL, TAGGER_BEAM)),
                    new TokenNameFinderModel(PreparedModels.open(LOCATION_MODEL, NAME_FINDER_BEAM)),
                    WordList.loadFromClasspath(WordList.COMMON_WORDS),
                    WordList.loadFromClasspath(WordList.GIVEN_NAMES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model", e);
        }
    }

    /** Sequences the POS tagger keeps while it tags: 1 is greedy. */
    static final int TAGGER_BEAM = 1;
    /** Sequences the name finder keeps while it labels. */
    static final int NAME_FINDER_BEAM = 1;

    /**
     * The model with its manifest's {@code BeamSize} set: OpenNLP reads the beam width of its
     * sequence models from there (3 when absent) and has no other way to choose it. The copy's
     * entries are stored, not deflated again.
     */
    static InputStream withBeamSize(InputStream model, int beamSize) throws IOException {
        return new ByteArrayInputStream(rewritten(model, beamSize));
    }

    /** The bytes of {@link #withBeamSize}: what the build writes as the prepared model ({@link PreparedModels}). */
    static byte[] rewritten(InputStream model, int beamSize) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(model); ZipOutputStream out = new ZipOutputStream(rewritten)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    Properties manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(content));
                    manifest.setProperty("BeamSize", Integer.toString(beamSize));
                    ByteArrayOutputStream stored = new ByteArrayOutputStream();
                    manifest.store(stored, null);
                    content = stored.toByteArray();
                }
                out.putNextEntry(StoredEntry.of(entry.getName(), content));
                out.write(content);
                out.closeEntry();
            }
        }
        return rewritten.toByteArray();
    }

    static InputStream open(String resource) {
        InputStream stream = NlpModels.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return stream;
    }
}
