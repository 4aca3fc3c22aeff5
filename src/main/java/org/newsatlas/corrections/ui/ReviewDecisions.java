package org.newsatlas.corrections.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import org.newsatlas.corrections.Corrected;
import org.newsatlas.corrections.CorrectionRefused;
import org.newsatlas.corrections.CorrectionRequest;
import org.newsatlas.corrections.CorrectionService;
import org.newsatlas.corrections.ReviewItem;
import org.newsatlas.corrections.ReviewQueue;
import org.newsatlas.corrections.Scope;
import org.newsatlas.corrections.Undo;
import org.newsatlas.places.Alternative;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.PlaceLabels;

/**
 * What the review queue's deciding keys do: 1–5 pick a reading, x "not a place", c confirm (all
 * for every mention of the name in its article, the default scope), u undo, r article reviewed.
 * Each answers with a sentence for the page's status line.
 */
@SpringComponent
class ReviewDecisions {

    private final CorrectionService corrections;
    private final Undo undo;
    private final ReviewQueue queue;
    private final MentionEdits mentions;

    ReviewDecisions(CorrectionService corrections, Undo undo, ReviewQueue queue, MentionEdits mentions) {
        this.corrections = corrections;
        this.undo = undo;
        this.queue = queue;
        this.mentions = mentions;
    }

    String decide(String key, ReviewItem item, ReviewSession session) {
        try {
            return switch (key) {
                case "1", "2", "3", "4", "5" -> pick(Integer.parseInt(key), item, session);
                case "x" -> apply(new CorrectionRequest(null, true, false, Scope.ARTICLE, null, false),
                        "not a place", item, session);
                case "c" -> apply(new CorrectionRequest(null, false, true, Scope.ARTICLE, null, false),
                        "confirmed", item, session);
                case "u" -> undoLast(session);
                case "r" -> reviewed(item, session);
                default -> "";
            };
        } catch (CorrectionRefused | Undo.AlreadyUndone refused) {
            return refused.getMessage();
        }
    }

    private String pick(int number, ReviewItem item, ReviewSession session) {
        List<Alternative> readings = mentions.alternatives(item.mentionId());
        if (number > readings.size()) {
            return "There is no reading " + number + ": “" + item.name() + "” has "
                    + ReviewCard.plural(readings.size(), "reading") + ".";
        }
        Alternative reading = readings.get(number - 1);
        return apply(new CorrectionRequest(reading.geonameid(), false, false, Scope.ARTICLE, null, false),
                "read as " + reading.name() + ", " + PlaceLabels.countryName(reading.country()), item, session);
    }

    private String apply(CorrectionRequest request, String outcome, ReviewItem item, ReviewSession session) {
        Optional<Corrected> done = corrections.correct(item.mentionId(), request);
        if (done.isEmpty()) {
            session.decided("gone: its article was deleted", null);
            return "“" + item.name() + "” is no longer there: its article was deleted.";
        }
        session.decided(outcome, done.get().correctionId());
        return "“" + item.name() + "” " + outcome + ": " + ReviewCard.plural(done.get().changed().size(), "mention")
                + " changed." + (done.get().correctionId() == null ? "" : " u undoes it.");
    }

    private String undoLast(ReviewSession session) {
        Optional<ReviewSession.Decision> last = session.lastDecision();
        if (last.isEmpty()) {
            return "Nothing to undo in this session.";
        }
        int changed = undo.undo(last.get().correctionId()).map(c -> c.changed().size()).orElse(0);
        session.undone(last.get());
        return "Undone: “" + last.get().item().name() + "” is as before (" + ReviewCard.plural(changed, "mention")
                + ") and open again.";
    }

    private String reviewed(ReviewItem item, ReviewSession session) {
        if (!queue.markReviewed(item.articleId())) {
            return "That article no longer exists.";
        }
        session.articleReviewed(item.articleId());
        return "“" + (item.articleTitle() == null ? "The article" : item.articleTitle())
                + "” marked reviewed: its names leave the queue, and it joins the gold export.";
    }
}
