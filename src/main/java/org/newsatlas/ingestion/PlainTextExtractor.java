package org.newsatlas.ingestion;

import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Plain text: taken as it is. Also the fallback for files of unknown type. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PlainTextExtractor implements ArticleTextExtractor {

    private final TextChecks checks;

    PlainTextExtractor(TextChecks checks) {
        this.checks = checks;
    }

    @Override
    public boolean accepts(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || (contentType != null && contentType.startsWith("text/plain"));
    }

    @Override
    public ExtractedText extract(byte[] content) {
        return new ExtractedText(null, checks.decode(content));
    }
}
