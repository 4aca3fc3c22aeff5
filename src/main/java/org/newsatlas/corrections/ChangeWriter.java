package org.newsatlas.corrections;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.security.Permissions;
import org.springframework.stereotype.Component;

/**
 * Writes changes of mentions inside the caller's transaction, marks their articles changed (so the
 * dashboard's index, map and counts follow) and keeps them in the history.
 */
@Component
class ChangeWriter {

    private final MentionEdits mentions;
    private final ArticleStore articles;
    private final CorrectionRepository history;
    private final Permissions permissions;
    private final Clock clock;

    ChangeWriter(MentionEdits mentions, ArticleStore articles, CorrectionRepository history, Permissions permissions,
                 Clock clock) {
        this.mentions = mentions;
        this.articles = articles;
        this.history = history;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Applies the changes and keeps them as one history entry (none when nothing changed and no rule was made). */
    Corrected record(String action, Scope scope, String name, Long ruleId, List<Change> changes) {
        apply(changes);
        Long correctionId = changes.isEmpty() && ruleId == null ? null
                : history.insert(now(), who(), action, scope, name, ruleId, changes);
        return new Corrected(changes.stream().map(Change::mentionId).toList(), correctionId, ruleId);
    }

    /** Keeps changes already made (an added mention) in the history and marks their articles changed. */
    Corrected keep(String action, Scope scope, String name, List<Change> changes) {
        long correctionId = history.insert(now(), who(), action, scope, name, null, changes);
        changes.stream().map(Change::articleId).distinct().forEach(articles::markChanged);
        return new Corrected(changes.stream().map(Change::mentionId).toList(), correctionId, null);
    }

    /** Applies the changes without a history entry (undo); a change to no reading deletes the mention. */
    void apply(List<Change> changes) {
        for (Change change : changes) {
            if (change.after() == null) {
                mentions.delete(change.mentionId());
            } else {
                mentions.setReading(List.of(change.mentionId()), change.after().placeId(), change.after().status());
            }
        }
        changes.stream().map(Change::articleId).distinct().forEach(articles::markChanged);
    }

    Instant now() {
        return Instant.now(clock);
    }

    String who() {
        return permissions.userName().orElse(null);
    }
}
