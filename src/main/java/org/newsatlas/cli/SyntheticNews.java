package org.newsatlas.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.newsatlas.articles.NewArticle;
import org.newsatlas.gazetteer.FeatureCodes;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.places.NewMention;

/**
 * Made-up news of a realistic shape, for the dashboard benchmark: about ten mentions an article
 * over real gazetteer places (prominent places far more often: a Zipf draw by population, with a
 * share of second-order divisions and of regions and physical features, which have no population),
 * dates over three years, 50 sources (a few large), and texts about a few topics each, so that
 * words and phrases find a realistic share of the articles. Article {@code i} is the same on every
 * run, so that a database can be topped up after an interruption.
 */
final class SyntheticNews {

    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final int DAYS = 3 * 365 + 1;
    static final List<String> TOPICS = List.of("election", "drought", "ceasefire", "flood", "protest", "earthquake",
            "inflation", "vaccine", "harvest", "strike", "summit", "refugees", "wildfire", "tariff", "pipeline",
            "tourism", "cholera", "landslide", "budget", "corruption", "heatwave", "migration", "blackout", "famine",
            "cyclone", "referendum", "sanctions", "drone", "smuggling", "pollution", "railway", "port", "mining",
            "fishing", "wheat", "uranium", "locusts", "kidnapping", "embargo", "curfew");
    static final List<String> SOURCES = sources();

    /** Sentences that name a place: {place}, {topic} and {outcome} are filled in. */
    private static final String[] MENTIONING = {
        "Officials in {place} said the {topic} {outcome} over the weekend.",
        "Residents of {place} described the {topic} as the worst in years, and it {outcome}.",
        "In {place}, the {topic} {outcome}, according to local reporters.",
        "A spokesman for the authorities in {place} said the {topic} {outcome}.",
        "Aid groups working near {place} warned that the {topic} {outcome}.",
        "The {topic} reached {place} on Tuesday and {outcome}.",
    };
    private static final String[] OUTCOMES = {"worsened", "eased", "spread to new districts",
        "drew international attention", "forced schools to close", "left markets half empty",
        "divided the regional council", "delayed the budget vote"};
    private static final String[] FILLER = {
        "Analysts said the %s would shape the coming months, although forecasts differ widely.",
        "Prices for fuel and bread rose again this week as the %s continued to weigh on households.",
        "Opposition lawmakers called for an inquiry into how the %s was handled by the ministry.",
        "Independent observers have not been able to verify all of the figures given by either side.",
        "The %s was also discussed at a meeting of foreign ministers earlier this month.",
    };

    private final Draw popular;
    private final Draw divisions;
    private final Draw features;
    private final Draw sources = new Draw(SOURCES.size(), 0.8);
    private final Draw topics = new Draw(TOPICS.size(), 0.7);
    private final List<GazetteerEntry> popularPlaces;
    private final List<GazetteerEntry> divisionPlaces;
    private final List<GazetteerEntry> featurePlaces;
    private final Function<GazetteerEntry, String> admin1Names;
    private final Instant ingestedAt;

    /** A draft of one stored article: the article and its mentions. */
    record Draft(NewArticle article, List<NewMention> mentions) {
    }

    /**
     * @param mostProminentFirst the gazetteer's entries, most populous first
     * @param admin1Names        the name of an entry's first-order division, or null
     */
    SyntheticNews(List<GazetteerEntry> mostProminentFirst, Function<GazetteerEntry, String> admin1Names,
                  Instant ingestedAt) {
        this.popularPlaces = mostProminentFirst.subList(0, Math.min(20_000, mostProminentFirst.size()));
        this.divisionPlaces = mostProminentFirst.stream()
                .filter(e -> FeatureCodes.isSecondOrderDivision(e.featureCode())).limit(2_000).toList();
        this.featurePlaces = mostProminentFirst.stream()
                .filter(e -> !FeatureCodes.ADMINISTRATIVE.equals(e.featureClass()) && !e.isPopulatedPlace())
                .limit(1_000).toList();
        this.popular = new Draw(popularPlaces.size(), 1.0);
        this.divisions = new Draw(divisionPlaces.size(), 1.0);
        this.features = new Draw(featurePlaces.size(), 1.0);
        this.admin1Names = admin1Names;
        this.ingestedAt = ingestedAt;
    }

    Draft article(long index) {
        Random random = new Random(0x5EED_0000L + index * 7919);
        String topic = TOPICS.get(topics.next(random));
        String other = TOPICS.get(random.nextInt(TOPICS.size()));
        int mentionCount = 5 + random.nextInt(11);
        List<GazetteerEntry> places = new ArrayList<>();
        int distinct = Math.max(1, Math.round(mentionCount * (0.4f + 0.4f * random.nextFloat())));
        for (int i = 0; i < distinct; i++) {
            places.add(place(random));
        }
        StringBuilder text = new StringBuilder(2600);
        List<NewMention> mentions = new ArrayList<>(mentionCount);
        for (int i = 0; i < mentionCount; i++) {
            GazetteerEntry place = places.get(i < distinct ? i : random.nextInt(distinct));
            String[] around = MENTIONING[random.nextInt(MENTIONING.length)].split("\\{place}");
            String word = random.nextInt(3) == 0 ? other : topic;
            String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
            int sentenceStart = text.length();
            text.append(around[0].replace("{topic}", word).replace("{outcome}", outcome));
            int start = text.length();
            text.append(place.name()).append(around[1].replace("{topic}", word).replace("{outcome}", outcome));
            mentions.add(new NewMention(place, admin1Names.apply(place), start, start + place.name().length(),
                    place.name(), sentenceStart, text.length(), 0.35 + 0.65 * Math.sqrt(random.nextDouble())));
            text.append(i % 3 == 2 ? "\n\n" : " ");
            if (random.nextInt(3) == 0) {
                text.append(String.format(Locale.ROOT, FILLER[random.nextInt(FILLER.length)], topic)).append(' ');
            }
        }
        text.append("Reference NA-").append(index).append('.');
        String title = capitalised(topic) + " " + OUTCOMES[random.nextInt(4)] + " in " + places.get(0).name();
        Instant published = FIRST_DAY.plusDays(random.nextInt(DAYS)).atStartOfDay(ZoneOffset.UTC)
                .plusSeconds(random.nextInt(86_400)).toInstant();
        // English topic words; set here so that the start-up language back-fill has nothing to do
        NewArticle article = new NewArticle(title, text.toString(), SOURCES.get(sources.next(random)), published,
                ingestedAt, "en");
        return new Draft(article, mentions);
    }

    /** Seven in ten mentions name a place by prominence; the rest divisions and physical features. */
    private GazetteerEntry place(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0 && !divisionPlaces.isEmpty()) {
            return divisionPlaces.get(divisions.next(random));
        }
        if (kind == 1 && !featurePlaces.isEmpty()) {
            return featurePlaces.get(features.next(random));
        }
        return popularPlaces.get(popular.next(random));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<String> sources() {
        List<String> names = new ArrayList<>();
        for (String first : List.of("Global", "Daily", "Evening", "Morning", "Coastal", "National", "Metro",
                "Capital", "Northern", "Southern")) {
            for (String second : List.of("Herald", "Times", "Post", "Wire", "Chronicle")) {
                names.add(first + " " + second);
            }
        }
        return List.copyOf(names);
    }

    /** Zipf-like draws of ranks 0..n-1: rank r with weight 1 / (r + 1)^s. */
    static final class Draw {
        private final double[] cumulative;

        Draw(int n, double s) {
            cumulative = new double[Math.max(1, n)];
            double sum = 0;
            for (int r = 0; r < cumulative.length; r++) {
                sum += 1 / Math.pow(r + 1, s);
                cumulative[r] = sum;
            }
        }

        int next(Random random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int at = Arrays.binarySearch(cumulative, target);
            return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
        }
    }
}
