package org.corroborate.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether a URL may be fetched: http or https with a host, and, unless private networks are allowed, only
 * when every address the host resolves to is public (not loopback, private, link-local, carrier-grade NAT, unique
 * local, multicast or unspecified). Checked for the first URL and every redirect target. Thread-safe.
 *
 * <p>Limit: the check resolves the name itself; a name whose DNS answer changes between the check and the
 * connection (DNS rebinding) is not caught.
 */
final class AddressPolicy {

    private final boolean allowPrivate;

    AddressPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Kind.BAD_URL, uri, "only http and https URLs can be fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException(FetchException.Kind.BAD_URL, uri, "the URL has no host");
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.NETWORK, uri, "unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new FetchException(FetchException.Kind.REFUSED, uri, host + " resolves to the non-public"
                        + " address " + address.getHostAddress() + "; refused (use --allow-private-network to"
                        + " fetch from private or local networks)");
            }
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            boolean carrierNat = first == 100 && second >= 64 && second <= 127;
            boolean thisNetwork = first == 0;
            boolean benchmarking = first == 198 && (second == 18 || second == 19);
            boolean reserved = first >= 240;
            return !(carrierNat || thisNetwork || benchmarking || reserved);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xFE) == 0xFC;
            boolean mappedV4 = isV4Mapped(b);
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        return false;
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    }
}
