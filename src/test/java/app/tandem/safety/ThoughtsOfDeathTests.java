package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Thoughts of death that keep coming, said with the frequency before the thought ("I keep thinking about death") or
 * as the only thought left ("seit Wochen nur noch der Gedanke an den Tod"): the English rule wanted the frequency
 * after it ("thinking about death a lot"), and German had none. Both are passive thoughts: the concern tier asks. No
 * development message changed either way; the sentences are written for the test.
 */
class ThoughtsOfDeathTests extends RulesAlone {

	@Test
	void shouldHearThoughtsOfDeathThatKeepComingButNotHairDyeOrAGrandadsDeath() {
		assertRisk("I keep thinking about death", RiskTier.CONCERN);
		assertRisk("honestly cant stop thinking about dying lately", RiskTier.CONCERN);
		assertQuiet("I keep thinking about dying my hair pink", "I keep thinking about the death of my grandad");
	}

	@Test
	void shouldHearTheOnlyThoughtLeftInGermanButNotAHoliday() {
		assertRisk("seit wochen nur noch der gedanke an den tod", RiskTier.CONCERN);
		assertQuiet("seit wochen nur noch der gedanke an den urlaub");
	}

}
