package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.newsatlas.base.ui.Highlighted;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.dashboard.ArticleRow;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.dashboard.SentencePage;
import org.newsatlas.places.PlaceSentence;
import org.newsatlas.search.SearchHits;
import org.newsatlas.search.TextRange;

/**
 * The sentences that mention a place under the filter, a page of articles at a time, newest
 * first, each article's under its title, date and source. Each sentence is a link to its article
 * at that sentence (so it is reached and opened by keyboard like any link), with the place's
 * names and the search hits marked. Where corrections are offered, each marked name has a
 * "Correct" button beside its sentence (a button inside a link would be two controls in one).
 */
class SentenceCards extends Div {

    private final DashboardService dashboard;
    private final SearchHits hits;
    private final int articlesPerPage;
    /** Opens the correction of one mention; null where the page offers none. */
    private final LongConsumer correct;
    private final Div cards = new Div();
    private final Div pager = new Div();
    private long placeId;
    private DashboardFilter filter = DashboardFilter.NONE;
    private int page;

    SentenceCards(DashboardService dashboard, SearchHits hits, int articlesPerPage) {
        this(dashboard, hits, articlesPerPage, null);
    }

    SentenceCards(DashboardService dashboard, SearchHits hits, int articlesPerPage, LongConsumer correct) {
        this.correct = correct;
        this.dashboard = dashboard;
        this.hits = hits;
        this.articlesPerPage = articlesPerPage;
        addClassName("sentence-cards");
        cards.addClassName("place-sentences");
        pager.addClassName("pager");
        add(cards, pager);
    }

    void show(long place, DashboardFilter shown) {
        this.placeId = place;
        this.filter = shown;
        showPage(0);
    }

    private void showPage(int number) {
        page = number;
        SentencePage found = dashboard.placeSentences(placeId, filter, page * articlesPerPage, articlesPerPage);
        cards.removeAll();
        pager.removeAll();
        if (found.totalArticles() == 0) {
            cards.add(new Paragraph("No article under these filters mentions this place."));
            return;
        }
        Div group = null;
        long groupArticle = -1;
        for (SentencePage.Card card : found.cards()) {
            if (group == null || card.article().id() != groupArticle) {
                group = articleGroup(card.article());
                groupArticle = card.article().id();
                cards.add(group);
            }
            group.add(card(card));
        }
        long first = (long) page * articlesPerPage + 1;
        long last = Math.min(found.totalArticles(), first + articlesPerPage - 1);
        Span where = new Span("Articles %,d–%,d of %,d".formatted(first, last, found.totalArticles()));
        Button previous = new Button("Newer", click -> showPage(page - 1));
        Button next = new Button("Older", click -> showPage(page + 1));
        previous.setEnabled(page > 0);
        next.setEnabled(last < found.totalArticles());
        previous.addThemeVariants(ButtonVariant.LUMO_SMALL);
        next.addThemeVariants(ButtonVariant.LUMO_SMALL);
        previous.addClassName("newer-sentences");
        next.addClassName("older-sentences");
        pager.add(previous, where, next);
    }

    /** The sentences of one article under its title, date and source. */
    private static Div articleGroup(ArticleRow article) {
        Span title = new Span(article.title());
        title.addClassName("sentence-article");
        List<String> about = new ArrayList<>();
        about.add(article.day().toString());
        if (article.source() != null && !article.source().isBlank()) {
            about.add(article.source());
        }
        Span meta = new Span(String.join(" · ", about));
        meta.addClassName("sentence-meta");
        Div heading = new Div(title, meta);
        heading.addClassName("sentence-about");
        Div group = new Div(heading);
        group.addClassName("article-sentences");
        return group;
    }

    private Component card(SentencePage.Card card) {
        Anchor link = link(card);
        if (correct == null) {
            return link;
        }
        Div buttons = new Div();
        buttons.addClassName("correct-buttons");
        List<PlaceSentence.Highlight> names = card.sentence().highlights().stream()
                .filter(h -> h.mentionId() > 0).toList();
        for (PlaceSentence.Highlight name : names) {
            String surface = card.sentence().text().substring(name.start(), name.end());
            Button fix = new Button(names.size() == 1 ? "Correct" : "Correct “" + surface + "”",
                    click -> correct.accept(name.mentionId()));
            fix.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            fix.addClassName("correct-mention");
            fix.getElement().setAttribute("data-mention-id", String.valueOf(name.mentionId()));
            fix.getElement().setAttribute("aria-label", "Correct “" + surface + "” in “" + card.article().title() + "”");
            buttons.add(fix);
        }
        Div wrapper = new Div(link, buttons);
        wrapper.addClassName("sentence-card");
        return wrapper;
    }

    private Anchor link(SentencePage.Card card) {
        ArticleRow article = card.article();
        Anchor link = new Anchor(Navigation.articleHref(article.id(), card.sentence().sentenceStart(), filter.query()), "");
        link.addClassName("place-sentence");
        link.getElement().setAttribute("data-article-id", String.valueOf(article.id()));
        link.setTitle("Open “" + article.title() + "” at this sentence");
        String sentence = card.sentence().text();
        link.add(Highlighted.components(sentence, card.sentence().highlights().stream()
                .map(h -> new Highlighted.Range(h.start(), h.end())).toList(), searchHits(sentence)));
        return link;
    }

    private List<Highlighted.Range> searchHits(String text) {
        if (filter.query() == null) {
            return List.of();
        }
        List<TextRange> found = hits.find(text, filter.query());
        return found.stream().map(r -> new Highlighted.Range(r.start(), r.end())).toList();
    }
}
