package org.w3id.cydip.portability;

import java.util.List;

import org.apache.jena.graph.Graph;

/** What an engine answered to one {@link Case}, made comparable across engines ({@link Normalised}). */
sealed interface Answer {
    /** A SELECT's rows, each normalised to a string, in the order the engine gave them. */
    record Rows(List<String> rows) implements Answer {}

    /** An ASK's answer. */
    record Ask(boolean yes) implements Answer {}

    /** A CONSTRUCT's graph (compared by isomorphism). */
    record Triples(Graph graph) implements Answer {}
}
