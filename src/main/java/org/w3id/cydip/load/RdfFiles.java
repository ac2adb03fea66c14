package org.w3id.cydip.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ParserProfile;
import org.apache.jena.riot.system.ParserProfileWrapper;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.jsonld.TitaniumJsonLdOptions;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.w3id.cydip.vocab.Cydip;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;

/**
 * Parses RDF files of any syntax (chosen by file extension), reporting errors as
 * {@code file:line:col: message} and recording the line where each subject first
 * appears, so that validation reports can point into the file.
 */
public final class RdfFiles {
    private RdfFiles() {}

    /**
     * The properties cydip derives ({@link Inference}, day bounds) and no file or entry
     * may state: a stated bound could contradict the date it is derived from.
     */
    static final Set<Node> DERIVED = Set.of(Cydip.earliestDay, Cydip.latestDay);

    public static boolean isRdf(Path p) {
        return langOf(p.getFileName().toString()) != null;
    }

    public static Lang langOf(String fileName) {
        Lang lang = RDFLanguages.filenameToLang(fileName);
        return lang == null || RDFLanguages.sameLang(lang, Lang.CSV) ? null : lang;
    }

    /**
     * Parses {@code file} into {@code dest}. Subjects' first lines go into
     * {@code origins} under {@code name}.
     */
    public static void parse(Path file, String name, StreamRDF dest, Origins origins) {
        Lang lang = langOf(file.getFileName().toString());
        if (lang == null)
            throw new LoadException(name + ": unknown RDF syntax (use .ttl, .nt, .nq, .trig, .jsonld or .rdf)");
        try (InputStream in = Files.newInputStream(file)) {
            parse(in, lang, name, dest, origins);
        } catch (NoSuchFileException e) {
            throw new LoadException(name + ": no such file");
        } catch (IOException e) {
            throw new LoadException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an entry file (CLI) into a new graph; see {@link #readEntry(InputStream, Lang, String, Origins)}.
     */
    public static Graph readEntry(Path file, String name, Origins origins) {
        Graph entry = GraphFactory.createDefaultGraph();
        parse(file, name, everyGraphInto(entry), origins);
        return entry;
    }

    /**
     * Reads an entry: the one way the CLI and the server read what a curator
     * sends. Quads of any named graph are triples of the entry, exactly as those
     * of the default graph: an entry goes into the {@code curated} graph whatever
     * graph it names, so nothing it says is dropped unvalidated.
     */
    public static Graph readEntry(InputStream in, Lang lang, String name, Origins origins) {
        Graph entry = GraphFactory.createDefaultGraph();
        parse(in, lang, name, everyGraphInto(entry), origins);
        return entry;
    }

    /** {@code dest}, also recording every prefix the parsed files declare into {@code prefixes}. */
    public static StreamRDF keepingPrefixes(StreamRDF dest, PrefixMapping prefixes) {
        return new StreamRDFWrapper(dest) {
            @Override
            public void prefix(String prefix, String iri) {
                prefixes.setNsPrefix(prefix, iri);
            }
        };
    }

    /** A destination that keeps triples and quads alike, the graph name dropped. */
    private static StreamRDF everyGraphInto(Graph graph) {
        return new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override
            public void quad(Quad quad) {
                triple(quad.asTriple());
            }
        };
    }

    /** What a JSON-LD document naming a remote context is told. */
    public static final String NO_REMOTE_CONTEXTS = "remote JSON-LD contexts are not fetched: inline the @context";

    /**
     * Refuses every document JSON-LD asks for (remote {@code @context}s): parsing
     * must never make a request, least of all one chosen by whoever sent the entry.
     */
    private static final DocumentLoader NO_REMOTE_DOCUMENTS = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, NO_REMOTE_CONTEXTS + " (" + url + ")");
    };

    /** Parses a stream in {@code lang}; {@code name} is what errors call it. */
    public static void parse(InputStream in, Lang lang, String name, StreamRDF dest, Origins origins) {
        ErrorHandler errors = new FailingErrorHandler(name);
        ParserProfile profile = new LineRecorder(RiotLib.profile(lang, Cydip.ID, errors), name, origins);
        try {
            RDFParserRegistry.getFactory(lang).create(lang, profile)
                    .read(in, Cydip.ID, lang.getContentType(), dest, parserContext());
        } catch (LoadException e) {
            throw e;
        } catch (RiotException e) {
            throw new LoadException(name + ": " + e.getMessage(), e);
        }
    }

    /** A fresh context per parse: Jena sets the base on the JSON-LD options it is given. */
    private static Context parserContext() {
        JsonLdOptions jsonld = new JsonLdOptions();
        jsonld.setDocumentLoader(NO_REMOTE_DOCUMENTS);
        Context context = new Context();
        context.set(TitaniumJsonLdOptions.JSONLD_OPTIONS, jsonld);
        return context;
    }

    /** Turns every parser error into a {@link RdfSyntaxException} naming file, line and column. */
    private record FailingErrorHandler(String name) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            throw new RdfSyntaxException(name, line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RdfSyntaxException(name, line, col, message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RdfSyntaxException(name, line, col, message);
        }
    }

    private static final class LineRecorder extends ParserProfileWrapper {
        private final String name;
        private final Origins origins;

        LineRecorder(ParserProfile base, String name, Origins origins) {
            super(base);
            this.name = name;
            this.origins = origins;
        }

        @Override
        public Triple createTriple(Node s, Node p, Node o, long line, long col) {
            stated(s, p, line, col);
            return super.createTriple(s, p, o, line, col);
        }

        @Override
        public Quad createQuad(Node g, Node s, Node p, Node o, long line, long col) {
            stated(s, p, line, col);
            return super.createQuad(g, s, p, o, line, col);
        }

        private void stated(Node s, Node p, long line, long col) {
            if (DERIVED.contains(p))
                throw new RdfSyntaxException(name, line, col, "cydip:" + p.getLocalName() + " is derived from cydip:date when"
                        + " the graph is loaded and cannot be stated: state cydip:date alone");
            origins.record(s, name, line);
        }
    }
}
