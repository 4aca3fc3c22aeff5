package org.newsatlas.ingestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.articles.ArticleText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, detects the language of articles stored before languages were detected (migration V4
 * adds the column empty: the detector is Java, not SQL). New articles get theirs when stored.
 */
@Component
class LanguageBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LanguageBackfill.class);
    /** Articles read and updated per transaction: texts can be long, and transactions stay short. */
    static final int BATCH = 200;

    private final ArticleStore articles;
    private final LanguageDetection languages;

    LanguageBackfill(ArticleStore articles, LanguageDetection languages) {
        this.articles = articles;
        this.languages = languages;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int detected = 0;
        List<ArticleText> pending;
        while (!(pending = articles.withoutLanguage(BATCH)).isEmpty()) {
            Map<Long, String> found = new LinkedHashMap<>();
            pending.forEach(article -> found.put(article.id(), languages.detect(article.text())));
            articles.recordLanguages(found);
            detected += found.size();
        }
        if (detected > 0) {
            log.info("Languages detected for {} stored articles in {} ms", detected,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
