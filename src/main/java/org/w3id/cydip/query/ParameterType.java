package org.w3id.cydip.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIException;

/**
 * What a parameter's value must look like, and how it becomes an RDF term. The
 * type follows grlc's naming of the variable ({@code ?_asof_xsd_date},
 * {@code ?_x_iri}, {@code ?_n_integer}); two names carry cydip's identifiers
 * ({@code ?_state}: an ISO 3166-1 alpha-3 code; {@code ?_resolution}: a UN symbol).
 */
public enum ParameterType {
    STRING("string", "text", null, v -> v),
    ISO3("string", "an ISO 3166-1 alpha-3 code such as RUS", Pattern.compile("[A-Z]{3}"),
            v -> v.toUpperCase(Locale.ROOT)),
    SYMBOL("string", "a UN document symbol such as A/RES/74/247", Pattern.compile("[A-Z]+(/[A-Za-z0-9.]+)+"), v -> v),
    DATE("date", "a date YYYY-MM-DD", null, v -> v),
    INTEGER("integer", "an integer", Pattern.compile("[+-]?[0-9]{1,18}"), v -> v),
    IRI("iri", "an absolute IRI", null, v -> v);

    /** The OpenAPI / JSON type name. */
    public final String apiType;
    /** What a valid value looks like, for error messages and docs. */
    public final String expected;
    private final Pattern pattern;
    private final Function<String, String> normalise;

    ParameterType(String apiType, String expected, Pattern pattern, Function<String, String> normalise) {
        this.apiType = apiType;
        this.expected = expected;
        this.pattern = pattern;
        this.normalise = normalise;
    }

    /** The type for a grlc variable name without its leading underscores, and the parameter's public name. */
    static ParameterType ofVariable(String bare) {
        if (bare.endsWith("_xsd_date"))
            return DATE;
        if (bare.endsWith("_iri"))
            return IRI;
        if (bare.endsWith("_integer"))
            return INTEGER;
        return switch (bare) {
            case "state" -> ISO3;
            case "resolution" -> SYMBOL;
            default -> STRING;
        };
    }

    /** The public name: the variable without its grlc type suffix. */
    static String publicName(String bare) {
        for (String suffix : new String[] {"_xsd_date", "_iri", "_integer"})
            if (bare.endsWith(suffix))
                return bare.substring(0, bare.length() - suffix.length());
        return bare;
    }

    /** {@code raw} as an RDF term; {@code name} is the parameter's name, for the error message. */
    public Node toNode(String name, String raw) {
        String v = normalise.apply(raw.strip());
        if (v.isEmpty() || v.length() > 500 || (pattern != null && !pattern.matcher(v).matches()))
            throw bad(name, raw);
        return switch (this) {
            case DATE -> date(name, raw, v);
            case INTEGER -> NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
            case IRI -> iri(name, raw, v);
            default -> NodeFactory.createLiteralString(v);
        };
    }

    private Node date(String name, String raw, String v) {
        try {
            LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(name, raw);
        }
        return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
    }

    private Node iri(String name, String raw, String v) {
        try {
            if (!IRIs.check(v) || !IRIs.reference(v).isAbsolute())
                throw bad(name, raw);
        } catch (IRIException e) {
            throw bad(name, raw);
        }
        return NodeFactory.createURI(v);
    }

    private BadParameterException bad(String name, String raw) {
        return new BadParameterException("parameter \"" + name + "\": \"" + raw + "\" is not " + expected);
    }
}
