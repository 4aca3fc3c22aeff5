package org.newsatlas.ingestion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.newsatlas.articles.ArticleRepository;
import org.newsatlas.articles.NewArticle;
import org.newsatlas.geoparser.GeoparsedText;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.geoparser.ResolvedToponym;
import org.newsatlas.places.Mention;
import org.newsatlas.places.MentionRepository;
import org.newsatlas.places.PlaceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an article in: check it, geoparse it, and store the article, its places and mentions in
 * one transaction, so that a failure leaves nothing behind.
 */
@Service
public class IngestionService {

    private static final int MAX_TITLE = 300;

    private final TextChecks checks;
    private final List<ArticleTextExtractor> extractors;
    private final Geoparser geoparser;
    private final ArticleRepository articles;
    private final PlaceRepository places;
    private final MentionRepository mentions;
    private final Clock clock;

    IngestionService(TextChecks checks, List<ArticleTextExtractor> extractors, Geoparser geoparser,
                     ArticleRepository articles, PlaceRepository places, MentionRepository mentions, Clock clock) {
        this.checks = checks;
        this.extractors = extractors;
        this.geoparser = geoparser;
        this.articles = articles;
        this.places = places;
        this.mentions = mentions;
        this.clock = clock;
    }

    /** Stores an uploaded file (.txt or .html); a title given here wins over the document's own. */
    @Transactional
    public IngestionResult ingestFile(String fileName, String contentType, byte[] content,
                                      String title, Instant publishedAt) {
        ArticleTextExtractor extractor = extractors.stream()
                .filter(candidate -> candidate.accepts(fileName, contentType))
                .findFirst()
                .orElseThrow(() -> new UploadRejected("Only .txt and .html files can be uploaded."));
        ExtractedText extracted = extractor.extract(content);
        String chosenTitle = isBlank(title) ? extracted.title() : title;
        return ingest(new ArticleSubmission(chosenTitle, extracted.text(), publishedAt, fileName));
    }

    /** Stores an article; with no title, the first line of the text is the title. */
    @Transactional
    public IngestionResult ingest(ArticleSubmission submission) {
        String text = checks.checkText(submission.text());
        String title = submission.title();
        if (isBlank(title)) {
            TitledText titled = TitledText.split(text);
            title = titled.title();
            text = titled.text();
        }
        title = shorten(title.strip().replaceAll("\\s+", " "));
        String hash = sha256(text);
        Optional<Long> existing = articles.idByContentHash(hash);
        if (existing.isPresent()) {
            return new IngestionResult(existing.get(), title, true, 0, 0);
        }
        GeoparsedText parsed = geoparser.parse(text);
        long articleId = articles.insert(new NewArticle(title, text, shorten(submission.source()),
                submission.publishedAt(), Instant.now(clock), hash));
        List<Mention> found = new ArrayList<>();
        for (ResolvedToponym toponym : parsed.toponyms()) {
            if (toponym.place() == null || toponym.start() < 0 || toponym.end() > text.length()
                    || toponym.start() >= toponym.end()) {
                continue;
            }
            long placeId = places.idFor(toponym.place());
            found.add(new Mention(placeId, toponym.start(), toponym.end(), text.substring(toponym.start(), toponym.end()),
                    toponym.sentenceStart(), toponym.sentenceEnd(), toponym.confidence()));
        }
        mentions.insertAll(articleId, found);
        int placeCount = (int) found.stream().mapToLong(Mention::placeId).distinct().count();
        return new IngestionResult(articleId, title, false, found.size(), placeCount);
    }

    private static String shorten(String value) {
        return value == null || value.length() <= MAX_TITLE ? value : value.substring(0, MAX_TITLE - 1) + "…";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
