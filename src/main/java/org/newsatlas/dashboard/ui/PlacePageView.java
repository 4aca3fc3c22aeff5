package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.base.ui.MainLayout;
import org.newsatlas.base.ui.MissingPage;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.dashboard.BucketSize;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.dashboard.FilterParameters;
import org.newsatlas.dashboard.FilterParameters.BadFilter;
import org.newsatlas.dashboard.PlaceDetail;
import org.newsatlas.map.MapProperties;
import org.newsatlas.search.SearchHits;

/**
 * One place: what and where it is, on a small map; the articles that mention it over time; the
 * sentences of its articles, a page at a time; and the places most often mentioned in the same
 * articles. The page keeps the dashboard's filter parameters, and its links carry them on.
 */
@PermitAll
@Route(value = Navigation.PLACE_PAGE, layout = MainLayout.class)
public class PlacePageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int ARTICLES_PER_PAGE = 10;

    private final DashboardService dashboard;
    private final PlaceFacts facts;
    private final TimelinePanel timeline;
    private final SentenceCards sentences;
    private final Div coMentions = new Div();
    private final Paragraph problem = new Paragraph();
    private long placeId;
    private DashboardFilter filter = DashboardFilter.NONE;
    private BucketSize bucket;
    private String title = "Place";

    PlacePageView(DashboardService dashboard, SearchHits hits, MapProperties mapProperties) {
        this.dashboard = dashboard;
        this.facts = new PlaceFacts(mapProperties);
        this.timeline = new TimelinePanel("Articles that mention it, over time", false,
                (from, to) -> go(filter.withDates(from, to), bucket), width -> go(filter, width));
        this.sentences = new SentenceCards(dashboard, hits, ARTICLES_PER_PAGE);
        addClassName("place-page");
        problem.addClassName("filter-problem");
        coMentions.addClassName("co-mentions");
        Div left = new Div(facts, section("Mentioned in the same articles", coMentions));
        left.addClassName("place-page-facts");
        Div right = new Div(timeline, section("Sentences", sentences));
        right.addClassName("place-page-mentions");
        Div columns = new Div(left, right);
        columns.addClassName("place-page-columns");
        add(problem, columns);
    }

    private static Div section(String heading, Div content) {
        Div section = new Div(new H2(heading), content);
        section.addClassName("place-page-section");
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(Navigation.PLACE_ID).orElse("");
        try {
            placeId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new MissingPage("Place not found", "“" + id + "” is not a place id: place ids are numbers.");
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        try {
            filter = FilterParameters.parse(parameters);
            problem.setVisible(false);
        } catch (BadFilter bad) {
            filter = DashboardFilter.NONE;
            problem.setText("This link holds a filter that cannot be used: " + bad.getMessage() + " Showing every article.");
            problem.setVisible(true);
        }
        bucket = parameters.getOrDefault(DashboardState.BUCKET, List.of()).stream().findFirst()
                .flatMap(BucketSize::fromKey).orElse(null);
        PlaceDetail detail = dashboard.place(placeId, filter)
                .orElseThrow(() -> new MissingPage("Place not found", "There is no place with id " + placeId + "."));
        show(detail);
    }

    private void show(PlaceDetail detail) {
        title = detail.place().place().name();
        QueryParameters filterQuery = new QueryParameters(FilterParameters.of(filter));
        facts.show(detail.place(), filter, dashboardLink());
        timeline.show(dashboard.timeline(filter.withDates(null, null).withPlace(placeId), BucketSize.DAY), bucket,
                filter.from(), filter.to());
        sentences.show(placeId, filter);
        coMentions.removeAll();
        if (detail.coMentions().isEmpty()) {
            coMentions.add(new Paragraph("No other place is mentioned in its articles under these filters."));
        }
        for (PlaceDetail.CoMention other : detail.coMentions()) {
            Anchor link = new Anchor(Navigation.placeHref(other.id(), filterQuery), other.name());
            String country = other.countryCode() == null ? "" : dashboard.countryName(other.countryCode());
            Paragraph row = new Paragraph(link, new Text(
                    (country.isBlank() || country.equals(other.name()) ? "" : ", " + country) + " · "
                            + PlaceWords.count(other.articles(), "article")));
            row.addClassName("co-mention");
            coMentions.add(row);
        }
    }

    private String dashboardLink() {
        Map<String, List<String>> query = new LinkedHashMap<>(FilterParameters.of(filter));
        query.put(Navigation.SELECTED, List.of(String.valueOf(placeId)));
        return Navigation.mapHref(new QueryParameters(query));
    }

    private void go(DashboardFilter newFilter, BucketSize newBucket) {
        Map<String, List<String>> query = new LinkedHashMap<>(FilterParameters.of(newFilter));
        if (newBucket != null) {
            query.put(DashboardState.BUCKET, List.of(newBucket.key()));
        }
        Navigation.openPlace(placeId, new QueryParameters(query));
    }

    @Override
    public String getPageTitle() {
        return title + " · NewsAtlas";
    }

    TimelinePanel timeline() {
        return timeline;
    }

    SentenceCards sentences() {
        return sentences;
    }
}
