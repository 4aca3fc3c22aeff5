package org.newsatlas.corrections;

import java.util.List;
import java.util.Optional;
import org.newsatlas.articles.Article;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.MentionFacts;
import org.newsatlas.places.MentionStatus;
import org.newsatlas.places.MentionStore;
import org.newsatlas.places.NewMention;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A name the geoparser missed, marked by a person as a place: stored as an "added" mention. */
@Service
@Transactional
public class AddedMentions {

    private static final int MAX_NAME = 200;

    private final ArticleQueries articles;
    private final MentionEdits mentions;
    private final MentionStore store;
    private final Places places;
    private final ChangeWriter writer;

    AddedMentions(ArticleQueries articles, MentionEdits mentions, MentionStore store, Places places,
                  ChangeWriter writer) {
        this.articles = articles;
        this.mentions = mentions;
        this.store = store;
        this.places = places;
        this.writer = writer;
    }

    /**
     * Adds text[start, end) (Java char offsets, as the article API gives them) as a mention of the
     * place; empty when there is no such article.
     */
    public Optional<Corrected> add(long articleId, int start, int end, long geonameId) {
        Optional<Article> article = articles.article(articleId);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        String text = article.get().text();
        checkSpan(text, start, end);
        for (MentionFacts existing : mentions.inArticle(articleId)) {
            if (existing.start() < end && start < existing.end()) {
                throw new CorrectionRefused("The span overlaps the mention \"" + existing.surfaceName() + "\" (id "
                        + existing.id() + "); correct that one instead.");
            }
        }
        GazetteerEntry entry = places.entry(geonameId);
        int[] sentence = SentenceBounds.around(text, start, end);
        long id = store.add(articleId, new NewMention(entry, places.admin1Name(entry), start, end,
                text.substring(start, end), sentence[0], sentence[1], 1.0, MentionStatus.ADDED, List.of()));
        MentionFacts added = mentions.mention(id).orElseThrow();
        Change change = new Change(id, articleId, null, new Reading(added.placeId(), MentionStatus.ADDED));
        return Optional.of(writer.keep("add", Scope.MENTION, added.surfaceName(), List.of(change)));
    }

    private static void checkSpan(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new CorrectionRefused("start and end must satisfy 0 <= start < end <= " + text.length()
                    + " (Java char offsets into the text, as GET /api/articles/{id} gives them).");
        }
        if (end - start > MAX_NAME) {
            throw new CorrectionRefused("A place name is at most " + MAX_NAME + " characters long.");
        }
        if (Character.isLowSurrogate(text.charAt(start)) || Character.isHighSurrogate(text.charAt(end - 1))) {
            throw new CorrectionRefused("The span cuts a character in two.");
        }
        String name = text.substring(start, end);
        if (name.isBlank() || !name.strip().equals(name)) {
            throw new CorrectionRefused("The span must start and end with the name, not with blank space.");
        }
    }
}
