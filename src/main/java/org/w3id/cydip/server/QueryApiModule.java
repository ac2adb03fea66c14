package org.w3id.cydip.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.Parameter;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.query.QueryService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The canned-query API: {@code /api/queries}, {@code /api/queries/{name}},
 * {@code /api/openapi.json}. All queries are parsed once, before the data is loaded
 * ({@link ServerContext#queries()}).
 */
public final class QueryApiModule implements FusekiModule {
    /** How many distinct results the cache keeps before it starts again. */
    static final int CACHE_SIZE = 10_000;

    private final ServerContext ctx;
    private final Supplier<byte[]> openApi;

    QueryApiModule(ServerContext ctx, Supplier<byte[]> openApi) {
        this.ctx = ctx;
        this.openApi = openApi;
    }

    @Override
    public String name() {
        return "cydip-query-api";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        QueryCatalogue catalogue = ctx.queries();
        QueryService service = new QueryService(catalogue, ctx.data().dataset(), CACHE_SIZE);
        QueryApiServlet servlet = new QueryApiServlet(service, list(catalogue), openApi);
        builder.addServlet("/api/queries", servlet);
        builder.addServlet("/api/queries/*", servlet);
        builder.addServlet("/api/openapi.json", servlet);
    }

    private static byte[] list(QueryCatalogue catalogue) {
        List<Map<String, Object>> out = catalogue.all().stream().map(QueryApiModule::describe).toList();
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> describe(CannedQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("path", "/api/queries/" + q.name());
        m.put("summary", q.header().summary());
        m.put("description", q.header().description());
        m.put("tags", q.header().tags());
        m.put("parameters", q.parameters().stream().map(QueryApiModule::describe).toList());
        return m;
    }

    private static Map<String, Object> describe(Parameter p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("type", p.type().apiType);
        m.put("required", p.mandatory());
        m.put("expected", p.type().expected);
        if (p.defaultValue() != null)
            m.put("default", p.defaultValue());
        if (!p.allowed().isEmpty())
            m.put("enum", p.allowed());
        return m;
    }
}
