package org.newsatlas.corrections;

/** A correction that cannot be made as asked; the message says why, and the API answers 400 with it. */
public class CorrectionRefused extends RuntimeException {

    public CorrectionRefused(String message) {
        super(message);
    }
}
