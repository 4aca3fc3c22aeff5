package org.newsatlas.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Files of every kind an import takes, made by the tests themselves: PDFs, zips, zip bombs, feeds. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF whose pages carry these lines of text (one page per string; null: a page without text). */
    public static byte[] pdf(String... pages) throws IOException {
        return pdf(null, false, pages);
    }

    /** As {@link #pdf(String...)}, with a script run on opening (by viewers that run scripts) and optionally encrypted. */
    public static byte[] pdf(String javaScript, boolean encrypted, String... pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                if (text != null) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.beginText();
                        content.setFont(font, 12);
                        content.newLineAtOffset(50, 750);
                        content.showText(text);
                        content.endText();
                    }
                }
            }
            if (javaScript != null) {
                document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(javaScript));
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A zip of these entries, in this order. */
    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static Map<String, byte[]> entries(Object... namesAndContents) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Object content = namesAndContents[i + 1];
            entries.put((String) namesAndContents[i], content instanceof byte[] raw ? raw : utf8((String) content));
        }
        return entries;
    }

    /** A small zip that unpacks to {@code megabytes} of zeros after a readable article: a zip bomb. */
    public static byte[] zipBomb(String articleName, String article, int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(articleName));
            zip.write(utf8(article));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] megabyte = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("after-the-bomb.txt"));
            zip.write(utf8("Never read\nNothing after a bomb is read: Tripoli."));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** An RSS 2.0 feed: one item with its full text in content:encoded, one with only a link. */
    public static String rss(String fullTextTitle, String fullTextHtml) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Coast Wire</title><link>http://example.org/</link><description>news</description>
                <item><title>%s</title><link>http://example.org/1</link>
                  <pubDate>Wed, 08 Jul 2020 10:00:00 GMT</pubDate>
                  <description>A summary.</description>
                  <content:encoded><![CDATA[%s]]></content:encoded></item>
                <item><title>Only a link</title><link>http://example.org/2</link><description>Just a teaser.</description></item>
                </channel></rss>
                """.formatted(fullTextTitle, fullTextHtml);
    }
}
