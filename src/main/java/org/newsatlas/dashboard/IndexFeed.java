package org.newsatlas.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.articles.Article;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.gazetteer.PlaceKind;
import org.newsatlas.places.IndexableMention;
import org.newsatlas.places.PlaceRecords;
import org.springframework.stereotype.Component;

/** Reads changed articles and their mentions from the database, in the shape the index holds. */
@Component
class IndexFeed {

    private final ArticleQueries articles;
    private final PlaceRecords places;

    IndexFeed(ArticleQueries articles, PlaceRecords places) {
        this.articles = articles;
        this.places = places;
    }

    /** The stored state of these articles; an id that is not among them was deleted. */
    List<IndexedArticle> load(Collection<Long> ids) {
        Map<Long, List<IndexedMention>> mentions = new HashMap<>();
        for (IndexableMention m : places.mentionsOf(ids)) {
            mentions.computeIfAbsent(m.articleId(), id -> new ArrayList<>()).add(new IndexedMention(
                    m.mentionId(), m.placeId(), m.countryCode(), PlaceKind.of(m.featureClass(), m.featureCode()),
                    m.confidence(), m.doubtful()));
        }
        List<IndexedArticle> found = new ArrayList<>();
        for (Article article : articles.articles(ids)) {
            found.add(new IndexedArticle(article.id(), article.title(), article.text(), article.source(), article.language(),
                    article.publishedAt(), day(article), mentions.getOrDefault(article.id(), List.of())));
        }
        return found;
    }

    /** The day an article counts at: its published day, else the day it was added (UTC). */
    static LocalDate day(Article article) {
        return (article.publishedAt() != null ? article.publishedAt() : article.ingestedAt())
                .atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
