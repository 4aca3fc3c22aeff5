package org.newsatlas.security;

import java.net.URI;

/**
 * The Content-Security-Policy the app runs under. Vaadin's client starts with an inline script and
 * runs the server's JavaScript snippets through the Function constructor, hence 'unsafe-inline'
 * and 'unsafe-eval' for scripts; everything else comes from this origin, plus the optional map
 * tile server for images. No page may frame the app.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String of(String tileUrl) {
        String tiles = tileOrigin(tileUrl);
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:" + (tiles.isEmpty() ? "" : " " + tiles),
                "font-src 'self' data:",
                "connect-src 'self' ws: wss:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** "https://tile.example.org" from a template such as "https://tile.example.org/{z}/{x}/{y}.png". */
    static String tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        try {
            URI uri = URI.create(tileUrl.replace("{", "").replace("}", "").replace("$", ""));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String host = uri.getHost().replaceFirst("^s\\.", "*.");
            return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
