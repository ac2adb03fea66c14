package org.w3id.cydip.server;

import org.w3id.cydip.CydipException;
import org.w3id.cydip.validate.ReportRenderer;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * The server was not built because the data violates the shapes. The
 * non-conformance itself is data: {@link #data()} carries the validation report,
 * for the caller to print.
 */
public class NonConformingDataException extends CydipException {
    private final transient ValidatedDataset data;

    public NonConformingDataException(ValidatedDataset data) {
        super("the data does not conform to the shapes: " + ReportRenderer.summary(data.report()));
        this.data = data;
    }

    /** The data that was refused, with its report. */
    public ValidatedDataset data() {
        return data;
    }
}
