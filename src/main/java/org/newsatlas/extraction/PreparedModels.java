package org.newsatlas.extraction;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.newsatlas.files.WholeFile;

/**
 * The tagger's and the name finder's models as {@link NlpModels} reads them (beam width set in the
 * manifest, every entry stored), written once by the build instead of at every start. Rewriting
 * them took a command's model-loading thread about 190 ms of CPU (inflating the name finder's
 * 8.9 MB, copying it twice) and some 30 MB of garbage, before the first document.
 *
 * <p>Run by Maven after compiling ({@code exec-maven-plugin}, phase {@code process-classes}):
 * {@code java -cp target/classes:... org.newsatlas.extraction.PreparedModels target/classes}.
 * The beam width is part of a prepared model's name, so a model prepared for another width is
 * never found; a missing one is rewritten at start as before.
 */
public final class PreparedModels {

    static final String DIRECTORY = "/models/prepared/";

    private PreparedModels() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PreparedModels CLASSES-DIRECTORY");
        }
        Path classes = Path.of(args[0]);
        write(classes, NlpModels.POS_MODEL, NlpModels.TAGGER_BEAM);
        write(classes, NlpModels.LOCATION_MODEL, NlpModels.NAME_FINDER_BEAM);
    }

    /** The model ready to read: the build's prepared copy if there is one, else rewritten now. */
    static InputStream open(String model, int beamSize) throws IOException {
        InputStream prepared = PreparedModels.class.getResourceAsStream(name(model, beamSize));
        if (prepared != null) {
            // OpenNLP reads a stored model byte by byte: from a jar entry each byte would be a call into the jar
            return new BufferedInputStream(prepared, 1 << 16);
        }
        return NlpModels.withBeamSize(NlpModels.open(model), beamSize);
    }

    /** The classpath name of a model prepared for a beam width. */
    static String name(String model, int beamSize) {
        return DIRECTORY + "beam-" + beamSize + "-" + model.substring(model.lastIndexOf('/') + 1);
    }

    /** Whole or not at all, so a reader never sees half a model. */
    static Path write(Path classes, String model, int beamSize) throws IOException {
        byte[] prepared = NlpModels.rewritten(NlpModels.open(model), beamSize);
        Path target = classes.resolve(name(model, beamSize).substring(1));
        WholeFile.write(target, prepared);
        return target;
    }
}
