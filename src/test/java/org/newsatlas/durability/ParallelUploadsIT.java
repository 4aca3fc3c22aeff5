package org.newsatlas.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ArticleChange;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.articles.NewArticle;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionResult;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.places.MentionStore;
import org.newsatlas.places.NewMention;
import org.newsatlas.places.PlaceRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionOperations;

@NewsAtlasTest
class ParallelUploadsIT {

    @Autowired
    IngestionService ingestion;

    @Autowired
    ArticleQueries articles;

    @Autowired
    PlaceRecords places;

    @Autowired
    ArticleStore store;

    @Autowired
    MentionStore mentions;

    @Autowired
    TransactionOperations transactions;

    @Test
    void ten_identical_uploads_at_once_store_one_article_and_call_the_rest_duplicates_with_its_title() throws Exception {
        String text = "Envoys met in Sirte on Tuesday. " + System.nanoTime();
        List<IngestionResult> results = all(10, n -> () -> ingestion.ingest(
                new ArticleSubmission("Title " + n, text, null, null)));

        assertThat(results).filteredOn(r -> !r.duplicate()).hasSize(1);
        IngestionResult stored = results.stream().filter(r -> !r.duplicate()).findFirst().orElseThrow();
        assertThat(results).allSatisfy(r -> {
            assertThat(r.articleId()).isEqualTo(stored.articleId());
            assertThat(r.title()).isEqualTo(stored.title());
        });
    }

    @Test
    void fifty_different_uploads_at_once_all_land() throws Exception {
        long before = articles.count();
        List<IngestionResult> results = all(50, n -> () -> ingestion.ingest(new ArticleSubmission("Parallel " + n,
                "Talks in Morocco and Algeria, round " + n + " of " + System.nanoTime() + ".", null, null)));

        assertThat(results).noneMatch(IngestionResult::duplicate);
        assertThat(articles.count()).isEqualTo(before + 50);
    }

    @Test
    void uploads_at_once_take_one_revision_each_from_the_change_log_and_none_is_lost() throws Exception {
        long before = articles.latestRevision();
        List<IngestionResult> results = all(20, n -> () -> ingestion.ingest(new ArticleSubmission("Revision " + n,
                "Rain fell on Tunisia, day " + n + " of " + System.nanoTime() + ".", null, null)));

        // the counter row is locked by each writer until it commits: a lost update would hand out a revision twice
        List<ArticleChange> changes = articles.changesSince(before, 100);
        assertThat(changes).extracting(ArticleChange::articleId)
                .containsExactlyInAnyOrderElementsOf(results.stream().map(IngestionResult::articleId).toList());
        assertThat(changes).extracting(ArticleChange::revision)
                .containsExactlyElementsOf(LongStream.rangeClosed(before + 1, before + 20).boxed().toList());
        assertThat(articles.latestRevision()).isEqualTo(before + 20);
    }

    @Test
    void articles_that_store_the_same_new_place_at_once_share_one_row_of_it() throws Exception {
        long geonameId = 900_000_000L + System.nanoTime() % 1_000_000;
        GazetteerEntry newPlace = new GazetteerEntry(geonameId, "Newtown " + geonameId, "Newtown", List.of(), 10, 20,
                "P", "PPL", "LY", "77", "", 1000);
        String name = newPlace.name();
        List<Long> articleIds = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            articleIds.add(store.add(new NewArticle("Newtown " + n, name + " grew. " + n + " " + geonameId, null,
                    null, Instant.now())));
        }
        // recording mentions takes no article lock: ten transactions meet the new place at once
        List<Long> placeIds = all(10, n -> () -> transactions.execute(status -> {
            List<NewMention> found = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                found.add(new NewMention(k == 0 ? newPlace : neighbour(newPlace, k), "", 0, name.length(), name, 0,
                        name.length(), 0.9));
            }
            mentions.record(articleIds.get(n), found);
            return articleIds.get(n);
        })).stream().map(articleId -> articles.document(articleId).orElseThrow().mentions().get(0).placeId()).toList();

        assertThat(places.placesAfter(0)).filteredOn(p -> p.geonameId() == geonameId).hasSize(1);
        assertThat(placeIds).containsOnly(placeIds.get(0));
    }

    /** Another new place, so that the transactions overlap long enough to meet. */
    private static GazetteerEntry neighbour(GazetteerEntry place, int k) {
        return new GazetteerEntry(place.geonameId() + k * 1_000_000L, place.name() + " " + k, place.name(), List.of(),
                10, 20 + k * 0.01, "P", "PPL", "LY", "77", "", 1000);
    }

    /** Runs the tasks at the same moment on as many threads, and returns their results. */
    private static <T> List<T> all(int count, IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                Callable<T> each = task.apply(n);
                futures.add(pool.submit(() -> {
                    start.await();
                    return each.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
