package org.newsatlas.ingestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.articles.StoredTitle;
import org.newsatlas.places.MentionStore;
import org.newsatlas.places.RecordedMentions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Stores many parsed articles in one short transaction: a bulk import spends far less on
 * commits that way. The results come back only after the commit, so an article counted as added
 * is on disk. The same text twice in one batch is stored once.
 */
@Service
public class ArticleBatches {

    private final IngestionService ingestion;
    private final ArticleStore articles;
    private final MentionStore mentions;
    private final TransactionOperations transactions;

    ArticleBatches(IngestionService ingestion, ArticleStore articles, MentionStore mentions,
                   TransactionOperations transactions) {
        this.ingestion = ingestion;
        this.articles = articles;
        this.mentions = mentions;
        this.transactions = transactions;
    }

    /** One result per article, in the order given. */
    public List<IngestionResult> storeAll(List<PreparedArticle.Parsed> batch) {
        try {
            return transactions.execute(status -> {
                Map<String, IngestionResult> stored = new HashMap<>();
                List<IngestionResult> results = new ArrayList<>(batch.size());
                for (PreparedArticle.Parsed parsed : batch) {
                    String text = parsed.article().text();
                    IngestionResult earlier = stored.get(text);
                    if (earlier != null) {
                        results.add(new IngestionResult(earlier.articleId(), earlier.title(), true, 0, 0));
                        continue;
                    }
                    Optional<StoredTitle> existing = articles.withText(text);
                    IngestionResult result;
                    if (existing.isPresent()) {
                        result = IngestionService.duplicate(existing.get());
                    } else {
                        long id = articles.add(parsed.article());
                        RecordedMentions recorded = mentions.record(id, parsed.mentions());
                        result = new IngestionResult(id, parsed.article().title(), false, recorded.mentionCount(),
                                recorded.placeCount());
                    }
                    stored.put(text, result);
                    results.add(result);
                }
                return results;
            });
        } catch (DuplicateKeyException sameTextMeanwhile) {
            // someone else (the app, another import) stored one of these texts during the batch: the
            // batch rolled back whole, so each article goes again alone and finds its duplicate
            return batch.stream().map(ingestion::store).toList();
        }
    }
}
