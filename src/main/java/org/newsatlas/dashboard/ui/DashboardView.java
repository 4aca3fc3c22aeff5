package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.newsatlas.base.ui.ArticleAddedObserver;
import org.newsatlas.base.ui.ArticleArrivals;
import org.newsatlas.base.ui.MainLayout;
import org.newsatlas.base.ui.MentionTools;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.dashboard.ArticleRow;
import org.newsatlas.dashboard.BucketSize;
import org.newsatlas.dashboard.DashboardFacets;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.dashboard.FilterParameters.BadFilter;
import org.newsatlas.map.MapMode;
import org.newsatlas.map.MapProperties;
import org.newsatlas.map.MapViewport;
import org.newsatlas.search.SearchHits;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The start page: filters, totals, the map, the timeline, and beside them the selected place, the
 * places table and the article list. The URL is the state: every control asks for a new address
 * (a history entry; map moves replace the current one), and the view shows whatever address it is
 * given, so that Back, Forward and a shared link all land on the same view.
 */
@PermitAll
@Route(value = Navigation.MAP, layout = MainLayout.class)
@PageTitle("NewsAtlas")
public class DashboardView extends Div implements BeforeEnterObserver, ArticleAddedObserver {

    private final DashboardParts parts;
    private final ArticleArrivals arrivals;
    private DashboardState state;
    private Registration following;

    DashboardView(DashboardService dashboard, DashboardFacets facets, SearchHits hits, MapProperties mapProperties,
                  ArticleArrivals arrivals, ObjectProvider<MentionTools> mentionTools) {
        this.arrivals = arrivals;
        addClassName("dashboard");
        parts = new DashboardParts(dashboard, facets, hits, mapProperties, new DashboardParts.Actions() {
            @Override
            public void filter(DashboardFilter filter) {
                go(state.withFilter(filter));
            }

            @Override
            public void select(long placeId) {
                go(state.withSelected(placeId));
                parts.revealTabsOnPhone();
            }

            @Override
            public void onlyPlace(long placeId) {
                go(state.withFilter(state.filter().withPlace(placeId)));
            }

            @Override
            public void open(ArticleRow article) {
                Navigation.openArticle(article.id(), null, state.filter().query());
            }

            @Override
            public void dates(LocalDate from, LocalDate to) {
                go(state.withFilter(state.filter().withDates(from, to)));
            }

            @Override
            public void tab(DashboardTab tab) {
                go(state.withTab(tab));
            }

            @Override
            public void mode(MapMode mode) {
                go(state.withMode(mode));
            }

            @Override
            public void width(BucketSize width) {
                go(state.withBucket(width));
            }

            @Override
            public void addCountry(String countryCode) {
                Set<String> countries = new LinkedHashSet<>(state.filter().countries());
                countries.add(countryCode);
                go(state.withFilter(Filters.withCountries(state.filter(), countries)));
            }

            @Override
            public void correct(long mentionId) {
                MentionTools tools = mentionTools.getIfAvailable();
                if (tools != null) {
                    // the map, the lists and the counts as stored after each change; the dialog stays for undo
                    CorrectionDialog.open(tools.panel(mentionId, () -> show(state, true)));
                }
            }

            @Override
            public void moved(MapViewport viewport) {
                state = state.withViewport(viewport);
                replaceAddress();
            }
        });
        add(parts.layout());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardState next;
        try {
            next = DashboardState.parse(event.getLocation().getQueryParameters().getParameters());
            parts.problem(null);
        } catch (BadFilter bad) {
            next = DashboardState.START;
            parts.problem("This link holds a filter the dashboard cannot use: " + bad.getMessage()
                    + " Showing every article instead.");
        }
        show(next, false);
    }

    /** Articles a background import stores reach the open map (the import throttles how often). */
    @Override
    protected void onAttach(AttachEvent attach) {
        following = arrivals.follow(attach.getUI(), this);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (following != null) {
            following.remove();
        }
    }

    @Override
    public void articleAdded() {
        show(state, true);
    }

    /** Shows a state, redrawing only what changed. */
    private void show(DashboardState next, boolean reload) {
        DashboardState previous = state;
        state = next;
        boolean filterChanged = reload || previous == null || !previous.filter().equals(next.filter());
        if (filterChanged) {
            parts.showFilter(next);
        }
        if (filterChanged || previous.bucket() != next.bucket()) {
            parts.showTimeline(next);
        }
        if (filterChanged || !Objects.equals(previous.selected(), next.selected())) {
            parts.showSelected(next);
        }
        if (previous == null || !Objects.equals(previous.viewport(), next.viewport())) {
            parts.map().setViewport(next.viewport());
        }
        parts.showMode(next.mode());
        parts.tabs().show(next.shownTab());
    }

    /** A new history entry for the state, shown through {@link #beforeEnter} like any address. */
    private void go(DashboardState next) {
        if (!next.equals(state)) {
            UI.getCurrent().navigate(DashboardView.class, next.query());
        }
    }

    /** The address follows the map without a history entry of its own. */
    private void replaceAddress() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(Navigation.mapHref(state.query())));
    }

    DashboardParts parts() {
        return parts;
    }

    DashboardState state() {
        return state;
    }
}
