package org.newsatlas.corrections;

import java.time.Instant;

/**
 * One line of the correction history.
 *
 * @param madeBy who made it, when logins are on (else null)
 * @param action place, not_a_place, confirm, add or rule
 * @param undoneAt when it was undone, or null
 */
record CorrectionEntry(long id, Instant madeAt, String madeBy, String action, String scope, String name, Long ruleId,
                       Instant undoneAt) {
}
