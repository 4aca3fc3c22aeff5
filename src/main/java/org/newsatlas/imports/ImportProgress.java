package org.newsatlas.imports;

import java.util.List;

/**
 * Where an import stands. {@code total} counts the items found so far (it grows while files are
 * still being read); {@code done} those finished: added, duplicates or rejected.
 */
public record ImportProgress(String id, ImportJob.State state, int total, int done, int added, int duplicates,
                             List<Rejection> rejected, String failure) {

    public boolean finished() {
        return state != ImportJob.State.RUNNING;
    }
}
