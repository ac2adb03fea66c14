package org.w3id.cydip.server;

import java.io.IOException;

import org.w3id.cydip.curate.Curation;
import org.w3id.cydip.curate.Entry;
import org.w3id.cydip.curate.EntryReader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code POST /api/validate}: the report for graph plus entry, as JSON; changes nothing. */
final class ValidateServlet extends ApiServlet {
    private final transient Curation curation;
    private final transient EntryReports reports;

    ValidateServlet(EntryReader reader, Curation curation, EntryReports reports) {
        super(reader);
        this.curation = curation;
        this.reports = reports;
    }

    @Override
    void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Entry entry = entry(req);
        HttpErrors.json(resp, 200, reports.json(curation.check(entry.graph()), entry));
    }
}
