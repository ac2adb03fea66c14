/**
 * Linked-data views: content negotiation over {@link org.w3id.cydip.publish.Representation}s,
 * resource descriptions, VoID / DCAT / Service Description, whole-graph dumps
 * ({@link org.w3id.cydip.publish.Dumps}), and the cache of rendered bodies
 * ({@link org.w3id.cydip.publish.RenderCache}). The HTML of a document comes from an
 * {@link org.w3id.cydip.publish.HtmlRenderer}: the workbench's, wired by {@code server}.
 *
 * <p>May use: {@code vocab}, {@code load}, {@code query}.
 */
package org.w3id.cydip.publish;
