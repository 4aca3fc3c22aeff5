package org.newsatlas.articles.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import org.newsatlas.base.ui.Highlighted;
import org.newsatlas.base.ui.KeyboardActivation;
import org.newsatlas.base.ui.Mark;
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
    private Integer focusedSentence;

    ArticleBody(String text, List<PlacedMention> mentions, List<Highlighted.Range> hits, Integer focusedSentence,
                LongConsumer onPlaceClick, IntConsumer onSentenceClick) {
        this.focusedSentence = focusedSentence;
        addClassName("article-text");
        for (ArticleLayout.Segment segment : ArticleLayout.of(text, mentions, hits)) {
            if (segment.sentenceStart() == null) {
                segment.pieces().forEach(piece -> add(plain(piece)));
            } else {
                add(sentence(segment, onPlaceClick, onSentenceClick));
            }
        }
    }

    private static Component plain(ArticleLayout.Piece piece) {
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
        Mark mark = new Mark(piece.text());
        mark.addClassName(Highlighted.PLACE_NAME);
        mark.setClassName(Highlighted.SEARCH_HIT, piece.hit());
        mark.getElement().setAttribute("data-place-id", String.valueOf(placeId));
        mark.addClickListener(click -> onPlaceClick.accept(placeId));
        KeyboardActivation.add(mark, "button", () -> onPlaceClick.accept(placeId));
        marks.add(mark);
        return mark;
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
