package org.newsatlas.articles;

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
    private final PlaceQueries places;

    ArticleQueries(ArticleRepository articles, PlaceQueries places) {
        this.articles = articles;
        this.places = places;
    }

    public Optional<ArticleDocument> document(long articleId) {
        return articles.findById(articleId).map(article -> new ArticleDocument(article, mentions(articleId)));
    }

    public long count() {
        return articles.count();
    }

    private List<PlacedMention> mentions(long articleId) {
        return places.mentionsIn(articleId);
    }
}
