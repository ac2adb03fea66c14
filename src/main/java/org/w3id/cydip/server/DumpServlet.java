package org.w3id.cydip.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.publish.Representation;
import org.w3id.cydip.publish.Dumps;
import org.w3id.cydip.publish.NotFoundException;
import org.w3id.cydip.publish.SelfDescription;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Whole-graph downloads under {@code /dumps/}: {@code cydip.trig} and
 * {@code cydip.nq} (named graphs by kind), {@code cydip.ttl} (the union graph), and
 * {@code cydip.nq.gz}, a gzip file ({@code application/gzip}, no
 * {@code Content-Encoding}, so it is saved as it is named); each also under the
 * name of the data's release ({@code cydip-2026.12.trig}), which VoID and DCAT give.
 */
final class DumpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/dumps/";

    private record Dump(Representation format, boolean gzip) {}

    private static final Map<String, Dump> DUMPS = Map.of(
            "cydip.trig", new Dump(Representation.trig, false),
            "cydip.nq", new Dump(Representation.nquads, false),
            "cydip.nq.gz", new Dump(Representation.nquads, true),
            "cydip.ttl", new Dump(Representation.turtle, false));

    private final transient DatasetGraph dataset;

    DumpServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * {@code cydip-2026.12.trig} is {@code cydip.trig} when the data is release 2026.12; the names
     * without a release keep answering, with the data served now.
     */
    private String unversioned(String name) {
        String release = SelfDescription.dumpName(dataset);
        return name.startsWith(release + ".") ? "cydip" + name.substring(release.length()) : name;
    }

    private List<String> names() {
        String release = SelfDescription.dumpName(dataset);
        return DUMPS.keySet().stream().sorted().map(n -> release + n.substring("cydip".length())).toList();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String name = req.getRequestURI().substring(req.getContextPath().length() + PATH.length());
            Dump dump = DUMPS.get(unversioned(name));
            if (dump == null)
                throw new NotFoundException(PATH + name + ": no such dump; there are " + names());
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(dump.gzip() ? "application/gzip" : dump.format().lang.getContentType().getContentTypeStr());
            resp.setHeader("Access-Control-Allow-Origin", "*");
            OutputStream out = resp.getOutputStream();
            if (dump.gzip())
                Dumps.writeGzip(dataset, dump.format(), out);
            else
                Dumps.write(dataset, dump.format(), out);
            out.flush();
        } catch (RuntimeException e) {
            HttpErrors.send(resp, e);
        }
    }
}
