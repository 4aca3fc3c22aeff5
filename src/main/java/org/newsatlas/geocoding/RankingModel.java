package org.newsatlas.geocoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a candidate's features ({@link ResolutionFeature}) into its score: the sum of each feature
 * times its weight. The hand-set model has the weights of {@link ResolutionWeights}; a learned one
 * is fitted so that the right candidate of a name outscores the others (pairwise logistic
 * regression), so its scores are log-odds between candidates, as the softmax confidence reads them.
 */
public final class RankingModel {

    /** The learned model shipped in the jar, written by the {@code train-ranking} command. */
    public static final String LEARNED_RESOURCE = "/models/ranking-model.tsv";

    private static final RankingModel HAND_SET = handSetModel();

    private final String name;
    private final double[] weights;
    private final boolean handSet;

    private RankingModel(String name, double[] weights, boolean handSet) {
        if (weights.length != ResolutionFeature.values().length) {
            throw new IllegalArgumentException("a model needs one weight per feature");
        }
        this.name = name;
        this.weights = weights.clone();
        this.handSet = handSet;
    }

    public static RankingModel handSet() {
        return HAND_SET;
    }

    private static RankingModel handSetModel() {
        double[] weights = new double[ResolutionFeature.values().length];
        for (ResolutionFeature feature : ResolutionFeature.values()) {
            weights[feature.ordinal()] = feature.handSetWeight();
        }
        return new RankingModel("hand-set", weights, true);
    }

    /** Weights in {@link ResolutionFeature} order. */
    public static RankingModel learned(String name, double[] weights) {
        return new RankingModel(name, weights, false);
    }

    /** The learned model in the jar. */
    public static RankingModel loadLearned() {
        try (InputStream in = RankingModel.class.getResourceAsStream(LEARNED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(LEARNED_RESOURCE + " is not on the classpath");
            }
            return read("learned", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads "feature TAB weight" lines; '#' starts a comment; every feature must be there. */
    public static RankingModel read(String name, InputStream in) throws IOException {
        Map<ResolutionFeature, Double> byFeature = new EnumMap<>(ResolutionFeature.class);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            byFeature.put(ResolutionFeature.valueOf(fields[0]), Double.parseDouble(fields[1]));
        }
        if (byFeature.size() != ResolutionFeature.values().length) {
            throw new IllegalArgumentException("a ranking model file needs every feature: " + name);
        }
        double[] weights = new double[byFeature.size()];
        byFeature.forEach((feature, weight) -> weights[feature.ordinal()] = weight);
        return learned(name, weights);
    }

    /** The lines {@link #read} reads, one per feature. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ResolutionFeature feature : ResolutionFeature.values()) {
            lines.add(feature.name() + "\t" + String.format(Locale.ROOT, "%.6f", weights[feature.ordinal()]));
        }
        return lines;
    }

    public String name() {
        return name;
    }

    /** Whether this is the hand-set model, whose scores {@link CandidateScoring} adds up directly. */
    boolean isHandSet() {
        return handSet;
    }

    public double weight(ResolutionFeature feature) {
        return weights[feature.ordinal()];
    }

    public double score(double[] features) {
        double score = 0;
        for (int i = 0; i < weights.length; i++) {
            score += weights[i] * features[i];
        }
        return score;
    }
}
