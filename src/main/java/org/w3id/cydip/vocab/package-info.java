/**
 * Vocabulary constants: one class per namespace that Jena's own vocabulary classes
 * do not cover ({@link org.w3id.cydip.vocab.Cydip}: the ontology's terms, graph and
 * instance IRIs). Knows nothing else of cydip.
 */
package org.w3id.cydip.vocab;
