package org.newsatlas.geoparser;

import java.util.List;

/** A text with its sentence boundaries and the place names resolved in it, in text order. */
public record GeoparsedText(String text, List<TextSpan> sentences, List<ResolvedToponym> toponyms) {

    public GeoparsedText {
        sentences = List.copyOf(sentences);
        toponyms = List.copyOf(toponyms);
    }

    /** A [start, end) range of char offsets. */
    public record TextSpan(int start, int end) {
    }
}
