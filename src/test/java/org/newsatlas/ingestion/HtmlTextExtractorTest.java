package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlTextExtractorTest {

    private final HtmlTextExtractor extractor = new HtmlTextExtractor(new TextChecks(IngestionProperties.defaults()));

    private ExtractedText extract(String html) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_article_element_is_the_text_and_the_title_element_the_title() {
        ExtractedText extracted = extract("""
                <html><head><title>Talks in Tripoli</title></head><body>
                <nav>Home | World</nav>
                <article><h1>Talks in Tripoli</h1><p>First paragraph
                  spread over lines.</p><p>Second paragraph.</p></article>
                <footer>© Newspaper</footer></body></html>""");

        assertThat(extracted.title()).isEqualTo("Talks in Tripoli");
        assertThat(extracted.text()).isEqualTo("Talks in Tripoli\n\nFirst paragraph spread over lines.\n\nSecond paragraph.");
    }

    @Test
    void an_internal_dtd_subset_is_dropped_unread_and_the_title_stays_the_title() {
        ExtractedText extracted = extract("""
                <!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><head><title>Talks in Sirte</title></head>
                <body><p>&x; Delegations met in Sirte.</p></body></html>""");
        ExtractedText plain = extract("""
                <!DOCTYPE html><html><head><title>Talks in Sirte</title></head>
                <body><p>&x; Delegations met in Sirte.</p></body></html>""");

        assertThat(extracted.title()).isEqualTo("Talks in Sirte");
        assertThat(extracted.text()).isEqualTo("&x; Delegations met in Sirte.").doesNotContain("root:");
        assertThat(plain).isEqualTo(extracted);
    }

    @Test
    void main_is_used_when_there_is_no_article_element() {
        ExtractedText extracted = extract("<body><header>Site</header><main><p>News from Sirte.</p></main><aside>Ads</aside></body>");

        assertThat(extracted.text()).isEqualTo("News from Sirte.");
    }

    @Test
    void without_article_or_main_the_body_loses_navigation_header_footer_aside_and_forms() {
        ExtractedText extracted = extract("""
                <body><header>Site header</header><nav>Menu</nav>
                <div><p>Carthage is near Tunis.</p><p>Second.</p></div>
                <aside>Related</aside><form><input value="x">Subscribe</form><footer>Footer</footer></body>""");

        assertThat(extracted.text()).isEqualTo("Carthage is near Tunis.\n\nSecond.");
    }

    @Test
    void scripts_and_styles_are_dropped() {
        ExtractedText extracted = extract("<article><script>alert(1)</script><style>p{}</style><p>Text.</p></article>");

        assertThat(extracted.text()).isEqualTo("Text.");
    }

    @Test
    void escaped_markup_stays_literal_text() {
        ExtractedText extracted = extract("<article><p>&lt;img src=x onerror=alert(1)&gt; in Tripoli</p></article>");

        assertThat(extracted.text()).isEqualTo("<img src=x onerror=alert(1)> in Tripoli");
    }

    @Test
    void the_first_heading_is_the_title_when_the_page_has_no_title_element() {
        assertThat(extract("<body><h1>Headline</h1><p>Body.</p></body>").title()).isEqualTo("Headline");
    }

    @Test
    void line_breaks_inside_a_paragraph_are_kept() {
        assertThat(extract("<article><p>One<br>Two</p></article>").text()).isEqualTo("One\nTwo");
    }
}
