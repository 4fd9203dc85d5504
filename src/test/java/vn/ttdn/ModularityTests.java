package vn.ttdn;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules depend on each other only through their APIs, without cycles; their documentation is generated. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TtdnApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // Diagrams only: the module canvases read javadoc through a JSON parser that trips on Vietnamese commas.
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
