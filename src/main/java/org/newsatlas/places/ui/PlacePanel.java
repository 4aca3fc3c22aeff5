package org.newsatlas.places.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.newsatlas.base.ui.Highlighted;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.places.PlaceSentence;
import org.newsatlas.places.PlaceSummary;

/** The side panel: one place and every sentence that mentions it; a sentence opens its article. */
class PlacePanel extends Div {

    private final PlaceQueries places;

    PlacePanel(PlaceQueries places) {
        this.places = places;
        addClassName("place-panel");
        showHint();
    }

    void showHint() {
        removeAll();
        add(new Paragraph("Click a marker to see the sentences that mention the place."));
    }

    void show(long placeId) {
        removeAll();
        PlaceSummary place = places.place(placeId).orElse(null);
        if (place == null) {
            showHint();
            return;
        }
        add(heading(place));
        List<PlaceSentence> sentences = places.sentences(placeId);
        Div list = new Div();
        list.addClassName("place-sentences");
        sentences.forEach(sentence -> list.add(sentence(sentence)));
        add(list);
    }

    private static Div heading(PlaceSummary place) {
        Div heading = new Div();
        heading.addClassName("place-heading");
        H2 name = new H2(place.name());
        Paragraph kind = new Paragraph(place.description());
        kind.addClassName("place-kind");
        Paragraph where = new Paragraph(coordinates(place.latitude(), place.longitude()));
        where.addClassName("place-coordinates");
        Paragraph counts = new Paragraph("%d mention%s in %d article%s".formatted(
                place.mentionCount(), place.mentionCount() == 1 ? "" : "s",
                place.articleCount(), place.articleCount() == 1 ? "" : "s"));
        counts.addClassName("place-counts");
        heading.add(name, kind, where, counts);
        return heading;
    }

    private static Div sentence(PlaceSentence sentence) {
        Div item = new Div();
        item.addClassName("place-sentence");
        item.getElement().setAttribute("data-article-id", String.valueOf(sentence.articleId()));
        item.getElement().setAttribute("title", "Open the article at this sentence");
        H3 title = new H3(sentence.articleTitle());
        title.addClassName("sentence-article");
        Span text = new Span();
        text.addClassName("sentence-text");
        text.add(Highlighted.components(sentence.text(), sentence.highlights().stream()
                .map(h -> new Highlighted.Range(h.start(), h.end())).toList()));
        item.add(text, title);
        item.addClickListener(click -> Navigation.openArticle(sentence.articleId(), sentence.sentenceStart()));
        return item;
    }

    static String coordinates(double lat, double lon) {
        return String.format(Locale.ROOT, "%.4f° %s, %.4f° %s",
                Math.abs(lat), lat >= 0 ? "N" : "S", Math.abs(lon), lon >= 0 ? "E" : "W");
    }
}
