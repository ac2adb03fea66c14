package org.w3id.cydip.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The grlc decorators of a {@code .rq} file: the leading {@code #+ key: value}
 * comment lines, read together as one YAML map. Known keys: {@code summary},
 * {@code description}, {@code tags} (a list), {@code defaults} (a list of
 * one-entry maps, parameter to value) and {@code enumerate} (a list of one-entry
 * maps, parameter to its allowed values).
 */
public record GrlcHeader(String summary, String description, List<String> tags,
                         Map<String, String> defaults, Map<String, List<String>> enumerate) {

    private static final List<String> KNOWN = List.of("summary", "description", "tags", "defaults", "enumerate",
            "endpoint", "method", "pagination", "endpoint_in_url", "transform");

    /** Reads the header of {@code text}; {@code name} is what errors call the file. */
    public static GrlcHeader parse(String text, String name) {
        StringBuilder yaml = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#+"))
                continue;
            yaml.append(line.length() > 2 && line.charAt(2) == ' ' ? line.substring(3) : line.substring(2)).append('\n');
        }
        Object doc;
        try {
            doc = yaml().load(yaml.toString());
        } catch (YAMLException e) {
            throw new QueryException(name + ": the #+ header is not valid YAML: " + e.getMessage(), e);
        }
        if (!(doc instanceof Map<?, ?> map))
            throw new QueryException(name + ": no grlc header (#+ summary: ...) found");
        for (Object k : map.keySet())
            if (!KNOWN.contains(String.valueOf(k)))
                throw new QueryException(name + ": unknown grlc header key \"" + k + "\"; known: " + KNOWN);
        String summary = text(map.get("summary"), name, "summary");
        if (summary == null || summary.isBlank())
            throw new QueryException(name + ": the header needs a non-empty #+ summary:");
        String description = text(map.get("description"), name, "description");
        return new GrlcHeader(summary.strip(), description == null ? "" : description.strip(),
                strings(map.get("tags"), name, "tags"), defaults(map.get("defaults"), name),
                enumerate(map.get("enumerate"), name));
    }

    /** YAML with every scalar read as text: a default of 2019-12-27 or yes stays what it says. */
    private static Yaml yaml() {
        LoaderOptions lo = new LoaderOptions();
        DumperOptions dop = new DumperOptions();
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {}
        };
        return new Yaml(new SafeConstructor(lo), new Representer(dop), dop, lo, textOnly);
    }

    private static String text(Object v, String name, String key) {
        if (v == null || v instanceof String)
            return (String) v;
        throw new QueryException(name + ": #+ " + key + ": must be text, not " + v);
    }

    private static List<String> strings(Object v, String name, String key) {
        if (v == null)
            return List.of();
        if (!(v instanceof List<?> list))
            throw new QueryException(name + ": #+ " + key + ": must be a YAML list, not " + v);
        return list.stream().map(String::valueOf).toList();
    }

    private static Map<String, String> defaults(Object v, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries(v, name, "defaults").entrySet())
            out.put(e.getKey(), String.valueOf(e.getValue()));
        return out;
    }

    private static Map<String, List<String>> enumerate(Object v, String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries(v, name, "enumerate").entrySet()) {
            if (!(e.getValue() instanceof List<?>))
                throw new QueryException(name + ": #+ enumerate: " + e.getKey()
                        + " needs its list of values (enumeration from the endpoint is not supported)");
            out.put(e.getKey(), strings(e.getValue(), name, "enumerate: " + e.getKey()));
        }
        return out;
    }

    /** grlc writes maps as a list of one-entry maps; a plain map is accepted too. */
    private static Map<String, Object> entries(Object v, String name, String key) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> items = new ArrayList<>();
        if (v instanceof List<?> list)
            items.addAll(list);
        else if (v != null)
            items.add(v);
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> m))
                throw new QueryException(name + ": #+ " + key + ": entries must be \"name: value\", not " + item);
            m.forEach((k, val) -> out.put(String.valueOf(k), val));
        }
        return out;
    }
}
