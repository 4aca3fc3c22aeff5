package org.newsatlas.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * Stores the mentions of an article, and each place the first time it is mentioned (with the
     * first-order division the mention names for it).
     */
    public RecordedMentions record(long articleId, List<NewMention> found) {
        Set<Long> geonameIds = new HashSet<>();
        found.forEach(mention -> geonameIds.add(mention.place().geonameId()));
        Map<Long, Long> ids = places.idsByGeonameId(geonameIds);
        List<Long> placeIds = new ArrayList<>(found.size());
        for (NewMention mention : found) {
            placeIds.add(ids.computeIfAbsent(mention.place().geonameId(),
                    geonameId -> places.insert(mention.place(), mention.admin1Name())));
        }
        if (!found.isEmpty()) {
            mentions.insertAll(articleId, placeIds, found);
        }
        return new RecordedMentions(found.size(), new HashSet<>(placeIds).size());
    }
}
