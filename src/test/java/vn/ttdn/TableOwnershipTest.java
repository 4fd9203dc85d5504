package vn.ttdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns the tables its migration folder ({@code db/migration/<module>/}) creates and the entities mapped on
 * them, and no module's SQL or JPQL names another module's table or entity: what another module keeps, it asks for
 * through that module's API. Infrastructure tables (Flyway's history, the event publication registry, sessions,
 * scheduled tasks) belong to no module and are not queried by module code. ModularityTests sees Java types only;
 * this test reads the strings that go to the database (native SQL, JPQL, @Query, JdbcClient).
 */
class TableOwnershipTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java/vn/ttdn");
    /** Created by frameworks, not by a module's migration; no module queries them. */
    static final Set<String> INFRASTRUCTURE = Set.of("flyway_schema_history", "event_publication",
            "event_publication_archive", "spring_session", "spring_session_attributes", "scheduled_tasks");
    /**
     * The sample-data generator ({@code demo-data --scale national}) writes every module's tables with COPY, 700,000
     * rows in a minute; it is a loading tool for test machines, not a module with data of its own.
     */
    static final Set<String> BULK_LOADERS = Set.of("cli");

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");
    /** A name where SQL or JPQL expects a table or an entity. */
    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table|copy)\\s+(\\w+)|,\\s*(\\w+)\\s+\\w+\\s*(?=\\bwhere\\b|,|\\bjoin\\b)");
    private static final Pattern ENTITY = Pattern.compile("@Entity(?:\\(name\\s*=\\s*\"(\\w+)\"\\))?[\\s\\S]*?"
            + "(?:@Table\\(name\\s*=\\s*\"(\\w+)\"\\)[\\s\\S]*?)?\\bclass\\s+(\\w+)");

    @Test
    void noModuleNamesAnotherModulesTable() {
        Map<String, String> owners = owners();
        List<String> trespasses = new ArrayList<>();
        javaFiles().forEach(file -> {
            String module = module(file);
            if (module == null || BULK_LOADERS.contains(module)) {
                return;
            }
            for (String name : namesInQueries(read(file))) {
                String owner = owner(owners, name);
                if (owner != null && !owner.equals(module)) {
                    trespasses.add(SOURCES.relativize(file) + " (" + module + ") names " + name + " of " + owner);
                }
            }
        });
        assertThat(trespasses).isEmpty();
    }

    @Test
    void everyTableHasOneOwningModuleAndEveryEntityMapsOneOfItsTables() {
        Map<String, String> tables = tables();
        assertThat(tables).containsEntry("task", "planning").containsEntry("progress_update", "tracking")
                .containsEntry("agency", "directory").containsEntry("app_user", "identity")
                .containsEntry("legal_document", "legal").containsEntry("intake_document", "intake");
        entities().forEach((entity, table) -> assertThat(tables.get(table.table()))
                .as("entity %s maps table %s of its own module", entity, table.table()).isEqualTo(table.module()));
    }

    @Test
    void theCheckSeesSqlAndJpqlAcrossConcatenatedStrings() {
        String source = "String q = \"select count(*) n from task t join plan p on p.id = t.plan_id\"\n"
                + " + \" join agency g on g.id = u.agency_id\";\n"
                + "em.createQuery(\"select t from Task t, Plan p where p.id = t.planId\");\n"
                + "@Query(\"select a from TaskAssignment a where a.taskId = :t\")\n"
                + "String s = \"delete from flyway_schema_history\";";
        assertThat(namesInQueries(source)).contains("task", "plan", "agency", "Task", "Plan", "TaskAssignment",
                "flyway_schema_history");
        assertThat(namesInQueries("String m = \"Nhiệm vụ đã xong\"; String u = \"/tasks/\" + id;")).isEmpty();
    }

    /** The names that SQL or JPQL in this Java source reads or writes. */
    static List<String> namesInQueries(String source) {
        StringBuilder strings = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            strings.append(blocks.group(1)).append(' ');
        }
        Matcher literals = LITERAL.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (literals.find()) {
            strings.append(literals.group(1)).append(' ');
        }
        List<String> names = new ArrayList<>();
        Matcher named = NAMED.matcher(strings);
        while (named.find()) {
            names.add(named.group(1) != null ? named.group(1) : named.group(2));
        }
        return names;
    }

    /** Table (lower case) or entity (as declared) to its module. */
    static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>(tables());
        INFRASTRUCTURE.forEach(t -> owners.put(t, "infrastructure"));
        entities().forEach((entity, table) -> owners.put(entity, table.module()));
        return owners;
    }

    private static String owner(Map<String, String> owners, String name) {
        String owner = owners.get(name);
        return owner != null ? owner : owners.get(name.toLowerCase());
    }

    /** Every table a migration creates, to the module whose folder the migration is in. */
    static Map<String, String> tables() {
        Map<String, String> tables = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Path relative = MIGRATIONS.relativize(f);
                assertThat(relative.getNameCount()).as("%s lies in its module's folder", relative).isEqualTo(2);
                Matcher m = CREATE_TABLE.matcher(read(f));
                while (m.find()) {
                    String previous = tables.put(m.group(1).toLowerCase(), relative.getName(0).toString());
                    assertThat(previous).as("table %s created once", m.group(1)).isNull();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    record MappedTable(String module, String table) {
    }

    /** Entity name to the table it maps (JPA's default: the class name in snake case) and its module. */
    static Map<String, MappedTable> entities() {
        Map<String, MappedTable> entities = new TreeMap<>();
        javaFiles().forEach(file -> {
            String source = read(file);
            if (!source.contains("@Entity")) {
                return;
            }
            Matcher m = ENTITY.matcher(source);
            if (m.find()) {
                String entity = m.group(1) != null ? m.group(1) : m.group(3);
                String table = m.group(2) != null ? m.group(2)
                        : m.group(3).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
                entities.put(entity, new MappedTable(module(file), table));
            }
        });
        return entities;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** vn/ttdn/tracking/internal/X.java → tracking; a file at the top (TtdnApplication) → null. */
    private static String module(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() < 2 ? null : relative.getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
