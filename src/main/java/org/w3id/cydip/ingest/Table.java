package org.w3id.cydip.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A source table: a UTF-8, comma-separated file with a header row. */
public final class Table {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private Table() {}

    /** Reads {@code dir/name}; errors name the file as {@code name}. */
    public static List<Row> read(Path dir, String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file))
            throw new ImportException(name + ": no such source table in " + dir);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(in)) {
            List<String> header = parser.getHeaderNames();
            List<Row> rows = new ArrayList<>();
            long lastLine = 1;
            for (CSVRecord r : parser) {
                rows.add(row(name, lastLine + 1, header, r));
                lastLine = parser.getCurrentLineNumber();
            }
            return rows;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new ImportException(name + ": malformed CSV: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new ImportException(name + ": malformed CSV: " + e.getCause().getMessage(), e);
        }
    }

    private static Row row(String name, long line, List<String> header, CSVRecord r) {
        if (r.size() != header.size()) {
            String column = r.size() < header.size() ? header.get(r.size()) : "#" + (header.size() + 1);
            throw new ImportException(name + ":" + line + ": column \"" + column + "\": expected "
                    + header.size() + " cells, found " + r.size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++)
            cells.put(header.get(i), r.get(i));
        return new Row(name, line, cells);
    }
}
