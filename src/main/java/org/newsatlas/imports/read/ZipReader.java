package org.newsatlas.imports.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A zip, read as a stream: nothing is unpacked to disk and no entry is held in memory beyond the
 * size of one item. Entries with names that would lead outside a folder are refused by name. A zip
 * inside the zip is opened (one level); one more level down is refused.
 */
final class ZipReader {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final ImportReader reader;

    ZipReader(ImportReader reader) {
        this.reader = reader;
    }

    /** Reads the zip; a broken cap stops the outermost zip with {@link ZipBudget.Exceeded}. */
    void read(String name, InputStream in, Consumer<ReadItem> sink, int depth, ZipBudget budget)
            throws ZipBudget.Exceeded {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        int found = 0;
        try {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                budget.entry();
                found++;
                String item = name + "!/" + entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                String unsafe = unsafeName(entry.getName());
                InputStream data = budget.guard(zip);
                if (unsafe != null) {
                    sink.accept(new ReadItem.Rejected(item, unsafe));
                } else if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    if (depth >= 1) {
                        sink.accept(new ReadItem.Rejected(item, "a zip inside a zip inside a zip is not opened"));
                    } else {
                        read(item, data, sink, depth + 1, budget);
                    }
                } else {
                    reader.readStream(item, entry.getName(), data, sink, budget);
                }
                // what the item did not read still counts: a bomb hidden behind a small item is caught too
                data.transferTo(OutputStream.nullOutputStream());
            }
            if (found == 0) {
                sink.accept(new ReadItem.Rejected(name, "not a zip file, or an empty one"));
            }
        } catch (ZipBudget.Exceeded exceeded) {
            throw exceeded;
        } catch (ZipException | EOFException damaged) {
            sink.accept(new ReadItem.Rejected(name, "the zip is damaged or cut short; entries from here on were not read"));
        } catch (IOException unreadable) {
            sink.accept(new ReadItem.Rejected(name, "the zip could not be read: " + unreadable.getMessage()));
        }
    }

    /** Why an entry's name is refused, or null when it is a plain relative name. */
    static String unsafeName(String name) {
        if (name.indexOf('\\') >= 0) {
            return "refused: the entry's name contains a backslash";
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            return "refused: the entry's name is an absolute path";
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return "refused: the entry's name leads out of the zip's folder (..)";
            }
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "refused: the entry's name contains control characters";
        }
        return null;
    }
}
