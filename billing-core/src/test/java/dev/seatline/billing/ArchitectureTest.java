package dev.seatline.billing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure of the main code: the packages form no cycle, and they are layered Engine
 * (the root package) over correction over invoice over rating over model over money, with internal
 * below all of them and depending on nothing of the project. Test classes are not imported.
 */
@AnalyzeClasses(
    packages = "dev.seatline.billing",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ROOT = "dev.seatline.billing";

  /**
   * Classes of exactly the root package, not of its subpackages: {@code "dev.seatline.billing.."}
   * would match every package of the project.
   */
  private static final DescribedPredicate<JavaClass> IN_ROOT_PACKAGE =
      DescribedPredicate.describe(
          "reside in package " + ROOT + " itself", c -> c.getPackageName().equals(ROOT));

  @ArchTest
  static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES =
      slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
          .layer("Engine")
          .definedBy(IN_ROOT_PACKAGE)
          .layer("Correction")
          .definedBy(ROOT + ".correction..")
          .layer("Invoice")
          .definedBy(ROOT + ".invoice..")
          .layer("Rating")
          .definedBy(ROOT + ".rating..")
          .layer("Model")
          .definedBy(ROOT + ".model..")
          .layer("Money")
          .definedBy(ROOT + ".money..")
          .layer("Internal")
          .definedBy(ROOT + ".internal..")
          .whereLayer("Engine")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Correction")
          .mayOnlyBeAccessedByLayers("Engine")
          .whereLayer("Invoice")
          .mayOnlyBeAccessedByLayers("Engine", "Correction")
          .whereLayer("Rating")
          .mayOnlyBeAccessedByLayers("Engine", "Correction", "Invoice")
          .whereLayer("Model")
          .mayOnlyBeAccessedByLayers("Engine", "Correction", "Invoice", "Rating")
          .whereLayer("Money")
          .mayOnlyBeAccessedByLayers("Engine", "Correction", "Invoice", "Rating", "Model")
          .whereLayer("Internal")
          .mayNotAccessAnyLayer()
          .ensureAllClassesAreContainedInArchitecture();

  @ArchTest
  static final ArchRule INTERNAL_DEPENDS_ONLY_ON_THE_PLATFORM_AND_ITS_LIBRARIES =
      classes()
          .that()
          .resideInAPackage(ROOT + ".internal..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "org.jspecify..", "com.google.common..", ROOT + ".internal..");

  @ArchTest
  static final ArchRule LOWER_LAYERS_DO_NOT_DEPEND_ON_RATING_INVOICE_OR_THE_ENGINE =
      noClasses()
          .that()
          .resideInAnyPackage(ROOT + ".model..", ROOT + ".money..", ROOT + ".internal..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(ROOT + ".rating..", ROOT + ".invoice..", ROOT + ".correction..")
                  .or(IN_ROOT_PACKAGE));

  @ArchTest
  static final ArchRule MONEY_DEPENDS_ON_NOTHING_OF_THE_PROJECT_BUT_INTERNAL =
      classes()
          .that()
          .resideInAPackage(ROOT + ".money..")
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(ROOT + "..")
                  .or(resideInAnyPackage(ROOT + ".money..", ROOT + ".internal..")));
}
