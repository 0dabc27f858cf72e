package org.corroborate.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The canonical form of an article URL: tracking parameters and the fragment removed, scheme and host lower-cased. */
final class CanonicalUrl {

    private static final Pattern TRACKING = Pattern.compile("(?i)^(utm_.*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|"
            + "mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref|ref_src|referrer|cmpid|cmp|smid|smtyp|ocid|"
            + "at_medium|at_campaign|at_custom\\d*|itm_.*|ns_.*|sr_share|s_cid|wt\\.mc_id|guccounter|"
            + "guce_referrer.*)$");

    private CanonicalUrl() {
    }

    /** {@code url} without tracking parameters; null when {@code url} is null or not an absolute http(s) URL. */
    static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            String query = uri.getRawQuery();
            List<String> kept = new ArrayList<>();
            if (query != null) {
                for (String param : query.split("&")) {
                    String name = param.split("=", 2)[0];
                    if (!param.isEmpty() && !TRACKING.matcher(name).matches()) {
                        kept.add(param);
                    }
                }
            }
            StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getRawAuthority()
                    .toLowerCase(Locale.ROOT));
            String path = uri.getRawPath();
            out.append(path == null || path.isEmpty() ? "/" : path);
            if (!kept.isEmpty()) {
                out.append('?').append(String.join("&", kept));
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
