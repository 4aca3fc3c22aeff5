package org.newsatlas.articles.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.articles.ArticleDocument;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.base.ui.Highlighted;
import org.newsatlas.base.ui.LanguageNames;
import org.newsatlas.base.ui.MainLayout;
import org.newsatlas.base.ui.MentionTools;
import org.newsatlas.base.ui.MissingPage;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.map.MapProperties;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.search.SearchHits;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The article reader: the full text with every place name marked, the places beside it on a
 * small map and in a list. {@code ?sentence=START} scrolls to and marks that sentence;
 * {@code ?q=} marks the hits of that search, apart from the names.
 */
@PermitAll
// the corrections panel comes through a Spring bean, which the production bundle's scan cannot see
@Uses(ComboBox.class)
@Uses(Select.class)
@Route(value = Navigation.ARTICLE, layout = MainLayout.class)
public class ArticleReaderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleQueries articles;
    private final PlaceQueries places;
    private final MapProperties mapProperties;
    private final SearchHits searchHits;
    private final ObjectProvider<MentionTools> mentionTools;
    private final ArticleEditing editing;
    private final Div toolsSlot = new Div();
    private ArticleBody body;
    private ReaderSidebar sidebar;
    private SelectionBar selection;
    private String title = "NewsAtlas";
    private long articleId;
    private String search;

    ArticleReaderView(ArticleQueries articles, PlaceQueries places, MapProperties mapProperties, SearchHits searchHits,
                      ObjectProvider<MentionTools> mentionTools, ArticleEditing editing) {
        this.mentionTools = mentionTools;
        this.editing = editing;
        toolsSlot.addClassName("mention-tools-slot");
        this.articles = articles;
        this.places = places;
        this.mapProperties = mapProperties;
        this.searchHits = searchHits;
        addClassName("reader-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        toolsSlot.removeAll();
        String id = event.getRouteParameters().get(Navigation.ARTICLE_ID).orElse("");
        try {
            articleId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new MissingPage("Article not found", "“" + id + "” is not an article id: article ids are numbers.");
        }
        ArticleDocument document = articles.document(articleId).orElseThrow(() ->
                new MissingPage("Article not found", "There is no article with id " + articleId + "."));
        Integer sentence = event.getLocation().getQueryParameters().getSingleParameter(Navigation.SENTENCE)
                .flatMap(ArticleReaderView::integer).orElse(null);
        search = event.getLocation().getQueryParameters().getSingleParameter(Navigation.SEARCH)
                .filter(q -> !q.isBlank()).orElse(null);
        show(document, sentence);
    }

    private void show(ArticleDocument document, Integer focusedSentence) {
        title = document.article().title();
        String text = document.article().text();
        List<Highlighted.Range> hits = searchHits.find(text, search).stream()
                .map(hit -> new Highlighted.Range(hit.start(), hit.end())).toList();
        Anchor back = new Anchor(Navigation.mapHref(QueryParameters.empty()), "← Back to the dashboard");
        back.addClassName("back-to-dashboard");
        H1 heading = new H1(title);
        heading.addClassName("article-title");
        body = new ArticleBody(text, document.mentions(), hits, focusedSentence, this::selectPlace, this::focusSentence,
                mention -> openTools(mention.id()));
        Div main = new Div(back, heading, meta(document, hits.size()));
        languageNote(document.article().language()).ifPresent(main::add);
        main.add(editing.actions(document.article(), this::redraw));
        // after the text, which it watches for selections to add as places
        selection = new SelectionBar(() -> new SelectionBar.Shown(document.article().id(), text, document.mentions()),
                () -> Optional.ofNullable(mentionTools.getIfAvailable()), this::redraw);
        main.add(toolsSlot, body, selection);
        main.addClassName("article-main");
        sidebar = new ReaderSidebar(places.placesOfArticle(document.article().id()), mapProperties, this::selectPlace);
        add(main, sidebar);
        body.scrollToFocusedSentence();
    }

    private Paragraph meta(ArticleDocument document, int hitCount) {
        List<String> parts = new ArrayList<>();
        if (document.article().publishedAt() != null) {
            parts.add(DateTimeFormatter.ISO_LOCAL_DATE.format(document.article().publishedAt().atOffset(ZoneOffset.UTC)));
        } else {
            parts.add("no published date");
        }
        if (document.article().source() != null && !document.article().source().isBlank()) {
            parts.add(document.article().source());
        }
        parts.add(LanguageNames.of(document.article().language()));
        int mentions = document.mentions().size();
        parts.add(mentions == 0 ? "no place mentions" : mentions + " place mention" + (mentions == 1 ? "" : "s"));
        if (search != null) {
            parts.add(hitCount + " hit" + (hitCount == 1 ? "" : "s") + " for “" + search + "”");
        }
        Paragraph meta = new Paragraph(String.join(" · ", parts));
        meta.addClassName("article-meta");
        return meta;
    }

    /** Non-English articles are geoparsed too, with English models: the reader says so. */
    private static Optional<Paragraph> languageNote(String language) {
        if (language == null || language.equals("en")) {
            return Optional.empty();
        }
        Paragraph note = new Paragraph((language.equals("und") ? "The language of this article could not be told. "
                : "This article is in " + LanguageNames.of(language).replaceAll(" \\(.*\\)$", "") + ". ")
                + "Its places were read with English language models: English is what the geoparser knows best, "
                + "so places may be missed or misread.");
        note.addClassName("language-note");
        return Optional.of(note);
    }

    /** Opens the tools for one mention (the corrections panel) above the text. */
    private void openTools(long mentionId) {
        MentionTools tools = mentionTools.getIfAvailable();
        toolsSlot.removeAll();
        if (tools != null) {
            toolsSlot.add(tools.panel(mentionId, this::redraw));
        }
    }

    /** After a correction: the text, its marks, the map and the list as stored now; the panel stays as it is. */
    private void redraw() {
        removeAll();
        articles.document(articleId).ifPresentOrElse(document -> show(document, null),
                () -> UI.getCurrent().navigate(Navigation.mapHref(QueryParameters.empty())));
    }

    /** Selects a place everywhere: on the small map, in the list and among the marks. */
    void selectPlace(long placeId) {
        sidebar.select(placeId);
        body.highlightPlace(placeId);
    }

    /** Marks a sentence and puts it in the address, so that the link leads back to it. */
    private void focusSentence(int start) {
        body.focusSentence(start);
        String query = Navigation.articleHref(articleId, start, search);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(query));
    }

    ReaderSidebar sidebar() {
        return sidebar;
    }

    SelectionBar selection() {
        return selection;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Optional<Integer> integer(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
