package org.w3id.cydip.publish;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What a resource's page says: its concise bounded description, the acts about it
 * (votes, participation acts, positions, memberships that point to it) with theirs,
 * the sources cited, and the labels of everything mentioned, all in {@code graph}.
 */
public record Description(Node focus, Graph graph, List<Node> acts, List<Node> sources) {}
