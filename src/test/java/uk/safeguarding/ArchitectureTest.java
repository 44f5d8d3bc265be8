package uk.safeguarding;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Packages by capability (docs/architecture.md): shared packages never reach into a pathway. */
@AnalyzeClasses(packages = "uk.safeguarding", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule packagesHaveNoCycles = slices().matching("uk.safeguarding.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theCalendarStandsAlone = noClasses().that().resideInAPackage("..calendar..")
      .should().dependOnClassesThat().resideInAnyPackage("..standards..", "..agency..", "..identity..", "..strategy..");

  @ArchTest
  static final ArchRule sharedPackagesDoNotKnowThePathways = noClasses()
      .that().resideInAnyPackage("..calendar..", "..standards..", "..agency..", "..identity..")
      .should().dependOnClassesThat().resideInAnyPackage("..strategy..");
}
