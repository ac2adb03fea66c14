/**
 * SHACL validation: the whole graph at start ({@link org.w3id.cydip.validate.ValidatedDataset}),
 * an entry against the graph ({@link org.w3id.cydip.validate.IncrementalValidation}), and report
 * rendering with shape, focus node, path, value, message and {@code file:line}. Non-conformance is a
 * report, not an exception.
 *
 * <p>May use: {@code vocab}, {@code load}.
 */
package org.w3id.cydip.validate;
