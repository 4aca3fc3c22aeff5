package org.newsatlas.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** What to change about an article; null leaves a field as it is, an empty source clears it. */
public record ArticleEdit(String title, Instant publishedAt, String source) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SOURCE = 1000;

    /**
     * The edit these fields ask for, as a person typed them (the REST API's PATCH and the reader's
     * dialog check them alike): titles and sources become one line, a date is ISO
     * ({@code 2020-07-08} or a date-time). Null fields stay as they are.
     *
     * @throws Invalid saying what is wanted
     */
    public static ArticleEdit of(String title, String publishedAt, String source) {
        String oneLineTitle = title == null ? null : oneLine(title);
        if (oneLineTitle != null && (oneLineTitle.isEmpty() || oneLineTitle.length() > MAX_TITLE)) {
            throw new Invalid("A title is 1 to " + MAX_TITLE + " characters of text.");
        }
        String oneLineSource = source == null ? null : oneLine(source);
        if (oneLineSource != null && oneLineSource.length() > MAX_SOURCE) {
            throw new Invalid("A source is at most " + MAX_SOURCE + " characters.");
        }
        return new ArticleEdit(oneLineTitle, instant(publishedAt), oneLineSource);
    }

    /** Titles and sources are one line: control characters and runs of space become one space. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new Invalid("publishedAt must be an ISO date (2020-07-08) or date-time.");
            }
        }
    }

    /** An edit that cannot be made as asked. */
    public static class Invalid extends IllegalArgumentException {
        public Invalid(String message) {
            super(message);
        }
    }
}
