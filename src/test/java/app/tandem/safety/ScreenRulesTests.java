package app.tandem.safety;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Reading a rules file: a rule that can never fire is refused when the rules are read, with its line, instead of
 * staying silent where a person's risk message needed it (two rules-round helpers wrote one each before this).
 */
class ScreenRulesTests {

	@Test
	void shouldRefuseAWordGapWrittenOutAndFollowedByASpaceButReadTheSameGapWrittenAsAMacro() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ScreenRules.parse("en", "# gaps\ncrisis plan: pills (?:\\S+ ){0,10} drawer", true))
			.withMessageContaining("en.rules line 2")
			.withMessageContaining("two spaces");
		assertThatIllegalStateException()
			.isThrownBy(() -> ScreenRules.parse("en", "crisis plan: pills  drawer", true))
			.withMessageContaining("two spaces");

		ScreenRules rules = ScreenRules.parse("en", "crisis plan: pills @G5 drawer", true);

		assertThat(rules.mayMatch(" putting my pills in a drawer instead ")).isTrue();
		assertThat(rules.mayMatch(" putting my socks in a drawer instead ")).isFalse();
	}

	@Test
	void shouldRefuseAMacroDefinedTwice() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ScreenRules.parse("fr", "@CORPS = bras|jambes\n@CORPS = bras|peau\ncrisis self_harm: coupe @CORPS",
					true))
			.withMessageContaining("fr.rules line 2")
			.withMessageContaining("@CORPS is defined twice");
	}

	@Test
	void shouldReadEveryShippedRulesFile() {
		for (String language : new String[] { "en", "de", "es", "fr", "it", "pt", "ru" }) {
			assertThat(ScreenRules.load(language, true).mayMatch(" an ordinary sentence about lunch ")).isFalse();
		}
	}

}
