package org.newsatlas.articles.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import org.newsatlas.base.ui.Highlighted;
import org.newsatlas.base.ui.KeyboardActivation;
import org.newsatlas.base.ui.Mark;
import org.newsatlas.places.Doubt;
import org.newsatlas.places.MentionStatus;
import org.newsatlas.places.PlacedMention;

/**
 * The text of an article, as text nodes only: sentences that mention places are spans with id
 * {@code s-START}, each mention is a {@code <mark data-place-id>} and each search hit a
 * {@code <mark class="search-hit">}. Sentences and names take the keyboard focus in reading order;
 * a click or Enter on a name selects its place, on a sentence makes it the one the address points to.
 */
class ArticleBody extends Div {

    private final List<Mark> marks = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();
    private final Map<Integer, PlacedMention> mentionsByStart = new HashMap<>();
    private final Consumer<PlacedMention> onMentionClick;
    private Integer focusedSentence;
    /** Where the next piece starts in the text: the layout's segments cover it in order. */
    private int offset;

    ArticleBody(String text, List<PlacedMention> mentions, List<Highlighted.Range> hits, Integer focusedSentence,
                LongConsumer onPlaceClick, IntConsumer onSentenceClick, Consumer<PlacedMention> onMentionClick) {
        this.focusedSentence = focusedSentence;
        this.onMentionClick = onMentionClick;
        mentions.forEach(mention -> mentionsByStart.putIfAbsent(mention.start(), mention));
        addClassName("article-text");
        for (ArticleLayout.Segment segment : ArticleLayout.of(text, mentions, hits)) {
            if (segment.sentenceStart() == null) {
                segment.pieces().forEach(piece -> add(plain(piece)));
            } else {
                add(sentence(segment, onPlaceClick, onSentenceClick));
            }
        }
    }

    private Component plain(ArticleLayout.Piece piece) {
        offset += piece.text().length();
        if (!piece.hit()) {
            return new Text(piece.text());
        }
        Mark hit = new Mark(piece.text());
        hit.addClassName(Highlighted.SEARCH_HIT);
        return hit;
    }

    private Span sentence(ArticleLayout.Segment segment, LongConsumer onPlaceClick, IntConsumer onSentenceClick) {
        int start = segment.sentenceStart();
        Span sentence = new Span();
        sentence.setId("s-" + start);
        sentence.addClassName("sentence");
        sentence.setClassName("focused", segment.sentenceStart().equals(focusedSentence));
        for (ArticleLayout.Piece piece : segment.pieces()) {
            if (piece.placeId() == null) {
                sentence.add(plain(piece));
            } else {
                sentence.add(name(piece, onPlaceClick));
            }
        }
        sentence.addClickListener(click -> onSentenceClick.accept(start));
        KeyboardActivation.add(sentence, "button", () -> onSentenceClick.accept(start));
        sentence.getElement().setAttribute("title", "Link to this sentence");
        sentences.add(sentence);
        return sentence;
    }

    private Mark name(ArticleLayout.Piece piece, LongConsumer onPlaceClick) {
        long placeId = piece.placeId();
        PlacedMention mention = mentionsByStart.get(offset);
        offset += piece.text().length();
        Mark mark = new Mark(piece.text());
        mark.addClassName(Highlighted.PLACE_NAME);
        mark.setClassName(Highlighted.SEARCH_HIT, piece.hit());
        mark.getElement().setAttribute("data-place-id", String.valueOf(placeId));
        Runnable activate = () -> {
            onPlaceClick.accept(placeId);
            if (mention != null) {
                onMentionClick.accept(mention);
            }
        };
        if (mention != null) {
            mark.getElement().setAttribute("data-mention-id", String.valueOf(mention.id()));
            doubt(mark, mention);
        }
        mark.addClickListener(click -> activate.run());
        KeyboardActivation.add(mark, "button", activate);
        marks.add(mark);
        return mark;
    }

    /**
     * A doubtful reading is marked by more than colour: a dotted underline and a "?" (CSS), and
     * words for screen readers and the pointer's tooltip.
     */
    private static void doubt(Mark mark, PlacedMention mention) {
        String confidence = String.format(Locale.ROOT, "%.2f", mention.confidence());
        String status = mention.status() == MentionStatus.AUTO ? "" : ", " + mention.status().code().replace('_', ' ');
        if (mention.doubtful()) {
            mark.addClassName("doubtful");
            String why = Doubt.low(mention.confidence()) ? "low confidence " + confidence
                    : "uncertain: two close readings, confidence " + confidence;
            mark.getElement().setAttribute("title", mark.getText() + " (" + why + status + ")");
            mark.getElement().setAttribute("aria-label", mark.getText() + ", place name, " + why + status);
        } else {
            mark.getElement().setAttribute("title", mark.getText() + " (confidence " + confidence + status + ")");
        }
        mark.setClassName("reviewed", mention.status() != MentionStatus.AUTO);
    }

    /** Marks the names of one place as selected. */
    void highlightPlace(long placeId) {
        String id = String.valueOf(placeId);
        marks.forEach(mark -> mark.setClassName("selected", id.equals(mark.getElement().getAttribute("data-place-id"))));
    }

    /** Marks one sentence as the one the address points to. */
    void focusSentence(int start) {
        focusedSentence = start;
        String id = "s-" + start;
        sentences.forEach(sentence -> sentence.setClassName("focused", sentence.getId().orElse("").equals(id)));
    }

    /** Scrolls the focused sentence, if any, into the middle of the view once the browser has it. */
    void scrollToFocusedSentence() {
        if (focusedSentence != null) {
            getElement().executeJs("const s = this.querySelector('#' + $0); if (s) s.scrollIntoView({block: 'center'});",
                    "s-" + focusedSentence);
        }
    }
}
