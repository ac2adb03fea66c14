/**
 * Reading and writing RDF files: the project's files ({@link org.w3id.cydip.load.ProjectFiles}),
 * parsing with origins ({@link org.w3id.cydip.load.RdfFiles}, {@link org.w3id.cydip.load.GraphLoader}),
 * the one Dataset ({@link org.w3id.cydip.load.Store}, TDB2 or in memory, named graphs by kind and
 * their union as default graph), its {@link org.w3id.cydip.load.DataVersion}; a store's record of the
 * files it was validated against ({@link org.w3id.cydip.load.StoreManifest}), where the default store lives
 * ({@link org.w3id.cydip.load.StoreLocation}), TDB2's bulk loader ({@link org.w3id.cydip.load.BulkLoad}) and a
 * changed file's difference ({@link org.w3id.cydip.load.StoreDifference}); and writing:
 * deterministic Turtle ({@link org.w3id.cydip.load.TurtleWriter}) and files written whole or
 * not at all ({@link org.w3id.cydip.load.AtomicFiles}).
 *
 * <p>May use: {@code vocab}.
 */
package org.w3id.cydip.load;
