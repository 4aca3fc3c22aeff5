package org.newsatlas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.learning.RankingTrainer;
import org.newsatlas.learning.RecognitionTrainer;

/**
 * The options the training commands share: {@code --l2 X}, {@code --threads N}, {@code --folds K},
 * {@code --seed S}, {@code --out FILE}, {@code --prior-zero} (pull weights towards 0, not the hand-set ones); everything else is left in {@link #files} in order.
 */
record ModelOptions(double l2, boolean fromHandSet, int threads, int folds, long seed, String out,
        List<String> files) {

    static final int DEFAULT_FOLDS = 5;
    /** Any fixed number: the k-fold split must be the same on every run. */
    static final long DEFAULT_SEED = 12;

    /** The options, or empty after saying on {@code err} what is wrong and how the command is used. */
    static Optional<ModelOptions> parseOrExplain(List<String> args, String usage, PrintStream err) {
        ModelOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\nusage: " + usage);
            return Optional.empty();
        }
        if (options.files().isEmpty()) {
            err.println("usage: " + usage);
            return Optional.empty();
        }
        return Optional.of(options);
    }

    static ModelOptions parse(List<String> args) {
        double l2 = RecognitionTrainer.DEFAULT_L2;
        boolean fromHandSet = true;
        int threads = Runtime.getRuntime().availableProcessors();
        int folds = DEFAULT_FOLDS;
        long seed = DEFAULT_SEED;
        String out = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (arg) {
                case "--l2" -> l2 = Double.parseDouble(value(args, ++i, hasValue));
                case "--threads" -> threads = Integer.parseInt(value(args, ++i, hasValue));
                case "--folds" -> folds = Integer.parseInt(value(args, ++i, hasValue));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, hasValue));
                case "--out" -> out = value(args, ++i, hasValue);
                case "--prior-zero" -> fromHandSet = false;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    files.add(arg);
                }
            }
        }
        if (folds < 2) {
            throw new IllegalArgumentException("--folds needs at least 2");
        }
        return new ModelOptions(l2, fromHandSet, threads, folds, seed, out, List.copyOf(files));
    }

    private static String value(List<String> args, int index, boolean present) {
        if (!present) {
            throw new IllegalArgumentException(args.get(index - 1) + " needs a value");
        }
        return args.get(index);
    }

    RecognitionTrainer trainer() {
        return new RecognitionTrainer(l2, fromHandSet);
    }

    RankingTrainer rankingTrainer() {
        return new RankingTrainer(l2, fromHandSet);
    }
}
