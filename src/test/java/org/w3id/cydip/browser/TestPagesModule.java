package org.w3id.cydip.browser;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fixture pages for the components' browser tests: the files under the test
 * classpath folder {@code browser/} (HTML pages using the components, SPARQL JSON
 * results, a vocabulary) at {@code /test-pages/NAME}.
 */
final class TestPagesModule implements FusekiModule {
    static final String PATH = "/test-pages/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "json", "application/json",
            "srj", "application/sparql-results+json");

    @Override
    public String name() {
        return "test-pages";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PATH + "*", new Pages());
    }

    private static final class Pages extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
            String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
            InputStream in = name.matches("[a-z0-9-]+\\.[a-z]+") && type != null
                    ? TestPagesModule.class.getResourceAsStream("/browser/" + name) : null;
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            try (in) {
                resp.setContentType(type);
                in.transferTo(resp.getOutputStream());
            }
        }
    }
}
