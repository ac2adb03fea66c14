package org.w3id.cydip.publish;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cydip.vocab.Cydip;

/**
 * The dataset describing itself, computed from the live data: VoID (size, class and
 * property partitions, the Wikidata linkset, examples, endpoint, dumps), a DCAT
 * record with its licence and distributions, and a SPARQL 1.1 Service Description.
 */
public final class SelfDescription {
    /** The dataset's IRI: the fragment of the published VoID document. */
    public static final String DATASET = LinkedData.BASE + ".well-known/void#cydip";
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final Node VERSION = NodeFactory.createURI(DCAT.NS + "version");
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private SelfDescription() {}

    /**
     * The description, with endpoint and dump URLs under {@code serverBase}
     * (e.g. {@code http://127.0.0.1:3030}), where this server answers.
     */
    public static Model of(DatasetGraph dsg, String serverBase) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("sd", SD).setNsPrefix("dcat", DCAT.NS)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("cydip", Cydip.NS);
        Resource ds = m.createResource(DATASET).addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "cydip: the cyber-diplomacy knowledge graph", "en")
                .addProperty(DCTerms.description, "States, organisations, treaties, UN resolutions and votes, norms, "
                        + "processes, disputes and published positions of cyber diplomacy, each fact sourced.", "en")
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(m.createProperty(VOID, "uriSpace"), Cydip.ID)
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(Cydip.ONTOLOGY))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(serverBase + "/cydip/sparql"));
        Txn.executeRead(dsg, () -> statistics(m, ds, dsg));
        dumps(m, ds, serverBase, dumpName(dsg));
        service(m, ds, serverBase);
        return m;
    }

    private static void statistics(Model m, Resource ds, DatasetGraph dsg) {
        Function<String, Property> p = n -> m.createProperty(VOID, n);
        aboutItself(m, ds, dsg);
        select(dsg, "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?s2) { ?s ?p ?o }", r -> {
            ds.addLiteral(p.apply("triples"), count(m, r, "n"));
            ds.addLiteral(p.apply("distinctSubjects"), count(m, r, "s2"));
        });
        select(dsg, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c", r ->
                ds.addProperty(p.apply("classPartition"), m.createResource()
                        .addProperty(p.apply("class"), r.getResource("c"))
                        .addLiteral(p.apply("entities"), count(m, r, "n"))));
        select(dsg, "SELECT ?q (COUNT(*) AS ?n) { ?s ?q ?o } GROUP BY ?q ORDER BY ?q", r ->
                ds.addProperty(p.apply("propertyPartition"), m.createResource()
                        .addProperty(p.apply("property"), r.getResource("q"))
                        .addLiteral(p.apply("triples"), count(m, r, "n"))));
        select(dsg, "SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o "
                + "FILTER(STRSTARTS(STR(?o), \"" + WIKIDATA_ENTITY + "\")) }", r ->
                ds.addProperty(p.apply("subset"), m.createResource(DATASET + "-wikidata-links")
                        .addProperty(RDF.type, m.createResource(VOID + "Linkset"))
                        .addProperty(p.apply("linkPredicate"), m.createResource("http://www.w3.org/2002/07/owl#sameAs"))
                        .addProperty(p.apply("subjectsTarget"), ds)
                        .addProperty(p.apply("objectsTarget"), m.createResource("http://www.wikidata.org/")
                                .addProperty(p.apply("uriSpace"), WIKIDATA_ENTITY))
                        .addLiteral(p.apply("triples"), count(m, r, "n"))));
        select(dsg, "SELECT ?s { ?s a <" + Cydip.State.getURI() + "> } ORDER BY ?s LIMIT 3", r ->
                ds.addProperty(p.apply("exampleResource"), r.getResource("s")));
    }

    /**
     * What the data says about the dataset itself: its release (graph/release: owl:versionInfo,
     * dcat:version, dcterms:modified) and, once a curator's entry is accepted, its last change
     * (graph/version), whose dcat:version and dcterms:modified then supersede the release's.
     */
    private static void aboutItself(Model m, Resource ds, DatasetGraph dsg) {
        Node changes = Cydip.graph("version");
        boolean changed = dsg.contains(changes, ds.asNode(), VERSION, Node.ANY);
        dsg.find(Node.ANY, ds.asNode(), Node.ANY, Node.ANY).forEachRemaining(q -> {
            boolean superseded = changed && !q.getGraph().equals(changes)
                    && (q.getPredicate().equals(VERSION) || q.getPredicate().equals(DCTerms.modified.asNode()));
            if (!superseded)
                m.getGraph().add(q.asTriple());
        });
    }

    /** The dumps' base name: {@code cydip-RELEASE}, or {@code cydip} for data without a release. */
    public static String dumpName(DatasetGraph dsg) {
        return release(dsg).map(v -> "cydip-" + v).orElse("cydip");
    }

    /** The release of the data ({@code owl:versionInfo} of the dataset, e.g. 2026.12), if it names one. */
    public static Optional<String> release(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(Node.ANY, NodeFactory.createURI(DATASET), OWL.versionInfo.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.<String>empty();
        });
    }

    private static Literal count(Model m, QuerySolution r, String var) {
        return m.createTypedLiteral(r.getLiteral(var).getLexicalForm(), XSDDatatype.XSDinteger);
    }

    private static void select(DatasetGraph dsg, String query, Consumer<QuerySolution> each) {
        try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    /** The dumps, named for the release where the data names one ({@code cydip-2026.12.trig}). */
    private static void dumps(Model m, Resource ds, String base, String name) {
        Resource trig = m.createResource(base + "/dumps/" + name + ".trig").addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "The whole graph as TriG, named graphs by kind", "en")
                .addProperty(DCAT.downloadURL, m.createResource(base + "/dumps/" + name + ".trig"))
                .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/application/trig"))
                .addProperty(DCTerms.license, m.createResource(LICENCE));
        Resource nq = m.createResource(base + "/dumps/" + name + ".nq.gz").addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "The whole graph as gzipped N-Quads, named graphs by kind", "en")
                .addProperty(DCAT.downloadURL, m.createResource(base + "/dumps/" + name + ".nq.gz"))
                .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/application/n-quads"))
                .addProperty(m.createProperty(DCAT.NS, "compressFormat"),
                        m.createResource("https://www.iana.org/assignments/media-types/application/gzip"))
                .addProperty(DCTerms.license, m.createResource(LICENCE));
        ds.addProperty(DCAT.distribution, trig).addProperty(DCAT.distribution, nq)
                .addProperty(m.createProperty(VOID, "dataDump"), trig).addProperty(m.createProperty(VOID, "dataDump"), nq);
    }

    private static void service(Model m, Resource ds, String base) {
        Function<String, Property> sd = n -> m.createProperty(SD, n);
        Resource endpoint = m.createResource(base + "/cydip/sparql");
        m.createResource(base + "/cydip/sparql#service").addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd.apply("endpoint"), endpoint)
                .addProperty(sd.apply("supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd.apply("feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(sd.apply("resultFormat"), m.createResource(FORMATS + "SPARQL_Results_JSON"))
                .addProperty(sd.apply("resultFormat"), m.createResource(FORMATS + "SPARQL_Results_XML"))
                .addProperty(sd.apply("resultFormat"), m.createResource(FORMATS + "SPARQL_Results_CSV"))
                .addProperty(sd.apply("resultFormat"), m.createResource(FORMATS + "Turtle"))
                .addProperty(sd.apply("resultFormat"), m.createResource(FORMATS + "JSON-LD"))
                .addProperty(sd.apply("defaultDataset"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                        .addProperty(sd.apply("defaultGraph"), m.createResource()
                                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                                .addProperty(RDFS.seeAlso, ds)));
    }
}
