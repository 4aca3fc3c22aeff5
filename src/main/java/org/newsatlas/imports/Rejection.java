package org.newsatlas.imports;

/** An item that was not imported, and why. */
public record Rejection(String item, String reason) {
}
