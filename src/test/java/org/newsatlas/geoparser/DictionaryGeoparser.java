package org.newsatlas.geoparser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geocoding.ResolvedPlace;
import org.newsatlas.geoparser.GeoparsedText.TextSpan;

/**
 * A deterministic stand-in for the real geoparser: finds a fixed set of North African and
 * Mediterranean names as whole words, with fixed coordinates. Sentences end after ". ", "! ",
 * "? " or at a blank line. Every kind of place is among them (countries, a first-order and a
 * second-order division, cities, a desert); the confidence is 0.9 except for the divisions and
 * the desert, so that a minimum confidence has something to drop.
 */
public class DictionaryGeoparser implements Geoparser {

    public static final List<GazetteerEntry> PLACES = List.of(
            entry(2215636, "Libya", 28.0, 17.0, "A", "PCLI", "LY", "00", 6_461_454),
            entry(2210247, "Tripoli", 32.88743, 13.18733, "P", "PPLC", "LY", "77", 1_150_989),
            entry(2210554, "Sirte", 31.20892, 16.58866, "P", "PPLA", "LY", "76", 128_123),
            entry(357994, "Egypt", 27.0, 30.0, "A", "PCLI", "EG", "00", 98_423_595),
            entry(2464461, "Tunisia", 34.0, 9.0, "A", "PCLI", "TN", "00", 11_565_204),
            entry(2473499, "Carthage", 36.85278, 10.32333, "P", "PPL", "TN", "36", 15_922),
            entry(2589581, "Algeria", 28.0, 3.0, "A", "PCLI", "DZ", "00", 42_228_429),
            entry(2542007, "Morocco", 32.0, -5.0, "A", "PCLI", "MA", "00", 36_029_138),
            entry(298795, "Turkey", 39.0, 35.0, "A", "PCLI", "TR", "00", 82_319_724),
            entry(2017370, "Russia", 60.0, 100.0, "A", "PCLI", "RU", "00", 144_478_050),
            entry(290557, "United Arab Emirates", 23.75, 54.5, "A", "PCLI", "AE", "00", 9_630_959),
            entry(96001862, "Misratah", 32.15168, 14.5425, "A", "ADM1", "LY", "72", 542_442),
            entry(97013530, "Bab El Oued", 36.79, 3.05, "A", "ADM2", "DZ", "01", 0),
            entry(95742800, "Sahara", 23.0, 13.0, "T", "DSRT", "", "", 0));

    /**
     * Places it never finds in a text but knows by id and by name search, as a gazetteer does: the
     * readings a person may choose instead. Tripoli in Lebanon is Tripoli's close runner-up.
     */
    public static final List<GazetteerEntry> OTHER_PLACES = List.of(
            entry(266826, "Tripoli", 34.43667, 35.84972, "P", "PPLA", "LB", "09", 229_398),
            entry(4250542, "Springfield", 39.80172, -89.64371, "P", "PPLA", "US", "IL", 114_394),
            entry(4951788, "Springfield", 42.10148, -72.58981, "P", "PPLA2", "US", "MA", 153_606),
            entry(2219905, "Ghat", 24.96334, 10.18003, "P", "PPLA", "LY", "59", 24_347));

    public static final double CONFIDENCE = 0.9;
    /** Confidences other than {@link #CONFIDENCE}, by GeoNames id. */
    private static final Map<Long, Double> DOUBTFUL = Map.of(96001862L, 0.7, 97013530L, 0.6, 95742800L, 0.4);

    /** The first-order divisions of the places above, by country and admin1 code, as GeoNames has them. */
    private static final Map<String, GazetteerEntry> DIVISIONS = Map.of(
            "LY.77", entry(96001867, "Tripoli", 32.65805, 13.48763, "A", "ADM1", "LY", "77", 1_250_989),
            "LY.76", entry(96001866, "Surt", 31.01629, 17.22119, "A", "ADM1", "LY", "76", 133_013),
            "TN.36", entry(96003430, "Tunis Governorate", 36.79277, 10.23662, "A", "ADM1", "TN", "36", 926_160),
            "DZ.01", entry(96000813, "Algiers", 36.72174, 3.09777, "A", "ADM1", "DZ", "01", 0));

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[ \\t]+|\\n\\s*\\n|\\n");

    @Override
    public GeoparsedText parse(String text) {
        List<TextSpan> sentences = sentences(text);
        List<ResolvedToponym> toponyms = new ArrayList<>();
        for (GazetteerEntry place : PLACES) {
            Matcher matcher = Pattern.compile("\\b" + Pattern.quote(place.name()) + "\\b").matcher(text);
            while (matcher.find()) {
                TextSpan sentence = sentences.stream()
                        .filter(s -> s.start() <= matcher.start() && matcher.end() <= s.end())
                        .findFirst()
                        .orElse(new TextSpan(0, text.length()));
                toponyms.add(new ResolvedToponym(matcher.start(), matcher.end(), place.name(), place,
                        DOUBTFUL.getOrDefault(place.geonameId(), CONFIDENCE), sentence.start(), sentence.end(),
                        alternatives(place)));
            }
        }
        toponyms.sort(Comparator.comparingInt(ResolvedToponym::start));
        return new GeoparsedText(text, sentences, toponyms);
    }

    @Override
    public Optional<GazetteerEntry> firstOrderDivisionOf(GazetteerEntry place) {
        if (place.isCountry() || place.isFirstOrderDivision()) {
            return Optional.empty();
        }
        return Optional.ofNullable(DIVISIONS.get(place.countryCode() + "." + place.admin1Code()));
    }

    @Override
    public Optional<GazetteerEntry> gazetteerEntry(long geonameId) {
        return Stream.concat(PLACES.stream(), OTHER_PLACES.stream())
                .filter(place -> place.geonameId() == geonameId).findFirst();
    }

    /** Names starting with the text (case aside), most populous first. */
    @Override
    public List<GazetteerEntry> searchPlaces(String prefix, int limit) {
        String start = prefix.toLowerCase(Locale.ROOT);
        return Stream.concat(PLACES.stream(), OTHER_PLACES.stream())
                .filter(place -> place.name().toLowerCase(Locale.ROOT).startsWith(start))
                .sorted(Comparator.comparingLong(GazetteerEntry::population).reversed())
                .limit(limit)
                .toList();
    }

    /** The place itself, and for Tripoli its namesake in Lebanon, close behind: an uncertain reading. */
    private static List<ResolvedPlace.CandidateScore> alternatives(GazetteerEntry place) {
        if (place.geonameId() == 2210247) {
            return List.of(new ResolvedPlace.CandidateScore(place, 2.0),
                    new ResolvedPlace.CandidateScore(OTHER_PLACES.get(0), 1.8));
        }
        return List.of(new ResolvedPlace.CandidateScore(place, 1.0));
    }

    static List<TextSpan> sentences(String text) {
        List<TextSpan> sentences = new ArrayList<>();
        Matcher matcher = SENTENCE_END.matcher(text);
        int start = 0;
        while (matcher.find()) {
            if (matcher.start() > start) {
                sentences.add(new TextSpan(start, matcher.start()));
            }
            start = matcher.end();
        }
        if (start < text.length()) {
            sentences.add(new TextSpan(start, text.length()));
        }
        return sentences;
    }

    private static GazetteerEntry entry(long id, String name, double lat, double lon, String featureClass,
                                        String featureCode, String country, String admin1, long population) {
        return new GazetteerEntry(id, name, name, List.of(), lat, lon, featureClass, featureCode, country, admin1, "",
                population);
    }
}
