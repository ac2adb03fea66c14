/**
 * The scholars' workbench: the landing page, search ({@link org.w3id.cydip.web.SearchIndex}),
 * the gallery of canned queries as forms, the editor's shell, the API reference and
 * curators' pages, and the HTML of every linked-data document (one template per kind
 * of resource), all server-rendered from Pebble templates ({@code web/templates/}) with
 * the data fetched by the queries they show, and rendered once per data version
 * ({@link org.w3id.cydip.web.Workbench}).
 *
 * <p>May use: {@code vocab}, {@code load}, {@code query}, {@code publish}.
 */
package org.w3id.cydip.web;
