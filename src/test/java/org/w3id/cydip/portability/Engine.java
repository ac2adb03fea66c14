package org.w3id.cydip.portability;

/**
 * A SPARQL 1.1 engine holding cydip's dump, with the default graph the union of
 * the named graphs: Jena (the reference), RDF4J in this JVM, or another one over
 * the SPARQL protocol (Virtuoso, Oxigraph under Node).
 */
interface Engine extends AutoCloseable {
    /** The short name the check prints ({@code jena}, {@code rdf4j}, {@code virtuoso}...). */
    String name();

    /** The engine's answer to {@code c}; a runtime exception when the engine refuses or fails. */
    Answer answer(Case c);

    @Override
    default void close() {}
}
