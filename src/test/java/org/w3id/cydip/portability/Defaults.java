package org.w3id.cydip.portability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A canned query with its grlc parameters bound to their defaults
 * ({@code #+ defaults:} then {@code #+   - name: value}). A parameter is a
 * {@code ?_name} variable, optionally with a grlc type suffix ({@code ?_name_iri},
 * {@code ?_name_integer}); the default becomes an IRI when the suffix says so or it
 * looks like one, an integer when it is all digits, else a string. Substitution is
 * done on the parsed query (Jena's syntax transform), never by pasting text.
 */
final class Defaults {
    private static final Pattern ITEM = Pattern.compile("^#\\+\\s+-\\s+([A-Za-z0-9_]+)\\s*:\\s*(.*?)\\s*$");

    private Defaults() {}

    static Map<String, String> of(List<String> lines) {
        Map<String, String> defaults = new HashMap<>();
        boolean inDefaults = false;
        for (String line : lines) {
            if (!line.startsWith("#+"))
                continue;
            if (line.matches("^#\\+\\s*defaults\\s*:.*")) {
                inDefaults = true;
                continue;
            }
            Matcher m = ITEM.matcher(line);
            if (inDefaults && m.matches())
                defaults.put(m.group(1), unquote(m.group(2)));
            else if (!line.matches("^#\\+\\s+-.*"))
                inDefaults = false;
        }
        return defaults;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))
                ? v.substring(1, v.length() - 1) : v;
    }

    /** The query with every {@code ?_param} that has a default replaced by it. */
    static Query bind(Query q, Map<String, String> defaults) {
        Map<Var, Node> subst = new HashMap<>();
        collectVars(q).forEach(name -> {
            if (!name.startsWith("_"))
                return;
            String rest = name.substring(1);
            defaults.forEach((param, value) -> {
                if (rest.equals(param) || rest.startsWith(param + "_"))
                    subst.put(Var.alloc(name), term(rest.substring(param.length()), value));
            });
        });
        return subst.isEmpty() ? q : QueryTransformOps.replaceVars(q, subst);
    }

    private static List<String> collectVars(Query q) {
        Matcher m = Pattern.compile("[?$](_[A-Za-z0-9_]+)").matcher(q.serialize());
        List<String> names = new java.util.ArrayList<>();
        while (m.find())
            names.add(m.group(1));
        return names;
    }

    private static Node term(String suffix, String value) {
        if (suffix.equals("_iri") || value.matches("^https?://\\S+$"))
            return NodeFactory.createURI(value);
        if (suffix.equals("_integer") || value.matches("^-?[0-9]+$"))
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        return NodeFactory.createLiteralString(value);
    }
}
