package org.newsatlas.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsatlas.geocoding.RankingModel;
import org.newsatlas.geocoding.ResolutionFeature;

/**
 * {@code ranking-weights [MODEL.tsv]}: the learned ranking model's weights (the shipped one, or a
 * file written by train-ranking) beside the hand-set resolution weights, feature by feature.
 */
final class RankingWeightsCommand implements Command {

    @Override
    public String name() {
        return "ranking-weights";
    }

    @Override
    public String usage() {
        return "ranking-weights [MODEL.tsv]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() > 1) {
            err.println("usage: " + usage());
            return 2;
        }
        RankingModel learned;
        if (args.isEmpty()) {
            learned = RankingModel.loadLearned();
        } else {
            try (InputStream in = Files.newInputStream(Path.of(args.get(0)))) {
                learned = RankingModel.read(args.get(0), in);
            }
        }
        RankingModel handSet = RankingModel.handSet();
        out.printf(Locale.ROOT, "%-32s %9s %9s%n", "feature", "hand-set", "learned");
        for (ResolutionFeature feature : ResolutionFeature.values()) {
            out.printf(Locale.ROOT, "%-32s %9.3f %9.3f%n", feature.name(), handSet.weight(feature),
                    learned.weight(feature));
        }
        out.println("a candidate's score is the sum of its features times these weights; the highest wins");
        return 0;
    }
}
