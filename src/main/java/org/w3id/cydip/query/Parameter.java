package org.w3id.cydip.query;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;

/**
 * One parameter of a canned query: a grlc variable {@code ?_name} (required) or
 * {@code ?__name} (optional), with its type, its default and its allowed values.
 *
 * @param name         the public name ({@code asof} for {@code ?_asof_xsd_date})
 * @param var          the query variable it binds
 * @param type         what a value must look like
 * @param required     grlc's single underscore; a default makes it optional to give
 * @param defaultValue the value used when none is given, or null
 * @param allowed      the only values accepted, or empty for any
 */
public record Parameter(String name, Var var, ParameterType type, boolean required, String defaultValue,
                        List<String> allowed) {

    /** The RDF term for {@code raw}, checked against the type and the allowed values. */
    public Node toNode(String raw) {
        if (!allowed.isEmpty() && !allowed.contains(raw.strip()))
            throw new BadParameterException("parameter \"" + name + "\": \"" + raw + "\" is not one of " + allowed);
        return type.toNode(name, raw);
    }

    /** Must the caller give a value (required and no default)? */
    public boolean mandatory() {
        return required && defaultValue == null;
    }
}
