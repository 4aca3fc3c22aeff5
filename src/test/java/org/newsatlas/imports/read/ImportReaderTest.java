package org.newsatlas.imports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.imports.ImportFixtures.entries;
import static org.newsatlas.imports.ImportFixtures.utf8;
import static org.newsatlas.imports.ImportFixtures.zip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.imports.ImportFixtures;

class ImportReaderTest {

    static final ReadLimits LIMITS = new ReadLimits(100_000, 1_000_000, 10_000, 50, 64L * 1024 * 1024, 100);

    @TempDir
    Path folder;

    private final ImportReader reader = new ImportReader(LIMITS);

    private List<ReadItem> read(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return read(file);
    }

    private List<ReadItem> read(Path path) {
        List<ReadItem> items = new ArrayList<>();
        reader.read(path, path.getFileName().toString(), items::add);
        return items;
    }

    private static String reason(ReadItem item) {
        assertThat(item).as(item.item()).isInstanceOf(ReadItem.Rejected.class);
        return ((ReadItem.Rejected) item).reason();
    }

    @Test
    void text_html_and_pdf_files_are_documents_to_extract() throws IOException {
        assertThat(read("a.txt", utf8("Title\nText"))).singleElement().isInstanceOf(ReadItem.Document.class);
        assertThat(read("b.HTML", utf8("<p>Hi</p>"))).singleElement().isInstanceOf(ReadItem.Document.class);
        assertThat(read("c.pdf", ImportFixtures.pdf("Text"))).singleElement()
                .satisfies(item -> assertThat(((ReadItem.Document) item).fileName()).isEqualTo("c.pdf"));
    }

    @Test
    void a_file_of_another_kind_is_rejected_with_the_kinds_that_are_taken() throws IOException {
        assertThat(reason(read("photo.jpg", new byte[] {1, 2, 3}).get(0))).contains(".txt, .html");
    }

    @Test
    void a_document_over_the_item_limit_is_rejected_and_one_under_it_is_read() throws IOException {
        assertThat(reason(read("big.txt", new byte[100_001]).get(0))).contains("larger than");
        assertThat(read("fits.txt", new byte[100_000]).get(0)).isInstanceOf(ReadItem.Document.class);
    }

    @Test
    void json_lines_become_articles_and_each_bad_line_is_one_rejected_item() throws IOException {
        List<ReadItem> items = read("export.jsonl", utf8("""
                {"title": "One", "text": "Tripoli", "publishedAt": "2020-07-08", "source": "wire", "url": "http://x"}
                {"title": "Two", "text": broken}

                {"title": "Three", "text": 12345}
                {"title": "Four", "text": "Sirte"} trailing
                {"title": "Five", "text": "Egypt", "colour": "red"}
                {"title": "Six", "text": "Tunis", "publishedAt": "yesterday"}
                [1, 2]
                {"text": "Carthage"}
                """));
        assertThat(items).hasSize(8);
        assertThat(items.get(0)).isEqualTo(new ReadItem.Article("export.jsonl line 1", "One", "Tripoli",
                java.time.Instant.parse("2020-07-08T00:00:00Z"), "wire"));
        assertThat(reason(items.get(1))).startsWith("line 2: not valid JSON");
        assertThat(items.get(2).item()).isEqualTo("export.jsonl line 4");
        assertThat(reason(items.get(2))).isEqualTo("line 4: \"text\" must be a string");
        assertThat(reason(items.get(3))).startsWith("line 5: not valid JSON");
        assertThat(reason(items.get(4))).startsWith("line 6: unknown field \"colour\"");
        assertThat(reason(items.get(5))).startsWith("line 7: publishedAt must be an ISO date");
        assertThat(reason(items.get(6))).isEqualTo("line 8: not a JSON object");
        assertThat(items.get(7)).isInstanceOf(ReadItem.Article.class);
    }

    @Test
    void invalid_utf8_in_json_lines_rejects_that_line_and_the_lines_around_it_are_read() throws IOException {
        byte[] good = utf8("{\"text\": \"Tripoli\"}\n");
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] content = new byte[2 * good.length + bad.length];
        System.arraycopy(good, 0, content, 0, good.length);
        System.arraycopy(bad, 0, content, good.length, bad.length);
        System.arraycopy(good, 0, content, good.length + bad.length, good.length);
        List<ReadItem> items = read("mixed.jsonl", content);
        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isInstanceOf(ReadItem.Article.class);
        assertThat(items.get(2)).isInstanceOf(ReadItem.Article.class);
        assertThat(reason(items.get(1))).isEqualTo("line 2: not UTF-8 text");
    }

    @Test
    void a_json_line_over_the_limit_is_rejected_and_the_next_line_is_read() throws IOException {
        String longLine = "{\"text\": \"" + "a".repeat(20_000) + "\"}";
        List<ReadItem> items = read("long.jsonl", utf8(longLine + "\n{\"text\": \"Sirte\"}\n"));
        assertThat(reason(items.get(0))).contains("longer than 10,000 characters");
        assertThat(items.get(1)).isInstanceOf(ReadItem.Article.class);
    }

    @Test
    void a_zip_is_read_entry_by_entry_and_named_after_the_zip() throws IOException {
        List<ReadItem> items = read("news.zip", zip(entries("2020/a.txt", "A\nTripoli", "b.html", "<p>Sirte</p>",
                "c.jsonl", "{\"text\": \"Egypt\"}\n")));
        assertThat(items).extracting(ReadItem::item)
                .containsExactly("news.zip!/2020/a.txt", "news.zip!/b.html", "news.zip!/c.jsonl line 1");
        assertThat(items).allMatch(item -> !(item instanceof ReadItem.Rejected));
    }

    @Test
    void zip_entries_named_to_leave_the_folder_are_refused_by_name_and_the_plain_one_is_read() throws IOException {
        List<ReadItem> items = read("evil.zip", zip(entries("../x.txt", "X\nTripoli", "/etc/x.txt", "X\nSirte",
                "a\\b.txt", "X\nEgypt", "C:/x.txt", "X\nTunis", "dir/../../y.txt", "Y\nCairo", "plain.txt", "Z\nTunis")));
        assertThat(reason(items.get(0))).contains("leads out of the zip's folder");
        assertThat(reason(items.get(1))).contains("absolute path");
        assertThat(reason(items.get(2))).contains("backslash");
        assertThat(reason(items.get(3))).contains("absolute path");
        assertThat(reason(items.get(4))).contains("leads out of the zip's folder");
        assertThat(items.get(5)).isInstanceOf(ReadItem.Document.class);
        assertThat(items).hasSize(6);
    }

    @Test
    void a_zip_bomb_stops_with_a_reason_after_the_items_before_it() throws IOException {
        byte[] bomb = ImportFixtures.zipBomb("first.txt", "First\nTripoli", 200);
        assertThat(bomb.length).as("packed size").isLessThan(1024 * 1024);
        List<ReadItem> items = read("bomb.zip", bomb);
        assertThat(items.get(0)).isInstanceOf(ReadItem.Document.class);
        assertThat(items).extracting(ReadItem::item).doesNotContain("bomb.zip!/after-the-bomb.txt");
        assertThat(reason(items.get(items.size() - 1))).contains("zip bomb");
    }

    @Test
    void a_zip_over_the_unpacked_cap_stops_even_when_it_packs_poorly() throws IOException {
        ReadLimits small = new ReadLimits(100_000, 1_000_000, 10_000, 50, 200_000, 100);
        byte[] random = new byte[90_000];
        new java.util.Random(7).nextBytes(random);
        Path file = folder.resolve("big.zip");
        Files.write(file, zip(entries("a.txt", random, "b.txt", random, "c.txt", random)));
        List<ReadItem> items = new ArrayList<>();
        new ImportReader(small).read(file, "big.zip", items::add);
        assertThat(reason(items.get(items.size() - 1))).contains("unpacks to more than");
        assertThat(items.get(0).item()).isEqualTo("big.zip!/a.txt");
    }

    @Test
    void a_zip_with_more_entries_than_allowed_stops_and_one_with_as_many_is_read() throws IOException {
        Object[] many = new Object[2 * 51];
        for (int i = 0; i < 51; i++) {
            many[2 * i] = "e" + i + ".txt";
            many[2 * i + 1] = "E\nTripoli " + i;
        }
        List<ReadItem> items = read("many.zip", zip(entries(many)));
        assertThat(reason(items.get(items.size() - 1))).contains("more than 50 entries");
        assertThat(read("fifty.zip", zip(entries(java.util.Arrays.copyOf(many, 100)))))
                .hasSize(50).allMatch(item -> item instanceof ReadItem.Document);
    }

    @Test
    void a_zip_inside_a_zip_is_opened_and_one_more_level_is_refused() throws IOException {
        byte[] inner = zip(entries("in.txt", "In\nTripoli"));
        byte[] middle = zip(entries("deeper.zip", inner, "mid.txt", "Mid\nSirte"));
        List<ReadItem> items = read("outer.zip", zip(entries("inner.zip", inner, "middle.zip", middle)));
        assertThat(items.get(0).item()).isEqualTo("outer.zip!/inner.zip!/in.txt");
        assertThat(items.get(0)).isInstanceOf(ReadItem.Document.class);
        assertThat(reason(items.get(1))).isEqualTo("a zip inside a zip inside a zip is not opened");
        assertThat(items.get(2).item()).isEqualTo("outer.zip!/middle.zip!/mid.txt");
    }

    @Test
    void a_truncated_zip_gives_its_whole_entries_and_then_a_reason() throws IOException {
        StringBuilder noise = new StringBuilder("B\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 30_000; i++) {
            noise.append((char) ('a' + random.nextInt(26)));
        }
        // b.txt packs poorly, so two thirds of the zip end inside its data
        byte[] whole = zip(entries("a.txt", "A\n" + "Tripoli ".repeat(2000), "b.txt", noise.toString()));
        List<ReadItem> items = read("cut.zip", java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        assertThat(items.get(0)).isInstanceOf(ReadItem.Document.class);
        assertThat(items).extracting(ReadItem::item).doesNotContain("cut.zip!/b.txt");
        assertThat(reason(items.get(items.size() - 1))).contains("damaged or cut short");
    }

    @Test
    void a_text_file_named_zip_is_rejected_as_no_zip() throws IOException {
        assertThat(reason(read("fake.zip", utf8("not a zip at all")).get(0))).contains("not a zip file");
    }

    @Test
    void a_feed_items_full_text_is_a_document_and_an_item_with_only_a_link_is_rejected() throws IOException {
        List<ReadItem> items = read("wire.rss", utf8(ImportFixtures.rss("Talks in Tripoli", "<p>Envoys met in Tripoli.</p>")));
        assertThat(items).hasSize(2);
        ReadItem.Document document = (ReadItem.Document) items.get(0);
        assertThat(document.title()).isEqualTo("Talks in Tripoli");
        assertThat(document.source()).isEqualTo("Coast Wire");
        assertThat(document.publishedAt()).isEqualTo(java.time.Instant.parse("2020-07-08T10:00:00Z"));
        assertThat(new String(document.content(), StandardCharsets.UTF_8)).contains("Envoys met in Tripoli.");
        assertThat(reason(items.get(1))).isEqualTo("item has no text (only a link)");
    }

    @Test
    void a_feed_with_an_external_entity_is_refused_and_the_file_it_names_is_never_read() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String feed = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
                <item><title>X</title><content:encoded>&xxe; Tripoli</content:encoded></item></channel></rss>
                """.formatted(secret.toUri());
        List<ReadItem> items = read("xxe.xml", utf8(feed));
        assertThat(items).singleElement().satisfies(item -> assertThat(reason(item)).contains("DOCTYPE"));
    }

    @Test
    void a_feed_that_expands_entities_a_billion_times_is_refused() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol%d \"%s\">".formatted(i, ("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)));
        }
        String feed = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [%s]>
                <rss version="2.0"><channel><title>T</title><item><title>&lol9;</title></item></channel></rss>
                """.formatted(entities);
        List<ReadItem> items = read("lol.rss", utf8(feed));
        assertThat(items).singleElement().satisfies(item -> assertThat(reason(item)).contains("DOCTYPE"));
    }

    @Test
    void a_file_named_like_a_feed_that_is_no_feed_is_rejected() throws IOException {
        assertThat(reason(read("notes.xml", utf8("<notes><note>hi</note></notes>")).get(0)))
                .startsWith("not a readable RSS or Atom feed");
    }

    @Test
    void an_atom_feed_with_content_is_read() throws IOException {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2020-07-08T00:00:00Z</updated>
                <entry><title>Sirte port</title><id>urn:1</id><updated>2020-07-09T00:00:00Z</updated>
                <content type="html">&lt;p&gt;Boats left Sirte.&lt;/p&gt;</content></entry></feed>
                """;
        ReadItem.Document document = (ReadItem.Document) read("wire.atom", utf8(atom)).get(0);
        assertThat(document.source()).isEqualTo("Atom Wire");
        assertThat(new String(document.content(), StandardCharsets.UTF_8)).contains("Boats left Sirte.");
    }

    @Test
    void a_folder_is_read_recursively_and_links_are_not_followed_out_of_it() throws IOException {
        Path news = Files.createDirectories(folder.resolve("news/2020"));
        Files.writeString(news.resolve("a.txt"), "A\nTripoli");
        Path outside = Files.writeString(folder.resolve("outside.txt"), "Outside\nSirte");
        Files.createSymbolicLink(news.resolve("out.txt"), outside);
        Files.createSymbolicLink(news.resolve("again.txt"), news.resolve("a.txt"));
        Files.createSymbolicLink(news.resolve("loop"), folder.resolve("news"));
        List<ReadItem> items = read(folder.resolve("news"));
        assertThat(items).extracting(ReadItem::item).containsExactly("news/2020/a.txt", "news/2020/again.txt",
                "news/2020/loop", "news/2020/out.txt");
        assertThat(items.get(0)).isInstanceOf(ReadItem.Document.class);
        assertThat(items.get(1)).isInstanceOf(ReadItem.Document.class);
        assertThat(reason(items.get(2))).contains("to a folder");
        assertThat(reason(items.get(3))).contains("outside the folder");
    }
}
