/**
 * Curators' entries: reading them ({@link org.w3id.cydip.curate.EntryReader}), who may
 * accept them ({@link org.w3id.cydip.curate.Curators}), accepting one in one transaction
 * ({@link org.w3id.cydip.curate.Curation}), the change log as RDF Patch with its crash recovery
 * ({@link org.w3id.cydip.curate.ChangeLog#reconcile}), and {@code export-changes}
 * ({@link org.w3id.cydip.curate.ChangeExport}).
 *
 * <p>May use: {@code vocab}, {@code load}, {@code validate}.
 */
package org.w3id.cydip.curate;
