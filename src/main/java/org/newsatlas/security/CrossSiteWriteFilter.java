package org.newsatlas.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No other web page may change data here: a browser marks a request another site's page sends
 * ({@code Sec-Fetch-Site}, {@code Origin}), and such a request that writes is refused with 403.
 * A plain-text POST needs no CORS preflight, so the browser would otherwise deliver it. Programs
 * (curl, scripts, the import command) send neither header and are not affected.
 */
public class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** A page on another port of localhost is "same-site" to a browser, but not the same origin. */
    private static final Set<String> OWN_SITES = Set.of("same-origin", "none");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!READS.contains(request.getMethod().toUpperCase(Locale.ROOT)) && isCrossSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"Requests from another site may not change data here.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !OWN_SITES.contains(fetchSite.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            // the server name and port come from the request's Host header
            return uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort()
                    && uri.getScheme().equalsIgnoreCase(request.getScheme());
        } catch (IllegalArgumentException notAnOrigin) {
            return false; // "null" (a sandboxed page) or garbage
        }
    }
}
