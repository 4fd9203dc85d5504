package vn.ttdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules depend on each other only through their APIs, without cycles; their documentation is generated, and
 * the README's module map is the generated one.
 */
class ModularityTests {

    private static final Pattern README_MAP =
            Pattern.compile("<!-- module-map:start -->\n```mermaid\n(.*?)```\n<!-- module-map:end -->", Pattern.DOTALL);

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

    @Test
    void theReadmeShowsTheModulesAsTheyDependOnEachOther() throws IOException {
        String generated = moduleMap();
        Files.writeString(Path.of("target", "spring-modulith-docs", "modules.mmd"), generated);
        Matcher readme = README_MAP.matcher(Files.readString(Path.of("README.md")));
        assertThat(readme.find()).as("README.md has the module map between its markers").isTrue();
        assertThat(readme.group(1)).as("README.md's module map; the generated one is in "
                + "target/spring-modulith-docs/modules.mmd").isEqualTo(generated);
    }

    /** A Mermaid graph: a solid arrow where a module uses another's API, a dotted one where it listens to its events. */
    private String moduleMap() {
        TreeSet<String> lines = new TreeSet<>();
        for (ApplicationModule module : modules) {
            module.getDirectDependencies(modules, DependencyType.USES_COMPONENT, DependencyType.ENTITY,
                    DependencyType.DEFAULT).uniqueModules()
                    .forEach(other -> lines.add("  " + module.getName() + " --> " + other.getName()));
            module.getDirectDependencies(modules, DependencyType.EVENT_LISTENER).uniqueModules()
                    .forEach(other -> lines.add("  " + module.getName() + " -.->|events| " + other.getName()));
        }
        return "graph LR\n" + String.join("\n", lines) + "\n";
    }
}
