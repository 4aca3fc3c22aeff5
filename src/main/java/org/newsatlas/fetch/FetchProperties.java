package org.newsatlas.fetch;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How feeds and pages are fetched from the web.
 *
 * @param allowedHosts   hosts or addresses that may be fetched although they are loopback, private or
 *                       link-local (a feed on the intranet, a test server); empty by default
 * @param connectTimeout longest wait for a connection
 * @param readTimeout    longest silence while reading
 * @param totalTimeout   longest a whole fetch may take, redirects included: a server that trickles a byte
 *                       a second never trips the read timeout
 * @param maxBytes       largest body read; a longer one is refused, not cut (a cut page is a wrong page)
 * @param maxRedirects   redirects followed before giving up
 * @param contact        an address for server owners, added to the user agent ("+https://..." or a mail
 *                       address); empty by default, since only the person running NewsAtlas knows one
 */
@ConfigurationProperties("newsatlas.fetch")
public record FetchProperties(
        @DefaultValue("") List<String> allowedHosts,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout,
        @DefaultValue("30s") Duration totalTimeout,
        @DefaultValue("5242880") long maxBytes,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("") String contact) {

    public FetchProperties {
        allowedHosts = allowedHosts == null ? List.of()
                : allowedHosts.stream().map(String::strip).filter(host -> !host.isEmpty()).toList();
    }

    public static FetchProperties allowing(List<String> hosts) {
        return new FetchProperties(hosts, Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30),
                5_242_880L, 5, "");
    }
}
