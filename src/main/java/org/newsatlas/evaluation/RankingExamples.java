package org.newsatlas.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.GeoDistance;
import org.newsatlas.geocoding.RankedName;
import org.newsatlas.learning.LogisticRegression.Example;

/**
 * Labels how a document's names were ranked, for a pairwise ranking model: a candidate is right
 * when it lies within 161 km of the gold point of a toponym one of the name's mentions overlaps
 * (the test the end-to-end figure uses). A name with a right and a wrong candidate gives pairs:
 * its best-scored right candidate against each of its rivals, as the difference of their
 * features, both ways round. Only rivals count: wrong candidates that scored above the right one,
 * or not far below it. Against every namesake the pairs would mostly teach that a city outweighs a
 * hamlet, which the hand-set weights already know, and drown the close calls that decide a choice.
 */
public final class RankingExamples {

    /** The scorer's distance for a correct reading. */
    static final double CORRECT_KM = 161;
    /**
     * Wrong candidates paired per name at most, the best-scored first: a name with sixty namesakes
     * would otherwise outweigh sixty names with two.
     */
    public static final int WRONG_PER_NAME = 10;
    /**
     * A wrong candidate is a rival when it scored no more than this below the right one: a softmax
     * gives it at least a twentieth of the right one's weight (ln 20).
     */
    static final double RIVAL_MARGIN = Math.log(20);

    private RankingExamples() {
    }

    public static List<Example> label(JsonNode goldLine, List<RankedName> names) {
        Article gold = Article.fromJson(goldLine);
        List<Toponym> located = gold.toponyms().stream().filter(TypeFilter.defaults().gold())
                .filter(Toponym::hasCoordinates).toList();
        String text = gold.text();
        List<Example> examples = new ArrayList<>();
        for (RankedName name : names) {
            Toponym truth = goldFor(name, located, text);
            if (truth != null) {
                addPairs(name, truth, examples);
            }
        }
        return examples;
    }

    private static Toponym goldFor(RankedName name, List<Toponym> located, String text) {
        for (PlaceMention mention : name.mentions()) {
            // gold offsets count code points, the geoparser's count chars
            int start = text.codePointCount(0, mention.start());
            int end = text.codePointCount(0, mention.end());
            for (Toponym toponym : located) {
                if (Math.min(end, toponym.end()) - Math.max(start, toponym.start()) > 0) {
                    return toponym;
                }
            }
        }
        return null;
    }

    private static void addPairs(RankedName name, Toponym truth, List<Example> examples) {
        List<GazetteerEntry> candidates = name.candidates();
        double[] scores = name.scores();
        int right = -1;
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            GazetteerEntry candidate = candidates.get(i);
            boolean correct = GeoDistance.km(truth.lat(), truth.lon(), candidate.latitude(), candidate.longitude())
                    <= CORRECT_KM;
            if (!correct) {
                wrong.add(i);
            } else if (right < 0 || scores[i] > scores[right]) {
                right = i;
            }
        }
        if (right < 0) {
            return;
        }
        double rightScore = scores[right];
        wrong.removeIf(i -> scores[i] < rightScore - RIVAL_MARGIN);
        wrong.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        double[] chosen = name.features()[right];
        for (int i : wrong.subList(0, Math.min(WRONG_PER_NAME, wrong.size()))) {
            double[] other = name.features()[i];
            double[] difference = new double[chosen.length];
            double[] reverse = new double[chosen.length];
            for (int f = 0; f < chosen.length; f++) {
                difference[f] = chosen[f] - other[f];
                reverse[f] = -difference[f];
            }
            examples.add(new Example(difference, true));
            examples.add(new Example(reverse, false));
        }
    }
}
