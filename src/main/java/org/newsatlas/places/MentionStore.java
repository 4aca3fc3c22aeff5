package org.newsatlas.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way into the place and mention tables. Called inside the caller's transaction when
 * there is one, so that the mentions commit or roll back with their article.
 */
@Service
@Transactional
public class MentionStore {

    private final PlaceRepository places;
    private final MentionRepository mentions;
    private final TransactionTemplate savepoint;

    MentionStore(PlaceRepository places, MentionRepository mentions, PlatformTransactionManager transactions) {
        this.places = places;
        this.mentions = mentions;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Stores the mentions of an article, and each place the first time it is mentioned (with the
     * first-order division the mention names for it).
     */
    public RecordedMentions record(long articleId, List<NewMention> found) {
        Set<Long> geonameIds = new HashSet<>();
        found.stream().filter(mention -> mention.place() != null)
                .forEach(mention -> geonameIds.add(mention.place().geonameId()));
        Map<Long, Long> ids = places.idsByGeonameId(geonameIds);
        List<Long> placeIds = new ArrayList<>(found.size());
        for (NewMention mention : found) {
            placeIds.add(mention.place() == null ? null : ids.computeIfAbsent(mention.place().geonameId(),
                    geonameId -> idFor(mention.place(), mention.admin1Name())));
        }
        if (!found.isEmpty()) {
            mentions.insertAll(articleId, placeIds, found);
        }
        Set<Long> distinct = new HashSet<>(placeIds);
        distinct.remove(null);
        int onMap = (int) found.stream().filter(mention -> mention.place() != null).count();
        return new RecordedMentions(onMap, distinct.size());
    }

    /** Stores one mention (a reviewer's addition) and returns its id. */
    public long add(long articleId, NewMention mention) {
        long placeId = placeId(mention.place(), mention.admin1Name());
        return mentions.insertAll(articleId, java.util.Collections.singletonList(placeId), List.of(mention)).get(0);
    }

    /** Our id for a gazetteer entry, storing the place the first time it is met. */
    public long placeId(GazetteerEntry place, String admin1Name) {
        return places.find(place).orElseGet(() -> idFor(place, admin1Name));
    }

    /**
     * Our id for a place not stored when the article's transaction looked, storing it now. Two
     * articles may store the same new place at the same moment: the loser's insert fails on the unique key inside a savepoint (so
     * its own transaction lives on, in PostgreSQL too) and it takes the winner's row.
     */
    private long idFor(GazetteerEntry place, String admin1Name) {
        try {
            return savepoint.execute(status -> places.insert(place, admin1Name));
        } catch (DuplicateKeyException storedMeanwhile) {
            return places.find(place).orElseThrow(() -> storedMeanwhile);
        }
    }
}
