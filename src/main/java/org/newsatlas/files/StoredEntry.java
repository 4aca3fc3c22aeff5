package org.newsatlas.files;

import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * A zip entry written as it is, not deflated. Both the copies of OpenNLP's models (read byte by byte through an
 * unbuffered stream, where every byte of a deflated entry is a call into the inflater) and the class cache's jar
 * (read by class-data sharing and the class loader many times) are faster to read stored.
 */
public final class StoredEntry {

    private StoredEntry() {
    }

    /** An entry for {@code content} whose sizes and checksum are set, as a stored entry needs before it is written. */
    public static ZipEntry of(String name, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        return entry;
    }
}
