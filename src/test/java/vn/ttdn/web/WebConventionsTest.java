package vn.ttdn.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** One naming convention for web controllers: {@code <Thing>Pages} answer HTML, {@code <Thing>Api} answer JSON. */
class WebConventionsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.ttdn");

    @Test
    void htmlControllersAreNamedPages() {
        classes().that().areAnnotatedWith(Controller.class).should().haveSimpleNameEndingWith("Pages")
                .check(CLASSES);
    }

    @Test
    void restControllersAreNamedApi() {
        classes().that().areAnnotatedWith(RestController.class).should().haveSimpleNameEndingWith("Api")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInAWebPackage() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAnyPackage("..web..").check(CLASSES);
    }
}
