package org.newsatlas.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the place and mention tables. Called inside the caller's transaction when
 * there is one, so that the mentions commit or roll back with their article.
 */
@Service
@Transactional
public class MentionStore {

    private final PlaceRepository places;
    private final MentionRepository mentions;

    MentionStore(PlaceRepository places, MentionRepository mentions) {
        this.places = places;
        this.mentions = mentions;
    }

    /** Stores the mentions of an article, and each place the first time it is mentioned. */
    public RecordedMentions record(long articleId, List<NewMention> found) {
        Set<Long> placeIds = new HashSet<>();
        for (NewMention mention : found) {
            long placeId = places.idFor(mention.place());
            mentions.insert(articleId, placeId, mention);
            placeIds.add(placeId);
        }
        return new RecordedMentions(found.size(), placeIds.size());
    }
}
