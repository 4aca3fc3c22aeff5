package org.newsatlas.ingestion;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The title and main text of a web page: the {@code <article>}, else {@code <main>}, else the
 * body without navigation, header, footer, asides, scripts and forms. Paragraphs become blocks
 * separated by a blank line. Markup never survives: what comes out is text only.
 */
@Component
@Order(0)
public class HtmlTextExtractor implements ArticleTextExtractor {

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas";
    private static final String PAGE_CHROME = "nav, header, footer, aside, form";
    private static final Pattern DTD_SUBSET = Pattern.compile("(?is)\\A\\s*(?:<\\?xml[^>]*>\\s*)?<!DOCTYPE[^\\[>]*\\[.*?]\\s*>");

    private final TextChecks checks;

    HtmlTextExtractor(TextChecks checks) {
        this.checks = checks;
    }

    @Override
    public boolean accepts(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || (contentType != null && contentType.startsWith("text/html"));
    }

    @Override
    public ExtractedText extract(byte[] content) {
        String html = checks.decode(content); // size, NUL bytes and UTF-8 before any parsing
        // HTML has no entities of its own making: an internal DTD subset is dropped unread, and with
        // it the "]>" an HTML parser would otherwise leave in the text, pushing the title out of the head
        Document document = Jsoup.parse(DTD_SUBSET.matcher(html).replaceFirst("<!DOCTYPE html>"));
        document.select(NEVER_TEXT).remove();
        Element root = mainElement(document);
        String title = document.title().isBlank() ? firstHeading(document) : document.title().strip();
        return new ExtractedText(title, text(root));
    }

    private static Element mainElement(Document document) {
        Element article = document.selectFirst("article");
        if (article != null) {
            return article;
        }
        Element main = document.selectFirst("main");
        if (main != null) {
            return main;
        }
        document.body().select(PAGE_CHROME).remove();
        return document.body();
    }

    private static String firstHeading(Document document) {
        Element heading = document.selectFirst("h1");
        return heading == null || heading.text().isBlank() ? null : heading.text();
    }

    /** Text with paragraph breaks: every block element starts and ends a paragraph. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    out.append(textNode.text());
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        out.append('\n');
                    } else if (element.isBlock()) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && !element.nameIs("br")) {
                    out.append("\n\n");
                }
            }
        }, root);
        return Arrays.stream(out.toString().split("\\n\\s*\\n"))
                .map(paragraph -> paragraph.lines()
                        .map(line -> line.replaceAll("[ \\t\\u00A0]+", " ").strip())
                        .filter(line -> !line.isEmpty())
                        .collect(Collectors.joining("\n")))
                .filter(paragraph -> !paragraph.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
