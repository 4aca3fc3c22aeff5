package org.newsatlas.places;

/**
 * A mention still as the geoparser read it, with what says how much it needs a look.
 *
 * @param margin the best reading's score minus the runner-up's (null: no runner-up)
 * @param runnerUpKm how far the runner-up lies from the chosen place (null: no runner-up)
 */
public record ReviewCandidate(long mentionId, long articleId, String surfaceName, int start, int end,
                              double confidence, Double margin, Double runnerUpKm) {
}
