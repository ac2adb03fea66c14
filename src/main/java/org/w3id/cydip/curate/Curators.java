package org.w3id.cydip.curate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may accept entries. Read from a password file (lines {@code user:hash},
 * hashes from {@link PasswordHash}; blank lines and {@code #} comments skipped)
 * and/or the environment ({@code CYDIP_CURATOR_USER}, {@code CYDIP_CURATOR_PASSWORD}).
 * There is no default account: with neither, nobody is a curator.
 */
public final class Curators {
    public static final String USER_ENV = "CYDIP_CURATOR_USER";
    public static final String PASSWORD_ENV = "CYDIP_CURATOR_PASSWORD";

    private final Map<String, String> hashes;
    private final String envUser;
    private final byte[] envPassword;

    private Curators(Map<String, String> hashes, String envUser, String envPassword) {
        this.hashes = hashes;
        this.envUser = blankToNull(envUser);
        this.envPassword = this.envUser == null || blankToNull(envPassword) == null ? null
                : envPassword.getBytes(StandardCharsets.UTF_8);
    }

    /** Curators from {@code file} (may be null) and the given environment. */
    public static Curators load(Path file, Map<String, String> env) {
        Map<String, String> hashes = file == null ? Map.of() : readFile(file);
        return new Curators(hashes, env.get(USER_ENV), env.get(PASSWORD_ENV));
    }

    /** Nobody. */
    public static Curators none() {
        return new Curators(Map.of(), null, null);
    }

    public boolean isEmpty() {
        return hashes.isEmpty() && envPassword == null;
    }

    /**
     * Are these a curator's credentials? An unknown user costs the same hashing as
     * a known one, so that the time taken does not tell which names are curators.
     */
    public boolean check(String user, char[] password) {
        String stored = hashes.get(user);
        if (stored != null)
            return PasswordHash.verify(password, stored);
        if (!hashes.isEmpty())
            PasswordHash.verify(password, DUMMY.get());
        if (envPassword != null && envUser.equals(user))
            return MessageDigest.isEqual(envPassword, new String(password).getBytes(StandardCharsets.UTF_8));
        return false;
    }

    /** A hash of nothing in particular, made once, to spend on unknown users. */
    private static final java.util.function.Supplier<String> DUMMY = new java.util.function.Supplier<>() {
        private volatile String hash;

        @Override
        public String get() {
            String h = hash;
            if (h == null)
                hash = h = PasswordHash.hash("not a curator".toCharArray());
            return h;
        }
    };

    private static Map<String, String> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CurateException(file + ": cannot read the curators file: " + e.getMessage(), e);
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(colon + 1).startsWith("pbkdf2-"))
                throw new CurateException(file + ":" + (i + 1) + ": expected user:hash (make the hash with `cydip hash-password`)");
            hashes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return hashes;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
