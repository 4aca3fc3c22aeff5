package org.newsatlas.articles;

import java.util.List;
import org.newsatlas.places.PlacedMention;

/** An article with its mentions in text order. */
public record ArticleDocument(Article article, List<PlacedMention> mentions) {

    public ArticleDocument {
        mentions = List.copyOf(mentions);
    }
}
