package org.newsatlas.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One import's counts, updated by its worker threads and read by whoever asks. */
public final class ImportJob {

    public enum State { RUNNING, DONE, FAILED }

    private final String id = UUID.randomUUID().toString();
    private final Instant started;
    private final String description;
    private final List<Rejection> rejected = new ArrayList<>();
    private State state = State.RUNNING;
    private int total;
    private int added;
    private int duplicates;
    private String failure;

    ImportJob(Instant started, String description) {
        this.started = started;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Instant started() {
        return started;
    }

    /** What is imported, in words ("3 files: a.txt, b.zip, c.pdf"). */
    public String description() {
        return description;
    }

    synchronized void found() {
        total++;
    }

    synchronized void added() {
        added++;
    }

    synchronized void duplicate() {
        duplicates++;
    }

    synchronized void rejected(String item, String reason) {
        rejected.add(new Rejection(item, reason));
    }

    synchronized void done() {
        if (state == State.RUNNING) {
            state = State.DONE;
        }
    }

    synchronized void failed(String why) {
        state = State.FAILED;
        failure = why;
    }

    synchronized boolean hasFailed() {
        return state == State.FAILED;
    }

    public synchronized ImportProgress progress() {
        return new ImportProgress(id, state, total, added + duplicates + rejected.size(), added, duplicates,
                List.copyOf(rejected), failure, description, started);
    }

    /** The rejections from the {@code from}-th on: saved a part at a time. */
    synchronized List<Rejection> rejectionsFrom(int from) {
        return List.copyOf(rejected.subList(Math.min(from, rejected.size()), rejected.size()));
    }

    /** The counts without the list of rejected items, for a progress bar asked many times a second. */
    public synchronized ImportProgress counts() {
        return new ImportProgress(id, state, total, added + duplicates + rejected.size(), added, duplicates, List.of(),
                failure, description, started);
    }
}
