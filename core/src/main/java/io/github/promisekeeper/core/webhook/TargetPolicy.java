package io.github.promisekeeper.core.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The SSRF rule for webhook targets: a URL is sent to only when it is absolute {@code http} or {@code https}
 * without user information, its host resolves, and <em>every</em> address it resolves to is public — not
 * loopback, link-local, private (RFC 1918), shared (RFC 6598), unique-local (fc00::/7), multicast, unspecified
 * or otherwise reserved, for IPv4 and IPv6 alike (IPv4-mapped and NAT64 IPv6 addresses are judged by their
 * IPv4 address) — unless the administrator allowed private targets for that endpoint explicitly. The check runs
 * when an endpoint is saved and again before every attempt (DNS answers change); redirects are never followed,
 * so a public target cannot send a request on to a private one.
 */
public final class TargetPolicy {

    /** Why a target is refused; the plugin turns each into a translated message. */
    public enum Refusal {
        NOT_ABSOLUTE_HTTP,
        USER_INFO,
        NO_HOST,
        UNRESOLVABLE,
        NOT_PUBLIC
    }

    /** The answer for one URL: allowed, or refused with the reason and (for NOT_PUBLIC) the address at fault. */
    public record Verdict(Refusal refusal, String detail) {
        static final Verdict ALLOWED = new Verdict(null, null);

        public boolean allowed() {
            return refusal == null;
        }
    }

    private final HostResolver resolver;

    public TargetPolicy(HostResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** Whether {@code url} may be sent to; {@code privateTargetsAllowed} is the endpoint's explicit exception. */
    public Verdict check(URI url, boolean privateTargetsAllowed) {
        if (url == null || !url.isAbsolute() || url.isOpaque() || !isHttp(url.getScheme())) {
            return new Verdict(Refusal.NOT_ABSOLUTE_HTTP, url == null ? "" : url.toString());
        }
        if (url.getRawUserInfo() != null) {
            return new Verdict(Refusal.USER_INFO, "");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return new Verdict(Refusal.NO_HOST, url.toString());
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return new Verdict(Refusal.UNRESOLVABLE, bare);
        }
        if (addresses.isEmpty()) {
            return new Verdict(Refusal.UNRESOLVABLE, bare);
        }
        if (privateTargetsAllowed) {
            return Verdict.ALLOWED;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return new Verdict(Refusal.NOT_PUBLIC, address.getHostAddress());
            }
        }
        return Verdict.ALLOWED;
    }

    private static boolean isHttp(String scheme) {
        String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        return lower.equals("http") || lower.equals("https");
    }

    /** True for an address on the public internet; false for every special-purpose range named in the class doc. */
    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address) {
            return isPublicIpv4(address.getAddress());
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(address.getAddress());
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        return !(b0 == 0 // "this network", 0.0.0.0 unspecified
                || b0 == 10 // private
                || b0 == 127 // loopback
                || (b0 == 100 && b1 >= 64 && b1 <= 127) // shared address space (carrier-grade NAT)
                || (b0 == 169 && b1 == 254) // link-local (cloud metadata services live here)
                || (b0 == 172 && b1 >= 16 && b1 <= 31) // private
                || (b0 == 192 && b1 == 0 && b2 == 0) // IETF protocol assignments
                || (b0 == 192 && b1 == 0 && b2 == 2) // documentation
                || (b0 == 192 && b1 == 168) // private
                || (b0 == 198 && (b1 == 18 || b1 == 19)) // benchmarking
                || (b0 == 198 && b1 == 51 && b2 == 100) // documentation
                || (b0 == 203 && b1 == 0 && b2 == 113) // documentation
                || b0 >= 224); // multicast, reserved, broadcast
    }

    private static boolean isPublicIpv6(byte[] a) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= a[i] == 0;
        }
        if (firstTenZero && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return isPublicIpv4(new byte[] {a[12], a[13], a[14], a[15]}); // IPv4-mapped ::ffff:a.b.c.d
        }
        if (firstTenZero && a[10] == 0 && a[11] == 0) {
            return false; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        int w0 = ((a[0] & 0xff) << 8) | (a[1] & 0xff);
        int w1 = ((a[2] & 0xff) << 8) | (a[3] & 0xff);
        if (w0 == 0x0064 && w1 == 0xff9b) {
            // NAT64 (64:ff9b::/96 and the local-use 64:ff9b:1::/48): judged by the IPv4 address inside.
            return isPublicIpv4(new byte[] {a[12], a[13], a[14], a[15]});
        }
        return !((w0 & 0xfe00) == 0xfc00 // unique-local fc00::/7
                || (w0 & 0xffc0) == 0xfe80 // link-local fe80::/10
                || (w0 & 0xffc0) == 0xfec0 // deprecated site-local fec0::/10
                || (w0 & 0xff00) == 0xff00 // multicast ff00::/8
                || (w0 == 0x2001 && w1 == 0x0db8) // documentation
                || w0 == 0x0100 // discard-only 100::/64
                || w0 == 0x2002 // 6to4, which embeds any IPv4 address
                || (w0 == 0x2001 && w1 == 0x0000)); // Teredo, which embeds any IPv4 address
    }
}
