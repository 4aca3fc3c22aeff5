package org.newsatlas.articles;

/** An article's id and text, for work that reads only the text (language detection). */
public record ArticleText(long id, String text) {
}
