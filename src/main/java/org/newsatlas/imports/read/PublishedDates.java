package org.newsatlas.imports.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The dates imports accept: an ISO date ({@code 2020-07-08}) or date-time with an offset. */
final class PublishedDates {

    private PublishedDates() {
    }

    /** The instant, null for no date; {@link IllegalArgumentException} with a message otherwise. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new IllegalArgumentException("publishedAt must be an ISO date (2020-07-08) or date-time");
            }
        }
    }
}
