package org.newsatlas.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.NameNormalizer;

/**
 * Sentences and candidate spans built by hand, so that a rule can be tried on exactly the tokens
 * and tags it looks at. Tokens are separated by spaces; {@code ~} glues two tokens with no space
 * between them ({@code Wal~-~Mart}); {@code /TAG} sets a part-of-speech tag ({@code Reading/VERB}).
 * Untagged tokens are PROPN when capitalised, PUNCT when they start with no letter or digit, else
 * NOUN.
 */
final class Sentences {

    private Sentences() {
    }

    static AnalyzedSentence sentence(String words) {
        List<AnalyzedSentence.Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String glued : words.split(" ")) {
            for (String word : glued.split("~")) {
                int slash = word.lastIndexOf('/');
                boolean tagged = slash > 0 && word.substring(slash + 1).matches("[A-Z]+");
                String text = tagged ? word.substring(0, slash) : word;
                String tag = tagged ? word.substring(slash + 1) : defaultTag(text);
                tokens.add(new AnalyzedSentence.Token(text, offset, offset + text.length(), tag));
                offset += text.length();
            }
            offset++;
        }
        return new AnalyzedSentence(0, offset - 1, tokens);
    }

    private static String defaultTag(String text) {
        if (Character.isUpperCase(text.codePointAt(0))) {
            return "PROPN";
        }
        return Character.isLetterOrDigit(text.codePointAt(0)) ? "NOUN" : "PUNCT";
    }

    /** The first run of tokens that reads {@code name} (tokens separated by spaces), as a gazetteer match. */
    static SpanInSentence span(AnalyzedSentence sentence, String name, GazetteerEntry... entries) {
        return new SpanInSentence(sentence, candidate(sentence, name, false, entries));
    }

    /** The same, as a demonym of the place it stands for. */
    static SpanInSentence demonym(AnalyzedSentence sentence, String word, GazetteerEntry place) {
        return new SpanInSentence(sentence, candidate(sentence, word, true, place));
    }

    /** The same span, marked by the name finder. */
    static SpanInSentence namedByFinder(SpanInSentence span) {
        return new SpanInSentence(span.sentence(), span.candidate().withNamedByFinder());
    }

    static SpanCandidate candidate(AnalyzedSentence sentence, String name, boolean demonym,
            GazetteerEntry... entries) {
        List<String> words = Arrays.asList(name.split(" "));
        List<String> tokens = sentence.tokenTexts();
        for (int from = 0; from + words.size() <= tokens.size(); from++) {
            if (tokens.subList(from, from + words.size()).equals(words)) {
                int to = from + words.size();
                return new SpanCandidate(0, from, to, List.of(entries), demonym, false,
                        NameNormalizer.normalize(NameSpotter.joined(sentence, from, to)));
            }
        }
        throw new IllegalArgumentException("\"" + name + "\" is not in " + tokens);
    }
}
