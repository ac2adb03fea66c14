package org.w3id.cydip.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Keeps the project's file names out of the published graph: notes in the tables that
 * point at another table or a folder's notes ({@code (votes/unga_totals.csv; votes/SOURCES.md section B)},
 * {@code see treaties/SOURCES.md for later counts}) lose the pointer, since each fact cites
 * its own documents; where the file is what the sentence speaks of, it is named for what it
 * is (the notes by their own heading, a table as "cydip's states table").
 *
 * <ol>
 * <li>A bracket that starts with a file and holds only qualifiers is dropped:
 * {@code (positions/disputes.csv, D3)}; one that starts {@code (file: ...} keeps what follows.</li>
 * <li>{@code ; see file ...} up to the end of its clause, and {@code , per file} or
 * {@code , file} in a list, are dropped.</li>
 * <li>Any other mention is replaced by the document's name.</li>
 * </ol>
 */
public final class InternalReferences {
    private static final String FOLDERS = "(?:actors|coalitions|curated|positions|treaties|votes)";
    /** A file of the source tables: {@code votes/SOURCES.md}, {@code actors/states.csv}, {@code participation.csv}. */
    static final String FILE = "(?<![\\w/.-])(?:data/sources/)?(?:" + FOLDERS + "/)?(?:SOURCES\\.md|[a-z0-9_]+\\.csv)(?![\\w-])";
    private static final Pattern QUALIFIED_BRACKET = Pattern.compile("\\s*\\(" + FILE + "(?:[,;]? [^():]*?)?\\)");
    private static final Pattern FILE_COLON = Pattern.compile("\\(" + FILE + ": ");
    private static final Pattern SEE = Pattern.compile("; see " + FILE + "[^.;)]*");
    private static final Pattern LISTED = Pattern.compile(", (?:per )?" + FILE + "(?=[),;.])");
    private static final Pattern MENTION = Pattern.compile("(?:data/sources/)?(?:(" + FOLDERS + ")/)?(SOURCES\\.md|([a-z0-9_]+)\\.csv)");
    private static final Pattern ANY = Pattern.compile(FILE);

    private final Path dir;

    public InternalReferences(Path sourcesDir) {
        this.dir = sourcesDir;
    }

    /** Does {@code text} name a file of the source tables? */
    static boolean names(String text) {
        return ANY.matcher(text).find();
    }

    /** {@code text} without the file names of the source tables. */
    public String strip(String text) {
        if (!names(text))
            return text;
        String t = QUALIFIED_BRACKET.matcher(text).replaceAll("");
        t = FILE_COLON.matcher(t).replaceAll("(");
        t = SEE.matcher(t).replaceAll("");
        t = LISTED.matcher(t).replaceAll("");
        Matcher m = MENTION.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find())
            m.appendReplacement(out, Matcher.quoteReplacement(name(m)));
        m.appendTail(out);
        return out.toString();
    }

    private String name(Matcher m) {
        if (m.group(3) != null)
            return "cydip's " + m.group(3).replace('_', ' ') + " table";
        String folder = m.group(1) == null ? "" : m.group(1) + "/";
        return InternalSource.heading(dir.resolve(folder + "SOURCES.md")).map(h -> "\u201c" + h + "\u201d")
                .orElse("cydip's source notes");
    }

    /** Replaces, in every graph, each literal that names a file of the source tables. */
    void stripAll(Iterable<Graph> graphs) {
        for (Graph g : graphs) {
            List<Triple> named = new ArrayList<>();
            g.find().forEachRemaining(t -> {
                if (t.getObject().isLiteral() && names(t.getObject().getLiteralLexicalForm()))
                    named.add(t);
            });
            for (Triple t : named) {
                g.delete(t);
                g.add(Triple.create(t.getSubject(), t.getPredicate(), replaced(t.getObject())));
            }
        }
    }

    private Node replaced(Node literal) {
        String text = strip(literal.getLiteralLexicalForm());
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty() ? NodeFactory.createLiteralDT(text, literal.getLiteralDatatype())
                : NodeFactory.createLiteralLang(text, lang);
    }
}
