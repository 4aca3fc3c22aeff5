package org.newsatlas.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsatlas.extraction.RecognitionFeature;
import org.newsatlas.extraction.RecognitionModel;

/**
 * {@code recognition-weights [MODEL.tsv]}: the learned model's weights (the shipped one, or a file
 * written by train-recognition) beside the hand-set weights, feature by feature.
 */
final class RecognitionWeightsCommand implements Command {

    @Override
    public String name() {
        return "recognition-weights";
    }

    @Override
    public String usage() {
        return "recognition-weights [MODEL.tsv]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() > 1) {
            err.println("usage: " + usage());
            return 2;
        }
        RecognitionModel learned;
        if (args.isEmpty()) {
            learned = RecognitionModel.loadLearned();
        } else {
            try (InputStream in = Files.newInputStream(Path.of(args.get(0)))) {
                learned = RecognitionModel.read(args.get(0), in);
            }
        }
        RecognitionModel handSet = RecognitionModel.handSet();
        out.printf(Locale.ROOT, "%-32s %9s %9s%n", "feature", "hand-set", "learned");
        out.printf(Locale.ROOT, "%-32s %9s %9.3f%n", "bias (log-odds)", "-", learned.bias());
        for (RecognitionFeature feature : RecognitionFeature.values()) {
            out.printf(Locale.ROOT, "%-32s %9.3f %9.3f%n", feature.name(), handSet.weight(feature),
                    learned.weight(feature));
        }
        out.println("hand-set: a span is a place when its weights sum to 1.0 or more;");
        out.println("learned: when bias + weights (log-odds) is 0 or more, i.e. more likely a place than not");
        return 0;
    }
}
