package org.newsatlas.articles;

/** Published inside the writing transaction whenever what is stored about an article changes. */
public record ArticleChanged(long articleId, long revision) {
}
