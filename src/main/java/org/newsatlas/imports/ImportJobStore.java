package org.newsatlas.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The imports' summaries and rejected items (tables {@code import_job}, {@code import_rejection}). */
@Repository
class ImportJobStore {

    /** What a job that was running when its process stopped says, in the page and the API. */
    static final String INTERRUPTED = "interrupted (the app stopped)";
    private static final int MAX_TEXT = 2000;
    private static final int MAX_DESCRIPTION = 1000;

    /** A stored job, and when its process last saved it. */
    record Stored(ImportProgress progress, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the job's counts and appends the rejections not saved before, in one transaction. */
    @Transactional
    public void save(ImportProgress job, List<Rejection> newRejections, Instant now) {
        int updated = jdbc.sql("""
                UPDATE import_job SET state = :state, total = :total, done = :done, added = :added,
                       duplicates = :duplicates, failure = :failure, updated_at = :now WHERE id = :id""")
                .params(columns(job, now)).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO import_job (id, description, state, total, done, added, duplicates, failure,
                                            started_at, updated_at)
                    VALUES (:id, :description, :state, :total, :done, :added, :duplicates, :failure, :started, :now)""")
                    .params(columns(job, now)).update();
        }
        for (Rejection rejection : newRejections) {
            jdbc.sql("INSERT INTO import_rejection (job_id, item, reason) VALUES (?, ?, ?)")
                    .params(job.id(), cut(rejection.item(), MAX_TEXT), cut(rejection.reason(), MAX_TEXT)).update();
        }
    }

    private static java.util.Map<String, Object> columns(ImportProgress job, Instant now) {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("id", job.id());
        columns.put("description", cut(job.description() == null ? "" : job.description(), MAX_DESCRIPTION));
        columns.put("state", job.state().name().toLowerCase(Locale.ROOT));
        columns.put("total", job.total());
        columns.put("done", job.done());
        columns.put("added", job.added());
        columns.put("duplicates", job.duplicates());
        columns.put("failure", job.failure() == null ? null : cut(job.failure(), MAX_TEXT));
        columns.put("started", job.started().atOffset(ZoneOffset.UTC));
        columns.put("now", now.atOffset(ZoneOffset.UTC));
        return columns;
    }

    /** Marks as interrupted the jobs still running whose process has not saved them since {@code staleBefore}. */
    int interruptStale(Instant staleBefore) {
        return jdbc.sql("UPDATE import_job SET state = 'failed', failure = ? WHERE state = 'running' AND updated_at < ?")
                .params(INTERRUPTED, staleBefore.atOffset(ZoneOffset.UTC)).update();
    }

    Optional<Stored> find(String id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ?").param(id).query(ImportJobStore::stored).optional()
                .map(stored -> new Stored(withRejections(stored.progress()), stored.updatedAt()));
    }

    /** The newest first, counts only. */
    List<Stored> recent(int limit) {
        return jdbc.sql("SELECT * FROM import_job ORDER BY started_at DESC FETCH FIRST ? ROWS ONLY")
                .param(limit).query(ImportJobStore::stored).list();
    }

    private ImportProgress withRejections(ImportProgress job) {
        List<Rejection> rejections = jdbc.sql("SELECT item, reason FROM import_rejection WHERE job_id = ? ORDER BY id")
                .param(job.id()).query((rs, row) -> new Rejection(rs.getString("item"), rs.getString("reason"))).list();
        return new ImportProgress(job.id(), job.state(), job.total(), job.done(), job.added(), job.duplicates(),
                rejections, job.failure(), job.description(), job.started());
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        ImportProgress progress = new ImportProgress(rs.getString("id"),
                ImportJob.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)), rs.getInt("total"),
                rs.getInt("done"), rs.getInt("added"), rs.getInt("duplicates"), List.of(), rs.getString("failure"),
                rs.getString("description"), rs.getObject("started_at", OffsetDateTime.class).toInstant());
        return new Stored(progress, rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
