package org.w3id.cydip.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.cydip.load.ProjectFiles;

/** The canned queries of a project ({@code queries/*.rq}), all parsed once, by name. */
public final class QueryCatalogue {
    private final Map<String, CannedQuery> byName;
    private final Map<String, String> texts;

    private QueryCatalogue(Map<String, CannedQuery> byName, Map<String, String> texts) {
        this.byName = byName;
        this.texts = texts;
    }

    /** Reads and parses every {@code queries/*.rq} of {@code project}; the first bad file stops it. */
    public static QueryCatalogue load(ProjectFiles project) {
        return load(project, project.queryFiles());
    }

    /** Reads and parses {@code files} of {@code project} as canned queries; the first bad file stops it. */
    static QueryCatalogue load(ProjectFiles project, List<Path> files) {
        Map<String, CannedQuery> m = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path f : files) {
            String file = project.displayName(f);
            String text;
            try {
                text = Files.readString(f);
            } catch (IOException e) {
                throw new QueryException(file + ": cannot read: " + e.getMessage(), e);
            }
            CannedQuery q = CannedQuery.parse(file, text);
            if (m.put(q.name(), q) != null)
                throw new QueryException(file + ": a second query named " + q.name());
            texts.put(q.name(), text);
        }
        return new QueryCatalogue(m, texts);
    }

    public Collection<CannedQuery> all() {
        return byName.values();
    }

    /** The text of the file of query {@code name}, header and comments included, as pages show it. */
    public String text(String name) {
        get(name);
        return texts.get(name);
    }

    /** The query called {@code name}; an {@link UnknownQueryException} if there is none. */
    public CannedQuery get(String name) {
        CannedQuery q = byName.get(name);
        if (q == null)
            throw new UnknownQueryException("no canned query named \"" + name + "\""
                    + Nearest.suggestion(Nearest.to(name, byName.keySet().stream())) + " (`cydip queries` lists them)");
        return q;
    }
}
