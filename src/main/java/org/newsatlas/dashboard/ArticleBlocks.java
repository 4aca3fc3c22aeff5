package org.newsatlas.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/**
 * An article and its mentions as one Lucene block: the mention documents first, the article
 * document last (what Lucene's block joins expect). Every document of the block carries the
 * article key, so that one term replaces or deletes the whole block.
 */
final class ArticleBlocks {

    static final String KEY = "article_key";
    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String MENTION = "mention";

    // article fields
    static final String ID = "id";
    static final String DAY = "day";
    static final String SOURCE = "source";
    static final String LANGUAGE = "language";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String PUBLISHED = "published";
    static final String PLACE_COUNT = "place_count";
    static final String MENTION_COUNT = "mention_count";

    // mention fields
    static final String MENTION_ID = "mention_id";
    static final String PLACE = "place";
    static final String COUNTRY = "country";
    static final String KIND = "kind";
    static final String CONFIDENCE = "confidence";
    /** 1 for a mention whose reading is in doubt, else 0; absent in an index written before it existed. */
    static final String DOUBTFUL = "doubtful";

    private ArticleBlocks() {
    }

    static Term key(long articleId) {
        return new Term(KEY, Long.toString(articleId));
    }

    static List<Document> block(IndexedArticle article) {
        List<Document> block = new ArrayList<>(article.mentions().size() + 1);
        String key = Long.toString(article.id());
        for (IndexedMention mention : article.mentions()) {
            Document doc = new Document();
            doc.add(new StringField(KEY, key, Field.Store.NO));
            doc.add(new StringField(TYPE, MENTION, Field.Store.NO));
            doc.add(new NumericDocValuesField(MENTION_ID, mention.mentionId()));
            doc.add(new NumericDocValuesField(PLACE, mention.placeId()));
            doc.add(new LongPoint(PLACE, mention.placeId()));
            doc.add(new NumericDocValuesField(COUNTRY, CountryCodes.pack(mention.countryCode())));
            doc.add(new StringField(COUNTRY, CountryCodes.normalize(mention.countryCode()), Field.Store.NO));
            doc.add(new StringField(KIND, mention.kind().key(), Field.Store.NO));
            doc.add(new DoublePoint(CONFIDENCE, mention.confidence()));
            doc.add(new NumericDocValuesField(DOUBTFUL, mention.doubtful() ? 1 : 0));
            block.add(doc);
        }
        Document doc = new Document();
        doc.add(new StringField(KEY, key, Field.Store.NO));
        doc.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, article.id()));
        doc.add(new StoredField(ID, article.id()));
        int day = (int) article.day().toEpochDay();
        doc.add(new IntPoint(DAY, day));
        doc.add(new NumericDocValuesField(DAY, day));
        doc.add(new StoredField(DAY, day));
        if (article.source() != null && !article.source().isBlank()) {
            doc.add(new StringField(SOURCE, article.source(), Field.Store.YES));
        }
        if (article.language() != null && !article.language().isBlank()) {
            doc.add(new StringField(LANGUAGE, article.language().toLowerCase(Locale.ROOT), Field.Store.YES));
        }
        doc.add(new TextField(TEXT, article.title() + "\n" + article.text(), Field.Store.NO));
        doc.add(new StoredField(TITLE, article.title()));
        if (article.publishedAt() != null) {
            doc.add(new StoredField(PUBLISHED, article.publishedAt().toString()));
        }
        doc.add(new StoredField(PLACE_COUNT, article.placeCount()));
        doc.add(new StoredField(MENTION_COUNT, article.mentions().size()));
        block.add(doc);
        return block;
    }
}
