package org.newsatlas.imports;

import java.time.Instant;
import java.util.List;

/**
 * Where an import stands. {@code total} counts the items found so far (it grows while files are
 * still being read); {@code done} those finished: added, duplicates or rejected. {@code description}
 * says what is imported, for people.
 */
public record ImportProgress(String id, ImportJob.State state, int total, int done, int added, int duplicates,
                             List<Rejection> rejected, String failure, String description, Instant started) {

    public boolean finished() {
        return state != ImportJob.State.RUNNING;
    }
}
