package org.w3id.cydip.curate;

import org.apache.jena.graph.Graph;
import org.w3id.cydip.load.Origins;

/** A curator's entry as read: its triples, and the line where each subject first appears. */
public record Entry(Graph graph, Origins origins) {}
