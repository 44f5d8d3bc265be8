package uk.safeguarding;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Packages by capability (docs/architecture.md): shared packages never reach into a pathway. */
class ArchitectureTest {

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.safeguarding");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("uk.safeguarding.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theCalendarStandsAlone() {
    noClasses().that().resideInAPackage("..calendar..").should().dependOnClassesThat()
        .resideInAnyPackage("..standards..", "..agency..", "..identity..", "..strategy..", "..escalation..", "..lado..",
            "..frontdoor..", "..earlyhelp..", "..assessment..")
        .check(MAIN);
  }

  @Test
  void sharedPackagesDoNotKnowThePathways() {
    noClasses().that().resideInAnyPackage("..calendar..", "..standards..", "..agency..", "..identity..")
        .should().dependOnClassesThat().resideInAnyPackage("..strategy..", "..escalation..", "..lado..", "..frontdoor..",
            "..earlyhelp..", "..assessment..").check(MAIN);
  }
}
