package org.newsatlas.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The one way NewsAtlas reads from the web, for feeds and pages alike. Every hop of a redirect chain is
 * checked by the {@link AddressPolicy} before it is connected to; time and size are bounded.
 *
 * <p>DNS rebinding: the policy resolves the host and checks every address; the connection then asks the
 * JVM's resolver again, which answers from its cache ({@code networkaddress.cache.ttl}, 30 s by default
 * without a security manager), so it connects to a checked address unless the cached answer expires
 * between check and connect. That window remains; closing it needs a socket factory per hop.
 */
@Service
public class SafeFetcher {

    private final AddressPolicy policy;
    private final FetchProperties properties;
    private final Clock clock;
    private final String userAgent;

    SafeFetcher(FetchProperties properties, Clock clock) {
        this.policy = new AddressPolicy(properties.allowedHosts(), InetAddress::getAllByName);
        this.properties = properties;
        this.clock = clock;
        this.userAgent = UserAgent.value(properties.contact());
    }

    /** Fetches the address, following up to the configured number of redirects; refuses with a reason. */
    public Fetched fetch(String address, ContentKind kind) {
        URI uri = parse(address);
        Instant deadline = clock.instant().plus(properties.totalTimeout());
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            policy.check(uri);
            HttpURLConnection connection = open(uri);
            try {
                int status = connection.getResponseCode();
                if (status >= 300 && status < 400 && status != 304) {
                    uri = redirectTarget(uri, connection.getHeaderField("Location"));
                    continue;
                }
                if (status != HttpURLConnection.HTTP_OK) {
                    throw new FetchRefused(uri + " answered HTTP " + status + ".");
                }
                String mediaType = ContentKind.mediaType(connection.getContentType());
                if (!kind.accepts(mediaType)) {
                    throw new FetchRefused(uri + " is not " + kind.description() + " (its type is " +
                            (mediaType.isEmpty() ? "not given" : mediaType) + ").");
                }
                if (connection.getContentLengthLong() > properties.maxBytes()) {
                    throw tooLarge(uri);
                }
                return new Fetched(uri, mediaType, body(connection, uri, deadline));
            } catch (SocketTimeoutException e) {
                throw new FetchRefused(uri + " did not answer in time.", e);
            } catch (IOException e) {
                throw new FetchRefused(uri + " could not be read: " + e.getMessage(), e);
            } finally {
                connection.disconnect();
            }
        }
        throw new FetchRefused(address + " redirects more than " + properties.maxRedirects() + " times.");
    }

    private HttpURLConnection open(URI uri) {
        try {
            // no proxy: a proxy would resolve the host itself, past the policy's check
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout((int) properties.connectTimeout().toMillis());
            connection.setReadTimeout((int) properties.readTimeout().toMillis());
            connection.setUseCaches(false);
            connection.setRequestProperty("User-Agent", userAgent);
            connection.setRequestProperty("Accept-Encoding", "identity");
            return connection;
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchRefused(uri + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Reads at most maxBytes and stops: a longer body is refused without being read to its end. */
    private byte[] body(HttpURLConnection connection, URI uri, Instant deadline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = connection.getInputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                if (out.size() > properties.maxBytes()) {
                    throw tooLarge(uri);
                }
                if (clock.instant().isAfter(deadline)) {
                    throw new FetchRefused(uri + " took longer than " + properties.totalTimeout().toSeconds() +
                            " s to read.");
                }
            }
        }
        return out.toByteArray();
    }

    private FetchRefused tooLarge(URI uri) {
        return new FetchRefused(uri + " is larger than " + properties.maxBytes() + " bytes.");
    }

    private static URI redirectTarget(URI from, String location) {
        if (location == null || location.isBlank()) {
            throw new FetchRefused(from + " redirects without saying where to.");
        }
        try {
            return from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchRefused(from + " redirects to an address that cannot be read: " + location, e);
        }
    }

    private static URI parse(String address) {
        try {
            URI uri = new URI(address == null ? "" : address.strip());
            if (uri.getScheme() == null) {
                throw new FetchRefused("Only http and https addresses can be fetched: \"" + address +
                        "\" has no scheme.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchRefused("\"" + address + "\" is not a web address.", e);
        }
    }
}
