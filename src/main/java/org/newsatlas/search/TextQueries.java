package org.newsatlas.search;

import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;

/**
 * What a person types in the search box, as a query over titles and texts. The syntax is
 * forgiving (it never fails): words must all occur, "quoted words" as a phrase, -word excludes,
 * a|b is either, word* is a prefix. English stemming lets "protest" find "protests".
 */
public final class TextQueries {

    private final Analyzer analyzer;

    public TextQueries() {
        this(new EnglishAnalyzer());
    }

    TextQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The query over an index field analysed with {@link #analyzer()}, or empty when the text holds
     * nothing searchable (only stop words or signs).
     */
    public Optional<Query> parse(String text, String field) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, field);
        parser.setDefaultOperator(Occur.MUST);
        return Optional.ofNullable(parser.parse(text));
    }
}
