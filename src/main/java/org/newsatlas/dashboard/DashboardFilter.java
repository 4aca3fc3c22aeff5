package org.newsatlas.dashboard;

import java.time.LocalDate;
import java.util.Set;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * What a person narrows the dashboard to. Article conditions (dates, text, source, language, one
 * place) choose articles; mention conditions (country, kind of place, confidence) choose the
 * mentions counted in them, and an article counts only while one of its mentions does. Empty sets
 * and nulls mean "no condition".
 *
 * @param from      first day, inclusive; an article without a published date counts at its ingest day
 * @param to        last day, inclusive
 * @param query     full-text search over titles and texts (words, "phrases", -exclusions)
 * @param placeId   only articles that mention this place
 */
public record DashboardFilter(
        LocalDate from,
        LocalDate to,
        String query,
        Set<String> countries,
        Set<PlaceKind> kinds,
        Set<String> sources,
        Long placeId,
        Double minConfidence,
        Set<String> languages) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, Set.of(), Set.of(), Set.of(),
            null, null, Set.of());

    public DashboardFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        countries = Set.copyOf(countries == null ? Set.of() : countries);
        kinds = Set.copyOf(kinds == null ? Set.of() : kinds);
        sources = Set.copyOf(sources == null ? Set.of() : sources);
        languages = Set.copyOf(languages == null ? Set.of() : languages);
        minConfidence = minConfidence == null || minConfidence <= 0 ? null : minConfidence;
    }

    /** Conditions on single mentions: country, kind of place, confidence. */
    public boolean hasMentionConditions() {
        return !countries.isEmpty() || !kinds.isEmpty() || minConfidence != null;
    }

    /** Conditions on whole articles: dates, text, source, language, one place. */
    public boolean hasArticleConditions() {
        return from != null || to != null || query != null || !sources.isEmpty() || !languages.isEmpty()
                || placeId != null;
    }

    public DashboardFilter withPlace(Long place) {
        return new DashboardFilter(from, to, query, countries, kinds, sources, place, minConfidence, languages);
    }

    public DashboardFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new DashboardFilter(newFrom, newTo, query, countries, kinds, sources, placeId, minConfidence, languages);
    }
}
