package org.w3id.cydip.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.Parameter;
import org.w3id.cydip.query.ParameterType;

/**
 * The form of a canned query, built from its grlc parameters: a date input for a
 * date, a select for an {@code #+ enumerate:} list, a state picker (names in the
 * reader's language) for {@code ?_state}, a resolution picker for
 * {@code ?_resolution}, and an input typed as the parameter's type otherwise.
 */
final class QueryForm {
    /** One option of a select. */
    record Option(String value, String text, String lang) {}

    /**
     * One field: {@code kind} is {@code select} or {@code input}; {@code inputType}
     * the input's type ({@code date}, {@code url}, {@code number}, {@code text}).
     */
    record Field(String name, String kind, String inputType, String value, boolean required, List<Option> options,
            String hint, String placeholder) {
        /** Whether the reader may leave it out: no value is needed and none is given by default. */
        public boolean optional() {
            return !required && placeholder.isEmpty();
        }
    }

    /** Resolution titles are long; the picker shows this much of each. */
    static final int TITLE_CHARS = 70;

    private QueryForm() {}

    /** The fields of {@code q}, filled with {@code values} (what the reader sent). */
    static List<Field> fields(CannedQuery q, Map<String, String> values, PageContext ctx) {
        List<Field> out = new ArrayList<>();
        for (Parameter p : q.parameters()) {
            String value = values.getOrDefault(p.name(), p.defaultValue() == null ? "" : p.defaultValue());
            String hint = p.type().expected + (p.defaultValue() == null ? "" : "; default " + p.defaultValue());
            boolean required = p.mandatory();
            List<Option> options = options(p, ctx);
            if (options != null)
                out.add(new Field(p.name(), "select", null, value, required, options, hint,
                        p.defaultValue() == null ? "" : p.defaultValue()));
            else
                out.add(new Field(p.name(), "input", inputType(p.type()), value, required, suggestions(p, ctx), hint,
                        p.defaultValue() == null ? "" : p.defaultValue()));
        }
        return out;
    }

    private static List<Option> options(Parameter p, PageContext ctx) {
        if (!p.allowed().isEmpty())
            return p.allowed().stream().map(v -> new Option(v, v, null)).toList();
        if (p.type() == ParameterType.ISO3)
            return ctx.snapshot().states(ctx.lang()).stream().map(c -> {
                Label l = ctx.snapshot().labels.label(c.node(), ctx.lang());
                return new Option(c.value(), l.text() + " (" + c.value() + ")", l.lang());
            }).toList();
        if (p.type() == ParameterType.SYMBOL)
            return ctx.snapshot().resolutions().stream().map(c -> {
                Label l = ctx.snapshot().labels.label(c.node(), ctx.lang());
                String title = l.text().length() > TITLE_CHARS ? l.text().substring(0, TITLE_CHARS) + "…" : l.text();
                return new Option(c.value(), c.value() + ": " + title, l.lang());
            }).toList();
        return null;
    }

    /** Instruments suggested (an input's datalist) for an IRI parameter that names one. */
    static final java.util.Set<String> INSTRUMENT_PARAMETERS = java.util.Set.of("treaty", "instrument", "convention");

    private static List<Option> suggestions(Parameter p, PageContext ctx) {
        if (p.type() != ParameterType.IRI || !INSTRUMENT_PARAMETERS.contains(p.name()))
            return List.of();
        return ctx.snapshot().instruments().stream().map(n -> {
            Label l = ctx.snapshot().labels.label(n, ctx.lang());
            return new Option(n.getURI(), l.text(), l.lang());
        }).toList();
    }

    private static String inputType(ParameterType t) {
        return switch (t) {
            case DATE -> "date";
            case IRI -> "url";
            case INTEGER -> "number";
            default -> "text";
        };
    }
}
