package io.github.promisekeeper.core.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TargetPolicyTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A resolver with fixed answers; literals resolve to themselves. */
    private static final Map<String, List<InetAddress>> DNS = Map.of(
            "crm.example.com", List.of(ip("93.184.216.34"), ip("2606:2800:220:1:248:1893:25c8:1946")),
            "rebind.example.com", List.of(ip("93.184.216.34"), ip("10.0.0.7")),
            "internal.example.com", List.of(ip("192.168.1.20")));

    private final TargetPolicy policy = new TargetPolicy(host -> {
        if (DNS.containsKey(host)) {
            return DNS.get(host);
        }
        if (host.matches("[0-9a-fA-F:.]+")) {
            return List.of(ip(host));
        }
        throw new UnknownHostException(host);
    });

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.1.2.3",
                "0.0.0.0",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "224.0.0.1",
                "239.255.255.250",
                "255.255.255.255",
                "192.0.2.1",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "ff02::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "64:ff9b::a00:1",
                "2001:db8::1",
                "fec0::1"
            })
    void refusesSpecialPurposeAddresses(String address) {
        assertThat(TargetPolicy.isPublic(ip(address))).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "64:ff9b::808:808"})
    void allowsPublicAddresses(String address) {
        assertThat(TargetPolicy.isPublic(ip(address))).as(address).isTrue();
    }

    @Test
    void allowsAnHttpsUrlWhoseEveryAddressIsPublic() {
        assertThat(policy.check(URI.create("https://crm.example.com/hooks"), false)
                        .allowed())
                .isTrue();
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsPrivate() {
        TargetPolicy.Verdict verdict = policy.check(URI.create("https://rebind.example.com/hooks"), false);

        assertThat(verdict.refusal()).isEqualTo(TargetPolicy.Refusal.NOT_PUBLIC);
        assertThat(verdict.detail()).isEqualTo("10.0.0.7");
    }

    @Test
    void refusesLiteralLoopbackInBracketsAndDecimalForms() {
        assertThat(policy.check(URI.create("http://[::1]:8080/x"), false).refusal())
                .isEqualTo(TargetPolicy.Refusal.NOT_PUBLIC);
        assertThat(policy.check(URI.create("http://127.0.0.1:9/"), false).refusal())
                .isEqualTo(TargetPolicy.Refusal.NOT_PUBLIC);
    }

    @Test
    void allowsAPrivateTargetOnlyWhenTheAdministratorAllowedIt() {
        URI internal = URI.create("http://internal.example.com/hook");

        assertThat(policy.check(internal, false).refusal()).isEqualTo(TargetPolicy.Refusal.NOT_PUBLIC);
        assertThat(policy.check(internal, true).allowed()).isTrue();
    }

    @Test
    void refusesOtherSchemesUserInfoMissingHostsAndUnknownHosts() {
        assertThat(policy.check(URI.create("ftp://crm.example.com/x"), true).refusal())
                .isEqualTo(TargetPolicy.Refusal.NOT_ABSOLUTE_HTTP);
        assertThat(policy.check(URI.create("/relative"), true).refusal())
                .isEqualTo(TargetPolicy.Refusal.NOT_ABSOLUTE_HTTP);
        assertThat(policy.check(URI.create("https://user:pw@crm.example.com/x"), true)
                        .refusal())
                .isEqualTo(TargetPolicy.Refusal.USER_INFO);
        assertThat(policy.check(URI.create("https:///x"), true).refusal()).isEqualTo(TargetPolicy.Refusal.NO_HOST);
        assertThat(policy.check(URI.create("https://nowhere.invalid/x"), true).refusal())
                .isEqualTo(TargetPolicy.Refusal.UNRESOLVABLE);
    }
}
