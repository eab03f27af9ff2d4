package com.byoconboard;

import com.tngtech.archunit.core.importer.ImportOption;
import fixtures.modulith.FixtureApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The feature modules (Spring Modulith): no cycles, no module using another's internals. */
class ModuleStructureTest {

    @Test
    void theApplicationsModulesRespectEachOthersBoundaries() {
        var modules = ApplicationModules.of(ByocOnboardApplication.class);

        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("onboarding", "validation", "wizard", "ui", "identity");
    }

    @Test
    void theCheckFailsWhenAModuleReachesIntoAnothersInternals() {
        var modules = ApplicationModules.of(FixtureApplication.class, new ImportOption.OnlyIncludeTests());

        assertThatThrownBy(modules::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("AlphaSecret");
    }

    @Test
    void writesTheModuleDiagramForTheReadme() {
        new Documenter(ApplicationModules.of(ByocOnboardApplication.class)).writeModulesAsPlantUml();
    }
}
