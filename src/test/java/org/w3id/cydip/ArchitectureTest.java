package org.w3id.cydip;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rooms of {@code docs/architecture.md}: each package uses only those its row
 * names (and the exception root), so that nothing reaches up the table but
 * {@code server} and {@code cli}, which only wire.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.w3id.cydip");

    @Test
    void no_room_reaches_up_the_table() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("root").definedBy("org.w3id.cydip")
                .layer("vocab").definedBy("org.w3id.cydip.vocab..")
                .layer("load").definedBy("org.w3id.cydip.load..")
                .layer("validate").definedBy("org.w3id.cydip.validate..")
                .layer("ingest").definedBy("org.w3id.cydip.ingest..")
                .layer("query").definedBy("org.w3id.cydip.query..")
                .layer("curate").definedBy("org.w3id.cydip.curate..")
                .layer("publish").definedBy("org.w3id.cydip.publish..")
                .layer("web").definedBy("org.w3id.cydip.web..")
                .layer("replicate").definedBy("org.w3id.cydip.replicate..")
                .layer("server").definedBy("org.w3id.cydip.server..")
                .layer("cli").definedBy("org.w3id.cydip.cli..")
                .whereLayer("root").mayNotAccessAnyLayer()
                .whereLayer("vocab").mayOnlyAccessLayers("root")
                .whereLayer("load").mayOnlyAccessLayers("root", "vocab")
                .whereLayer("validate").mayOnlyAccessLayers("root", "vocab", "load")
                .whereLayer("ingest").mayOnlyAccessLayers("root", "vocab", "load")
                .whereLayer("query").mayOnlyAccessLayers("root", "vocab", "load")
                .whereLayer("curate").mayOnlyAccessLayers("root", "vocab", "load", "validate")
                .whereLayer("publish").mayOnlyAccessLayers("root", "vocab", "load", "query")
                .whereLayer("web").mayOnlyAccessLayers("root", "vocab", "load", "query", "publish")
                .whereLayer("replicate").mayOnlyAccessLayers("root", "vocab", "load", "validate", "curate")
                .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .check(MAIN);
    }
}
