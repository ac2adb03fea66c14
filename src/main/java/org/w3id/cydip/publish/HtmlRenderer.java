package org.w3id.cydip.publish;

import org.apache.jena.graph.Graph;

/**
 * Renders the HTML representation of the linked-data documents; the workbench
 * ({@code web}) implements it with its templates. Bodies are cached by
 * {@link #variant}: two requests with the same variant get the same page.
 */
public interface HtmlRenderer {
    /** What the page depends on besides the document and the data version (language, parameters). */
    String variant(PageRequest request);

    /** The page of one resource. */
    String resource(Description description, PageRequest request);

    /** The ontology and concept schemes ({@code /ontology}). */
    String ontology(Graph ontology, PageRequest request);

    /** A small graph shown whole, subject by subject (the dataset's self-description). */
    String document(Graph graph, String title, PageRequest request);
}
