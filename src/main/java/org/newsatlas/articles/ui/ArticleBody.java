package org.newsatlas.articles.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.newsatlas.places.PlacedMention;
import org.newsatlas.base.ui.Mark;

/**
 * The text of an article, as text nodes only: sentences that mention places are spans with id
 * {@code s-START}, and each mention is a {@code <mark data-place-id>} that reports clicks.
 */
class ArticleBody extends Div {

    private final List<Mark> marks = new ArrayList<>();
    private final Integer focusedSentence;

    ArticleBody(String text, List<PlacedMention> mentions, Integer focusedSentence, LongConsumer onPlaceClick) {
        this.focusedSentence = focusedSentence;
        addClassName("article-text");
        for (ArticleLayout.Segment segment : ArticleLayout.of(text, mentions)) {
            if (segment.sentenceStart() == null) {
                segment.pieces().forEach(piece -> add(new Text(piece.text())));
            } else {
                add(sentence(segment, onPlaceClick));
            }
        }
    }

    private Span sentence(ArticleLayout.Segment segment, LongConsumer onPlaceClick) {
        Span sentence = new Span();
        sentence.setId("s-" + segment.sentenceStart());
        sentence.addClassName("sentence");
        if (segment.sentenceStart().equals(focusedSentence)) {
            sentence.addClassName("focused");
        }
        for (ArticleLayout.Piece piece : segment.pieces()) {
            if (piece.placeId() == null) {
                sentence.add(new Text(piece.text()));
            } else {
                long placeId = piece.placeId();
                Mark mark = new Mark(piece.text());
                mark.getElement().setAttribute("data-place-id", String.valueOf(placeId));
                mark.addClickListener(click -> onPlaceClick.accept(placeId));
                marks.add(mark);
                sentence.add(mark);
            }
        }
        return sentence;
    }

    /** Marks the names of one place as selected. */
    void highlightPlace(long placeId) {
        String id = String.valueOf(placeId);
        marks.forEach(mark -> mark.setClassName("selected", id.equals(mark.getElement().getAttribute("data-place-id"))));
    }

    /** Scrolls the focused sentence, if any, into the middle of the view once the browser has it. */
    void scrollToFocusedSentence() {
        if (focusedSentence != null) {
            getElement().executeJs("const s = this.querySelector('#' + $0); if (s) s.scrollIntoView({block: 'center'});",
                    "s-" + focusedSentence);
        }
    }
}
