package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

/** A read copy orders a basic graph pattern by the triples each pattern matches. */
class PatternOrderTest {
    private static final String X = "https://w3id.org/cydip/ontology#";
    private static final Node RESOLUTION = NodeFactory.createURI(X + "resolution");
    private static final Node VOTER = NodeFactory.createURI(X + "voter");
    private static final Node SYMBOL = NodeFactory.createURI(X + "symbol");
    private static final Node R = NodeFactory.createURI("urn:x:r");
    private static final Node S = NodeFactory.createURI("urn:x:s");
    private static final Var V = Var.alloc("v");
    private static final Var STATE = Var.alloc("state");
    private static final Var RES = Var.alloc("r");

    /** One resolution with 40 votes, one of them by S; S votes on 3 resolutions in all. */
    private static PatternOrder order() {
        CopyGraph g = new CopyGraph();
        for (int i = 0; i < 40; i++) {
            Node v = NodeFactory.createURI("urn:x:v" + i);
            g.add(Triple.create(v, RESOLUTION, R));
            g.add(Triple.create(v, VOTER, i == 0 ? S : NodeFactory.createURI("urn:x:state" + i)));
        }
        for (int i = 0; i < 2; i++) {
            Node v = NodeFactory.createURI("urn:x:other" + i);
            g.add(Triple.create(v, RESOLUTION, NodeFactory.createURI("urn:x:r" + i)));
            g.add(Triple.create(v, VOTER, S));
        }
        g.add(Triple.create(R, SYMBOL, NodeFactory.createLiteralString("A/RES/1")));
        g.seal(TripleCounts.of(g));
        return (PatternOrder) PatternOrder.of(g);
    }

    private static List<Triple> ordered(Triple... pattern) {
        return order().reorder(BasicPattern.wrap(List.of(pattern))).getList();
    }

    @Test
    void a_states_vote_is_found_through_the_state_not_the_resolutions_forty_votes() {
        Triple byResolution = Triple.create(V, RESOLUTION, R);
        Triple byState = Triple.create(V, VOTER, S);
        assertEquals(List.of(byState, byResolution), ordered(byResolution, byState));
    }

    @Test
    void a_pattern_joined_to_a_bound_variable_comes_before_an_unconnected_one() {
        Triple symbol = Triple.create(RES, SYMBOL, NodeFactory.createLiteralString("A/RES/1"));
        Triple votes = Triple.create(V, RESOLUTION, RES);
        Triple voters = Triple.create(V, VOTER, STATE);
        Triple allVoters = Triple.create(Var.alloc("w"), VOTER, Var.alloc("other"));
        assertEquals(List.of(symbol, votes, voters, allVoters), ordered(allVoters, voters, votes, symbol));
    }
}
