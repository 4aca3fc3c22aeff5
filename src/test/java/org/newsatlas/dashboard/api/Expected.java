package org.newsatlas.dashboard.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newsatlas.dashboard.api.ApiFixture.Article;
import org.newsatlas.dashboard.api.ApiFixture.Place;

/**
 * What the dashboard should show for a filter, counted by hand over the fixture: the articles
 * that pass the article conditions, the mentions in them that pass the mention conditions, and
 * (when there are mention conditions) only the articles left with such a mention.
 */
record Expected(List<Article> articles, List<Mention> mentions) {

    /** One mention of the fixture: its article and place. */
    record Mention(Article article, Place place) {
    }

    /** Mentions, and the distinct articles they are in. */
    record Count(int mentions, int articles) {
    }

    /**
     * A filter as query parameters and as conditions on the fixture.
     *
     * @param mentionConditions whether the filter says anything about mentions (country, kind,
     *                          confidence): then an article without a kept mention is not counted
     */
    record FilterCase(String name, Api.Params params, Predicate<Article> articleCondition,
                      Predicate<Place> mentionCondition, boolean mentionConditions) {

        static FilterCase articles(String name, Api.Params params, Predicate<Article> condition) {
            return new FilterCase(name, params, condition, place -> true, false);
        }

        static FilterCase mentions(String name, Api.Params params, Predicate<Place> condition) {
            return new FilterCase(name, params, article -> true, condition, true);
        }

        @Override
        public String toString() {
            return name + " [" + params + "]";
        }
    }

    static Expected of(FilterCase filter, ApiFixture fixture) {
        List<Mention> mentions = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (Article article : ApiFixture.ARTICLES) {
            if (!filter.articleCondition().test(article)) {
                continue;
            }
            List<Mention> kept = article.mentions().stream()
                    .map(ApiFixture.PLACES::get)
                    .filter(filter.mentionCondition())
                    .map(place -> new Mention(article, place))
                    .toList();
            if (!filter.mentionConditions() || !kept.isEmpty()) {
                articles.add(article);
                mentions.addAll(kept);
            }
        }
        articles.sort(Comparator.comparing(Article::day).thenComparing(fixture::id).reversed());
        return new Expected(List.copyOf(articles), List.copyOf(mentions));
    }

    Map<String, Count> byPlace() {
        return countBy(mention -> mention.place().name());
    }

    /** By country code; places in no country (the Sahara) are not in any. */
    Map<String, Count> byCountry() {
        Map<String, Count> counts = countBy(mention -> mention.place().countryCode());
        counts.remove("");
        return counts;
    }

    /** Articles and mentions per day they count at. */
    Map<LocalDate, Count> byDay() {
        Map<LocalDate, int[]> days = new TreeMap<>();
        articles.forEach(article -> days.computeIfAbsent(article.day(), d -> new int[2])[1]++);
        mentions.forEach(mention -> days.get(mention.article().day())[0]++);
        Map<LocalDate, Count> counts = new TreeMap<>();
        days.forEach((day, c) -> counts.put(day, new Count(c[0], c[1])));
        return counts;
    }

    private Map<String, Count> countBy(Function<Mention, String> key) {
        Map<String, Integer> mentionCounts = new TreeMap<>();
        Map<String, Set<Article>> articleSets = new TreeMap<>();
        for (Mention mention : mentions) {
            mentionCounts.merge(key.apply(mention), 1, Integer::sum);
            articleSets.computeIfAbsent(key.apply(mention), k -> new HashSet<>()).add(mention.article());
        }
        Map<String, Count> counts = new TreeMap<>();
        mentionCounts.forEach((k, m) -> counts.put(k, new Count(m, articleSets.get(k).size())));
        return counts;
    }
}
