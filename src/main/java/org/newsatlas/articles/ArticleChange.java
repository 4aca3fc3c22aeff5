package org.newsatlas.articles;

/** An article changed (or was deleted) at this revision. */
public record ArticleChange(long articleId, long revision) {
}
