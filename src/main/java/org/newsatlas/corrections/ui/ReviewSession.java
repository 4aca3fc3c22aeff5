package org.newsatlas.corrections.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.corrections.ReviewItem;

/**
 * One person's pass through the review queue: the items as loaded, which one is current, what was
 * decided about each, and the decisions that can be undone, newest last. Knows no Vaadin, so the
 * keyboard's moves can be tested as plain logic.
 */
final class ReviewSession {

    /** A decision that made a correction, which undo takes back. */
    record Decision(ReviewItem item, long correctionId) {
    }

    private final List<ReviewItem> items;
    private final int total;
    private final Map<Long, String> outcomes = new LinkedHashMap<>();
    private final Deque<Decision> decisions = new ArrayDeque<>();
    private int index;

    /** @param total how many items the queue holds (it may be more than were loaded) */
    ReviewSession(List<ReviewItem> items, int total) {
        this.items = List.copyOf(items);
        this.total = Math.max(total, items.size());
    }

    Optional<ReviewItem> current() {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(index));
    }

    int position() {
        return index;
    }

    int loaded() {
        return items.size();
    }

    int total() {
        return total;
    }

    int reviewed() {
        return outcomes.size();
    }

    /** How many loaded items are still to decide. */
    int open() {
        return items.size() - outcomes.size();
    }

    Optional<String> outcome(ReviewItem item) {
        return Optional.ofNullable(outcomes.get(item.mentionId()));
    }

    void next() {
        index = Math.min(index + 1, Math.max(0, items.size() - 1));
    }

    void previous() {
        index = Math.max(0, index - 1);
    }

    /** Records what was decided about the current item and moves on to the next open one. */
    void decided(String outcome, Long correctionId) {
        current().ifPresent(item -> {
            outcomes.put(item.mentionId(), outcome);
            if (correctionId != null) {
                decisions.push(new Decision(item, correctionId));
            }
        });
        moveToNextOpen();
    }

    /** Every item of the article counts as reviewed: a reviewed article leaves the queue whole. */
    void articleReviewed(long articleId) {
        items.stream().filter(item -> item.articleId() == articleId)
                .forEach(item -> outcomes.putIfAbsent(item.mentionId(), "article marked reviewed"));
        moveToNextOpen();
    }

    /** The newest decision still to undo, if any, without forgetting it. */
    Optional<Decision> lastDecision() {
        return Optional.ofNullable(decisions.peek());
    }

    /** Forgets the newest decision after it was undone and goes back to its item, open again. */
    void undone(Decision decision) {
        decisions.remove(decision);
        outcomes.remove(decision.item().mentionId());
        index = Math.max(0, items.indexOf(decision.item()));
    }

    /** The next item after the current one still open, wrapping round; stays put when none is. */
    private void moveToNextOpen() {
        for (int step = 1; step <= items.size(); step++) {
            int candidate = (index + step) % items.size();
            if (!outcomes.containsKey(items.get(candidate).mentionId())) {
                index = candidate;
                return;
            }
        }
    }
}
