package org.newsatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.gazetteer.PlaceKind;
import org.newsatlas.search.TextQueries;

class DashboardIndexTest {

    // places: 1 Tripoli (LY city), 2 Libya (LY country), 3 Paris (FR city), 4 Texas (US admin1)
    static final IndexedMention TRIPOLI = mention(1, "LY", PlaceKind.CITY, 0.9);
    static final IndexedMention LIBYA = mention(2, "LY", PlaceKind.COUNTRY, 0.95);
    static final IndexedMention PARIS_DOUBTFUL = mention(3, "FR", PlaceKind.CITY, 0.3);
    static final IndexedMention TEXAS = mention(4, "US", PlaceKind.ADMIN1, 0.8);

    private DashboardIndex index;
    private long nextMentionId = 100;

    @BeforeEach
    void fill() throws Exception {
        index = DashboardIndex.inMemory(new TextQueries());
        index.apply(List.of(
                article(1, "Talks in Tripoli", "Ceasefire talks opened in Tripoli, Libya.", "Reuters",
                        LocalDate.of(2024, 3, 4), TRIPOLI, TRIPOLI, LIBYA),
                article(2, "Paris reacts", "Paris welcomed the ceasefire in Libya.", "AFP",
                        LocalDate.of(2024, 3, 20), PARIS_DOUBTFUL, LIBYA),
                article(3, "Storms in Texas", "Storms hit Texas overnight.", "AP",
                        LocalDate.of(2024, 5, 2), TEXAS),
                article(4, "Markets", "Markets were calm on Monday.", "AP", LocalDate.of(2024, 5, 3))),
                List.of(), 4);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void without_a_filter_every_mention_and_article_counts() {
        MentionCounts counts = index.counts(DashboardFilter.NONE);
        assertThat(counts.totals()).isEqualTo(new Totals(4, 6, 4));
        assertThat(byPlace(counts)).containsEntry(1L, new PlaceCount(1, 2, 1)).containsEntry(2L, new PlaceCount(2, 2, 2));
        assertThat(counts.countries()).contains(new CountryCount("LY", 4, 2), new CountryCount("US", 1, 1));
    }

    @Test
    void a_place_counts_its_doubtful_mentions_under_the_filter_while_a_certain_place_counts_none() {
        IndexedMention doubtfulSirte = new IndexedMention(0, 5, "LY", PlaceKind.CITY, 0.4, true);
        index.apply(List.of(article(5, "Sirte", "Sirte, Sirte and Tripoli.", "AFP", LocalDate.of(2024, 6, 1),
                doubtfulSirte, doubtfulSirte, TRIPOLI)), List.of(), 5);

        Map<Long, PlaceCount> all = byPlace(index.counts(DashboardFilter.NONE));
        assertThat(all.get(5L)).isEqualTo(new PlaceCount(5, 2, 1, 2));
        assertThat(all.get(1L)).isEqualTo(new PlaceCount(1, 3, 2, 0));
        // the doubt follows the filter: a minimum confidence drops the doubtful mentions with their place
        assertThat(byPlace(index.counts(filter().minConfidence(0.5).build()))).doesNotContainKey(5L).containsKey(1L);
    }

    @Test
    void a_country_keeps_its_mentions_and_only_the_articles_that_have_one() {
        MentionCounts counts = index.counts(filter().countries(Set.of("LY")).build());
        assertThat(byPlace(counts).keySet()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(counts.totals()).isEqualTo(new Totals(2, 4, 2));
        assertThat(ids(index.articles(filter().countries(Set.of("LY")).build(), 0, 10))).containsExactly(2L, 1L);
    }

    @Test
    void a_kind_of_place_keeps_only_mentions_of_that_kind() {
        MentionCounts counts = index.counts(filter().kinds(Set.of(PlaceKind.COUNTRY)).build());
        assertThat(byPlace(counts).keySet()).containsExactly(2L);
        assertThat(index.counts(filter().kinds(Set.of(PlaceKind.ADMIN1, PlaceKind.CITY)).build()).totals().places())
                .isEqualTo(3);
    }

    @Test
    void a_minimum_confidence_drops_the_doubtful_mentions_but_not_their_articles_other_mentions() {
        MentionCounts counts = index.counts(filter().minConfidence(0.5).build());
        assertThat(byPlace(counts)).doesNotContainKey(3L).containsKey(2L);
        assertThat(index.counts(filter().minConfidence(0.2).build()).totals().places()).isEqualTo(4);
        assertThat(counts.totals().articles()).isEqualTo(3);
    }

    @Test
    void a_date_range_is_inclusive_at_both_ends() {
        DashboardFilter march = filter().dates(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 20)).build();
        assertThat(ids(index.articles(march, 0, 10))).containsExactly(2L, 1L);
        DashboardFilter inside = filter().dates(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 19)).build();
        assertThat(index.articleCount(inside)).isZero();
    }

    @Test
    void text_search_finds_words_stems_and_phrases() {
        assertThat(ids(index.articles(filter().query("ceasefire").build(), 0, 10))).containsExactly(2L, 1L);
        assertThat(ids(index.articles(filter().query("storm").build(), 0, 10))).containsExactly(3L);
        assertThat(ids(index.articles(filter().query("\"talks opened\"").build(), 0, 10))).containsExactly(1L);
        assertThat(ids(index.articles(filter().query("\"opened talks\"").build(), 0, 10))).isEmpty();
        assertThat(ids(index.articles(filter().query("ceasefire -paris").build(), 0, 10))).containsExactly(1L);
    }

    @Test
    void a_place_keeps_the_articles_that_mention_it_with_all_their_places() {
        MentionCounts counts = index.counts(filter().place(3L).build());
        assertThat(byPlace(counts).keySet()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(byPlace(counts).get(2L).articles()).isEqualTo(1);
    }

    @Test
    void sources_and_conditions_combine() {
        DashboardFilter ap = filter().sources(Set.of("AP")).build();
        assertThat(ids(index.articles(ap, 0, 10))).containsExactly(4L, 3L);
        DashboardFilter apInLibya = filter().sources(Set.of("AP")).countries(Set.of("LY")).build();
        assertThat(index.articleCount(apInLibya)).isZero();
        assertThat(index.articleCount(filter().sources(Set.of("AP", "AFP")).build())).isEqualTo(3);
    }

    @Test
    void an_article_without_places_is_listed_until_a_mention_condition_is_set() {
        assertThat(ids(index.articles(DashboardFilter.NONE, 0, 10))).contains(4L);
        assertThat(ids(index.articles(filter().minConfidence(0.1).build(), 0, 10))).doesNotContain(4L).contains(3L);
    }

    @Test
    void the_article_list_is_newest_first_and_pages() {
        ArticlePage first = index.articles(DashboardFilter.NONE, 0, 2);
        assertThat(first.total()).isEqualTo(4);
        assertThat(ids(first)).containsExactly(4L, 3L);
        assertThat(ids(index.articles(DashboardFilter.NONE, 2, 2))).containsExactly(2L, 1L);
        ArticleRow row = first.items().get(1);
        assertThat(row.title()).isEqualTo("Storms in Texas");
        assertThat(row.source()).isEqualTo("AP");
        assertThat(row.placeCount()).isEqualTo(1);
        assertThat(index.articles(DashboardFilter.NONE, 3, 2).items().get(0).mentionCount()).isEqualTo(3);
    }

    @Test
    void the_timeline_counts_per_month_and_fills_empty_months() {
        List<TimeBucket> months = index.timeline(DashboardFilter.NONE, BucketSize.MONTH);
        assertThat(months).containsExactly(
                new TimeBucket(LocalDate.of(2024, 3, 1), 2, 5),
                new TimeBucket(LocalDate.of(2024, 4, 1), 0, 0),
                new TimeBucket(LocalDate.of(2024, 5, 1), 2, 1));
        List<TimeBucket> weeks = index.timeline(filter().countries(Set.of("US")).build(), BucketSize.WEEK);
        assertThat(weeks).containsExactly(new TimeBucket(LocalDate.of(2024, 4, 29), 1, 1));
    }

    @Test
    void a_replaced_article_counts_once_with_its_new_mentions_and_a_deleted_one_not_at_all() {
        index.apply(List.of(article(1, "Talks in Tripoli", "Talks.", "Reuters", LocalDate.of(2024, 3, 4), LIBYA)),
                List.of(3L), 5);
        MentionCounts counts = index.counts(DashboardFilter.NONE);
        assertThat(counts.totals()).isEqualTo(new Totals(3, 3, 2));
        assertThat(index.articleIds()).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(index.mentionIds(filter().countries(Set.of("FR")).build())).hasSize(1);
    }

    @Test
    void an_index_written_before_mentions_carried_their_doubt_is_known_as_outdated(@TempDir Path folder)
            throws Exception {
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(folder);
             org.apache.lucene.index.IndexWriter earlier = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            earlier.setLiveCommitData(Map.of("revision", "3").entrySet());
            earlier.commit();
        }
        try (DashboardIndex reopened = DashboardIndex.open(folder, new TextQueries())) {
            assertThat(reopened.appliedRevision()).isEqualTo(3);
            assertThat(reopened.outdatedLayout()).isTrue();
            reopened.clear();
            assertThat(reopened.outdatedLayout()).isFalse();
        }
    }

    @Test
    void an_index_written_now_is_of_the_current_layout_after_a_restart(@TempDir Path folder) throws Exception {
        try (DashboardIndex onDisk = DashboardIndex.open(folder, new TextQueries())) {
            assertThat(onDisk.outdatedLayout()).isFalse();
            onDisk.apply(List.of(article(9, "T", "Tripoli.", null, LocalDate.of(2024, 1, 1), TRIPOLI)), List.of(), 7);
            onDisk.commit();
        }
        try (DashboardIndex reopened = DashboardIndex.open(folder, new TextQueries())) {
            assertThat(reopened.appliedRevision()).isEqualTo(7);
            assertThat(reopened.outdatedLayout()).isFalse();
        }
    }

    @Test
    void the_revision_survives_a_restart_once_committed(@TempDir Path folder) throws Exception {
        try (DashboardIndex onDisk = DashboardIndex.open(folder, new TextQueries())) {
            onDisk.apply(List.of(article(9, "T", "Tripoli.", null, LocalDate.of(2024, 1, 1), TRIPOLI)), List.of(), 7);
            onDisk.commit();
            onDisk.apply(List.of(article(10, "U", "Libya.", null, LocalDate.of(2024, 1, 2), LIBYA)), List.of(), 8);
        }
        try (DashboardIndex reopened = DashboardIndex.open(folder, new TextQueries())) {
            assertThat(reopened.appliedRevision()).isEqualTo(8);
            assertThat(reopened.articleIds()).containsExactlyInAnyOrder(9L, 10L);
        }
    }

    private IndexedArticle article(long id, String title, String text, String source, LocalDate day,
                                   IndexedMention... mentions) {
        List<IndexedMention> withIds = java.util.Arrays.stream(mentions)
                .map(m -> new IndexedMention(nextMentionId++, m.placeId(), m.countryCode(), m.kind(), m.confidence(),
                        m.doubtful()))
                .toList();
        return new IndexedArticle(id, title, text, source, "en", Instant.parse(day + "T10:00:00Z"), day, withIds);
    }

    private static IndexedMention mention(long place, String country, PlaceKind kind, double confidence) {
        return new IndexedMention(0, place, country, kind, confidence);
    }

    private static Map<Long, PlaceCount> byPlace(MentionCounts counts) {
        return counts.places().stream().collect(Collectors.toMap(PlaceCount::placeId, c -> c));
    }

    private static List<Long> ids(ArticlePage page) {
        return page.items().stream().map(ArticleRow::id).toList();
    }

    private static FilterBuilder filter() {
        return new FilterBuilder();
    }
}
