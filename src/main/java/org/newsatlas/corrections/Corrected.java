package org.newsatlas.corrections;

import java.util.List;

/**
 * What a correction did: the mentions whose reading changed, the history entry (null when nothing
 * changed and no rule was made) and the rule it made (null when none).
 */
public record Corrected(List<Long> changed, Long correctionId, Long ruleId) {

    public Corrected {
        changed = List.copyOf(changed);
    }
}
