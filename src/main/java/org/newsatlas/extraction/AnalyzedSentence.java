package org.newsatlas.extraction;

import java.util.List;

/**
 * One sentence: its char offsets in the text and its tokens, each token with its absolute char
 * offsets and part-of-speech tag (Universal Dependencies tags: PROPN, NOUN, ADP...), or a null
 * tag when the sentence was not tagged ({@link TextAnalyzer#tagged}).
 */
public record AnalyzedSentence(int start, int end, List<Token> tokens) {

    public AnalyzedSentence {
        tokens = List.copyOf(tokens);
    }

    public record Token(String text, int start, int end, String tag) {

        public boolean isCapitalized() {
            return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
        }

        public boolean isProperNoun() {
            return "PROPN".equals(tag);
        }
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public List<String> tokenTexts() {
        return tokens.stream().map(Token::text).toList();
    }
}
