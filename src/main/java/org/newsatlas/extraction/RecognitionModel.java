package org.newsatlas.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a span's features ({@link RecognitionFeature}) into its evidence score: an intercept plus
 * the weights of the features that fired, added in feature order. The hand-set model has the
 * weights of {@link RecognitionWeights} and no intercept. A learned model is a logistic regression
 * over the same features; its score is its log-odds plus {@link RecognitionWeights#DEFAULT_THRESHOLD},
 * so that the default threshold accepts a span the model thinks more likely a place than not, and
 * the doubt margin and the resolution's "confident" level keep a meaning (log-odds -1 and +1.5).
 */
public final class RecognitionModel {

    /** The learned model shipped in the jar, written by the {@code train} command. */
    public static final String LEARNED_RESOURCE = "/models/recognition-model.tsv";

    private static final String BIAS = "bias";

    private final String name;
    private final double bias;
    private final double intercept;
    private final double[] weights;

    private RecognitionModel(String name, double bias, double shift, double[] weights) {
        if (weights.length != RecognitionFeature.values().length) {
            throw new IllegalArgumentException("a model needs one weight per feature");
        }
        this.name = name;
        this.bias = bias;
        this.intercept = bias + shift;
        this.weights = weights.clone();
    }

    public static RecognitionModel handSet() {
        double[] weights = new double[RecognitionFeature.values().length];
        for (RecognitionFeature feature : RecognitionFeature.values()) {
            weights[feature.ordinal()] = feature.handSetWeight();
        }
        return new RecognitionModel("hand-set", 0, 0, weights);
    }

    /** A logistic regression's bias and weights (log-odds), in {@link RecognitionFeature} order. */
    public static RecognitionModel learned(String name, double bias, double[] weights) {
        return new RecognitionModel(name, bias, RecognitionWeights.DEFAULT_THRESHOLD, weights);
    }

    /** The learned model in the jar. */
    public static RecognitionModel loadLearned() {
        try (InputStream in = RecognitionModel.class.getResourceAsStream(LEARNED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(LEARNED_RESOURCE + " is not on the classpath");
            }
            return read("learned", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads "name TAB weight" lines (and "bias TAB b"); '#' starts a comment; every feature must be there. */
    public static RecognitionModel read(String name, InputStream in) throws IOException {
        Map<RecognitionFeature, Double> byFeature = new EnumMap<>(RecognitionFeature.class);
        Double bias = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            double value = Double.parseDouble(fields[1]);
            if (fields[0].equals(BIAS)) {
                bias = value;
            } else {
                byFeature.put(RecognitionFeature.valueOf(fields[0]), value);
            }
        }
        if (bias == null || byFeature.size() != RecognitionFeature.values().length) {
            throw new IllegalArgumentException("a model file needs a bias and every feature: " + name);
        }
        double[] weights = new double[byFeature.size()];
        byFeature.forEach((feature, weight) -> weights[feature.ordinal()] = weight);
        return learned(name, bias, weights);
    }

    /** The lines {@link #read} reads: the bias (log-odds, without the threshold shift), then each feature. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(BIAS + "\t" + format(bias));
        for (RecognitionFeature feature : RecognitionFeature.values()) {
            lines.add(feature.name() + "\t" + format(weights[feature.ordinal()]));
        }
        return lines;
    }

    /** The intercept in log-odds; 0 for the hand-set weights. */
    public double bias() {
        return bias;
    }

    public String name() {
        return name;
    }

    public double weight(RecognitionFeature feature) {
        return weights[feature.ordinal()];
    }

    /** The evidence score of a span with these features (1 = fired, 0 = not). */
    public double score(double[] features) {
        double score = intercept;
        for (int i = 0; i < weights.length; i++) {
            if (features[i] != 0) {
                score += weights[i] * features[i];
            }
        }
        return score;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(weights);
    }
}
