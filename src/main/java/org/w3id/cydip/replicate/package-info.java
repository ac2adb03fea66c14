/**
 * Read replicas that follow a primary's change log: on the primary, the log as a
 * feed of sealed RDF Patches ({@link org.w3id.cydip.replicate.ChangeFeed}); on a
 * replica, its data from the primary's dump or its own store
 * ({@link org.w3id.cydip.replicate.ReplicaData}) and the follower that applies each
 * new patch in one transaction with the id it applied
 * ({@link org.w3id.cydip.replicate.Follower}, {@link org.w3id.cydip.replicate.PatchApplier}).
 * The HTTP side of both is wired in {@code server}.
 *
 * <p>May use: {@code vocab}, {@code load}, {@code validate}, {@code curate}.
 */
package org.w3id.cydip.replicate;
