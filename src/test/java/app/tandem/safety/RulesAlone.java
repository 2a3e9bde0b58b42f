package app.tandem.safety;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rules round asserts: the rules alone, without the model, hear a risk message at its tier or above, and
 * stay quiet on the everyday sentence beside it.
 */
abstract class RulesAlone {

	final RiskScreen rules = RiskScreenTests.RULES;

	void assertRisk(String text, RiskTier atLeast) {
		assertThat(rules.screen(text)).as(text).hasValueSatisfying(risk -> assertThat(risk.tier().compareTo(atLeast))
			.as(text + " " + risk).isGreaterThanOrEqualTo(0));
	}

	void assertQuiet(String... texts) {
		for (String text : texts) {
			assertThat(rules.screen(text)).as(text).isEmpty();
		}
	}

}
