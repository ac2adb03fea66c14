package org.w3id.cydip.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * One canned query: a {@code .rq} file's name (the API operation), its grlc
 * header, the parsed query and its parameters. Parsed once, bound many times.
 */
public record CannedQuery(String name, GrlcHeader header, Query query, List<Parameter> parameters) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern GRLC_VAR = Pattern.compile("[?$](__?)([A-Za-z][A-Za-z0-9_]*)");

    /** Parses {@code text}, the file {@code file} that gives the query its name. */
    public static CannedQuery parse(String file, String text) {
        String base = file.replaceFirst("^.*/", "");
        String name = base.replaceFirst("\\.rq$", "");
        if (!NAME.matcher(name).matches())
            throw new QueryException(file + ": a canned query's file name must be kebab-case, e.g. votes-on-resolution.rq");
        GrlcHeader header = GrlcHeader.parse(text, file);
        Query query = QueryRunner.parse(text, file);
        if (!query.isSelectType() && !query.isAskType())
            throw new QueryException(file + ": canned queries are SELECT or ASK (their results are tables)");
        return new CannedQuery(name, header, query, parameters(query, header, file));
    }

    private static List<Parameter> parameters(Query query, GrlcHeader header, String file) {
        Set<String> seen = new LinkedHashSet<>();
        List<Parameter> out = new ArrayList<>();
        Matcher m = GRLC_VAR.matcher(query.serialize());
        while (m.find()) {
            String bare = m.group(2);
            if (!seen.add(m.group(1) + bare))
                continue;
            String pub = ParameterType.publicName(bare);
            out.add(new Parameter(pub, Var.alloc(m.group(1) + bare), ParameterType.ofVariable(bare),
                    m.group(1).length() == 1, header.defaults().get(pub), header.enumerate().getOrDefault(pub, List.of())));
        }
        for (String key : concat(header.defaults().keySet(), header.enumerate().keySet()))
            if (out.stream().noneMatch(p -> p.name().equals(key)))
                throw new QueryException(file + ": the header names parameter \"" + key + "\" but the query has no ?_" + key);
        for (Parameter p : out)
            if (p.defaultValue() != null)
                p.toNode(p.defaultValue());
        return List.copyOf(out);
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    /** The values as a binding of the query's variables: defaults filled, everything checked. */
    public Binding bind(Map<String, String> values) {
        for (String k : values.keySet())
            if (parameters.stream().noneMatch(p -> p.name().equals(k)))
                throw new BadParameterException("query " + name + " has no parameter \"" + k + "\"; it takes "
                        + (parameters.isEmpty() ? "none" : parameters.stream().map(Parameter::name).toList()));
        BindingBuilder b = BindingBuilder.create();
        for (Parameter p : parameters) {
            String raw = values.getOrDefault(p.name(), p.defaultValue());
            if (raw == null && p.required())
                throw new BadParameterException("query " + name + " needs parameter \"" + p.name() + "\" ("
                        + p.type().expected + ")");
            if (raw != null)
                b.add(p.var(), p.toNode(raw));
        }
        return b.build();
    }
}
