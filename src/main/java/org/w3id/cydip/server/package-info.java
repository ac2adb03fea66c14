/**
 * Fuseki wiring, and nothing else: the one builder
 * ({@link org.w3id.cydip.server.CydipServer#create()}) used by {@code serve}, the tests and the
 * benchmarks; one {@link org.apache.jena.fuseki.main.sys.FusekiModule} per feature, registered
 * in {@link org.w3id.cydip.server.Features}; routes, servlets, filters, authentication, and the
 * one mapping from exception to HTTP answer ({@link org.w3id.cydip.server.HttpErrors}).
 *
 * <p>May use every room below it; only it and {@code cli} reach up the table.
 */
package org.w3id.cydip.server;
