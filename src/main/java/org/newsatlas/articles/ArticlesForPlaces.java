package org.newsatlas.articles;

import java.util.Collection;
import java.util.List;
import org.newsatlas.places.MentioningArticles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the places feature's questions about articles, so that it never reads the article table. */
@Component
@Transactional(readOnly = true)
class ArticlesForPlaces implements MentioningArticles {

    private final ArticleRepository articles;

    ArticlesForPlaces(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public List<Title> newestFirst(Collection<Long> articleIds) {
        return articles.titlesNewestFirst(articleIds);
    }

    @Override
    public String text(long articleId) {
        return articles.body(articleId);
    }
}
