package org.w3id.cydip.curate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.load.Origins;
import org.w3id.cydip.load.RdfFiles;

/**
 * Reads an entry sent over HTTP: the syntax from the media type, at most a given
 * number of bytes, every parse error with line and column, quads of any graph
 * as triples of the entry ({@link RdfFiles#readEntry}).
 */
public final class EntryReader {
    /** What parse errors call the entry: {@code entry:3:14: ...}. */
    public static final String NAME = "entry";

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
        if (lang == null || RDFLanguages.sameLang(lang, Lang.CSV) || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang)
                || WebContent.contentTypeTextPlain.equals(type))
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
        Origins origins = new Origins();
        Graph g = RdfFiles.readEntry(new ByteArrayInputStream(bytes), lang, NAME, origins);
        return new Entry(g, origins);
    }
}
