package org.w3id.cydip.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, read from {@code cydip-version.properties}: what a store records it was built by. */
public final class CydipVersion {
    private static final String VERSION = read();

    private CydipVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = CydipVersion.class.getResourceAsStream("/cydip-version.properties")) {
            Properties p = new Properties();
            if (in != null)
                p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
