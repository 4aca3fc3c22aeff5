package org.newsatlas.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The jobs of this process, newest last; finished ones beyond the kept number are forgotten. */
@Component
class ImportJobs {

    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private final int kept;
    private final Clock clock;

    ImportJobs(ImportProperties properties, Clock clock) {
        this.kept = properties.keptJobs();
        this.clock = clock;
    }

    synchronized ImportJob create(String description) {
        ImportJob job = new ImportJob(clock.instant(), description);
        jobs.put(job.id(), job);
        List<ImportJob> finished = new ArrayList<>(jobs.values().stream()
                .filter(candidate -> candidate.counts().finished()).toList());
        finished.sort(Comparator.comparing(ImportJob::started));
        for (int i = 0; i < finished.size() - kept; i++) {
            jobs.remove(finished.get(i).id());
        }
        return job;
    }

    synchronized Optional<ImportJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Newest first. */
    synchronized List<ImportJob> recent() {
        List<ImportJob> all = new ArrayList<>(jobs.values());
        java.util.Collections.reverse(all);
        return all;
    }
}
