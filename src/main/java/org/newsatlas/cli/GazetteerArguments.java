package org.newsatlas.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsatlas.gazetteer.GazetteerProperties;

/**
 * The gazetteer options the gazetteer commands share, mirroring {@link GazetteerProperties}:
 * {@code --extra FILE...} (repeatable; the files run to the next option or a bare {@code --}),
 * {@code --no-bundled}, {@code --demonyms FILE}. Everything else is left in {@link #rest} in order.
 */
record GazetteerArguments(GazetteerProperties properties, List<String> rest) {

    static final String USAGE = "[--extra FILE...] [--no-bundled] [--demonyms FILE]";

    static GazetteerArguments parse(List<String> args) {
        boolean bundled = true;
        String demonyms = null;
        List<String> extra = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--no-bundled" -> bundled = false;
                case "--" -> {
                    // ends a run of --extra files: "--extra a.txt -- gold.jsonl"
                }
                case "--demonyms" -> demonyms = value(args, ++i, arg);
                case "--extra" -> {
                    extra.add(value(args, ++i, arg));
                    // "--extra a.txt b.txt": files up to the next option belong to it
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        extra.add(args.get(++i));
                    }
                }
                default -> rest.add(arg);
            }
        }
        return new GazetteerArguments(new GazetteerProperties(bundled, extra, demonyms), rest);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a file");
        }
        return args.get(i);
    }
}
