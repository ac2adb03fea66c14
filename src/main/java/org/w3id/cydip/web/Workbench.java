package org.w3id.cydip.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.publish.Description;
import org.w3id.cydip.publish.HtmlRenderer;
import org.w3id.cydip.publish.PageRequest;
import org.w3id.cydip.publish.RenderCache;
import org.w3id.cydip.query.BadParameterException;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.Parameter;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.vocab.Cydip;

/**
 * The scholars' workbench: every page of the web interface, rendered from
 * templates with the data fetched by the canned queries and page queries it
 * shows, and kept per data version ({@link RenderCache}) so that a page is
 * rendered once, not once per request. Also the HTML of the linked-data
 * documents ({@link HtmlRenderer}): one template per kind of resource.
 */
public final class Workbench implements HtmlRenderer {
    /** How many bytes of rendered pages are kept. */
    static final long CACHE_BYTES = 64L << 20;
    static final Set<Node> TREATY_LIKE = Set.of(Cydip.Treaty, Cydip.Protocol, Cydip.Declaration, Cydip.Initiative,
            Cydip.CodeOfConduct);

    private final Snapshots snapshots;
    private final Templates templates = new Templates();
    private final RenderCache cache;
    private final Canned canned;
    private final ProjectFiles project;
    private final Supplier<String> openApi;

    /**
     * The workbench on {@code dataset}, with the project's canned queries, its
     * README (for the curators' page) and the API's OpenAPI document (made when first asked for).
     */
    public Workbench(DatasetGraph dataset, ProjectFiles project, QueryCatalogue catalogue, Supplier<String> openApiJson) {
        this.snapshots = new Snapshots(dataset);
        this.cache = new RenderCache(dataset, CACHE_BYTES);
        this.canned = new Canned(catalogue);
        this.project = project;
        this.openApi = openApiJson;
    }

    private PageContext context(PageRequest r) {
        return PageContext.of(snapshots, r, templates);
    }

    private Rendered cached(String key, PageRequest r, String[] parameters, Function<PageContext, Rendered> page) {
        PageContext ctx = context(r);
        return new Rendered(200, cache.get(key + "|" + ctx.variant(parameters), () -> page.apply(ctx).body()));
    }

    public Rendered landing(PageRequest r) {
        return cached("landing", r, new String[0], LandingPage::render);
    }

    public Rendered search(PageRequest r) {
        return SearchPage.render(context(r));
    }

    /** {@code /api/search} as JSON. */
    public byte[] searchJson(PageRequest r) {
        return SearchPage.json(context(r)).getBytes(StandardCharsets.UTF_8);
    }

    public Rendered gallery(PageRequest r) {
        return cached("gallery", r, new String[0], ctx -> GalleryPage.render(ctx, canned.catalogue()));
    }

    /** {@code /queries/{name}}; a bad parameter is shown on the form (400), not cached. */
    public Rendered query(String name, PageRequest r) {
        CannedQuery q = canned.catalogue().get(name);
        try {
            q.bind(QueryPage.values(q, r.parameters()));
        } catch (BadParameterException e) {
            return QueryPage.render(context(r), canned.catalogue(), name);
        }
        List<String> keys = new ArrayList<>(q.parameters().stream().map(Parameter::name).toList());
        keys.add("view");
        return cached("query/" + name, r, keys.toArray(String[]::new),
                ctx -> QueryPage.render(ctx, canned.catalogue(), name));
    }

    public Rendered editor(PageRequest r) {
        return EditorPage.render(context(r), canned.catalogue());
    }

    public Rendered api(PageRequest r) {
        return cached("api", r, new String[0], ctx -> ApiPage.render(ctx, openApi.get()));
    }

    public Rendered curators(PageRequest r) {
        return cached("curators", r, new String[0], ctx -> {
            var m = ctx.model("curators");
            m.put("guide", CuratorsGuide.html(project));
            return Rendered.ok(ctx.render("curators", m));
        });
    }

    /** {@code /api/vocabulary} as JSON. */
    public byte[] vocabulary() {
        return cache.get("vocabulary", () -> Vocabulary.json(snapshots.dataset(), snapshots.get())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The HTML page for a failed request: its status, its message, and the search box. */
    public byte[] error(int status, String message, String requestId, PageRequest r) {
        return ErrorPage.render(context(r), status, message, requestId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String variant(PageRequest request) {
        return context(request).variant("asof");
    }

    @Override
    public String resource(Description d, PageRequest request) {
        PageContext ctx = context(request);
        Set<Node> types = d.graph().find(d.focus(), RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
        if (types.contains(Cydip.Resolution))
            return ResolutionPage.render(ctx, d, canned);
        if (types.contains(Cydip.State))
            return StatePage.render(ctx, d, canned);
        if (types.contains(Cydip.SourceDocument))
            return SourcePage.render(ctx, d, canned);
        if (types.stream().anyMatch(TREATY_LIKE::contains))
            return TreatyPage.render(ctx, d, canned);
        return GenericPage.render(ctx, d);
    }

    @Override
    public String ontology(Graph ontology, PageRequest request) {
        return OntologyPage.render(ontology, context(request));
    }

    @Override
    public String document(Graph graph, String title, PageRequest request) {
        return DocumentPage.render(graph, title, context(request));
    }
}
