package org.newsatlas.feeds;

/** A feed that could be fetched but not read as RSS or Atom. */
public class FeedUnreadable extends RuntimeException {

    public FeedUnreadable(String message) {
        super(message);
    }
}
