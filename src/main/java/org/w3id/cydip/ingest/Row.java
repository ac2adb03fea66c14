package org.w3id.cydip.ingest;

import java.util.Map;

/** One data row of a source table, which knows where it came from for error messages. */
public record Row(String file, long line, Map<String, String> cells) {

    /** The trimmed cell of {@code column}, empty when blank. */
    public String get(String column) {
        String v = cells.get(column);
        if (v == null)
            throw new ImportException(file + ": no column \"" + column + "\"");
        return v.strip();
    }

    /** The cell of {@code column}, which must not be blank. */
    public String required(String column) {
        String v = get(column);
        if (v.isEmpty())
            throw error(column, "empty value");
        return v;
    }

    public boolean has(String column) {
        return !get(column).isEmpty();
    }

    /** An error naming {@code file:line}, the column and what is wrong. */
    public ImportException error(String column, String what) {
        return new ImportException(file + ":" + line + ": column \"" + column + "\": " + what);
    }
}
