package org.newsatlas.articles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.places.PlacedMention;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the reader and the article API read; the mentions come from the places feature. */
@Service
@Transactional(readOnly = true)
public class ArticleQueries {

    private final ArticleRepository articles;
    private final ArticleChanges changes;
    private final PlaceQueries places;

    ArticleQueries(ArticleRepository articles, ArticleChanges changes, PlaceQueries places) {
        this.articles = articles;
        this.changes = changes;
        this.places = places;
    }

    public Optional<ArticleDocument> document(long articleId) {
        return articles.findById(articleId).map(article -> new ArticleDocument(article, mentions(articleId)));
    }

    public long count() {
        return articles.count();
    }

    /** Articles that changed after {@code revision}, oldest change first, at most {@code limit}. */
    public List<ArticleChange> changesSince(long revision, int limit) {
        return changes.since(revision, limit);
    }

    /** The revision of the latest change. */
    public long latestRevision() {
        return changes.latest();
    }

    /** The stored articles among these ids (deleted ones are simply absent). */
    public List<Article> articles(Collection<Long> ids) {
        return articles.findAll(ids);
    }

    /** The ids of the articles from this source. */
    public List<Long> idsWithSource(String source) {
        return articles.idsWithSource(source);
    }

    public Optional<Article> article(long articleId) {
        return articles.findById(articleId);
    }

    private List<PlacedMention> mentions(long articleId) {
        return places.mentionsIn(articleId);
    }
}
