/**
 * {@code import}: the tabular sources under {@code data/sources/} to RDF, one mapper per
 * table kind, written as deterministic Turtle into {@code data/}
 * ({@link org.w3id.cydip.ingest.Importer}).
 *
 * <p>May use: {@code vocab}, {@code load} (to write the files).
 */
package org.w3id.cydip.ingest;
