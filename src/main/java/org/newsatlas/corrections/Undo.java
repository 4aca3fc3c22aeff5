package org.newsatlas.corrections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.MentionFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undoes a correction: each mention it changed goes back to its earlier reading (an added mention
 * goes), unless it has changed again since, and a rule it made is deleted.
 */
@Service
@Transactional
public class Undo {

    private final CorrectionRepository history;
    private final RuleRepository rules;
    private final MentionEdits mentions;
    private final ChangeWriter writer;
    private final ReviewQueue queue;

    Undo(CorrectionRepository history, RuleRepository rules, MentionEdits mentions, ChangeWriter writer,
         ReviewQueue queue) {
        this.history = history;
        this.rules = rules;
        this.mentions = mentions;
        this.writer = writer;
        this.queue = queue;
    }

    /** Empty when there is no such correction; refused when it was undone already. */
    public Optional<Corrected> undo(long correctionId) {
        Optional<CorrectionEntry> entry = history.find(correctionId);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        if (!history.markUndone(correctionId, writer.now())) {
            throw new AlreadyUndone(correctionId);
        }
        List<Change> changes = history.changes(List.of(correctionId)).getOrDefault(correctionId, List.of());
        Map<Long, MentionFacts> current = new HashMap<>();
        mentions.mentions(changes.stream().map(Change::mentionId).toList()).forEach(m -> current.put(m.id(), m));
        List<Change> reverts = new ArrayList<>();
        for (Change change : changes) {
            MentionFacts now = current.get(change.mentionId());
            // gone with its article, or changed again since: the later decision stands
            if (now != null && new Reading(now.placeId(), now.status()).equals(change.after())) {
                reverts.add(new Change(change.mentionId(), change.articleId(), change.after(), change.before()));
            }
        }
        if (entry.get().ruleId() != null) {
            rules.delete(entry.get().ruleId());
        }
        writer.apply(reverts);
        queue.forget();
        return Optional.of(new Corrected(reverts.stream().map(Change::mentionId).toList(), correctionId,
                entry.get().ruleId()));
    }

    /** A correction can be undone once. */
    public static class AlreadyUndone extends RuntimeException {
        public AlreadyUndone(long correctionId) {
            super("Correction " + correctionId + " was undone already.");
        }
    }
}
