package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Found after the audit: a clear for medicines handed back silenced "but kept enough to die" said after it. Keeping
 * back enough to die is a present plan, so the clears give way to it as to the other present phrases.
 */
class KeptEnoughTests extends RulesAlone {

	@Test
	void shouldHearEnoughKeptBackToDieBesideMedicinesHandedBack() {
		assertRisk("handed the leftover tramadol back to the pharmacist but kept enough to die", RiskTier.CRISIS);
		assertRisk("gave my old sertraline back to the chemist, kept enough to not wake up though", RiskTier.CRISIS);
		assertQuiet("handed the leftover tramadol back to the pharmacist",
				"gave my old sertraline back to the chemist after the switch");
	}

	@Test
	void shouldHearTheWritersOwnRiskAfterSomeoneElsesWordsInASubordinateClauseOrWithToo() {
		assertRisk("meine Freundin sagt ich soll mir Hilfe holen weil ich nicht mehr leben will", RiskTier.CONCERN);
		assertRisk("парень, который порезал себе руки, мой брат, а я сегодня тоже порежу руки", RiskTier.CONCERN);
		assertQuiet("meine Freundin sagt ich soll mir mehr Pausen gönnen",
				"парень, который порезал себе руки, мой брат, я отвёз его в больницу");
	}

}
