package org.w3id.cydip.portability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.query.QueryRunner;

/**
 * The cases of a portability run: every canned query once per line of the
 * parameter file, then every probe. A line of the parameter file is a query's
 * name and {@code name=value} pairs; a name alone runs the query with its
 * defaults and its optional parameters unbound. {@code #} starts a comment.
 */
final class Cases {
    private Cases() {}

    /** The cases of {@code project}'s canned queries by {@code parameters}, then those of the probes in {@code probes}. */
    static List<Case> read(ProjectFiles project, Path parameters, Path probes) {
        QueryCatalogue catalogue = QueryCatalogue.load(project);
        List<Case> out = new ArrayList<>();
        for (ParameterSet set : ParameterSet.read(parameters)) {
            CannedQuery q = catalogue.get(set.query());
            out.add(new Case(set.label(), q.query(), q.bind(set.values()), skip(q.query())));
        }
        if (probes != null && Files.isDirectory(probes))
            for (Path f : list(probes))
                out.add(probe(f));
        return out;
    }

    private static Case probe(Path file) {
        String name = "probe " + file.getFileName().toString().replaceFirst("\\.rq$", "");
        String text = read(file);
        Query q = QueryRunner.parse(text, file.toString());
        if (q.isConstructType())
            return new Case(name, q, BindingFactory.empty(), skip(q));
        CannedQuery c = CannedQuery.parse(file.getFileName().toString(), text);
        return new Case(name, c.query(), c.bind(Map.of()), skip(q));
    }

    private static String skip(Query q) {
        return q.serialize().matches("(?is).*\\bSERVICE\\b.*") ? "uses SERVICE (reaches another endpoint)" : null;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of the parameter file. */
    record ParameterSet(String query, Map<String, String> values) {
        String label() {
            StringBuilder b = new StringBuilder(query);
            values.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            return b.toString();
        }

        static List<ParameterSet> read(Path file) {
            List<ParameterSet> out = new ArrayList<>();
            List<String> lines = Cases.read(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replaceFirst("\\s*#.*$", "").strip();
                if (!line.isEmpty())
                    out.add(parse(line, file + ":" + (i + 1)));
            }
            return out;
        }

        private static ParameterSet parse(String line, String where) {
            String[] words = line.split("\\s+");
            Map<String, String> values = new LinkedHashMap<>();
            for (int w = 1; w < words.length; w++) {
                int eq = words[w].indexOf('=');
                if (eq <= 0)
                    throw new IllegalArgumentException(where + ": \"" + words[w] + "\" is not name=value");
                values.put(words[w].substring(0, eq), words[w].substring(eq + 1));
            }
            return new ParameterSet(words[0], values);
        }
    }
}
