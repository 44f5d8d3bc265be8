package uk.safeguarding;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** What every pathway uses; a new one is added here on purpose, with its rules below. */
  static final List<String> SHARED = List.of("calendar", "contract", "timescales", "gates", "casefile", "breaches",
      "agency", "identity", "operations", "tasklist", "drafts", "designers", "notifications");
  /** One package per pathway: the folders of processes/ that are not a shared package's diagrams. */
  static final List<String> PATHWAY_NAMES = pathwayFolders();
  /**
   * Reading across every pathway for managers (the Standards dashboard, the child's journey, the statutory returns), and
   * the demo year that works every pathway: it may import any package, and no package imports it, so it never becomes a
   * way round the rules above.
   */
  static final List<String> OVERSIGHT = List.of("oversight", "returns", "demo");
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
  void timescalesAndGatesKnowNoCaseFileNorBreach() {
    noClasses().that().resideInAnyPackage("..timescales..", "..gates..").should().dependOnClassesThat()
        .resideInAnyPackage("..casefile..", "..breaches..").check(MAIN);
  }

  @Test
  void theCaseFileRecordsNoBreach() {
    noClasses().that().resideInAPackage("..casefile..").should().dependOnClassesThat()
        .resideInAPackage("..breaches..").check(MAIN);
  }

  @Test
  void everyPathwayFolderHasItsPackage() {
    assertThat(PATHWAY_NAMES).isNotEmpty().allSatisfy(name -> assertThat(Path.of("src/main/java/uk/safeguarding", name))
        .as("the package of processes/" + name).isDirectory());
  }

  private static List<String> pathwayFolders() {
    try (Stream<Path> folders = Files.list(Path.of("processes"))) {
      // .camunda holds Modeler's element templates (designers/ElementTemplates), no pathway.
      return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
          .filter(name -> !SHARED.contains(name) && !name.startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void sharedPackagesDoNotKnowThePathways() {
    noClasses().that().resideInAnyPackage(SHARED.stream().map(name -> ".." + name + "..").toArray(String[]::new))
        .should().dependOnClassesThat().resideInAnyPackage(PATHWAYS).check(MAIN);
  }

  @Test
  void noPackageDependsOnTheOversight() {
    noClasses().that().resideOutsideOfPackages(OVERSIGHT.stream().map(name -> "uk.safeguarding." + name + "..").toArray(String[]::new))
        .should().dependOnClassesThat().resideInAnyPackage(OVERSIGHT.stream().map(name -> ".." + name + "..").toArray(String[]::new))
        .check(MAIN);
  }
}
