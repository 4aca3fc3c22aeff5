package org.newsatlas.dashboard;

import java.util.List;

/** One place under the current filter, and the places most often mentioned in the same articles. */
public record PlaceDetail(MapPlace place, List<CoMention> coMentions) {

    public PlaceDetail {
        coMentions = List.copyOf(coMentions);
    }

    /** Another place and in how many of this place's articles it is mentioned too. */
    public record CoMention(long id, String name, String countryCode, int articles) {
    }
}
