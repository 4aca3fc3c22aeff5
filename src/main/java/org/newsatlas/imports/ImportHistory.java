package org.newsatlas.imports;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Where the imports stand, for the pages and the API: the running ones and the recent ones. */
@Service
public class ImportHistory {

    private final ImportJobs jobs;

    ImportHistory(ImportJobs jobs) {
        this.jobs = jobs;
    }

    /** Newest first, with their rejected items. */
    public List<ImportProgress> recent() {
        return jobs.recent().stream().map(ImportJob::progress).toList();
    }

    /** Newest first, counts only: cheap enough to ask every second. */
    public List<ImportProgress> recentCounts() {
        return jobs.recent().stream().map(ImportJob::counts).toList();
    }

    public Optional<ImportProgress> find(String id) {
        return jobs.find(id).map(ImportJob::progress);
    }
}
