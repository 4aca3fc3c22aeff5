package org.newsatlas.corrections;

/**
 * One mention's reading before and after a correction.
 *
 * @param before null when the correction added the mention
 */
record Change(long mentionId, long articleId, Reading before, Reading after) {
}
