package org.newsatlas.ingestion;

/** An article we will not store; the message is meant for the person who sent it. */
public class UploadRejected extends RuntimeException {

    public UploadRejected(String message) {
        super(message);
    }
}
