package org.w3id.cydip.query;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Output formats of a query, by name ({@code --format}, {@code format=}) or by
 * media type ({@code Accept}): tables for SELECT/ASK, RDF syntaxes for
 * CONSTRUCT/DESCRIBE. The query API serves the SPARQL results formats
 * ({@link #SERVED}); the command line all of them.
 */
public enum ResultFormat {
    table(null, Lang.TURTLE, null),
    csv(ResultSetLang.RS_CSV, Lang.NTRIPLES, "text/csv"),
    tsv(ResultSetLang.RS_TSV, Lang.NTRIPLES, "text/tab-separated-values"),
    json(ResultSetLang.RS_JSON, Lang.JSONLD, "application/sparql-results+json"),
    xml(ResultSetLang.RS_XML, Lang.RDFXML, "application/sparql-results+xml"),
    turtle(null, Lang.TURTLE, null),
    ntriples(null, Lang.NTRIPLES, null),
    jsonld(null, Lang.JSONLD, null);

    /** Syntax for SELECT and ASK results (null: a text table). */
    public final Lang resultLang;
    /** Syntax for CONSTRUCT and DESCRIBE results. */
    public final Lang graphLang;
    /** The media type of its SELECT/ASK results, for the formats the API serves; else null. */
    public final String mediaType;

    ResultFormat(Lang resultLang, Lang graphLang, String mediaType) {
        this.resultLang = resultLang;
        this.graphLang = graphLang;
        this.mediaType = mediaType;
    }

    /** The formats the query API serves, JSON first (what a client that does not mind gets). */
    public static final List<ResultFormat> SERVED = List.of(json, csv, tsv, xml);

    /** Plain JSON and XML are offered as their SPARQL results forms. */
    private static final String PLAIN_JSON = "application/json";
    private static final String PLAIN_XML = "application/xml";
    private static final AcceptList OFFER = AcceptList.create(Stream.concat(
            SERVED.stream().map(f -> f.mediaType), Stream.of(PLAIN_JSON, PLAIN_XML)).toArray(String[]::new));

    /**
     * The format an API request asks for: {@code format} (a name or a media type) if
     * given, a {@link BadParameterException} if it names none; else the best of
     * {@code accept} by its q-values; else JSON.
     */
    public static ResultFormat choose(String format, String accept) {
        if (format != null)
            return SERVED.stream().filter(f -> f.name().equalsIgnoreCase(format) || f.mediaType.equalsIgnoreCase(format))
                    .findFirst().orElseThrow(() -> new BadParameterException(
                            "format \"" + format + "\" is not one of json, csv, tsv, xml"));
        if (accept == null || accept.isBlank())
            return json;
        AcceptList asked;
        try {
            asked = new AcceptList(accept);
        } catch (RuntimeException unreadable) {
            return json;
        }
        MediaType chosen = AcceptList.match(asked, OFFER);
        String type = chosen == null ? PLAIN_JSON : chosen.getContentTypeStr();
        return type.equals(PLAIN_XML) ? xml
                : SERVED.stream().filter(f -> f.mediaType.equals(type)).findFirst().orElse(json);
    }
}
