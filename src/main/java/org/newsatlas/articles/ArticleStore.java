package org.newsatlas.articles;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the article table. Called inside the caller's transaction when there is one,
 * so that an article and what others store about it commit or roll back together.
 */
@Service
@Transactional
public class ArticleStore {

    private final ArticleRepository articles;

    ArticleStore(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The stored article with exactly this text, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Long> idOfText(String text) {
        return articles.idByContentHash(ContentHash.of(text));
    }

    /** Stores the article and returns its id; the text must not be stored yet. */
    public long add(NewArticle article) {
        return articles.insert(article, ContentHash.of(article.text()));
    }
}
