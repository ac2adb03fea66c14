/**
 * Linked-data views: content negotiation over {@link org.w3id.cydip.publish.Representation}s,
 * resource descriptions, the HTML page of a resource, VoID / DCAT / Service Description, and
 * whole-graph dumps ({@link org.w3id.cydip.publish.Dumps}).
 *
 * <p>May use: {@code vocab}, {@code load}, {@code query}.
 */
package org.w3id.cydip.publish;
