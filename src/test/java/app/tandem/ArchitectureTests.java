package app.tandem;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries: only the telegram adapter speaks Telegram, and modules do not depend on each other in
 * circles.
 */
class ArchitectureTests {

	static final ArchRule ONLY_THE_ADAPTER_IMPORTS_TELEGRAM = noClasses().that()
		.resideOutsideOfPackage("app.tandem.telegram..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.telegram..")
		.because("features speak Tandem's own chat vocabulary; only the adapter translates to the Bot API");

	static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.tandem");

	@Test
	void shouldKeepOrgTelegramInsideTheAdapter() {
		ONLY_THE_ADAPTER_IMPORTS_TELEGRAM.check(APPLICATION);
	}

	@Test
	void shouldCatchAFeatureThatImportsOrgTelegram() {
		JavaClasses leaky = new ClassFileImporter().importPackages("app.tandem.fixtures.leaky");

		var result = ONLY_THE_ADAPTER_IMPORTS_TELEGRAM.evaluate(leaky);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("LeakyFeature"));
	}

	@Test
	void shouldKeepModulesFreeOfCycles() {
		slices().matching("app.tandem.(*)..").should().beFreeOfCycles().check(APPLICATION);
	}

	@Test
	void shouldKeepFeaturesAwayFromTheAdapter() {
		noClasses().that()
			.resideOutsideOfPackages("app.tandem.telegram..", "app.tandem")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("app.tandem.telegram..")
			.check(APPLICATION);
	}

}
