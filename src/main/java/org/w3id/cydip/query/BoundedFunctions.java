package org.w3id.cydip.query;

import java.util.Set;

import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The functions an untrusted query may call: Jena's standard ones except those
 * that run Java's backtracking regular expressions outside REGEX and REPLACE
 * ({@code fn:matches} and {@code fn:replace} are rewritten to RE2J by
 * {@link BoundedRewrite}; {@code fn:tokenize}, {@code apf:strSplit} are gone), and
 * no {@code java:} function loaded by class name.
 */
final class BoundedFunctions {
    static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final Set<String> REMOVED = Set.of(FN + "tokenize", FN + "matches", FN + "replace",
            "http://jena.apache.org/ARQ/property#strSplit", "http://jena.hpl.hp.com/ARQ/property#strSplit");

    private BoundedFunctions() {}

    static void install(Context context) {
        FunctionRegistry functions = new FunctionRegistry() {
            @Override
            public FunctionFactory getFunctionFactory(String uri) {
                return isRegistered(uri) ? super.getFunctionFactory(uri) : null;   // never loads a class
            }
        };
        FunctionRegistry std = FunctionRegistry.get();
        std.keys().forEachRemaining(k -> {
            if (!REMOVED.contains(k))
                functions.put(k, std.getFunctionFactory(k));
        });
        FunctionRegistry.set(context, functions);
        PropertyFunctionRegistry properties = new PropertyFunctionRegistry() {
            @Override
            public PropertyFunctionFactory get(String uri) {
                return isRegistered(uri) ? super.get(uri) : null;
            }

            @Override
            public boolean manages(String uri) {
                return isRegistered(uri);
            }
        };
        PropertyFunctionRegistry stdp = PropertyFunctionRegistry.get();
        stdp.keys().forEachRemaining(k -> {
            if (!REMOVED.contains(k))
                properties.put(k, stdp.get(k));
        });
        PropertyFunctionRegistry.set(context, properties);
    }
}
