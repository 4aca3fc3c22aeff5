package org.newsatlas.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsatlas.gazetteer.CountryNames;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.places.StoredPlace;
import org.newsatlas.search.SearchHits;
import org.newsatlas.search.TextQueries;
import org.newsatlas.search.TextRange;
import org.springframework.stereotype.Service;

/**
 * The numbers behind the dashboard: what the map, the tables, the timeline and the totals show for
 * a filter. Counting happens in the index; the same filter asked for again (the map, the tables and
 * the totals all ask) is answered from a small cache until the index changes.
 */
@Service
public class DashboardService {

    /** How many places a place page lists as mentioned in the same articles. */
    static final int CO_MENTIONS = 20;

    private final DashboardIndexer indexer;
    private final PlaceDirectory places;
    private final PlaceQueries sentences;
    private final MentionEdits mentions;
    private final SearchHits hits = new SearchHits(new TextQueries());
    private final CountryNames countryNames = CountryNames.bundled();
    private final int cacheSize;
    private final Map<CacheKey, MentionCounts> cache;

    DashboardService(DashboardIndexer indexer, PlaceDirectory places, PlaceQueries sentences, MentionEdits mentions,
                     DashboardProperties properties) {
        this.mentions = mentions;
        this.indexer = indexer;
        this.places = places;
        this.sentences = sentences;
        this.cacheSize = Math.max(0, properties.cacheSize());
        this.cache = new LinkedHashMap<>(cacheSize + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<CacheKey, MentionCounts> eldest) {
                return size() > cacheSize;
            }
        };
    }

    private record CacheKey(DashboardFilter filter, long version) {
    }

    private MentionCounts counts(DashboardFilter filter) {
        CacheKey key = new CacheKey(filter, indexer.index().version());
        synchronized (cache) {
            MentionCounts cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        MentionCounts counts = indexer.index().counts(filter);
        synchronized (cache) {
            cache.put(key, counts);
        }
        return counts;
    }

    /** Every place mentioned under the filter, most mentioned first. */
    public List<MapPlace> places(DashboardFilter filter) {
        return counts(filter).places().stream()
                .map(this::mapPlace)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(MapPlace::mentions).reversed()
                        .thenComparing(p -> p.place().name()))
                .toList();
    }

    public Totals totals(DashboardFilter filter) {
        return counts(filter).totals();
    }

    /** Countries by the mentions of their places under the filter, most first. */
    public List<CountryRow> countries(DashboardFilter filter) {
        return counts(filter).countries().stream()
                .filter(c -> !c.countryCode().isEmpty())
                .map(c -> new CountryRow(c.countryCode(), countryNames.name(c.countryCode()), c.mentions(), c.articles()))
                .sorted(Comparator.comparingInt(CountryRow::mentions).reversed().thenComparing(CountryRow::name))
                .toList();
    }

    public List<TimeBucket> timeline(DashboardFilter filter, BucketSize size) {
        return indexer.index().timeline(filter, size);
    }

    /** Articles under the filter, newest first. */
    public ArticlePage articles(DashboardFilter filter, int offset, int limit) {
        return indexer.index().articles(filter, offset, limit);
    }

    /** A place's counts under the filter, and the places its articles mention most often besides it. */
    public Optional<PlaceDetail> place(long placeId, DashboardFilter filter) {
        Optional<StoredPlace> stored = places.get(placeId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        MentionCounts around = counts(filter.withPlace(placeId));
        PlaceCount own = around.places().stream().filter(c -> c.placeId() == placeId).findFirst()
                .orElse(new PlaceCount(placeId, 0, 0));
        List<PlaceDetail.CoMention> coMentions = around.places().stream()
                .filter(c -> c.placeId() != placeId)
                .sorted(Comparator.comparingInt(PlaceCount::articles).reversed()
                        .thenComparing(Comparator.comparingInt(PlaceCount::mentions).reversed()))
                .limit(CO_MENTIONS)
                .map(c -> places.get(c.placeId())
                        .map(p -> new PlaceDetail.CoMention(p.id(), p.name(), p.countryCode(), c.articles())))
                .flatMap(Optional::stream)
                .toList();
        return Optional.of(new PlaceDetail(new MapPlace(stored.get(), own.mentions(), own.articles(), own.doubtful()), coMentions));
    }

    /**
     * The sentences that mention a place, for one page of its articles under the filter (newest
     * first): {@code offset} and {@code limit} count articles, not sentences.
     */
    public SentencePage placeSentences(long placeId, DashboardFilter filter, int offset, int limit) {
        ArticlePage page = articles(filter.withPlace(placeId), offset, limit);
        Map<Long, ArticleRow> rows = new LinkedHashMap<>();
        page.items().forEach(row -> rows.put(row.id(), row));
        List<SentencePage.Card> cards = sentences.sentencesIn(placeId, List.copyOf(rows.keySet())).stream()
                .map(sentence -> new SentencePage.Card(rows.get(sentence.articleId()), sentence))
                .toList();
        return new SentencePage(page.total(), cards);
    }

    /** Where a search query matches in a text (words, stems, phrases), as char ranges: for the reader. */
    public List<TextRange> searchHits(String text, String query) {
        return hits.find(text, query);
    }

    public Optional<StoredPlace> storedPlace(long placeId) {
        return places.get(placeId);
    }

    /** How many of the geoparser's readings reviewers changed (corrected or not a place), in all articles. */
    public long changedReadings() {
        return mentions.changedReadings();
    }

    /** The mentions the filter keeps, article by article: for exports. */
    public List<Long> mentionIds(DashboardFilter filter) {
        return indexer.index().mentionIds(filter);
    }

    /** Every source with how many articles come from it. */
    public Map<String, Integer> sources() {
        return indexer.index().terms(ArticleBlocks.SOURCE);
    }

    public String countryName(String countryCode) {
        return countryNames.name(countryCode);
    }

    /** Changes the index has yet to take in (after a restart, or during a long import). */
    public long pendingChanges() {
        return indexer.pendingChanges();
    }

    private Optional<MapPlace> mapPlace(PlaceCount count) {
        return places.get(count.placeId()).filter(Objects::nonNull)
                .map(place -> new MapPlace(place, count.mentions(), count.articles(), count.doubtful()));
    }
}
