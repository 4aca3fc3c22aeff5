package org.newsatlas.feeds;

/** Fixture feeds and pages; {@code BASE} in them is replaced with the test server's address. */
final class FeedFixtures {

    private FeedFixtures() {
    }

    static final String LONG_TEXT = "Delegations met in Tripoli on Tuesday to discuss the ceasefire. " +
            "Officials from Benghazi said the talks would continue next week, and that the envoys had agreed " +
            "on a timetable for the exchange of prisoners. Observers from Cairo welcomed the progress made.";

    static String rss(String base, String title, String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>%s</title>
                    <link>BASE/</link>
                    <description>Fixture feed</description>
                    %s
                  </channel>
                </rss>""".formatted(title, items).replace("BASE", base);
    }

    static String rssItem(String base, String title, String path, String date, String encoded) {
        return """
                <item>
                  <title>%s</title>
                  <link>BASE%s</link>
                  <guid>BASE%s</guid>
                  <pubDate>%s</pubDate>
                  <description>A teaser.</description>
                  %s
                </item>""".formatted(title, path, path, date,
                encoded == null ? "" : "<content:encoded><![CDATA[<p>" + encoded + "</p>]]></content:encoded>")
                .replace("BASE", base);
    }

    static String atom(String base) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom Wire</title>
                  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                  <updated>2025-03-04T10:00:00Z</updated>
                  <entry>
                    <title>Port reopens in Misrata</title>
                    <link href="BASE/atom/misrata.html"/>
                    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                    <published>2025-03-04T09:30:00Z</published>
                    <updated>2025-03-04T09:30:00Z</updated>
                    <summary>Short.</summary>
                  </entry>
                </feed>""".replace("BASE", base);
    }

    static String page(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><nav>Home | World</nav><article><h1>" + title +
                "</h1><p>" + text + "</p></article><footer>Copyright</footer></body></html>";
    }
}
