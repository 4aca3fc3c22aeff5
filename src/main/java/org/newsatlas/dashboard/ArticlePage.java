package org.newsatlas.dashboard;

import java.util.List;

/** A page of the article list, newest first, and how many articles the filter keeps in all. */
public record ArticlePage(long total, List<ArticleRow> items) {

    public ArticlePage {
        items = List.copyOf(items);
    }
}
