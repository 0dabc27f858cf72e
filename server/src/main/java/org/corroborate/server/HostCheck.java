package org.corroborate.server;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers a server answers, against DNS rebinding: a page on another site whose name was made to
 * resolve to 127.0.0.1 could otherwise read this machine's store through the visitor's browser. A server bound to a
 * loopback address answers only requests that name a loopback host ({@code localhost}, {@code 127.x.y.z},
 * {@code [::1]}, with any port) or name none; a server bound to another address was exposed on purpose and answers
 * every name. No name is resolved: the check reads the text only.
 *
 * <p>Immutable and thread-safe.
 */
final class HostCheck {

    private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127(?:\\.\\d{1,3}){3}");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}$");

    private final boolean loopbackOnly;

    private HostCheck(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    /**
     * The check for a server bound to {@code bindAddress}.
     *
     * @param bindAddress the address the server binds, as given; not null
     * @return a check that admits only loopback names when the address is a loopback one, else every name
     */
    static HostCheck forBindAddress(String bindAddress) {
        return new HostCheck(isLoopback(bindAddress.strip()));
    }

    /**
     * Whether a request with this {@code Host} header is answered.
     *
     * @param hostHeader the header's value; nullable (no header: answered)
     * @return true when the request may be served
     */
    boolean allows(String hostHeader) {
        if (!loopbackOnly || hostHeader == null || hostHeader.isBlank()) {
            return true;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close > 0 && isLoopback(host.substring(1, close))
                    && (close == host.length() - 1 || PORT.matcher(host.substring(close + 1)).matches());
        }
        return isLoopback(PORT.matcher(host).replaceFirst(""));
    }

    private static boolean isLoopback(String name) {
        String host = name.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost") || LOOPBACK_IPV4.matcher(host).matches() || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }
}
