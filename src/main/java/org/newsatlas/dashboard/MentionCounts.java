package org.newsatlas.dashboard;

import java.util.List;

/** Everything counted in one pass over the mentions a filter keeps. */
public record MentionCounts(List<PlaceCount> places, List<CountryCount> countries, Totals totals) {

    public MentionCounts {
        places = List.copyOf(places);
        countries = List.copyOf(countries);
    }
}
