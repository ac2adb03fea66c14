package org.w3id.cydip.load;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.w3id.cydip.vocab.Cydip;

/**
 * The days a {@code cydip:date} can mean, as {@code xsd:date}s that plain typed
 * comparisons can use: {@code cydip:earliestDay} is the first day of the period the
 * date names (the day itself, the 1st of the month, 1 January) and
 * {@code cydip:latestDay} its last (the day itself, the month's last day, 31
 * December). So "2016-12" gives 2016-12-01 and 2016-12-31. A date of another type
 * (or a malformed one, which the shapes report) gets no bounds.
 */
final class DayBounds {
    private DayBounds() {}

    /** Adds to {@code into} the bounds of every {@code cydip:date} in {@code data} that {@code known} lacks. */
    static void add(Graph data, Predicate<Triple> known, Graph into) {
        data.find(Node.ANY, Cydip.date, Node.ANY).forEachRemaining(t -> add(t, known, into));
    }

    /** Adds to {@code into} the bounds of the {@code cydip:date} triple {@code date} that {@code known} lacks. */
    static void add(Triple date, Predicate<Triple> known, Graph into) {
        for (Triple b : of(date))
            if (!known.test(b))
                into.add(b);
    }

    /** The {@code cydip:earliestDay} and {@code cydip:latestDay} triples of the {@code cydip:date} triple {@code date} (none for a date of another type). */
    static List<Triple> of(Triple date) {
        LocalDate[] days = bounds(date.getObject());
        if (days == null)
            return List.of();
        return List.of(Triple.create(date.getSubject(), Cydip.earliestDay, day(days[0])),
                Triple.create(date.getSubject(), Cydip.latestDay, day(days[1])));
    }

    /** The first and last day {@code date} can mean, or null when it is no xsd:date, gYearMonth or gYear. */
    static LocalDate[] bounds(Node date) {
        if (!date.isLiteral() || !date.getLiteralDatatype().isValid(date.getLiteralLexicalForm()))
            return null;
        String lex = date.getLiteralLexicalForm();
        String type = date.getLiteralDatatypeURI();
        if (!lex.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"))
            return null; // time zones and negative years: none in cydip, not guessed at
        if (XSDDatatype.XSDdate.getURI().equals(type))
            return new LocalDate[] {LocalDate.parse(lex), LocalDate.parse(lex)};
        if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
            YearMonth m = YearMonth.parse(lex);
            return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }
        if (XSDDatatype.XSDgYear.getURI().equals(type)) {
            Year y = Year.parse(lex);
            return new LocalDate[] {y.atDay(1), y.atMonth(12).atEndOfMonth()};
        }
        return null;
    }

    private static Node day(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
