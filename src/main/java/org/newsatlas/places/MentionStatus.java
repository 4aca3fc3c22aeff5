package org.newsatlas.places;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a mention came to read as it does; stored lower-case in {@code mention.status}. */
public enum MentionStatus {
    /** The geoparser's reading, untouched. */
    AUTO,
    /** A reviewer agreed with the geoparser. */
    CONFIRMED,
    /** A reviewer (or a rule) chose another place. */
    CORRECTED,
    /** A reviewer marked a name the geoparser had missed. */
    ADDED,
    /** Not a place after all: kept for history and undo, but off the map and out of the counts. */
    NOT_A_PLACE;

    /** Also its JSON form, wherever a mention is written out. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MentionStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
