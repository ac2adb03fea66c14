package org.w3id.cydip.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fixture pages for the components' browser tests: the files under the test
 * classpath folder {@code browser/} at {@code /test-pages/NAME}: synthetic SPARQL
 * JSON results ({@code .srj}), a vocabulary, and pages ({@code .html}: the body of
 * a page using the components, put in a page as the workbench's layout does, with
 * {@code cydip.css} and {@code cydip.js}; a first line {@code <!-- lang=ar dir=rtl -->}
 * sets the page's language).
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

    private static final Pattern LANG = Pattern.compile("<!-- lang=(\\w+) dir=(\\w+) -->\n");

    /** The fixture body {@code body} in a page like layout.peb's: synthetic results, not data. */
    static byte[] page(String body) {
        Matcher m = LANG.matcher(body);
        boolean set = m.lookingAt();
        String html = "<!DOCTYPE html>\n<html lang=\"" + (set ? m.group(1) : "en") + "\" dir=\"" + (set ? m.group(2) : "ltr") + "\">\n"
                + "<head><meta charset=\"utf-8\"><title>cydip components: fixture page</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/cydip.css\"></head>\n"
                + "<body>\n<main id=\"content\">\n" + (set ? body.substring(m.end()) : body) + "</main>\n"
                + "<script src=\"/assets/cydip.js\" defer></script>\n</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
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
                byte[] body = in.readAllBytes();
                resp.getOutputStream().write(name.endsWith(".html") ? page(new String(body, StandardCharsets.UTF_8)) : body);
            }
        }
    }
}
