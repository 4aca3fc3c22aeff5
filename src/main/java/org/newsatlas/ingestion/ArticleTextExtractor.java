package org.newsatlas.ingestion;

/** Turns an uploaded document into plain article text; one implementation per format. */
public interface ArticleTextExtractor {

    boolean accepts(String fileName, String contentType);

    /** The text of the document; throws {@link UploadRejected} when it has none we can use. */
    ExtractedText extract(byte[] content);
}
