/**
 * SHACL validation: the whole graph at start ({@link org.w3id.cydip.validate.ValidatedDataset}), once
 * per content for a store ({@link org.w3id.cydip.validate.ValidatedStore}, saying how in an
 * {@link org.w3id.cydip.validate.Opening}),
 * an entry against the graph ({@link org.w3id.cydip.validate.IncrementalValidation}), and report
 * rendering with shape, focus node, path, value, message and {@code file:line}. Non-conformance is a
 * report, not an exception.
 *
 * <p>May use: {@code vocab}, {@code load}.
 */
package org.w3id.cydip.validate;
