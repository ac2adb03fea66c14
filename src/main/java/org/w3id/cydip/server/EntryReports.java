package org.w3id.cydip.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.cydip.curate.Entry;
import org.w3id.cydip.validate.ReportRenderer;

/** Renders reports on entries, pointing at the entry's lines ({@code entry:12}). */
record EntryReports(Graph shapesGraph, PrefixMapping prefixes, int cap) {
    String json(ValidationReport report, Entry entry) {
        return new ReportRenderer(shapesGraph, prefixes, entry.origins(), cap).json(report);
    }
}
