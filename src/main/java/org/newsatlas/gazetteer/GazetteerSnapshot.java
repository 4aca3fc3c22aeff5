package org.newsatlas.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newsatlas.files.WholeFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled gazetteer, already parsed, deduplicated, sorted and normalised, as one file that
 * the build writes beside the text files ({@code gazetteer/gazetteer.snapshot}). Reading and
 * indexing the text files takes seconds and makes some 200 MB of garbage, nearly half of it
 * normalising names; reading the snapshot streams it once and keeps its strings as they are.
 *
 * <p>Run by Maven after compiling ({@code exec-maven-plugin}, phase {@code process-classes}):
 * {@code java -cp target/classes:... org.newsatlas.gazetteer.GazetteerSnapshot OUTPUT}. A snapshot
 * whose fingerprint still matches is left alone, so an unchanged build costs a hash, not a load.
 */
public final class GazetteerSnapshot {

    private static final Logger log = LoggerFactory.getLogger(GazetteerSnapshot.class);

    private GazetteerSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GazetteerSnapshot OUTPUT-FILE");
        }
        Path target = Path.of(args[0]);
        byte[] fingerprint = SnapshotFingerprint.of(GazetteerLoader.BUNDLED_DIRECTORY);
        if (isCurrent(target, fingerprint)) {
            log.info("Gazetteer snapshot {} is up to date", target);
            return;
        }
        long started = System.nanoTime();
        InMemoryGazetteer gazetteer = new GazetteerLoader(GazetteerProperties.defaults()).loadTextFiles();
        long bytes = write(gazetteer, fingerprint, target);
        log.info("Wrote {} entries ({} bytes) to {} in {} ms", gazetteer.size(), bytes, target,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes the snapshot of a gazetteer loaded from the bundled files of that directory. */
    static long write(InMemoryGazetteer gazetteer, String bundledDirectory, Path target) throws IOException {
        return write(gazetteer, SnapshotFingerprint.of(bundledDirectory), target);
    }

    /** Whole or not at all, so a reader never sees half a snapshot. */
    private static long write(InMemoryGazetteer gazetteer, byte[] fingerprint, Path target) throws IOException {
        byte[] bytes = SnapshotWriter.write(gazetteer, fingerprint);
        WholeFile.write(target, bytes);
        return bytes.length;
    }

    private static boolean isCurrent(Path target, byte[] fingerprint) throws IOException {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(target)) {
            byte[] header = in.readNBytes(2 * Integer.BYTES + SnapshotFingerprint.LENGTH);
            return SnapshotReader.mismatch(new SnapshotInput(header), fingerprint) == null;
        } catch (RuntimeException e) {
            return false; // shorter than a header: write it again
        }
    }

    /**
     * The gazetteer in a snapshot's stream, or empty (reason logged) when they were written from
     * other files, by other code, or are damaged.
     */
    static Optional<InMemoryGazetteer> read(InputStream snapshot, String location, String bundledDirectory,
            long started) {
        try {
            SnapshotInput in = new SnapshotInput(snapshot);
            String mismatch = SnapshotReader.mismatch(in, SnapshotFingerprint.of(bundledDirectory));
            if (mismatch != null) {
                log.warn("Gazetteer snapshot {} is stale ({}); reading the text files", location, mismatch);
                return Optional.empty();
            }
            long checked = System.nanoTime();
            InMemoryGazetteer gazetteer = SnapshotReader.body(in);
            long done = System.nanoTime();
            log.info("Loaded {} entries from the gazetteer snapshot {} in {} ms (fingerprint {} ms, read and "
                    + "decode {} ms)", gazetteer.size(), location, (done - started) / 1_000_000,
                    (checked - started) / 1_000_000, (done - checked) / 1_000_000);
            return Optional.of(gazetteer);
        } catch (RuntimeException e) {
            log.warn("Gazetteer snapshot {} is damaged ({}); reading the text files", location, e.toString());
            return Optional.empty();
        }
    }
}
