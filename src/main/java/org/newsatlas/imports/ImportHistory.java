package org.newsatlas.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Where the imports stand, for the pages and the API: the jobs of this process as they run, and the
 * ones kept in the database from before (a restart, or beyond the jobs kept in memory).
 */
@Service
public class ImportHistory {

    private final ImportJobs jobs;
    private final ImportJobStore store;
    private final ImportRecords records;
    private final int kept;

    ImportHistory(ImportJobs jobs, ImportJobStore store, ImportRecords records, ImportProperties properties) {
        this.jobs = jobs;
        this.store = store;
        this.records = records;
        this.kept = properties.keptJobs();
    }

    /** Newest first, counts only (no rejected items): cheap enough to ask every second. */
    public List<ImportProgress> recentCounts() {
        List<ImportProgress> recent = new ArrayList<>(jobs.recent().stream().map(ImportJob::counts).toList());
        Set<String> live = recent.stream().map(ImportProgress::id).collect(Collectors.toSet());
        store.recent(kept).stream().map(records::asSeenNow).filter(job -> !live.contains(job.id())).forEach(recent::add);
        recent.sort(Comparator.comparing(ImportProgress::started).reversed());
        return recent.subList(0, Math.min(kept, recent.size()));
    }

    /** The jobs of this process, newest first, counts only: the ones that can still move. */
    public List<ImportProgress> liveCounts() {
        return jobs.recent().stream().map(ImportJob::counts).toList();
    }

    /** One job with its rejected items. */
    public Optional<ImportProgress> find(String id) {
        Optional<ImportProgress> live = jobs.find(id).map(ImportJob::progress);
        return live.isPresent() ? live : store.find(id).map(records::asSeenNow);
    }
}
