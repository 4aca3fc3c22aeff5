package org.newsatlas.dashboard;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.newsatlas.gazetteer.PlaceKind;
import org.springframework.stereotype.Service;

/**
 * The counts beside the options of the filter bar: how many articles each source, language and kind
 * of place would keep under the rest of the filter. Each is one article count in the index (no
 * mention counting), so a few dozen sources cost a few dozen cheap counts.
 */
@Service
public class DashboardFacets {

    private final DashboardIndexer indexer;

    DashboardFacets(DashboardIndexer indexer) {
        this.indexer = indexer;
    }

    /** Every source with the articles it has under the filter, its own source condition left out. */
    public Map<String, Long> sources(DashboardFilter filter) {
        DashboardFilter others = withSources(filter, Set.of());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String source : indexer.index().terms(ArticleBlocks.SOURCE).keySet()) {
            counts.put(source, indexer.index().articleCount(withSources(others, Set.of(source))));
        }
        return counts;
    }

    /** Every language with the articles it has under the filter, its own language condition left out. */
    public Map<String, Long> languages(DashboardFilter filter) {
        DashboardFilter others = withLanguages(filter, Set.of());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String language : indexer.index().terms(ArticleBlocks.LANGUAGE).keySet()) {
            counts.put(language, indexer.index().articleCount(withLanguages(others, Set.of(language))));
        }
        return counts;
    }

    /** Every kind of place with the articles that mention one under the filter, its kind condition left out. */
    public Map<PlaceKind, Long> kinds(DashboardFilter filter) {
        Map<PlaceKind, Long> counts = new EnumMap<>(PlaceKind.class);
        for (PlaceKind kind : PlaceKind.values()) {
            counts.put(kind, indexer.index().articleCount(withKinds(filter, Set.of(kind))));
        }
        return counts;
    }

    private static DashboardFilter withSources(DashboardFilter f, Set<String> sources) {
        return new DashboardFilter(f.from(), f.to(), f.query(), f.countries(), f.kinds(), sources, f.placeId(),
                f.minConfidence(), f.languages());
    }

    private static DashboardFilter withLanguages(DashboardFilter f, Set<String> languages) {
        return new DashboardFilter(f.from(), f.to(), f.query(), f.countries(), f.kinds(), f.sources(), f.placeId(),
                f.minConfidence(), languages);
    }

    private static DashboardFilter withKinds(DashboardFilter f, Set<PlaceKind> kinds) {
        return new DashboardFilter(f.from(), f.to(), f.query(), f.countries(), kinds, f.sources(), f.placeId(),
                f.minConfidence(), f.languages());
    }
}
