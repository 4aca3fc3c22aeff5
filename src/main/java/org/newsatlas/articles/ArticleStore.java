package org.newsatlas.articles;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the article table. Called inside the caller's transaction when there is one,
 * so that an article and what others store about it commit or roll back together.
 */
@Service
@Transactional
public class ArticleStore {

    private final ArticleRepository articles;
    private final ArticleChanges changes;
    private final ApplicationEventPublisher events;

    ArticleStore(ArticleRepository articles, ArticleChanges changes, ApplicationEventPublisher events) {
        this.articles = articles;
        this.changes = changes;
        this.events = events;
    }

    /** The stored article with exactly this text, if there is one. */
    @Transactional(readOnly = true)
    public Optional<StoredTitle> withText(String text) {
        return articles.titleByContentHash(ContentHash.of(text));
    }

    /** Stores the article and returns its id; the text must not be stored yet. */
    public long add(NewArticle article) {
        long id = articles.insert(article, ContentHash.of(article.text()));
        markChanged(id);
        return id;
    }

    /** Up to {@code limit} articles stored before languages were detected (or with it unknown). */
    @Transactional(readOnly = true)
    public List<ArticleText> withoutLanguage(int limit) {
        return articles.withoutLanguage(limit);
    }

    /** Records detected languages by article id; the dashboard sees them as changes. */
    public void recordLanguages(Map<Long, String> languages) {
        languages.forEach((id, language) -> {
            articles.setLanguage(id, language);
            markChanged(id);
        });
    }

    /** Changes the title, date or source (whatever is non-null; an empty source clears it). */
    public boolean edit(long articleId, ArticleEdit edit) {
        if (!articles.update(articleId, edit)) {
            return false;
        }
        markChanged(articleId);
        return true;
    }

    /** Deletes the article with its mentions; the change log tells the dashboard it is gone. */
    public boolean delete(long articleId) {
        if (!articles.delete(articleId)) {
            return false;
        }
        markChanged(articleId);
        return true;
    }

    /**
     * Notes that what is stored about the article changed (its mentions, say), so that readers of
     * the change log ({@link ArticleQueries#changesSince}) see it again.
     */
    public long markChanged(long articleId) {
        long revision = changes.record(articleId);
        events.publishEvent(new ArticleChanged(articleId, revision));
        return revision;
    }
}
