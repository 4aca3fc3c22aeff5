package org.newsatlas.search;

/** [start, end) in a text, as Java char offsets. */
public record TextRange(int start, int end) {
}
