package org.w3id.cydip.web;

/**
 * One answer of the search: a resource, named in the reader's language.
 *
 * @param iri       the resource
 * @param label     its label in the reader's language (or the English fallback)
 * @param lang      the label's language tag
 * @param type      its class IRI
 * @param typeLabel the class's label
 * @param href      its page on this server
 * @param matched   the label (in any language) that the text matched
 */
public record SearchHit(String iri, String label, String lang, String type, String typeLabel, String href,
        String matched) {}
