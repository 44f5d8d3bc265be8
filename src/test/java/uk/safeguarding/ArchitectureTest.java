package uk.safeguarding;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Packages by capability (docs/architecture.md): shared packages never reach into a pathway. */
class ArchitectureTest {

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.safeguarding");

  static final List<String> SHARED = List.of("calendar", "contract", "standards", "agency", "identity", "operations",
      "tasklist", "drafts");
  /** One package per pathway; a new pathway is added here, or {@link #everyPackageIsSharedOrAPathway} fails. */
  static final List<String> PATHWAY_NAMES = List.of("strategy", "escalation", "lado", "conference", "childinneed",
      "lookedafter", "frontdoor", "earlyhelp", "assessment", "childcase");
  /**
   * Reading across every pathway for managers (the Standards dashboard, the child's journey): it may
   * import any package, and no package imports it, so it never becomes a way round the rules above.
   */
  static final List<String> OVERSIGHT = List.of("oversight");
  static final String[] PATHWAYS = PATHWAY_NAMES.stream().map(name -> ".." + name + "..").toArray(String[]::new);
  static final String[] SHARED_AND_PATHWAYS = Stream.concat(SHARED.stream().filter(name -> !name.equals("calendar")),
      PATHWAY_NAMES.stream()).map(name -> ".." + name + "..").toArray(String[]::new);

  @Test
  void everyPackageIsSharedOrAPathway() {
    Set<String> packages = MAIN.stream().map(JavaClass::getPackageName).filter(name -> name.startsWith("uk.safeguarding."))
        .map(name -> name.substring("uk.safeguarding.".length()).split("\\.")[0]).collect(Collectors.toCollection(TreeSet::new));
    assertThat(packages).allMatch(name -> SHARED.contains(name) || PATHWAY_NAMES.contains(name) || OVERSIGHT.contains(name),
        "listed in ArchitectureTest as shared, as a pathway or as oversight");
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("uk.safeguarding.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theCalendarStandsAlone() {
    noClasses().that().resideInAPackage("..calendar..").should().dependOnClassesThat()
        .resideInAnyPackage(SHARED_AND_PATHWAYS)
        .check(MAIN);
  }

  @Test
  void sharedPackagesDoNotKnowThePathways() {
    noClasses().that().resideInAnyPackage("..calendar..", "..contract..", "..standards..", "..agency..", "..identity..", "..operations..",
        "..tasklist..", "..drafts..")
        .should().dependOnClassesThat().resideInAnyPackage(PATHWAYS).check(MAIN);
  }

  @Test
  void noPackageDependsOnTheOversight() {
    noClasses().that().resideOutsideOfPackages(OVERSIGHT.stream().map(name -> "uk.safeguarding." + name + "..").toArray(String[]::new))
        .should().dependOnClassesThat().resideInAnyPackage(OVERSIGHT.stream().map(name -> ".." + name + "..").toArray(String[]::new))
        .check(MAIN);
  }
}
