package org.newsatlas.corrections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.MentionFacts;
import org.newsatlas.places.MentionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects mentions: another place, not a place, or confirmed, for one mention, its article or
 * every article (as a rule). Every change is kept in the history and recorded in the article
 * change log in the same transaction, so the map, lists and counts follow at once.
 */
@Service
@Transactional
public class CorrectionService {

    private final MentionEdits mentions;
    private final ArticleQueries articleQueries;
    private final RuleRepository rules;
    private final Places places;
    private final ChangeWriter writer;

    CorrectionService(MentionEdits mentions, ArticleQueries articleQueries, RuleRepository rules, Places places,
                      ChangeWriter writer) {
        this.mentions = mentions;
        this.articleQueries = articleQueries;
        this.rules = rules;
        this.places = places;
        this.writer = writer;
    }

    /** Empty when there is no such mention. */
    public Optional<Corrected> correct(long mentionId, CorrectionRequest request) {
        Optional<MentionFacts> found = mentions.mention(mentionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MentionFacts mention = found.get();
        if (request.confirm() && !mention.isPlace()) {
            throw new CorrectionRefused("A mention that is not a place cannot be confirmed; choose a place for it.");
        }
        // confirming is choosing the place it has: for its article, and as a rule for others
        Long placeId = request.confirm() ? mention.placeId()
                : request.geonameId() == null ? null : places.placeId(request.geonameId());
        Long geonameId = request.confirm() ? mention.geonameId() : request.geonameId();
        Map<Long, MentionFacts> targets = new LinkedHashMap<>();
        targets.put(mention.id(), mention);
        if (request.scope() != Scope.MENTION) {
            mentions.named(mention.surfaceName(), mention.articleId()).forEach(m -> targets.putIfAbsent(m.id(), m));
        }
        Long ruleId = null;
        if (request.scope() == Scope.EVERYWHERE) {
            ruleId = rules.insert(mention.surfaceName(), geonameId, request.source(), writer.now(), writer.who());
            if (request.applyToStored()) {
                storedOthers(mention.surfaceName(), request.source()).forEach(m -> targets.putIfAbsent(m.id(), m));
            }
        }
        List<Change> changes = new ArrayList<>();
        for (MentionFacts target : targets.values()) {
            Reading before = new Reading(target.placeId(), target.status());
            Reading after = after(target, placeId);
            if (!before.equals(after)) {
                changes.add(new Change(target.id(), target.articleId(), before, after));
            }
        }
        return Optional.of(writer.record(request.action(), request.scope(), mention.surfaceName(), ruleId, changes));
    }

    /**
     * The stored mentions of a name a rule would change: those still as the geoparser read them, in
     * articles from the rule's source (every article when it has none).
     */
    public List<MentionFacts> storedOthers(String name, String source) {
        Set<Long> fromSource = source == null ? null : new LinkedHashSet<>(articleQueries.idsWithSource(source));
        return mentions.named(name, null).stream()
                .filter(m -> m.status() == MentionStatus.AUTO)
                .filter(m -> fromSource == null || fromSource.contains(m.articleId()))
                .toList();
    }

    /** The reading a mention gets when its name is to read as this place (null: as no place). */
    private static Reading after(MentionFacts target, Long placeId) {
        if (placeId == null) {
            return new Reading(null, MentionStatus.NOT_A_PLACE);
        }
        if (placeId.equals(target.placeId())) {
            return target.status() == MentionStatus.AUTO
                    ? new Reading(placeId, MentionStatus.CONFIRMED)
                    : new Reading(placeId, target.status());
        }
        return new Reading(placeId, MentionStatus.CORRECTED);
    }
}
