package org.newsatlas.fetch;

/**
 * A fetch that did not happen or did not bring back what was asked for; the message says why in words
 * meant for the person who gave the address.
 */
public class FetchRefused extends RuntimeException {

    public FetchRefused(String message) {
        super(message);
    }

    public FetchRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
