package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Two rules that read too much, found by writing sentences around them rather than on any development message (no
 * development message changed either way): "gave my …" at the end of a sentence was a goodbye at the urgent tier, so
 * a presentation or one's best at the gym brought the emergency number first; and a Portuguese self-harm rule was
 * cancelled by an accident word found inside another word ("cai", a fall, in "caixinha", a little box).
 */
class GivingAwayAndAccidentWordsTests extends RulesAlone {

	@Test
	void shouldHearThingsGivenAwayButNotAPresentationGiven() {
		assertRisk("gave away my guitar and my books", RiskTier.URGENT);
		assertRisk("given my guitar and all my records away. feels lighter", RiskTier.URGENT);
		assertQuiet("I gave my presentation today", "gave my best at the gym, legs are jelly",
				"gave my spare charger to my sister");
	}

	@Test
	void shouldHearAConsoleHandedOnWithAGoodbyeInScotsButNotAsABirthdayPresent() {
		assertRisk("deleted my accounts and gave my PS5 to ma wee brother. wanted to say cheerio properly",
				RiskTier.CONCERN);
		assertQuiet("gave my PS5 to ma wee brother for his birthday, he was buzzing");
	}

	@Test
	void shouldHearABurnAgainWhateverBoxItIsKeptInButNotOneFromTheOven() {
		assertRisk("queimei o braço com o isqueiro de novo, guardo tudo numa caixinha", RiskTier.CRISIS);
		assertQuiet("queimei a mão no forno fazendo bolo", "caí da bicicleta e cortei o joelho");
	}

}
