package vn.ttdn.changes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * A cache is right only if every write moves the version of the province it changes: an entity either says whose
 * province's data it is ({@link ProvinceData}), or it is listed here with the reason its writes need not say it.
 */
class EveryEntityNamesItsProvinceTest {

    /** Entities without a province of their own, and what moves the version when they are written. */
    private static final Map<String, String> PROVINCE_LESS = Map.of(
            "vn.ttdn.planning.internal.PlanSection", "part of a plan: written by the plan's service, which audits "
                    + "the change under the plan's province (AuditEntry is ProvinceData)",
            "vn.ttdn.planning.internal.TaskAssignment", "part of a task: written with the task, audited under its "
                    + "province",
            "vn.ttdn.planning.internal.PlanCitation", "part of a plan: written when the plan is saved, audited "
                    + "under its province",
            "vn.ttdn.tracking.internal.ProgressUpdate", "TrackingService names the task's province to DataChanges "
                    + "when it writes one",
            "vn.ttdn.tracking.internal.TaskComment", "TrackingService names the task's province to DataChanges when "
                    + "it writes one",
            "vn.ttdn.tracking.internal.EvidenceFile", "uploaded with a progress update, which moves its task",
            "vn.ttdn.directory.internal.AgencyAlias", "an element of its agency's collection of aliases: a change "
                    + "of that collection counts as a change of the agency's province",
            "vn.ttdn.intake.internal.IntakeContent", "the bytes of an intake document, written with the document "
                    + "(IntakeDocument is ProvinceData); shown on no cached page");

    @Test
    void everyEntityImplementsProvinceDataOrIsListedWithAReason() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        TreeSet<String> unaccounted = new TreeSet<>();
        TreeSet<String> entities = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("vn.ttdn")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            entities.add(type.getName());
            if (!ProvinceData.class.isAssignableFrom(type) && !PROVINCE_LESS.containsKey(type.getName())) {
                unaccounted.add(type.getName());
            }
        }

        assertThat(entities).as("the scan finds the entities").contains("vn.ttdn.planning.internal.Task");
        assertThat(unaccounted).as("entities that neither name their province nor are listed as province-less")
                .isEmpty();
        assertThat(PROVINCE_LESS.keySet()).as("listed entities that are no longer entities, or now name "
                + "their province").allMatch(entities::contains)
                .noneMatch(name -> entities.contains(name) && isProvinceData(name));
    }

    private static boolean isProvinceData(String name) {
        try {
            return ProvinceData.class.isAssignableFrom(Class.forName(name));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
