package org.newsatlas.imports.read;

/**
 * What the readers will take, so that no file can exhaust memory or disk.
 *
 * @param maxItemBytes    largest single document (the ingestion limit on uploads)
 * @param maxFeedBytes    largest feed file (a feed is parsed whole)
 * @param maxLineChars    longest JSON line
 * @param maxZipEntries   entries in one zip, nested ones included
 * @param maxUnpackedBytes bytes a zip may unpack to, nested ones included
 * @param maxRatio        unpacked bytes per packed byte, checked once {@link #RATIO_CHECK_FROM} is unpacked
 */
public record ReadLimits(long maxItemBytes, long maxFeedBytes, int maxLineChars, int maxZipEntries,
                         long maxUnpackedBytes, int maxRatio) {

    /** Below this, any ratio is fine: a few megabytes of text compress well and harm no one. */
    public static final long RATIO_CHECK_FROM = 8L * 1024 * 1024;
}
