package org.newsatlas.corrections.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsatlas.base.ui.Mark;
import org.newsatlas.corrections.ReviewItem;
import org.newsatlas.places.Alternative;
import org.newsatlas.places.Doubt;
import org.newsatlas.places.MentionFacts;

/**
 * The current item of the review queue: its sentence with the name marked, its confidence in
 * words and as a number, how many mentions a decision changes, the readings numbered 1 to 5 and
 * the buttons that do what the keys do. Article text is set as text only.
 */
final class ReviewCard {

    /** What the card shows besides the item; {@code current} is the mention as stored now. */
    record Facts(ReviewItem item, Optional<MentionFacts> current, String sentence, int sentenceStart,
                 String reading, List<Alternative> alternatives, Optional<String> outcome, boolean mayWrite) {
    }

    private ReviewCard() {
    }

    /** Each button presses its key: mouse and keyboard take the same path. */
    static Div of(Facts facts, Consumer<String> press) {
        ReviewItem item = facts.item();
        H2 heading = new H2("“" + item.name() + "” in “" + (item.articleTitle() == null ? "an article"
                : item.articleTitle()) + "”");
        heading.addClassName("review-heading");
        Div card = new Div(heading, sentence(facts), line("review-confidence", confidenceWords(item)),
                line("review-affects", affects(item)),
                line("review-reading", facts.outcome().map(o -> "Decided: " + o).orElse("Read as " + facts.reading())));
        card.addClassName("review-card");
        if (facts.current().isEmpty()) {
            card.add(line("review-gone", "This mention no longer exists (its article was deleted)."));
        }
        if (facts.mayWrite()) {
            card.add(readings(facts, press));
        } else {
            card.add(line("review-viewer", "Only editors can decide; you can look through the queue."));
        }
        card.add(actions(facts.mayWrite(), press));
        return card;
    }

    /** "low – 0.31", and whether the two best readings are close: words, not colour alone. */
    static String confidenceWords(ReviewItem item) {
        String words = "Confidence: " + (Doubt.low(item.confidence()) ? "low" : "not low") + " – "
                + String.format(Locale.ROOT, "%.2f", item.confidence());
        return item.uncertain() ? words + " · uncertain: two readings close" : words;
    }

    static String affects(ReviewItem item) {
        return "A decision changes " + plural(item.mentionsInArticle(), "mention") + " in this article · "
                + plural(item.sameName(), "unreviewed mention") + " of “" + item.name() + "” in all articles";
    }

    private static Paragraph sentence(Facts facts) {
        Paragraph sentence = new Paragraph();
        sentence.addClassName("review-sentence");
        String text = facts.sentence();
        int start = facts.item().start() - facts.sentenceStart();
        int end = facts.item().end() - facts.sentenceStart();
        if (0 <= start && start < end && end <= text.length()) {
            Mark name = new Mark(text.substring(start, end));
            name.addClassName("review-name");
            sentence.add(new Span(text.substring(0, start)), name, new Span(text.substring(end)));
        } else {
            sentence.setText(text);
        }
        return sentence;
    }

    private static Div readings(Facts facts, Consumer<String> press) {
        Div readings = new Div();
        readings.addClassName("review-readings");
        Long currentGeonameId = facts.current().map(MentionFacts::geonameId).orElse(null);
        List<Alternative> alternatives = facts.alternatives();
        for (int i = 0; i < alternatives.size() && i < 5; i++) {
            Alternative a = alternatives.get(i);
            String key = String.valueOf(i + 1);
            boolean current = currentGeonameId != null && currentGeonameId == a.geonameid();
            Button pick = new Button(key + ". " + a.name() + " — " + MentionPanel.describe(a.featureClass(),
                    a.featureCode(), a.admin1(), a.country(), a.population()) + (current ? " (current)" : ""),
                    click -> press.accept(key));
            pick.addClassName("review-pick");
            pick.getElement().setAttribute("data-geonameid", String.valueOf(a.geonameid()));
            readings.add(pick);
        }
        if (alternatives.isEmpty()) {
            readings.add(new Paragraph("The geoparser kept no other readings; open the article (o) to search the gazetteer."));
        }
        return readings;
    }

    private static Div actions(boolean mayWrite, Consumer<String> press) {
        Div actions = new Div();
        actions.addClassName("review-actions");
        if (mayWrite) {
            actions.add(button("Not a place", "x", press), button("Confirm", "c", press),
                    button("Undo", "u", press), button("Article reviewed", "r", press));
        }
        actions.add(button("Previous", "k", press), button("Next", "j", press), button("Open article", "o", press));
        return actions;
    }

    private static Button button(String text, String key, Consumer<String> press) {
        Button button = new Button(text + " (" + key + ")", click -> press.accept(key));
        button.getElement().setAttribute("aria-keyshortcuts", key);
        button.addClassName("review-key-" + key);
        return button;
    }

    private static Paragraph line(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
