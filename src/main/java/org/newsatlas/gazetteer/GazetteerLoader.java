package org.newsatlas.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the gazetteer from the files shipped in the jar plus any configured GeoNames dumps. A plain
 * class rather than a bean so the command-line tools load exactly what the web app loads.
 *
 * <p>A bundled file that is missing is logged and skipped (a build without the data still starts);
 * a configured extra file that is missing fails the load, because someone asked for it by name.
 * Extra files may be file system paths or {@code classpath:} resources.
 *
 * <p>With the bundled files alone (the default) the gazetteer comes from the snapshot that the
 * build wrote beside them ({@link GazetteerSnapshot}), if its fingerprint says it was made from
 * these files by this code; anything else reads and indexes the text files.
 */
public final class GazetteerLoader {

    static final String BUNDLED_DIRECTORY = "gazetteer/";

    /** Countries and divisions first: for a geonameid in several files the first row is kept. */
    static final List<String> BUNDLED_FILES = List.of(
            "countries.txt", "admin1.txt", "regions.txt", "cities500.txt.gz", "admin2.txt.gz");

    static final String BUNDLED_DEMONYMS = "demonyms.tsv";

    static final String SNAPSHOT_FILE = "gazetteer.snapshot";

    private static final Logger log = LoggerFactory.getLogger(GazetteerLoader.class);
    private static final String CLASSPATH = "classpath:";

    private final GazetteerProperties properties;
    private final String bundledDirectory;
    private final String snapshot;

    public GazetteerLoader(GazetteerProperties properties) {
        this(properties, BUNDLED_DIRECTORY);
    }

    /** For tests: a fixture directory on the classpath laid out like the bundled one. */
    GazetteerLoader(GazetteerProperties properties, String bundledDirectory) {
        this(properties, bundledDirectory, CLASSPATH + bundledDirectory + SNAPSHOT_FILE);
    }

    /** For tests: the snapshot elsewhere than beside the bundled files (a path or classpath:). */
    GazetteerLoader(GazetteerProperties properties, String bundledDirectory, String snapshot) {
        this.properties = properties;
        this.bundledDirectory = bundledDirectory;
        this.snapshot = snapshot;
    }

    public InMemoryGazetteer load() {
        if (onlyBundled()) {
            Optional<InMemoryGazetteer> fromSnapshot = loadSnapshot();
            if (fromSnapshot.isPresent()) {
                return fromSnapshot.get();
            }
        }
        long started = System.nanoTime();
        InMemoryGazetteer gazetteer = loadTextFiles();
        log.info("Loaded the gazetteer from the text files in {} ms", (System.nanoTime() - started) / 1_000_000);
        return gazetteer;
    }

    /** The snapshot describes the bundled files with their own demonyms and nothing else. */
    private boolean onlyBundled() {
        return properties.includeBundled() && properties.extraFiles().isEmpty() && properties.demonymsFile() == null;
    }

    /** The snapshot's gazetteer; empty, with the reason logged, when it is missing, stale or unreadable. */
    Optional<InMemoryGazetteer> loadSnapshot() {
        long started = System.nanoTime();
        try (InputStream in = open(snapshot)) {
            return GazetteerSnapshot.read(in, snapshot, bundledDirectory, started);
        } catch (NoSuchFileException e) {
            log.info("No gazetteer snapshot at {}; reading the text files", snapshot);
            return Optional.empty();
        } catch (IOException e) {
            log.warn("Cannot read the gazetteer snapshot {} ({}); reading the text files", snapshot, e.toString());
            return Optional.empty();
        }
    }

    /** Reads and indexes the text files whatever snapshot there is: the snapshot is written from this. */
    InMemoryGazetteer loadTextFiles() {
        GazetteerBuilder builder = InMemoryGazetteer.builder();
        GeoNamesReader reader = new GeoNamesReader();
        if (properties.includeBundled()) {
            for (String file : BUNDLED_FILES) {
                String resource = bundledDirectory + file;
                try (InputStream in = resourceStream(resource)) {
                    if (in == null) {
                        log.warn("Bundled gazetteer file {} is missing; loading without it", resource);
                        builder.missingSource(CLASSPATH + resource);
                    } else {
                        read(reader, builder, CLASSPATH + resource, in);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + resource, e);
                }
            }
        }
        for (String file : properties.extraFiles()) {
            try (InputStream in = open(file)) {
                read(reader, builder, file, in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read gazetteer file " + file, e);
            }
        }
        loadDemonyms(builder);
        long started = System.nanoTime();
        InMemoryGazetteer gazetteer = builder.build();
        log.info("Indexed {} entries in {} ms", gazetteer.size(), (System.nanoTime() - started) / 1_000_000);
        return gazetteer;
    }

    private void loadDemonyms(GazetteerBuilder builder) {
        String source = properties.demonymsFile();
        if (source == null && !properties.includeBundled()) {
            return;
        }
        if (source == null) {
            source = CLASSPATH + bundledDirectory + BUNDLED_DEMONYMS;
        }
        try (InputStream in = open(source)) {
            int bad = readDemonyms(in, builder);
            if (bad > 0) {
                log.warn("Skipped {} malformed lines in {}", bad, source);
            }
        } catch (NoSuchFileException e) {
            if (properties.demonymsFile() != null) {
                throw new UncheckedIOException("Demonyms file " + source + " does not exist", e);
            }
            log.warn("Bundled demonyms file {} is missing; no demonyms", source);
            builder.missingSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demonyms file " + source, e);
        }
    }

    /** Lines are {@code demonym<TAB>geonameid}; returns how many were not. */
    private static int readDemonyms(InputStream in, GazetteerBuilder builder) throws IOException {
        int bad = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                try {
                    builder.addDemonym(columns[0].strip(), Long.parseLong(columns[1].strip()));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    bad++;
                }
            }
        }
        return bad;
    }

    private static void read(GeoNamesReader reader, GazetteerBuilder builder, String name, InputStream in)
            throws IOException {
        long started = System.nanoTime();
        GeoNamesReader.ReadResult result = reader.read(in, builder::add);
        builder.source(name, result);
        if (result.skipped() > 0) {
            log.warn("Skipped {} of {} rows in {}: too few columns or unparseable id/coordinates",
                    result.skipped(), result.rows(), name);
        }
        log.info("Read {} rows from {} in {} ms", result.rows(), name, (System.nanoTime() - started) / 1_000_000);
    }

    private InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            InputStream in = resourceStream(resource);
            if (in == null) {
                throw new NoSuchFileException(location);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    private static InputStream resourceStream(String resource) {
        return GazetteerLoader.class.getClassLoader().getResourceAsStream(resource);
    }
}
