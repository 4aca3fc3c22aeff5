package org.newsatlas.places;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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

    /** Stores the mentions of an article, and each place the first time it is mentioned. */
    public RecordedMentions record(long articleId, List<NewMention> found) {
        Set<Long> placeIds = new HashSet<>();
        for (NewMention mention : found) {
            long placeId = idFor(mention.place());
            mentions.insert(articleId, placeId, mention);
            placeIds.add(placeId);
        }
        return new RecordedMentions(found.size(), placeIds.size());
    }

    /**
     * Our id for the place, storing it first if it is new. Two articles may store the same new
     * place at the same moment: the loser's insert fails on the unique key inside a savepoint (so
     * its own transaction lives on, in PostgreSQL too) and it takes the winner's row.
     */
    private long idFor(GazetteerEntry place) {
        Optional<Long> stored = places.find(place);
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            return savepoint.execute(status -> places.insert(place));
        } catch (DuplicateKeyException storedMeanwhile) {
            return places.find(place).orElseThrow(() -> storedMeanwhile);
        }
    }
}
