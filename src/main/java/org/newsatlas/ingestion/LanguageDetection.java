package org.newsatlas.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.springframework.stereotype.Component;

/**
 * The language of an article, as an ISO 639-1 code ("en", "de"), by OpenNLP's language detector
 * (model {@code langdetect-183.bin}, 103 languages, from {@code opennlp-models-langdetect} 1.3.0). The
 * model answers ISO 639-3; a language without a two-letter code keeps its three letters. Where the
 * detector cannot tell, the answer is {@link #UNDETERMINED} ("und", the ISO 639-2 code for it).
 */
@Component
public class LanguageDetection {

    public static final String UNDETERMINED = "und";
    static final String MODEL = "/langdetect-183.bin";
    /**
     * Fewer letters than this and the answer is "und": on a headline-sized text the detector's first
     * choice is often a neighbour language (checked by hand on short English, German and French lines).
     */
    static final int MIN_LETTERS = 40;
    /**
     * The first choice must be this much more probable than the second; below it two languages are about
     * equally likely, and the answer is "und". Sentences of news text in the three test languages score a
     * ratio well above 2 (see LanguageDetectionTest).
     */
    static final double MIN_LEAD = 1.5;
    /** The detector reads this much of a text: more changes no answer and costs time on long texts. */
    static final int SAMPLE_CHARS = 20_000;

    /** ISO 639-3 individual languages of the model whose two-letter code belongs to their macrolanguage. */
    private static final Map<String, String> MACROLANGUAGE_MEMBERS = Map.ofEntries(
            Map.entry("cmn", "zh"), Map.entry("pes", "fa"), Map.entry("zsm", "ms"), Map.entry("ekk", "et"),
            Map.entry("lvs", "lv"), Map.entry("swh", "sw"), Map.entry("uzn", "uz"), Map.entry("azj", "az"),
            Map.entry("khk", "mn"), Map.entry("arb", "ar"), Map.entry("npi", "ne"), Map.entry("ory", "or"),
            Map.entry("plt", "mg"), Map.entry("gug", "gn"), Map.entry("ydd", "yi"), Map.entry("als", "sq"),
            Map.entry("nob", "nb"), Map.entry("nno", "nn"), Map.entry("lat", "la"));

    private final Map<String, String> twoLetterCodes;
    /** Read on first use, not at start-up: it took a tenth of the app's start-up on the main thread. */
    private volatile LanguageDetectorModel model;

    public LanguageDetection() {
        twoLetterCodes = new HashMap<>(MACROLANGUAGE_MEMBERS);
        for (String twoLetters : Locale.getISOLanguages()) {
            twoLetterCodes.putIfAbsent(Locale.forLanguageTag(twoLetters).getISO3Language(), twoLetters);
        }
    }

    /** The text's language code, or "und". */
    public String detect(String text) {
        String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        // one detector per call: *ME objects are not to be shared between threads
        Language[] ranked = new LanguageDetectorME(model()).predictLanguages(sample);
        if (ranked.length == 0 || (ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence())) {
            return UNDETERMINED;
        }
        return code(ranked[0].getLang());
    }

    private LanguageDetectorModel model() {
        LanguageDetectorModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = load();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP language model", e);
        }
    }

    /** The two-letter code of an ISO 639-3 code, or the code itself when there is none. */
    String code(String iso6393) {
        return twoLetterCodes.getOrDefault(iso6393, iso6393);
    }
}
