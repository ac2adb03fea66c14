/**
 * The canned-query catalogue: {@code queries/*.rq} with grlc headers
 * ({@link org.w3id.cydip.query.QueryCatalogue}, {@link org.w3id.cydip.query.GrlcHeader}),
 * parameters bound as RDF terms, execution, result formats and their negotiation
 * ({@link org.w3id.cydip.query.ResultFormat}), a cache keyed by the data version, and the ontology
 * checks ({@link org.w3id.cydip.query.OntologyChecks}: {@code ontology/checks/*-violation.rq}, rows are errors).
 *
 * <p>May use: {@code vocab}, {@code load}.
 */
package org.w3id.cydip.query;
