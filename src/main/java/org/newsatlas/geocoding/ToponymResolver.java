package org.newsatlas.geocoding;

import static org.newsatlas.geocoding.ResolutionWeights.MAX_CONTEXT_ROUNDS;
import static org.newsatlas.geocoding.ResolutionWeights.DOUBTFUL_SUPPORT;
import static org.newsatlas.geocoding.ResolutionWeights.MAX_CANDIDATES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.extraction.AnalyzedSentence;
import org.newsatlas.extraction.Checkpoint;
import org.newsatlas.extraction.PlaceMention;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.gazetteer.NameNormalizer;

/**
 * Chooses, for every recognised name, the gazetteer entry it stands for. All mentions of one name
 * in a document share one sense ("one sense per discourse"). A name's candidates are scored on
 * prominence, then again and again with the document's focus as the other names' choices reveal
 * it (their countries, their first-order divisions, how near they lie), until no choice moves; and
 * on explicit qualifiers such as "Alexandria, Virginia".
 */
public final class ToponymResolver {

    /** Ranked alternatives kept per mention for corrections; they do not change the choice. */
    private static final int ALTERNATIVES = 5;

    private final Gazetteer gazetteer;
    private final RankingModel model;

    public ToponymResolver(Gazetteer gazetteer) {
        this(gazetteer, RankingModel.handSet());
    }

    public ToponymResolver(Gazetteer gazetteer, RankingModel model) {
        this.gazetteer = gazetteer;
        this.model = model;
    }

    /**
     * Resolves the recognised mentions, and takes in doubtful ones (recognition evidence just short
     * of its threshold) where the document vouches for them: the same name was recognised
     * elsewhere in it (one sense per discourse), or one of its readings lies among the readings of
     * the document's other names.
     */
    public List<ResolvedPlace> resolve(List<AnalyzedSentence> sentences, List<PlaceMention> mentions,
            List<PlaceMention> doubtful) {
        List<ResolvedPlace> resolved = new ArrayList<>(mentions.size());
        for (NameGroup group : kept(sentences, mentions, doubtful)) {
            List<ResolvedPlace.CandidateScore> ranked = group.ranked(ALTERNATIVES);
            for (PlaceMention mention : group.mentions()) {
                resolved.add(new ResolvedPlace(mention, group.best(), group.confidence(), ranked));
            }
        }
        resolved.sort(Comparator.comparingInt(place -> place.mention().start()));
        return resolved;
    }

    /** As {@link #resolve}, but how each kept name's candidates were weighed, in document order. */
    public List<RankedName> rank(List<AnalyzedSentence> sentences, List<PlaceMention> mentions,
            List<PlaceMention> doubtful) {
        List<RankedName> ranked = new ArrayList<>();
        for (NameGroup group : kept(sentences, mentions, doubtful)) {
            ranked.add(new RankedName(List.copyOf(group.mentions()), group.candidates(), group.features(),
                    group.scores()));
        }
        return ranked;
    }

    private List<NameGroup> kept(List<AnalyzedSentence> sentences, List<PlaceMention> mentions,
            List<PlaceMention> doubtful) {
        Map<String, NameGroup> byName = new LinkedHashMap<>();
        List<PlaceMention> all = new ArrayList<>(mentions);
        all.addAll(doubtful);
        Map<PlaceMention, List<PlaceMention>> listed = ListedNames.of(sentences, all);
        Map<PlaceMention, KindWords.Kind> kinds = KindWords.of(sentences, all, listed);
        group(sentences, mentions, byName, listed, kinds);
        List<NameGroup> groups = new ArrayList<>(byName.values());
        List<NameGroup> doubtfulGroups = group(sentences, doubtful, byName, listed, kinds);
        CoLocation coLocation = new CoLocation(groups, groups);
        for (NameGroup group : groups) {
            Checkpoint.reached();
            group.scoreBy(null, coLocation);
        }
        DocumentFocus focus = null;
        boolean changed = true;
        // a choice that moves changes the focus the others are read by: follow it until none moves
        for (int round = 0; round < MAX_CONTEXT_ROUNDS && changed; round++) {
            focus = focusOf(groups);
            changed = false;
            for (NameGroup group : groups) {
                Checkpoint.reached();
                GazetteerEntry before = group.best();
                group.scoreBy(focus, coLocation);
                changed |= group.best() != before;
            }
        }
        for (NameGroup group : groups) {
            group.preferTownOverItsDistrict();
        }
        focus = focusOf(groups);
        List<NameGroup> kept = new ArrayList<>();
        for (NameGroup group : groups) {
            if (!Plausibility.isStray(group, focus, groups.size())) {
                kept.add(group);
            }
        }
        if (kept.size() < groups.size()) {
            // a stray name's village was never the story's: its country only diluted the others' shares
            focus = focusOf(kept);
            for (NameGroup group : kept) {
                group.scoreBy(focus, coLocation);
                group.preferTownOverItsDistrict();
            }
        }
        CoLocation doubtfulSupport = new CoLocation(doubtfulGroups, groups);
        for (NameGroup group : doubtfulGroups) {
            group.scoreBy(focus, doubtfulSupport);
            group.preferTownOverItsDistrict();
            if (doubtfulSupport.supportOfBest(group) >= DOUBTFUL_SUPPORT) {
                kept.add(group);
            }
        }
        return kept;
    }

    private static DocumentFocus focusOf(List<NameGroup> groups) {
        DocumentFocus focus = new DocumentFocus();
        for (NameGroup group : groups) {
            focus.add(group.index(), group.best(), group.mentions().size());
        }
        return focus;
    }

    /**
     * Adds the mentions to the groups of their names, creating groups as needed; returns the groups
     * it created. Demonyms group by the place they stand for.
     */
    private List<NameGroup> group(List<AnalyzedSentence> sentences, List<PlaceMention> mentions,
            Map<String, NameGroup> byName, Map<PlaceMention, List<PlaceMention>> listed,
            Map<PlaceMention, KindWords.Kind> kinds) {
        List<NameGroup> created = new ArrayList<>();
        for (PlaceMention mention : mentions) {
            if (mention.candidates().isEmpty()) {
                continue;
            }
            String key = mention.demonym() ? "demonym:" + mention.candidates().get(0).geonameId()
                    : NameNormalizer.normalize(mention.name());
            NameGroup group = byName.get(key);
            if (group == null) {
                group = new NameGroup(byName.size(), topCandidates(mention.candidates()), model);
                byName.put(key, group);
                created.add(group);
            }
            group.mentions().add(mention);
            group.addQualifiers(Qualifiers.after(gazetteer, sentences.get(mention.sentenceIndex()), mention));
            group.addListedWith(listed.getOrDefault(mention, List.of()));
            group.addKind(kinds.get(mention));
        }
        return created;
    }

    private static List<GazetteerEntry> topCandidates(List<GazetteerEntry> candidates) {
        if (candidates.size() <= MAX_CANDIDATES) {
            return candidates;
        }
        return candidates.stream()
                .sorted(Comparator.comparingDouble(Prominence::of).reversed())
                .limit(MAX_CANDIDATES)
                .toList();
    }
}
