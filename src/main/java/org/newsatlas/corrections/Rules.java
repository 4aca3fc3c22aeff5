package org.newsatlas.corrections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.MentionFacts;
import org.newsatlas.places.MentionStatus;
import org.newsatlas.places.NewMention;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules people made with the scope "everywhere": listed, deleted, previewed and applied to the
 * stored articles on request, and applied to every article stored later ({@link #forIngestion}).
 * A rule applied to stored articles changes only mentions still as the geoparser read them: a
 * reviewer's own decision in one article outweighs a rule.
 */
@Service
@Transactional
public class Rules {

    private final RuleRepository rules;
    private final CorrectionService corrections;
    private final Places places;
    private final ChangeWriter writer;

    Rules(RuleRepository rules, CorrectionService corrections, Places places, ChangeWriter writer) {
        this.rules = rules;
        this.corrections = corrections;
        this.places = places;
        this.writer = writer;
    }

    @Transactional(readOnly = true)
    public List<PlaceRule> all() {
        return rules.all();
    }

    /** Deletes the rule; what it already changed stays (undo its correction for that). */
    public boolean delete(long ruleId) {
        return rules.delete(ruleId);
    }

    /** What a rule for this name would change among the stored articles (nothing is stored). */
    @Transactional(readOnly = true)
    public RulePreview preview(String name, Long geonameId, String source) {
        if (geonameId != null) {
            places.entry(geonameId);
        }
        List<MentionFacts> changing = changing(name, geonameId, source);
        return new RulePreview(changing.size(), (int) changing.stream().map(MentionFacts::articleId).distinct().count());
    }

    @Transactional(readOnly = true)
    public Optional<RulePreview> preview(long ruleId) {
        return rules.find(ruleId).map(rule -> preview(rule.name(), rule.geonameId(), rule.source()));
    }

    /** Applies a stored rule to the stored articles, as one correction that can be undone. */
    public Optional<Corrected> apply(long ruleId) {
        return rules.find(ruleId).map(rule -> {
            Long placeId = rule.notAPlace() ? null : places.placeId(rule.geonameId());
            Reading after = new Reading(placeId, rule.notAPlace() ? MentionStatus.NOT_A_PLACE : MentionStatus.CORRECTED);
            List<Change> changes = changing(rule.name(), rule.geonameId(), rule.source()).stream()
                    .map(m -> new Change(m.id(), m.articleId(), new Reading(m.placeId(), m.status()), after))
                    .toList();
            return writer.record("rule", Scope.EVERYWHERE, rule.name(), rule.id(), changes);
        });
    }

    private List<MentionFacts> changing(String name, Long geonameId, String source) {
        return corrections.storedOthers(name, source).stream()
                .filter(m -> geonameId == null ? m.isPlace() : !Objects.equals(m.geonameId(), geonameId))
                .toList();
    }

    /**
     * The mentions of an article about to be stored, with the rules for their names applied: a
     * rule for the article's source wins over a rule for every source, a later rule over an earlier.
     */
    @Transactional(readOnly = true)
    public List<NewMention> forIngestion(List<NewMention> found, String source) {
        Set<String> names = new LinkedHashSet<>();
        found.forEach(mention -> names.add(MentionEdits.nameKey(mention.surfaceName())));
        Map<String, PlaceRule> chosen = new HashMap<>();
        for (PlaceRule rule : rules.forNames(names)) {
            if (rule.covers(source)) {
                chosen.merge(MentionEdits.nameKey(rule.name()), rule,
                        (earlier, later) -> earlier.source() != null && later.source() == null ? earlier : later);
            }
        }
        if (chosen.isEmpty()) {
            return found;
        }
        Map<Long, GazetteerEntry> entries = new HashMap<>();
        List<NewMention> ruled = new ArrayList<>(found.size());
        for (NewMention mention : found) {
            PlaceRule rule = chosen.get(MentionEdits.nameKey(mention.surfaceName()));
            if (rule == null) {
                ruled.add(mention);
            } else if (rule.notAPlace()) {
                ruled.add(mention.withReading(null, null, MentionStatus.NOT_A_PLACE));
            } else if (mention.place() != null && mention.place().geonameId() == rule.geonameId()) {
                ruled.add(mention);
            } else {
                GazetteerEntry entry = entries.computeIfAbsent(rule.geonameId(), places::entry);
                ruled.add(mention.withReading(entry, places.admin1Name(entry), MentionStatus.CORRECTED));
            }
        }
        return ruled;
    }
}
