package org.w3id.cydip.server;

import java.util.Locale;

import org.w3id.cydip.query.BadParameterException;
import org.w3id.cydip.query.ResultFormat;

/** The result formats the query API serves, by {@code format=} name or {@code Accept} media type. */
enum ResultMediaType {
    JSON("json", "application/sparql-results+json", ResultFormat.json),
    CSV("csv", "text/csv", ResultFormat.csv),
    TSV("tsv", "text/tab-separated-values", ResultFormat.tsv),
    XML("xml", "application/sparql-results+xml", ResultFormat.xml);

    final String name;
    final String mediaType;
    final ResultFormat format;

    ResultMediaType(String name, String mediaType, ResultFormat format) {
        this.name = name;
        this.mediaType = mediaType;
        this.format = format;
    }

    /** {@code format} if given (else 400 when unknown), else the first known type in {@code accept}, else JSON. */
    static ResultMediaType choose(String format, String accept) {
        if (format != null) {
            for (ResultMediaType t : values())
                if (t.name.equalsIgnoreCase(format) || t.mediaType.equalsIgnoreCase(format))
                    return t;
            throw new BadParameterException("format \"" + format + "\" is not one of json, csv, tsv, xml");
        }
        if (accept != null)
            for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
                String type = range.split(";", 2)[0].strip();
                for (ResultMediaType t : values())
                    if (t.mediaType.equals(type) || (t == JSON && type.equals("application/json"))
                            || (t == XML && type.equals("application/xml")))
                        return t;
            }
        return JSON;
    }
}
