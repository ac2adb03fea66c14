package org.w3id.cydip.publish;

import org.apache.jena.riot.Lang;

/** Whole-graph dump syntaxes. Turtle holds the default (union) graph; the others keep the named graphs. */
public enum DumpFormat {
    turtle(Lang.TURTLE, false),
    ntriples(Lang.NTRIPLES, false),
    nquads(Lang.NQUADS, true),
    trig(Lang.TRIG, true),
    jsonld(Lang.JSONLD, true);

    public final Lang lang;
    public final boolean quads;

    DumpFormat(Lang lang, boolean quads) {
        this.lang = lang;
        this.quads = quads;
    }
}
