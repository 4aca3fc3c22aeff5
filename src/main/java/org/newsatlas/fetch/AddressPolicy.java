package org.newsatlas.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which addresses a fetch may reach: only http and https, and only public addresses unless the host or
 * address is listed in {@code newsatlas.fetch.allowed-hosts}. A host with several addresses is refused if
 * any of them is internal, since the connection may use any of them.
 */
class AddressPolicy {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private final Set<String> allowed;
    private final Resolver resolver;

    /** Name resolution, a seam so that tests can make a public name point at an internal address. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    AddressPolicy(List<String> allowedHosts, Resolver resolver) {
        this.allowed = allowedHosts.stream().map(AddressPolicy::bare).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** The addresses the URI's host resolves to, all checked; refuses the URI otherwise. */
    List<InetAddress> check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw new FetchRefused("Only http and https addresses can be fetched, not " +
                    (scheme.isEmpty() ? "an address without a scheme" : scheme + ":") + ".");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchRefused("The address " + uri + " names no host.");
        }
        String bareHost = bare(host);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException e) {
            throw new FetchRefused("The host " + bareHost + " is not known.", e);
        }
        if (!allowed.contains(bareHost)) {
            for (InetAddress address : addresses) {
                internalKind(address).filter(kind -> !allowed.contains(address.getHostAddress()))
                        .ifPresent(kind -> {
                            throw new FetchRefused("The host " + bareHost + " is " + kind + " (" +
                                    address.getHostAddress() + "); such addresses are fetched only when listed in " +
                                    "newsatlas.fetch.allowed-hosts.");
                        });
            }
        }
        return Arrays.asList(addresses);
    }

    /** What kind of internal address this is, or empty for a public one. */
    static Optional<String> internalKind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isAnyLocalAddress() || (bytes.length == 4 && bytes[0] == 0)) {
            return Optional.of("an unspecified address");
        }
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            // ::127.0.0.1 reaches 127.0.0.1 on stacks that still honour the deprecated form
            try {
                return internalKind(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress() || (bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc)
                || (bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64)) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress() || (bytes.length == 4 && (bytes[0] & 0xf0) == 0xf0)) {
            return Optional.of("a multicast or reserved address");
        }
        return Optional.empty();
    }

    /**
     * Host names compare without case, address literals in Java's spelling ({@code ::1} is
     * {@code 0:0:0:0:0:0:0:1}), so that a listed address matches however it was written.
     */
    private static String bare(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        String unbracketed = lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
        if (unbracketed.contains(":") || unbracketed.matches("[0-9.]+")) {
            try {
                // a literal is parsed, never looked up
                return InetAddress.getByName(unbracketed).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                return unbracketed;
            }
        }
        return unbracketed;
    }
}
