package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.util.ExprUtils;
import org.junit.jupiter.api.Test;

/** LANG(?x) = "tag" answered from the term's tag gives Jena's answer, or its error, for every kind of term. */
class LangIsTest {
    private static final Var X = Var.alloc("x");
    private static final List<Node> TERMS = List.of(
            NodeFactory.createLiteralLang("a", "en"), NodeFactory.createLiteralLang("a", "fr"),
            NodeFactory.createLiteralLang("a", "en-GB"), NodeFactory.createLiteralString("en"),
            NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger),
            NodeFactory.createURI("urn:x:en"), NodeFactory.createBlankNode());

    private static String outcome(Expr e, Binding b) {
        try {
            return e.eval(b, new FunctionEnvBase()).toString();
        } catch (ExprEvalException ex) {
            return "error";
        }
    }

    private static List<String> outcomes(Expr e) {
        List<String> out = new ArrayList<>();
        for (Node n : TERMS)
            out.add(outcome(e, BindingFactory.binding(X, n)));
        out.add(outcome(e, BindingFactory.empty()));
        return out;
    }

    @Test
    void lang_of_a_variable_equal_to_a_string_gives_jenas_answers_and_errors() {
        for (String text : List.of("LANG(?x) = \"en\"", "\"en\" = LANG(?x)", "LANG(?x) = \"\"", "LANG(?x) = \"en-GB\"")) {
            Expr jena = ExprUtils.parse(text);
            Expr ours = LangIs.of(jena);
            assertInstanceOf(LangIs.class, ours, text);
            assertEquals(outcomes(jena), outcomes(ours), text);
        }
    }

    @Test
    void a_comparison_with_anything_but_a_plain_string_is_left_to_jena() {
        for (String text : List.of("LANG(?x) = \"en\"@en", "LANG(?x) = ?y", "STR(?x) = \"en\"", "LANG(?x) != \"en\""))
            assertSame(ExprUtils.parse(text).getClass(), LangIs.of(ExprUtils.parse(text)).getClass(), text);
    }
}
