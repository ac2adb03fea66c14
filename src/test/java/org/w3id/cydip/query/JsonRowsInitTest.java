package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;

import org.apache.jena.sys.JenaSubsystemLifecycle;
import org.junit.jupiter.api.Test;

/** Jena finds JsonRowsInit when it starts, so every path writes JSON results with JsonRows. */
class JsonRowsInitTest {
    @Test
    void jena_finds_the_json_writer_s_start_among_its_subsystems() {
        assertTrue(ServiceLoader.load(JenaSubsystemLifecycle.class).stream().anyMatch(p -> p.type() == JsonRowsInit.class),
                "META-INF/services/org.apache.jena.sys.JenaSubsystemLifecycle does not name JsonRowsInit");
    }
}
