package org.newsatlas.ingestion;

import java.util.List;
import org.newsatlas.articles.NewArticle;
import org.newsatlas.articles.StoredTitle;
import org.newsatlas.places.NewMention;

/**
 * A checked article on its way in: either its text is stored already, or it has been read for
 * places and waits to be stored. Geoparsing happens while preparing, so storing is quick.
 */
public sealed interface PreparedArticle {

    /** The same text is stored already; nothing more to do. */
    record AlreadyStored(StoredTitle stored) implements PreparedArticle {
    }

    /** Read for places, not stored yet. */
    record Parsed(NewArticle article, List<NewMention> mentions) implements PreparedArticle {
    }
}
