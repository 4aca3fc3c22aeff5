package org.newsatlas.geoparser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.GeoparsedText.TextSpan;

/**
 * A deterministic stand-in for the real geoparser: finds a fixed set of North African and
 * Mediterranean names as whole words, with fixed coordinates. Sentences end after ". ", "! ",
 * "? " or at a blank line.
 */
public class DictionaryGeoparser implements Geoparser {

    public static final List<GazetteerEntry> PLACES = List.of(
            entry(2215636, "Libya", 28.0, 17.0, "A", "PCLI", "LY", "00", 6_461_454),
            entry(2210247, "Tripoli", 32.88743, 13.18733, "P", "PPLC", "LY", "77", 1_150_989),
            entry(2210554, "Sirte", 31.20892, 16.58866, "P", "PPLA", "LY", "62", 128_123),
            entry(357994, "Egypt", 27.0, 30.0, "A", "PCLI", "EG", "00", 98_423_595),
            entry(2464461, "Tunisia", 34.0, 9.0, "A", "PCLI", "TN", "00", 11_565_204),
            entry(2473499, "Carthage", 36.85278, 10.32333, "P", "PPL", "TN", "13", 15_922),
            entry(2589581, "Algeria", 28.0, 3.0, "A", "PCLI", "DZ", "00", 42_228_429),
            entry(2542007, "Morocco", 32.0, -5.0, "A", "PCLI", "MA", "00", 36_029_138),
            entry(298795, "Turkey", 39.0, 35.0, "A", "PCLI", "TR", "00", 82_319_724),
            entry(2017370, "Russia", 60.0, 100.0, "A", "PCLI", "RU", "00", 144_478_050),
            entry(290557, "United Arab Emirates", 23.75, 54.5, "A", "PCLI", "AE", "00", 9_630_959));

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
                toponyms.add(new ResolvedToponym(matcher.start(), matcher.end(), place.name(), place, 0.9,
                        sentence.start(), sentence.end(), List.of()));
            }
        }
        toponyms.sort(Comparator.comparingInt(ResolvedToponym::start));
        return new GeoparsedText(text, sentences, toponyms);
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
