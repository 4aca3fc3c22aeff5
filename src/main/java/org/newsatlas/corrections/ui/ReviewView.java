package org.newsatlas.corrections.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.base.ui.MainLayout;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.corrections.ReviewItem;
import org.newsatlas.corrections.ReviewPage;
import org.newsatlas.corrections.ReviewQueue;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.FilterParameters;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.MentionFacts;
import org.newsatlas.places.PlaceRecords;
import org.newsatlas.security.Permissions;

/**
 * The review queue ({@code /review}, with the dashboard's filter parameters): the names that most
 * need a look, one at a time, worked by keyboard or mouse. Everyone may look through it; only
 * editors (everyone, with logins off) may decide.
 */
@PermitAll
@PageTitle("Review queue · NewsAtlas")
@CssImport("./styles/review.css")
@Route(value = Navigation.REVIEW, layout = MainLayout.class)
public class ReviewView extends Div implements BeforeEnterObserver {

    /** Items loaded at once: more than a person reviews in a sitting, few enough to hold. */
    static final int LOADED = 500;

    private final ReviewQueue queue;
    private final ReviewDecisions decisions;
    private final MentionEdits mentions;
    private final PlaceRecords places;
    private final ArticleQueries articles;
    private final boolean mayWrite;
    private final Paragraph status = new Paragraph();
    private ReviewSession session = new ReviewSession(List.of(), 0);
    private QueryParameters filter = QueryParameters.empty();

    ReviewView(ReviewQueue queue, ReviewDecisions decisions, MentionEdits mentions, PlaceRecords places,
               ArticleQueries articles, Permissions permissions) {
        this.queue = queue;
        this.decisions = decisions;
        this.mentions = mentions;
        this.places = places;
        this.articles = articles;
        this.mayWrite = permissions.mayWrite();
        addClassName("review-view");
        status.addClassName("review-status");
        status.getElement().setAttribute("role", "status");
        ComponentUtil.addListener(this, ReviewKeys.KeyEvent.class, event -> press(event.key()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        status.setText("");
        QueryParameters query = event.getLocation().getQueryParameters();
        try {
            DashboardFilter parsed = FilterParameters.parse(query.getParameters());
            filter = new QueryParameters(FilterParameters.of(parsed));
            ReviewPage page = queue.queue(parsed, LOADED);
            session = new ReviewSession(page.items(), page.total());
        } catch (FilterParameters.BadFilter bad) {
            filter = QueryParameters.empty();
            session = new ReviewSession(List.of(), 0);
            status.setText("This filter cannot be read: " + bad.getMessage());
        }
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ReviewKeys.install(this);
    }

    ReviewSession session() {
        return session;
    }

    /** One path for keys and buttons. */
    void press(String key) {
        Optional<ReviewItem> item = session.current();
        if (item.isEmpty()) {
            return;
        }
        switch (key) {
            case "j", "ArrowDown" -> {
                session.next();
                status.setText(session.position() == session.loaded() - 1 ? "This is the last item." : "");
            }
            case "k", "ArrowUp" -> {
                session.previous();
                status.setText(session.position() == 0 ? "This is the first item." : "");
            }
            case "o" -> {
                int sentence = mentions.mention(item.get().mentionId()).map(MentionFacts::sentenceStart).orElse(0);
                Navigation.openArticle(item.get().articleId(), sentence);
                return;
            }
            default -> {
                if (!mayWrite) {
                    status.setText("Only editors can decide; j and k still move through the queue.");
                    return;
                }
                status.setText(decisions.decide(key, item.get(), session));
            }
        }
        render();
    }

    private void render() {
        removeAll();
        H1 heading = new H1("Review queue");
        add(heading);
        if (!filter.getParameters().isEmpty()) {
            add(ReviewParts.filterLine(filter));
        }
        add(ReviewParts.progress(session.reviewed(), session.total()));
        session.current().filter(item -> session.open() > 0).ifPresentOrElse(item -> {
            Paragraph position = new Paragraph("Item " + (session.position() + 1) + " of " + session.loaded()
                    + (session.loaded() < session.total() ? " loaded (the first " + LOADED + ")" : ""));
            position.addClassName("review-position");
            add(position, ReviewCard.of(facts(item), this::press));
        }, () -> add(ReviewParts.empty(!filter.getParameters().isEmpty(), session.reviewed() > 0)));
        add(status, ReviewParts.legend(mayWrite));
    }

    private ReviewCard.Facts facts(ReviewItem item) {
        Optional<MentionFacts> current = mentions.mention(item.mentionId());
        String text = articles.article(item.articleId()).map(a -> a.text()).orElse("");
        int from = current.map(MentionFacts::sentenceStart).filter(s -> s <= text.length()).orElse(0);
        int to = current.map(MentionFacts::sentenceEnd).filter(e -> from <= e && e <= text.length()).orElse(from);
        String reading = current.map(MentionFacts::placeId)
                .flatMap(placeId -> places.places(List.of(placeId)).stream().findFirst())
                .map(place -> place.name() + ", " + place.description()).orElse("not a place");
        return new ReviewCard.Facts(item, current, text.substring(from, to), from, reading,
                mentions.alternatives(item.mentionId()), session.outcome(item), mayWrite);
    }
}
