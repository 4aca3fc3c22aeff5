package org.newsatlas.geocoding;

import java.util.List;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.GazetteerEntry;

/**
 * How one name's candidates were weighed in a document, as its choice was made: what a ranking
 * model is trained on.
 *
 * @param features per candidate, in {@link ResolutionFeature} order
 * @param scores   per candidate, by the model that resolved the document
 */
public record RankedName(List<PlaceMention> mentions, List<GazetteerEntry> candidates, double[][] features,
        double[] scores) {
}
