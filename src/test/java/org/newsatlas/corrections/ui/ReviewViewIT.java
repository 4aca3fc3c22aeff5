package org.newsatlas.corrections.ui;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.corrections.ReviewItem;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.places.Alternative;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.MentionFacts;
import org.newsatlas.places.MentionStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** The review queue worked by keys and buttons, each test on articles of its own source. */
@NewsAtlasTest
class ReviewViewIT extends KaribuSupport {

    @Autowired
    IngestionService ingestion;

    @Autowired
    MentionEdits mentions;

    @Autowired
    ArticleStore articles;

    private final List<Long> stored = new ArrayList<>();

    /** The context's database is shared: decisions left behind would show in other tests' totals. */
    @AfterEach
    void deleteStoredArticles() {
        stored.forEach(articles::delete);
    }

    @Test
    void j_and_k_and_the_arrow_keys_move_through_the_queue() {
        String source = store("Keys Wire", "Ships left Tripoli for Egypt at dawn.", "Tunisia and Algeria met.");
        ReviewView view = open(source);
        assertThat(view.session().loaded()).isEqualTo(4);
        String first = view.session().current().orElseThrow().name();

        key(view, "j");
        assertThat(view.session().position()).isEqualTo(1);
        key(view, "ArrowDown");
        assertThat(view.session().position()).isEqualTo(2);
        assertThat(heading()).doesNotContain("“" + first + "”");
        key(view, "k");
        key(view, "ArrowUp");
        assertThat(view.session().position()).isZero();
        assertThat(heading()).contains("“" + first + "”");
    }

    @Test
    void one_picks_the_first_reading_for_every_mention_of_the_name_in_the_article_and_moves_on() {
        String source = store("Pick Wire", "Ships left Tripoli for Egypt at dawn. Tripoli answered.");
        ReviewView view = open(source);
        ReviewItem tripoli = view.session().current().orElseThrow();
        assertThat(tripoli.name()).isEqualTo("Tripoli");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("review-confidence")).getText())
                .contains("uncertain: two readings close");
        Alternative first = mentions.alternatives(tripoli.mentionId()).get(0);
        assertThat(progress()).isEqualTo("0 of 2 reviewed this session");

        key(view, "1");

        assertThat(named(tripoli.articleId(), "Tripoli")).hasSize(2).allSatisfy(m -> {
            assertThat(m.geonameId()).isEqualTo(first.geonameid());
            assertThat(m.status()).isEqualTo(MentionStatus.CONFIRMED);
        });
        assertThat(view.session().current().orElseThrow().name()).isEqualTo("Egypt");
        assertThat(progress()).isEqualTo("1 of 2 reviewed this session");
        assertThat(_get(Div.class, spec -> spec.withClasses("review-progress-bar")).getElement()
                .getAttribute("aria-valuenow")).isEqualTo("1");
    }

    @Test
    void x_c_and_u_decide_and_undo_and_the_progress_follows() {
        String source = store("Decide Wire", "Tunisia and Algeria met.");
        ReviewView view = open(source);
        ReviewItem notAPlace = view.session().current().orElseThrow();

        key(view, "x");
        ReviewItem confirmed = view.session().current().orElseThrow();
        key(view, "c");

        assertThat(named(notAPlace.articleId(), notAPlace.name())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MentionStatus.NOT_A_PLACE));
        assertThat(named(confirmed.articleId(), confirmed.name())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MentionStatus.CONFIRMED));
        assertThat(progress()).isEqualTo("2 of 2 reviewed this session");

        key(view, "u");

        assertThat(named(confirmed.articleId(), confirmed.name())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MentionStatus.AUTO));
        assertThat(view.session().current().orElseThrow()).isEqualTo(confirmed);
        assertThat(progress()).isEqualTo("1 of 2 reviewed this session");
    }

    @Test
    void the_buttons_do_what_the_keys_do() {
        String source = store("Button Wire", "Ships left Tripoli for Egypt at dawn.");
        ReviewView view = open(source);
        ReviewItem tripoli = view.session().current().orElseThrow();

        _click(_get(Button.class, spec -> spec.withClasses("review-pick").withText(
                _find(Button.class, s -> s.withClasses("review-pick")).get(1).getText())));

        assertThat(named(tripoli.articleId(), "Tripoli")).singleElement()
                .satisfies(m -> assertThat(m.geonameId()).isEqualTo(266826L));
        assertThat(progress()).isEqualTo("1 of 2 reviewed this session");
    }

    @Test
    void an_empty_queue_says_so_and_what_to_do_next() {
        String source = store("Empty Wire", "Egypt replied.");
        ReviewView view = open(source);
        assertThat(_find(H2.class, spec -> spec.withText("Nothing to review"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("review-card"))).hasSize(1);

        key(view, "r");

        assertThat(_get(H2.class, spec -> spec.withText("Nothing to review"))).isNotNull();
        assertThat(_get(Div.class, spec -> spec.withClasses("review-empty")).getElement().getTextRecursively())
                .contains("Add articles");
        open(source);
        assertThat(_get(H2.class, spec -> spec.withText("Nothing to review"))).isNotNull();
    }

    @Test
    void the_sentence_is_shown_as_text_with_the_name_marked() {
        String source = store("Markup Wire", "<b>Bold</b> ships reached Egypt.");
        open(source);

        Paragraph sentence = _get(Paragraph.class, spec -> spec.withClasses("review-sentence"));
        assertThat(sentence.getElement().getTextRecursively()).startsWith("<b>Bold</b> ships reached Egypt.");
        assertThat(_get(org.newsatlas.base.ui.Mark.class, spec -> spec.withClasses("review-name")).getText())
                .isEqualTo("Egypt");
    }

    private String store(String source, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            // the source in the text keeps it apart from other tests' texts: the same text is stored once
            stored.add(ingestion.ingest(new ArticleSubmission(source + " " + i, texts[i] + " (" + source + ")", null,
                    source)).articleId());
        }
        return source;
    }

    private static ReviewView open(String source) {
        UI.getCurrent().navigate("review", QueryParameters.of("source", source));
        return _get(ReviewView.class);
    }

    /** The key as the page's listener sends it, through the event's data. */
    private static void key(ReviewView view, String key) {
        JsonObject data = Json.createObject();
        data.put("event.detail.key", key);
        _fireDomEvent(view.getElement(), new DomEvent(view.getElement(), "review-key", data));
    }

    private List<MentionFacts> named(long articleId, String name) {
        return mentions.inArticle(articleId).stream().filter(m -> m.surfaceName().equals(name)).toList();
    }

    private static String heading() {
        return _get(H2.class, spec -> spec.withClasses("review-heading")).getText();
    }

    private static String progress() {
        return _get(Paragraph.class, spec -> spec.withClasses("review-progress-text")).getText();
    }
}
