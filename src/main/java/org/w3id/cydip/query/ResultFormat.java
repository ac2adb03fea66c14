package org.w3id.cydip.query;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Output formats of a query: tables for SELECT/ASK, RDF syntaxes for CONSTRUCT/DESCRIBE. */
public enum ResultFormat {
    table(null, Lang.TURTLE),
    csv(ResultSetLang.RS_CSV, Lang.NTRIPLES),
    tsv(ResultSetLang.RS_TSV, Lang.NTRIPLES),
    json(ResultSetLang.RS_JSON, Lang.JSONLD),
    xml(ResultSetLang.RS_XML, Lang.RDFXML),
    turtle(null, Lang.TURTLE),
    ntriples(null, Lang.NTRIPLES),
    jsonld(null, Lang.JSONLD);

    /** Syntax for SELECT and ASK results (null: a text table). */
    public final Lang resultLang;
    /** Syntax for CONSTRUCT and DESCRIBE results. */
    public final Lang graphLang;

    ResultFormat(Lang resultLang, Lang graphLang) {
        this.resultLang = resultLang;
        this.graphLang = graphLang;
    }
}
