package org.newsatlas.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.newsatlas.feeds.FeedItemRepository.Outcome;
import org.newsatlas.feeds.FeedReport.ItemProblem;
import org.newsatlas.fetch.ContentKind;
import org.newsatlas.fetch.FetchRefused;
import org.newsatlas.fetch.Fetched;
import org.newsatlas.fetch.SafeFetcher;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.ExtractedText;
import org.newsatlas.ingestion.HtmlTextExtractor;
import org.newsatlas.ingestion.IngestionResult;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.ingestion.UploadRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads one feed and takes in its new items, one article at a time through ingestion. An item that
 * fails is reported and the rest go on. Items stored, found to be duplicates or refused as text are
 * remembered and skipped from then on; an item whose page could not be fetched is not, so that the
 * next poll tries it again.
 */
@Component
class FeedIntake {

    private static final Logger log = LoggerFactory.getLogger(FeedIntake.class);

    private final SafeFetcher fetcher;
    private final HtmlTextExtractor html;
    private final IngestionService ingestion;
    private final FeedItemRepository seen;
    private final Clock clock;

    FeedIntake(SafeFetcher fetcher, HtmlTextExtractor html, IngestionService ingestion, FeedItemRepository seen,
               Clock clock) {
        this.fetcher = fetcher;
        this.html = html;
        this.ingestion = ingestion;
        this.seen = seen;
        this.clock = clock;
    }

    /** Polls the feed; {@code stopping} is asked between items, so that a shutdown waits for one item at most. */
    FeedReport poll(String url, BooleanSupplier stopping) {
        ParsedFeed feed;
        try {
            feed = FeedParser.parse(fetcher.fetch(url, ContentKind.FEED).body());
        } catch (FetchRefused | FeedUnreadable e) {
            log.warn("Feed {} could not be read: {}", url, e.getMessage());
            return FeedReport.failed(url, e.getMessage());
        }
        String source = feed.title() != null ? feed.title() : host(url);
        int added = 0;
        int duplicates = 0;
        int skipped = 0;
        List<ItemProblem> problems = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            if (stopping.getAsBoolean()) {
                break;
            }
            if (item.key() == null) {
                problems.add(new ItemProblem(name(item), "the item has neither a guid nor a link"));
            } else if (seen.seen(item.key())) {
                skipped++;
            } else {
                try {
                    IngestionResult result = takeIn(item, source);
                    seen.remember(item.key(), url, item.link(), result.articleId(),
                            result.duplicate() ? Outcome.DUPLICATE : Outcome.ADDED, clock.instant());
                    if (result.duplicate()) {
                        duplicates++;
                    } else {
                        added++;
                    }
                } catch (FetchRefused e) {
                    problems.add(problem(url, item, e.getMessage()));
                } catch (UploadRejected e) {
                    seen.remember(item.key(), url, item.link(), null, Outcome.REJECTED, clock.instant());
                    problems.add(problem(url, item, e.getMessage()));
                } catch (RuntimeException e) {
                    log.error("Feed {} item {} failed", url, name(item), e);
                    problems.add(problem(url, item, "it could not be stored (" + e.getClass().getSimpleName() + ")"));
                }
            }
        }
        return new FeedReport(url, source, feed.items().size(), added, duplicates, skipped, null, List.copyOf(problems));
    }

    /** The item's own full text when it has one; its page's main text otherwise. */
    private IngestionResult takeIn(FeedItem item, String source) {
        ExtractedText text;
        if (item.hasFullText() && item.plainText()) {
            text = new ExtractedText(null, item.content());
        } else if (item.hasFullText()) {
            text = html.extract(item.content().getBytes(StandardCharsets.UTF_8));
        } else if (item.link() != null) {
            Fetched page = fetcher.fetch(item.link(), ContentKind.PAGE);
            text = html.extract(page.body());
        } else {
            throw new UploadRejected("the item has no full text and no link to its page");
        }
        String title = item.title() != null ? item.title() : text.title();
        // an untitled item would get its first line as the title, and lose that line from its text
        String titled = title != null ? title : "Untitled item from " + source;
        return ingestion.ingest(new ArticleSubmission(titled, text.text(), item.publishedAt(), source));
    }

    private static ItemProblem problem(String url, FeedItem item, String reason) {
        log.warn("Feed {} item {} not taken in: {}", url, name(item), reason);
        return new ItemProblem(name(item), reason);
    }

    private static String name(FeedItem item) {
        return item.link() != null ? item.link() : item.title() != null ? item.title() : "(an item without link or title)";
    }

    private static String host(String url) {
        String host = URI.create(url.strip()).getHost();
        return host == null ? url : host;
    }
}
