package org.w3id.cydip.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms and namespaces of cydip: the ontology, instances, shapes and named graphs. */
public final class Cydip {
    private Cydip() {}

    /** The ontology's IRI (without the hash). */
    public static final String ONTOLOGY = "https://w3id.org/cydip/ontology";
    /** Namespace of ontology terms. */
    public static final String NS = ONTOLOGY + "#";
    /** Base of instance IRIs: {@code ID + "state/RUS"}. */
    public static final String ID = "https://w3id.org/cydip/id/";
    /** Namespace of the SHACL shapes. */
    public static final String SHAPES = "https://w3id.org/cydip/shapes#";
    /** Base of named-graph IRIs: {@code GRAPH + "votes"}. */
    public static final String GRAPH = "https://w3id.org/cydip/graph/";
    public static final String PREFIX = "cydip";

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    public static Node id(String type, String key) {
        return NodeFactory.createURI(ID + type + "/" + key);
    }

    public static Node graph(String kind) {
        return NodeFactory.createURI(GRAPH + kind);
    }

    // Classes
    public static final Node Actor = term("Actor");
    public static final Node State = term("State");
    public static final Node IntergovernmentalOrganisation = term("IntergovernmentalOrganisation");
    public static final Node Grouping = term("Grouping");
    public static final Node Instrument = term("Instrument");
    public static final Node Treaty = term("Treaty");
    public static final Node Protocol = term("Protocol");
    public static final Node Resolution = term("Resolution");
    public static final Node Report = term("Report");
    public static final Node Declaration = term("Declaration");
    public static final Node CodeOfConduct = term("CodeOfConduct");
    public static final Node Initiative = term("Initiative");
    public static final Node Norm = term("Norm");
    public static final Node LegalQuestion = term("LegalQuestion");
    public static final Node Process = term("Process");
    public static final Node Dispute = term("Dispute");
    public static final Node Office = term("Office");
    public static final Node Position = term("Position");
    public static final Node ParticipationAct = term("ParticipationAct");
    public static final Node Vote = term("Vote");
    public static final Node Membership = term("Membership");
    public static final Node SourceDocument = term("SourceDocument");

    // Properties
    public static final Node source = term("source");
    public static final Node iso3 = term("iso3");
    public static final Node date = term("date");
    /** The first day a {@link #date} can mean (computed at load, graph/inferred). */
    public static final Node earliestDay = term("earliestDay");
    /** The last day a {@link #date} can mean (computed at load, graph/inferred). */
    public static final Node latestDay = term("latestDay");
    public static final Node holder = term("holder");
    public static final Node target = term("target");
    public static final Node stance = term("stance");
    public static final Node actor = term("actor");
    public static final Node instrument = term("instrument");
    public static final Node actType = term("actType");
    public static final Node voter = term("voter");
    public static final Node resolution = term("resolution");
    public static final Node choice = term("choice");
    public static final Node symbol = term("symbol");
    public static final Node url = term("url");
}
