package org.w3id.cydip.curate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.load.Origins;
import org.w3id.cydip.load.RdfFiles;
import org.w3id.cydip.load.TextBytes;

/**
 * Reads an entry sent over HTTP: the syntax from the media type, at most a given
 * number of bytes, strict UTF-8, JSON-LD at most {@link TextBytes#MAX_JSON_DEPTH} deep, every parse error with line and column, quads of any graph
 * as triples of the entry ({@link RdfFiles#readEntry}).
 */
public final class EntryReader {
    /** What parse errors call the entry: {@code entry:3:14: ...}. */
    public static final String NAME = "entry";

    /** The syntaxes an entry may come in: text syntaxes whose parsers report line and column. */
    private static final List<Lang> TAKEN = List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.NQUADS, Lang.TRIG, Lang.RDFXML, Lang.JSONLD);

    private final long maxBytes;

    public EntryReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The RDF syntax of a media type (parameters such as charset ignored), or an exception. */
    public static Lang lang(String mediaType) {
        if (mediaType == null || mediaType.isBlank())
            throw new CurateException.UnsupportedSyntax(mediaType);
        String type = mediaType.split(";", 2)[0].trim();
        Lang lang = RDFLanguages.contentTypeToLang(type);
        if (lang == null || WebContent.contentTypeTextPlain.equals(type) || TAKEN.stream().noneMatch(l -> RDFLanguages.sameLang(l, lang)))
            throw new CurateException.UnsupportedSyntax(mediaType);
        return lang;
    }

    /** Reads the entry; the stream is read up to one byte past the limit. */
    public Entry read(InputStream body, String mediaType) {
        Lang lang = lang(mediaType);
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new LoadException(NAME + ": cannot read the request body: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes)
            throw new CurateException.TooLarge(maxBytes);
        TextBytes.utf8(bytes, NAME);
        if (RDFLanguages.sameLang(lang, Lang.JSONLD))
            TextBytes.requireJsonDepth(bytes, TextBytes.MAX_JSON_DEPTH, NAME);
        Origins origins = new Origins();
        try {
            Graph g = RdfFiles.readEntry(new ByteArrayInputStream(bytes), lang, NAME, origins);
            return new Entry(g, origins);
        } catch (StackOverflowError e) {
            throw new LoadException(NAME + ": nested too deeply to read (lists or blank nodes inside one another)");
        }
    }
}
