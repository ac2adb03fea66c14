package org.w3id.cydip.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A source that is one of the project's own files under {@code data/sources/}: a folder's
 * notes ({@code SOURCES.md}, the tables' {@code README.md}) or a table, cited by curated
 * rows. The published graph never names the file: a notes file is titled by its own
 * first heading; a table is labelled for what it is, with a description.
 */
final class InternalSource {
    static final String PREFIX = "data/sources/";
    private static final String TABLE_DESCRIPTION = "One of the tables that cydip's data is imported from; "
            + "each of its rows cites the documents its facts were read from.";

    private final Path dir;

    InternalSource(Path sourcesDir) {
        this.dir = sourcesDir;
    }

    static boolean is(String key) {
        return key.startsWith(PREFIX);
    }

    void write(Facts.Subject s, String key) {
        String path = key.substring(PREFIX.length());
        Optional<String> heading = path.endsWith(".md") ? heading(dir.resolve(path)) : Optional.empty();
        if (heading.isPresent()) {
            s.en(Terms.LABEL, heading.get()).en(Terms.TITLE, heading.get());
            return;
        }
        String[] parts = path.replaceFirst("\\.[a-z]+$", "").split("/");
        String name = parts[parts.length - 1].replace('_', ' ');
        String folder = parts.length > 1 ? " (" + parts[0] + ")" : "";
        s.en(Terms.LABEL, "cydip source table: " + name + folder).en(Terms.DESCRIPTION, TABLE_DESCRIPTION);
    }

    /** The text of the file's first Markdown heading. */
    static Optional<String> heading(Path file) {
        if (!Files.isRegularFile(file))
            return Optional.empty();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("# "))
                    .map(l -> l.substring(2).strip()).findFirst();
        } catch (IOException e) {
            throw new ImportException(PREFIX + file.getFileName() + ": cannot read its heading: " + e.getMessage(), e);
        }
    }
}
