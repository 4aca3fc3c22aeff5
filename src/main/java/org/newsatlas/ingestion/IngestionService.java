package org.newsatlas.ingestion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.articles.NewArticle;
import org.newsatlas.articles.StoredTitle;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.GeoparsedText;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.geoparser.ResolvedToponym;
import org.newsatlas.corrections.Rules;
import org.newsatlas.places.Alternative;
import org.newsatlas.places.MentionStatus;
import org.newsatlas.places.MentionStore;
import org.newsatlas.places.NewMention;
import org.newsatlas.places.RecordedMentions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Takes an article in: check it, geoparse it, then store the article, its places and mentions in
 * one transaction, so that a failure leaves nothing behind. Geoparsing takes far longer than
 * storing, so it runs before the transaction opens and holds no database connection.
 */
@Service
public class IngestionService {

    private static final int MAX_TITLE = 300;
    /** As many readings as the review queue's keys 1-5 can pick. */
    private static final int MAX_ALTERNATIVES = 5;

    private final TextChecks checks;
    private final List<ArticleTextExtractor> extractors;
    private final Geoparser geoparser;
    private final GeoparseBudget budget;
    private final ArticleStore articles;
    private final MentionStore mentions;
    private final Rules rules;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final LanguageDetection languages;

    IngestionService(TextChecks checks, List<ArticleTextExtractor> extractors, Geoparser geoparser,
                     GeoparseBudget budget, ArticleStore articles, MentionStore mentions, Rules rules,
                     TransactionOperations transactions, Clock clock, LanguageDetection languages) {
        this.languages = languages;
        this.rules = rules;
        this.checks = checks;
        this.budget = budget;
        this.extractors = extractors;
        this.geoparser = geoparser;
        this.articles = articles;
        this.mentions = mentions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Stores an uploaded file (.txt, .html or .pdf); a title given here wins over the document's own. */
    public IngestionResult ingestFile(String fileName, String contentType, byte[] content,
                                      String title, Instant publishedAt) {
        ExtractedText extracted = extract(fileName, contentType, content);
        String chosenTitle = isBlank(title) ? extracted.title() : title;
        return ingest(new ArticleSubmission(chosenTitle, extracted.text(), publishedAt, fileName));
    }

    /** The text of a document, by its file name or content type; {@link UploadRejected} when there is none. */
    public ExtractedText extract(String fileName, String contentType, byte[] content) {
        ArticleTextExtractor extractor = extractors.stream()
                .filter(candidate -> candidate.accepts(fileName, contentType))
                .findFirst()
                .orElseThrow(() -> new UploadRejected("Only .txt, .html and .pdf files can be uploaded."));
        return extractor.extract(content);
    }

    /**
     * Whether an article sent now is geoparsed at once: just after start-up the geoparser may still
     * be loading, and an article sent then waits for it (see {@link #awaitPlaceFinder}).
     */
    public boolean placeFinderReady() {
        return geoparser.isReady();
    }

    /** Returns once the geoparser has loaded. */
    public void awaitPlaceFinder() {
        geoparser.awaitReady();
    }

    /** Stores an article; with no title, the first line of the text is the title. */
    public IngestionResult ingest(ArticleSubmission submission) {
        PreparedArticle prepared = prepare(submission);
        return prepared instanceof PreparedArticle.AlreadyStored stored ? duplicate(stored.stored())
                : store((PreparedArticle.Parsed) prepared);
    }

    /**
     * Checks the article and reads it for places, outside any transaction; throws
     * {@link UploadRejected} for a text we will not take. A text stored already is not parsed again.
     */
    public PreparedArticle prepare(ArticleSubmission submission) {
        String text = checks.checkText(submission.text());
        String title = submission.title();
        if (isBlank(title)) {
            TitledText titled = TitledText.split(text);
            title = titled.title();
            text = titled.text();
        }
        title = shorten(oneLine(title));
        Optional<StoredTitle> existing = articles.withText(text);
        if (existing.isPresent()) {
            return new PreparedArticle.AlreadyStored(existing.get());
        }
        // every language is geoparsed: the models are English ones, but place names often read the same
        String language = languages.detect(text);
        GeoparsedText parsed = budget.parse(geoparser, text);
        String source = shorten(oneLine(submission.source()));
        // the rules people made for names ("Springfield is Springfield, Illinois") outrank the geoparser
        List<NewMention> found = rules.forIngestion(storable(parsed.toponyms(), text, geoparser), source);
        NewArticle article = new NewArticle(title, text, source, submission.publishedAt(), Instant.now(clock), language);
        return new PreparedArticle.Parsed(article, found);
    }

    /** Stores one parsed article in a transaction of its own; the result once it is on disk. */
    public IngestionResult store(PreparedArticle.Parsed parsed) {
        String text = parsed.article().text();
        try {
            return transactions.execute(status -> {
                long articleId = articles.add(parsed.article());
                RecordedMentions recorded = mentions.record(articleId, parsed.mentions());
                return new IngestionResult(articleId, parsed.article().title(), false, recorded.mentionCount(),
                        recorded.placeCount());
            });
        } catch (DuplicateKeyException sameTextMeanwhile) {
            // the same text sent twice at once: the other request stored it first
            return articles.withText(text).map(IngestionService::duplicate).orElseThrow(() -> sameTextMeanwhile);
        }
    }

    /** The same text again: the answer is the stored article, with its own title. */
    static IngestionResult duplicate(StoredTitle stored) {
        return new IngestionResult(stored.id(), stored.title(), true, 0, 0);
    }

    /** The toponyms that name a place at a real span of the text; the rest cannot be shown. */
    private static List<NewMention> storable(List<ResolvedToponym> toponyms, String text, Geoparser geoparser) {
        return toponyms.stream()
                .filter(t -> t.place() != null && t.start() >= 0 && t.end() <= text.length() && t.start() < t.end())
                .map(t -> new NewMention(t.place(), admin1Name(t.place(), geoparser),
                        t.start(), t.end(), text.substring(t.start(), t.end()), t.sentenceStart(), t.sentenceEnd(),
                        t.confidence(), MentionStatus.AUTO, alternatives(t, geoparser)))
                .toList();
    }

    /** The geoparser's best readings, kept so that a person can pick another one later. */
    private static List<Alternative> alternatives(ResolvedToponym toponym, Geoparser geoparser) {
        return toponym.alternatives().stream()
                .limit(MAX_ALTERNATIVES)
                .map(c -> new Alternative(c.place().geonameId(), c.place().name(), blankToNull(c.place().countryCode()),
                        admin1Name(c.place(), geoparser), blankToNull(c.place().featureClass()),
                        blankToNull(c.place().featureCode()), c.place().latitude(), c.place().longitude(),
                        c.place().population(), c.score()))
                .toList();
    }

    private static String admin1Name(GazetteerEntry place, Geoparser geoparser) {
        return geoparser.firstOrderDivisionOf(place).map(GazetteerEntry::name).orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Titles and sources are one line of text: control characters (NUL too) and runs of space become one space. */
    static String oneLine(String value) {
        return value == null ? null : value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static String shorten(String value) {
        return value == null || value.length() <= MAX_TITLE ? value : value.substring(0, MAX_TITLE - 1) + "…";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
