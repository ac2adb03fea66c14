package org.w3id.cydip.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.out.NodeFmtLib;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cydip.curate.Change;
import org.w3id.cydip.curate.CurateException;
import org.w3id.cydip.curate.Curation;
import org.w3id.cydip.curate.Curators;
import org.w3id.cydip.curate.Entry;
import org.w3id.cydip.curate.EntryReader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /api/entries}, curators only (HTTP Basic): a conforming entry is
 * committed into the curated graph before the answer, 201 with what was added
 * and whether it outlives the server ({@code durable}: false without a store); a
 * non-conforming one changes nothing, 422 with the report. Login attempts are
 * limited per address and per user ({@link LoginThrottle}): 429 past the limit.
 */
final class EntriesServlet extends ApiServlet {
    private static final Logger LOG = LoggerFactory.getLogger(EntriesServlet.class);
    private final transient Curation curation;
    private final transient Curators curators;
    private final transient EntryReports reports;
    private final boolean durable;
    private final transient LoginThrottle throttle = new LoginThrottle();

    /** {@code durable}: whether accepted entries outlive the server (it has a store); each 201 says so. */
    EntriesServlet(EntryReader reader, Curation curation, Curators curators, EntryReports reports, boolean durable) {
        super(reader);
        this.curation = curation;
        this.curators = curators;
        this.reports = reports;
        this.durable = durable;
    }

    @Override
    void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String curator = authenticate(req.getHeader("Authorization"), req.getRemoteAddr());
        Entry entry = entry(req);
        Curation.Outcome out = curation.accept(entry.graph(), curator);
        if (!out.accepted()) {
            HttpErrors.json(resp, 422, reports.json(out.report(), entry));
            return;
        }
        Change c = out.change();
        LOG.info("entry {} accepted from {}: {} triples added, data version {}", c.id(), curator, c.added().size(),
                out.dataVersion());
        JsonObject body = new JsonObject();
        body.put("accepted", true);
        body.put("durable", durable);
        body.put("change", c.id());
        body.put("curator", curator);
        body.put("time", c.time().toString());
        body.put("added", c.added().size());
        JsonArray triples = new JsonArray();
        c.added().find().forEachRemaining(t -> triples.add(NodeFmtLib.str(t) + " ."));
        body.put("triples", triples);
        body.put("dataVersion", out.dataVersion());
        body.put("report", JSON.parse(reports.json(out.report(), entry)));
        HttpErrors.json(resp, 201, body.toString());
    }

    /** The curator's name, from HTTP Basic credentials. */
    private String authenticate(String header, String address) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6))
            throw new CurateException.Unauthenticated("curators only: send HTTP Basic credentials");
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new CurateException.Unauthenticated("malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        throttle.attempt(address, user);
        if (colon < 0 || !curators.check(user, decoded.substring(colon + 1).toCharArray()))
            throw new CurateException.Unauthenticated("unknown curator or wrong password");
        throttle.succeeded(address, user);
        return user;
    }
}
