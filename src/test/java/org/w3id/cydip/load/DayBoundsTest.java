package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class DayBoundsTest {
    static LocalDate[] bounds(String lex, XSDDatatype type) {
        return DayBounds.bounds(NodeFactory.createLiteralDT(lex, type));
    }

    static LocalDate[] days(String first, String last) {
        return new LocalDate[] {LocalDate.parse(first), LocalDate.parse(last)};
    }

    @Test
    void a_day_is_its_own_first_and_last_day() {
        assertArrayEquals(days("2019-12-27", "2019-12-27"), bounds("2019-12-27", XSDDatatype.XSDdate));
    }

    @Test
    void a_month_runs_from_its_first_to_its_last_day() {
        assertArrayEquals(days("2016-12-01", "2016-12-31"), bounds("2016-12", XSDDatatype.XSDgYearMonth));
        assertArrayEquals(days("2024-02-01", "2024-02-29"), bounds("2024-02", XSDDatatype.XSDgYearMonth));
        assertArrayEquals(days("2023-02-01", "2023-02-28"), bounds("2023-02", XSDDatatype.XSDgYearMonth));
    }

    @Test
    void a_year_runs_from_1_january_to_31_december() {
        assertArrayEquals(days("2004-01-01", "2004-12-31"), bounds("2004", XSDDatatype.XSDgYear));
    }

    @Test
    void other_or_malformed_dates_get_no_bounds() {
        assertNull(bounds("2019-12-27T10:00:00Z", XSDDatatype.XSDdateTime));
        assertNull(bounds("2019-13", XSDDatatype.XSDgYearMonth));
        assertNull(bounds("2019-12-27Z", XSDDatatype.XSDdate));
        assertNull(DayBounds.bounds(NodeFactory.createLiteralString("2019")));
    }
}
