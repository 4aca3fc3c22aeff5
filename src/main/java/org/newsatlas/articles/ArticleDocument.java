package org.newsatlas.articles;

import java.util.List;

/** An article with its mentions in text order. */
public record ArticleDocument(Article article, List<ArticleMention> mentions) {

    public ArticleDocument {
        mentions = List.copyOf(mentions);
    }
}
