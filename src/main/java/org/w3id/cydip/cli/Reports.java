package org.w3id.cydip.cli;

import org.w3id.cydip.validate.ReportRenderer;
import org.w3id.cydip.validate.ValidatedDataset;

/** Builds report renderers for validated data. */
final class Reports {
    private Reports() {}

    static ReportRenderer renderer(ValidatedDataset data, int cap) {
        return new ReportRenderer(data.loaded().shapes(), data.loaded().prefixes(), data.loaded().origins(), cap);
    }
}
