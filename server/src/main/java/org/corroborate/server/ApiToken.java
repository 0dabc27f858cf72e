package org.corroborate.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bearer token that write routes require ({@code Authorization: Bearer <token>}), kept in a file: created on first
 * use with 256 random bits from {@link SecureRandom} (64 hexadecimal characters), readable and writable by its owner
 * only where the file system has POSIX permissions, and read back afterwards.
 *
 * <p>Immutable and thread-safe. {@link #toString()} names the file, never the token.
 */
public final class ApiToken {

    /** Shortest token accepted from a file, in characters (a hand-written token must still be hard to guess). */
    static final int MIN_LENGTH = 32;

    private static final int RANDOM_BYTES = 32;
    private static final String BEARER = "Bearer ";

    private final Path file;
    private final byte[] token;

    private ApiToken(Path file, String token) {
        this.file = file;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The token in {@code file}, creating the file (and its folder) with a new random token when it does not exist.
     *
     * @param file where the token is kept; never null
     * @return the token
     * @throws UncheckedIOException     when the file cannot be read or written
     * @throws IllegalArgumentException when the file holds no token or one shorter than {@value #MIN_LENGTH}
     *                                  characters (the message names the file, never its content)
     */
    public static ApiToken loadOrCreate(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            if (!Files.exists(file)) {
                try {
                    create(file);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: read theirs
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.length() < MIN_LENGTH || text.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(file + ": not an API token (expected one line of at least "
                        + MIN_LENGTH + " characters without spaces; delete the file to get a new token)");
            }
            return new ApiToken(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read or create the API token: " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        boolean posix = Files.getFileAttributeView(folder == null ? file.toAbsolutePath() : folder,
                PosixFileAttributeView.class) != null;
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
    }

    /** The file the token is kept in. */
    public Path file() {
        return file;
    }

    /**
     * Whether an {@code Authorization} header carries this token. The comparison takes the same time wherever the
     * first difference is.
     *
     * @param authorization the header's value; nullable (absent: false)
     */
    boolean admits(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }

    @Override
    public String toString() {
        return "API token in " + file;
    }
}
