package org.w3id.cydip.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cydip.publish.Html;
import org.w3id.cydip.vocab.Cydip;

/**
 * Search over every name the graph gives the things a reader looks for (states,
 * organisations, instruments, resolutions, norms, processes, legal questions,
 * disputes), in all its languages, accent- and case-insensitive ({@link TextKey}).
 * Ranked: the whole name, then a name that starts with the text, then a word
 * that does, then every word of the text starting a word of the name, then the
 * text anywhere; ties go to states before organisations before instruments, to
 * names in the reader's language, and to shorter names.
 */
public final class SearchIndex {
    /** The classes searched, most wanted first. */
    static final List<Node> TYPES = List.of(Cydip.State, Cydip.IntergovernmentalOrganisation, Cydip.Grouping,
            Cydip.term("NonStateActor"), Cydip.Treaty, Cydip.Protocol, Cydip.Resolution, Cydip.Declaration,
            Cydip.CodeOfConduct, Cydip.Initiative, Cydip.Report, Cydip.Norm, Cydip.Process, Cydip.LegalQuestion,
            Cydip.Dispute);
    /** The properties whose values name a thing. */
    static final List<Node> NAMES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode(),
            DCTerms.title.asNode(), DCTerms.alternative.asNode(), Cydip.term("officialName"), Cydip.term("acronym"),
            Cydip.symbol, Cydip.term("treatySeries"));
    public static final int MAX_TEXT = 200;
    public static final int MAX_LIMIT = 50;

    private record Entry(Node node, Node type, int typeRank, String key, String text, String lang) {}

    private record Scored(Entry entry, int score, boolean ownLanguage) {}

    private final List<Entry> entries;
    private final LabelIndex labels;

    private SearchIndex(List<Entry> entries, LabelIndex labels) {
        this.entries = entries;
        this.labels = labels;
    }

    /** Indexes the names in {@code union} (call inside a read transaction). */
    static SearchIndex of(Graph union, LabelIndex labels) {
        Map<Node, Node> typeOf = new HashMap<>();
        for (Node t : TYPES)
            union.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), t)
                    .forEachRemaining(tr -> typeOf.putIfAbsent(tr.getSubject(), t));
        List<Entry> entries = new ArrayList<>();
        for (Node p : NAMES)
            for (Triple t : union.find(Node.ANY, p, Node.ANY).toList()) {
                Node type = typeOf.get(t.getSubject());
                if (type != null && t.getObject().isLiteral()) {
                    String text = t.getObject().getLiteralLexicalForm();
                    entries.add(new Entry(t.getSubject(), type, TYPES.indexOf(type), TextKey.of(text), text,
                            LabelIndex.primary(t.getObject().getLiteralLanguage())));
                }
            }
        return new SearchIndex(List.copyOf(entries), labels);
    }

    /** At most {@code limit} things named by {@code text}, best first, labelled in {@code lang}. */
    public List<SearchHit> search(String text, PageLanguage lang, int limit) {
        String q = TextKey.of(text);
        if (q.isEmpty())
            return List.of();
        String[] words = q.split(" ");
        Map<Node, Scored> best = new HashMap<>();
        for (Entry e : entries) {
            int score = score(e.key, q, words);
            if (score < 0)
                continue;
            Scored s = new Scored(e, score, e.lang.equals(lang.code()));
            best.merge(e.node, s, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        }
        return best.values().stream().sorted(ORDER).limit(limit).map(s -> hit(s.entry, lang)).toList();
    }

    private static final Comparator<Scored> ORDER = Comparator.<Scored>comparingInt(s -> s.score)
            .thenComparingInt(s -> s.entry.typeRank)
            .thenComparing(s -> !s.ownLanguage)
            .thenComparingInt(s -> s.entry.text.length())
            .thenComparing(s -> s.entry.text)
            .thenComparing(s -> s.entry.node.getURI());

    /** 0 the whole name, 1 its start, 2 a word's start, 3 every word starts a word, 4 anywhere; -1 no match. */
    static int score(String key, String q, String[] words) {
        if (key.equals(q))
            return 0;
        if (key.startsWith(q))
            return 1;
        if (key.contains(" " + q))
            return 2;
        if (words.length > 1 && allStartWords(key, words))
            return 3;
        return key.contains(q) ? 4 : -1;
    }

    private static boolean allStartWords(String key, String[] words) {
        String spaced = " " + key;
        for (String w : words)
            if (!spaced.contains(" " + w))
                return false;
        return true;
    }

    private SearchHit hit(Entry e, PageLanguage lang) {
        Label label = labels.label(e.node, lang);
        return new SearchHit(e.node.getURI(), label.text(), label.lang(), e.type.getURI(),
                labels.label(e.type, lang).text(), Html.href(e.node.getURI()), e.text);
    }


}
