package org.newsatlas.dashboard;

import java.util.List;
import org.newsatlas.places.PlaceSentence;

/**
 * A page of the sentences that mention a place: the articles of one page of the article list
 * (newest first, under the filter), each with its sentences about the place.
 */
public record SentencePage(long totalArticles, List<Card> cards) {

    public SentencePage {
        cards = List.copyOf(cards);
    }

    /** One sentence with the article it comes from (title, date, source). */
    public record Card(ArticleRow article, PlaceSentence sentence) {
    }
}
