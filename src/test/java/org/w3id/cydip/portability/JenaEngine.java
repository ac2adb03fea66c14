package org.w3id.cydip.portability;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/** The reference: cydip's own dataset, queries run as the server runs them (parameters substituted as terms). */
final class JenaEngine implements Engine {
    private final DatasetGraph dsg;

    JenaEngine(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public String name() {
        return "jena";
    }

    @Override
    public Answer answer(Case c) {
        Query q = c.query();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(q).substitution(c.params()).build()) {
                if (q.isSelectType())
                    return new Answer.Rows(Normalised.rows(exec.select(), c.concatenated()));
                if (q.isAskType())
                    return new Answer.Ask(exec.ask());
                return new Answer.Triples(exec.construct());
            }
        });
    }
}
