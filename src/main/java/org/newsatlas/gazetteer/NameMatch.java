package org.newsatlas.gazetteer;

import java.util.List;

/** Tokens [fromToken, toToken) form a gazetteer name; candidates are the entries with that name. */
public record NameMatch(int fromToken, int toToken, List<GazetteerEntry> candidates) {

    public NameMatch {
        candidates = List.copyOf(candidates);
    }

    public int length() {
        return toToken - fromToken;
    }
}
