package org.w3id.cydip.curate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuratorsTest {
    @TempDir
    Path dir;

    @Test
    void password_hash_verifies_only_its_password_and_is_salted() {
        String h = PasswordHash.hash("pw".toCharArray(), 1000);
        assertTrue(PasswordHash.verify("pw".toCharArray(), h));
        assertFalse(PasswordHash.verify("pW".toCharArray(), h));
        assertFalse(h.equals(PasswordHash.hash("pw".toCharArray(), 1000)));
        assertFalse(PasswordHash.verify("pw".toCharArray(), "pw"));
    }

    @Test
    void curators_file_accepts_its_users_and_skips_comments() throws IOException {
        Path f = dir.resolve("curators.txt");
        Files.writeString(f, "# curators\n\nalice:" + PasswordHash.hash("a".toCharArray(), 1000) + "\n");
        Curators c = Curators.load(f, Map.of());
        assertTrue(c.check("alice", "a".toCharArray()));
        assertFalse(c.check("alice", "b".toCharArray()));
        assertFalse(c.check("bob", "a".toCharArray()));
    }

    @Test
    void curators_file_with_a_plain_password_is_refused() throws IOException {
        Path f = dir.resolve("curators.txt");
        Files.writeString(f, "alice:secret\n");
        CurateException e = assertThrows(CurateException.class, () -> Curators.load(f, Map.of()));
        assertTrue(e.getMessage().contains("curators.txt:1:"), e.getMessage());
    }

    @Test
    void environment_gives_one_curator() {
        Curators c = Curators.load(null, Map.of(Curators.USER_ENV, "ci", Curators.PASSWORD_ENV, "pw"));
        assertTrue(c.check("ci", "pw".toCharArray()));
        assertFalse(c.check("ci", "".toCharArray()));
    }

    @Test
    void without_file_or_environment_there_is_nobody() {
        Curators c = Curators.load(null, Map.of(Curators.USER_ENV, "ci"));
        assertTrue(c.isEmpty());
        assertFalse(c.check("ci", "".toCharArray()));
        assertFalse(c.check("admin", "admin".toCharArray()));
    }
}
