package org.newsatlas.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    /** Names that resolve as a hostile DNS server could make them resolve; literals as themselves. */
    private static final Map<String, String> NAMES = Map.of(
            "news.example", "93.184.216.34",
            "metadata.example", "169.254.169.254",
            "intranet.example", "10.1.2.3");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = NAMES.getOrDefault(host, host);
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    private static AddressPolicy allowing(String... hosts) {
        return new AddressPolicy(List.of(hosts), AddressPolicyTest::resolve);
    }

    @Test
    void a_public_address_passes() {
        assertThat(allowing().check(URI.create("https://news.example/feed"))).hasSize(1);
    }

    @Test
    void the_cloud_metadata_address_is_refused_by_address_and_by_a_name_that_points_at_it() {
        assertThatThrownBy(() -> allowing().check(URI.create("http://169.254.169.254/latest/meta-data/")))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("link-local");
        assertThatThrownBy(() -> allowing().check(URI.create("http://metadata.example/")))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("169.254.169.254");
    }

    @Test
    void ipv6_loopback_is_refused_unless_listed() {
        assertThatThrownBy(() -> allowing().check(URI.create("http://[::1]:8080/")))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("loopback");
        assertThat(allowing("::1").check(URI.create("http://[::1]:8080/"))).hasSize(1);
        assertThat(allowing("[0:0:0:0:0:0:0:1]").check(URI.create("http://[::1]:8080/"))).hasSize(1);
    }

    @Test
    void a_private_name_is_refused_unless_its_name_or_address_is_listed() {
        assertThatThrownBy(() -> allowing().check(URI.create("http://intranet.example/feed")))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("private");
        assertThat(allowing("INTRANET.example").check(URI.create("http://intranet.example/feed"))).hasSize(1);
        assertThat(allowing("10.1.2.3").check(URI.create("http://intranet.example/feed"))).hasSize(1);
    }

    @Test
    void every_kind_of_internal_address_is_named_and_public_ones_are_not() throws Exception {
        Map<String, String> kinds = Map.ofEntries(
                Map.entry("127.0.0.1", "loopback"), Map.entry("127.8.9.10", "loopback"), Map.entry("::1", "loopback"),
                Map.entry("10.0.0.1", "private"), Map.entry("172.16.0.1", "private"),
                Map.entry("172.31.255.255", "private"), Map.entry("192.168.1.1", "private"),
                Map.entry("fc00::1", "private"), Map.entry("fd12:3456::1", "private"),
                Map.entry("169.254.169.254", "link-local"), Map.entry("fe80::1", "link-local"),
                Map.entry("0.0.0.0", "unspecified"), Map.entry("::", "unspecified"),
                Map.entry("224.0.0.1", "multicast"), Map.entry("ff02::1", "multicast"),
                Map.entry("::ffff:127.0.0.1", "loopback"), Map.entry("::127.0.0.1", "loopback"));
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            assertThat(AddressPolicy.internalKind(InetAddress.getByName(kind.getKey())))
                    .as(kind.getKey()).hasValueSatisfying(named -> assertThat(named).contains(kind.getValue()));
        }
        for (String publicAddress : List.of("93.184.216.34", "172.32.0.1", "8.8.8.8", "2606:4700::1111")) {
            assertThat(AddressPolicy.internalKind(InetAddress.getByName(publicAddress))).as(publicAddress).isEmpty();
        }
    }
}
