package org.newsatlas.geoparser;

/**
 * Finds the place names in a text and resolves each to a gazetteer entry. A plain library entry
 * point: the web app, the command line and batch jobs all call it. Implementations are
 * thread-safe; they keep per-thread NLP state internally.
 */
public interface Geoparser {

    GeoparsedText parse(String text);
}
