package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.dashboard.MapPlace;
import org.newsatlas.dashboard.PlaceDetail;
import org.newsatlas.places.StoredPlace;
import org.newsatlas.search.SearchHits;

/**
 * The selected place: what and where it is, its counts under the filter, links to its page and
 * to "only this place", and the sentences that mention it, a page of articles at a time, each
 * name with a "Correct" button.
 */
class PlacePanel extends Div {

    static final int ARTICLES_PER_PAGE = 10;

    private final DashboardService dashboard;
    private final LongConsumer onlyThisPlace;
    private final SentenceCards sentences;

    /** @param correct opens the correction of a mention, by its id */
    PlacePanel(DashboardService dashboard, SearchHits hits, LongConsumer onlyThisPlace, LongConsumer correct) {
        this.dashboard = dashboard;
        this.onlyThisPlace = onlyThisPlace;
        this.sentences = new SentenceCards(dashboard, hits, ARTICLES_PER_PAGE, correct);
        addClassName("place-panel");
        showHint();
    }

    private void showHint() {
        removeAll();
        add(new Paragraph("Choose a place on the map or in the places table to read the sentences that mention it."));
    }

    void show(DashboardState state) {
        Optional<PlaceDetail> detail = state.selected() == null ? Optional.empty()
                : dashboard.place(state.selected(), state.filter());
        if (detail.isEmpty()) {
            showHint();
            return;
        }
        removeAll();
        MapPlace counted = detail.get().place();
        StoredPlace place = counted.place();
        Div heading = new Div();
        heading.addClassName("place-heading");
        Paragraph kind = new Paragraph(PlaceWords.description(place));
        kind.addClassName("place-kind");
        Paragraph where = new Paragraph(PlaceWords.coordinates(place.latitude(), place.longitude()));
        where.addClassName("place-coordinates");
        Paragraph counts = new Paragraph(counted.mentions() == 0 ? "Not mentioned in the articles these filters keep."
                : PlaceWords.count(counted.mentions(), "mention") + " in " + PlaceWords.count(counted.articles(), "article")
                + (Filters.conditions(state.filter()) > 0 ? " under these filters" : ""));
        counts.addClassName("place-counts");
        heading.add(new H2(place.name()), kind, where, counts, links(place, state));
        sentences.show(place.id(), state.filter());
        add(heading, sentences);
    }

    private Div links(StoredPlace place, DashboardState state) {
        Anchor page = new Anchor(Navigation.placeHref(place.id(), state.filterQuery()), "Place page");
        page.addClassName("place-page-link");
        Div links = new Div(page);
        links.addClassName("place-links");
        if (!Long.valueOf(place.id()).equals(state.filter().placeId())) {
            Button only = new Button("Only articles that mention " + place.name(), VaadinIcon.FILTER.create(),
                    click -> onlyThisPlace.accept(place.id()));
            only.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            only.addClassName("only-this-place");
            links.add(only);
        }
        return links;
    }
}
