package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Thoughts of death that keep coming, said with the frequency before the thought ("I keep thinking about death") or
 * as the only thought left ("seit Wochen nur noch der Gedanke an den Tod"): the English rule wanted the frequency
 * after it ("thinking about death a lot"), and German had none. Both are passive thoughts: the concern tier asks. So
 * is seeing no way out or no future ("I can't see a way out" got nothing from the English rules), but not a way out
 * of traffic or a future with a boyfriend. No development message changed either way; the sentences are written for
 * the test.
 */
class ThoughtsOfDeathTests extends RulesAlone {

	@Test
	void shouldHearThoughtsOfDeathThatKeepComingButNotHairDyeOrAGrandadsDeath() {
		assertRisk("I keep thinking about death", RiskTier.CONCERN);
		assertRisk("honestly cant stop thinking about dying lately", RiskTier.CONCERN);
		assertQuiet("I keep thinking about dying my hair pink", "I keep thinking about the death of my grandad");
	}

	@Test
	void shouldHearNoWayOutAndNoFutureButNotOutOfTrafficOrWithABoyfriend() {
		assertRisk("I can't see a way out", RiskTier.CONCERN);
		assertRisk("i just cant see any future anymore", RiskTier.CONCERN);
		assertQuiet("I can't see a way out of this traffic", "I don't see a future with him",
				"I don't see the point of going to the gym");
	}

	@Test
	void shouldHearTheOnlyThoughtLeftInGermanButNotAHoliday() {
		assertRisk("seit wochen nur noch der gedanke an den tod", RiskTier.CONCERN);
		assertQuiet("seit wochen nur noch der gedanke an den urlaub");
	}

}
