package org.corroborate.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 keys and content hashes of the store. Stateless. */
final class Sha256 {

    private Sha256() {
    }

    /** Hex SHA-256 of {@code parts} with {@code separator} between each two. */
    static String hex(byte separator, byte[]... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                digest.update(separator);
            }
            digest.update(parts[i]);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
