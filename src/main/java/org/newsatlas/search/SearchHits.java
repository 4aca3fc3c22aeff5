package org.newsatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Where a search query matches in one text, for marking the hits in the reader. The text is
 * analysed as the index analyses it (so "protests" is a hit for "protest"); a phrase is a hit only
 * where its words stand in a row; excluded words (-word) are never marked.
 */
public final class SearchHits {

    /** Any field name: the hits are found in the text given, not in an index. */
    private static final String FIELD = "text";

    private final TextQueries queries;

    public SearchHits(TextQueries queries) {
        this.queries = queries;
    }

    public List<TextRange> find(String text, String query) {
        if (text == null || query == null || query.isBlank()) {
            return List.of();
        }
        Wanted wanted = new Wanted();
        queries.parse(query, FIELD).ifPresent(parsed -> parsed.visit(wanted));
        List<Token> tokens = tokens(text);
        List<TextRange> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (wanted.terms.contains(token.term) || wanted.prefixes.stream().anyMatch(p -> runs(p, token.term))) {
                hits.add(new TextRange(token.start, token.end));
            }
            for (Term[] phrase : wanted.phrases) {
                if (phraseAt(tokens, i, phrase)) {
                    hits.add(new TextRange(token.start, tokens.get(i + phrase.length - 1).end));
                }
            }
        }
        return merged(hits);
    }

    private static boolean phraseAt(List<Token> tokens, int from, Term[] phrase) {
        if (from + phrase.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens.get(from + k).term.equals(phrase[k].bytes())) {
                return false;
            }
        }
        return true;
    }

    private static boolean runs(ByteRunAutomaton automaton, BytesRef term) {
        return automaton.run(term.bytes, term.offset, term.length);
    }

    private record Token(BytesRef term, int start, int end) {
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = queries.analyzer().tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(new BytesRef(term), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return tokens;
    }

    /** Sorted, overlapping ranges joined: what the reader marks. */
    private static List<TextRange> merged(List<TextRange> hits) {
        hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        List<TextRange> merged = new ArrayList<>();
        for (TextRange hit : hits) {
            TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && hit.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), hit.end())));
            } else {
                merged.add(hit);
            }
        }
        return merged;
    }

    /** The words, phrases and prefixes a query looks for, leaving out what it excludes. */
    private static final class Wanted extends QueryVisitor {
        final Set<BytesRef> terms = new HashSet<>();
        final List<Term[]> phrases = new ArrayList<>();
        final List<ByteRunAutomaton> prefixes = new ArrayList<>();

        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }

        @Override
        public void consumeTerms(Query query, Term... found) {
            if (query instanceof PhraseQuery && found.length > 1) {
                phrases.add(found);
            } else {
                for (Term term : found) {
                    terms.add(term.bytes());
                }
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            prefixes.add(automaton.get());
        }
    }
}
