package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.util.ExprUtils;
import org.junit.jupiter.api.Test;

/** STR(?x) made from the bound term gives Jena's string, or its error, for every kind of term. */
class StrOfTest {
    private static final List<Node> TERMS = List.of(
            NodeFactory.createLiteralLang("a", "en"), NodeFactory.createLiteralString("b"),
            NodeFactory.createLiteralDT("2004-06", XSDDatatype.XSDgYearMonth), NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger),
            NodeFactory.createURI("urn:x:c"), NodeFactory.createBlankNode());

    private static List<String> outcomes(Expr e) {
        List<String> out = new ArrayList<>();
        for (Node n : TERMS)
            out.add(outcome(e, n));
        out.add(outcome(e, null));
        return out;
    }

    private static String outcome(Expr e, Node n) {
        try {
            return e.eval(n == null ? BindingFactory.empty() : BindingFactory.binding(Var.alloc("x"), n), new FunctionEnvBase()).toString();
        } catch (ExprEvalException ex) {
            return ex.getClass().getSimpleName();
        }
    }

    @Test
    void str_of_a_variable_gives_jenas_strings_and_errors() {
        Expr jena = ExprUtils.parse("STR(?x)");
        Expr ours = StrOf.of(jena);
        assertInstanceOf(StrOf.class, ours);
        assertEquals(outcomes(jena), outcomes(ours));
    }

    @Test
    void str_of_anything_but_a_variable_is_left_to_jena() {
        Expr e = ExprUtils.parse("STR(IF(BOUND(?x), ?x, ?y))");
        assertSame(e, StrOf.of(e));
    }
}
