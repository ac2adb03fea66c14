package org.w3id.cydip.testing;

import java.util.List;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * A validation report as what a reader of it sees, one line per result in the
 * report's order: focus node, path, value, source shape, constraint component,
 * severity and messages. ReportEntry has no equals of its own.
 */
public final class ReportEntries {
    private ReportEntries() {}

    public static List<String> of(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntries::line).toList();
    }

    /** The same lines, sorted: for reports whose results may come in another order. */
    public static List<String> sorted(ValidationReport report) {
        return of(report).stream().sorted().toList();
    }

    private static String line(ReportEntry e) {
        return String.join(" | ", String.valueOf(e.focusNode()), String.valueOf(e.resultPath()), String.valueOf(e.value()),
                String.valueOf(e.source()), String.valueOf(e.sourceConstraintComponent()), String.valueOf(e.severity().level()),
                String.valueOf(e.messages()));
    }
}
