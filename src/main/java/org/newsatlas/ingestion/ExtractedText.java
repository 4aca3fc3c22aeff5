package org.newsatlas.ingestion;

/** The readable text of a document and its title when the document has one (else null). */
public record ExtractedText(String title, String text) {
}
