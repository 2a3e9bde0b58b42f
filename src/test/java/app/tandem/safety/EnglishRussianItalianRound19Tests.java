package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 19 for English, Russian and Italian, rules alone: the twenty-third development part showed the rules missing
 * a relapse told after a clean count, not minding if something happened, being gone unnoticed for days, knowing how
 * one would do it, letters left to be read after, "not another year of this" after everything tried (in all three
 * languages), Russian slang ("заебалась жить", "мысли про ркн", "выпиливаться из жизни", "вот бы заснуть и всё",
 * "было бы неплохо исчезнуть") and Italian ones ("mi sono rotta di esistere", "passare a miglior vita", "rage quit
 * dalla vita", "voglia di farmi del male", "ho esagerato con le medicine di proposito"); and alarming on a nurse's
 * patient who talked about suicide, time counted with no self-harm ("6 months no self harm", "200 дней не режусь") and
 * an urge that passed with what helps ("avevo voglia di tagliarmi ... ed è passata"). Round 19 hears those and stays
 * quiet on these, on a haircut or the power cut again, on something nice happening, on disappearing for a weekend, on
 * the Roskomnadzor blocking a site, on a phone "passato a miglior vita" and on too much coffee.
 */
class EnglishRussianItalianRound19Tests extends RulesAlone {

	@Test
	void shouldHearARelapseToldAsNowEvenAfterACleanCount() {
		assertRisk("burned myself again today even after 3 months clean", RiskTier.CRISIS);
		assertRisk("self harmed again last night after a year free of it", RiskTier.CRISIS);
	}

	@Test
	void shouldStayQuietOnAHaircutOrThePowerCutAgain() {
		assertQuiet("my hair got cut again today, shorter than i wanted", "the power was cut again last night in our street");
	}

	@Test
	void shouldHearNotMindingIfSomethingHappenedButNotSomethingNice() {
		assertRisk("honestly i wouldnt mind if something happened to me on the motorway", RiskTier.CONCERN);
		assertRisk("i dont even mind if anything happens to me anymore", RiskTier.CONCERN);
		assertQuiet("wouldnt mind if something nice happened to me for once");
	}

	@Test
	void shouldHearBeingGoneAndNobodyNoticingForAWhile() {
		assertRisk("if i disappeared next week it would take them ages to notice", RiskTier.CONCERN);
		assertRisk("if i died tonight it would take weeks before anyone noticed", RiskTier.CONCERN);
	}

	@Test
	void shouldHearKnowingHowIWouldDoIt() {
		assertRisk("i already know how i would do it and when", RiskTier.CRISIS);
	}

	@Test
	void shouldHearLettersLeftForTheFamilyToReadAfter() {
		assertRisk("left notes for my sister and dad so they have something to open after", RiskTier.CRISIS);
	}

	@Test
	void shouldHearNotAnotherYearOfThisAfterEverythingTried() {
		assertRisk("nothing helps and therapy never worked. not going through another winter like this", RiskTier.CRISIS);
		assertRisk("таблетки пью третий год и ничего. больше терпеть это не собираюсь", RiskTier.CRISIS);
		assertRisk("ho provato tutto. un altro inverno così non lo reggo", RiskTier.CRISIS);
	}

	@Test
	void shouldStayQuietOnAPatientWhoTalkedAboutSuicide() {
		assertQuiet("a patient mentioned suicide today and i keep thinking about her",
				"my colleague talked about suicide today in the training");
	}

	@Test
	void shouldStayQuietOnTimeCountedWithNoSelfHarm() {
		assertQuiet("8 months no self harm and i wear short sleeves now", "two years without any self harm, still proud",
				"уже полгода не режусь, горжусь собой");
	}

	@Test
	void shouldHearRussianTiredOfLivingInSlang() {
		assertRisk("задолбалась жить честно", RiskTier.CONCERN);
	}

	@Test
	void shouldHearRussianFallingAsleepAndThatsAll() {
		assertRisk("лишь бы уснуть и всё", RiskTier.CONCERN);
	}

	@Test
	void shouldHearRussianDisappearingButNotForAWeekend() {
		assertRisk("иногда думаю что было бы хорошо просто исчезнуть", RiskTier.CONCERN);
		assertQuiet("будет неплохо исчезнуть на выходные в деревню");
	}

	@Test
	void shouldHearRknInOnesThoughtsButNotTheRegulatorBlockingASite() {
		assertRisk("опять думаю про ркн весь день", RiskTier.CRISIS);
		assertQuiet("роскомнадзор опять заблокировал сайт, думаю про ркн и впн");
	}

	@Test
	void shouldHearRussianLeavingLifeInSlang() {
		assertRisk("пора уже выпиливаться с этого света", RiskTier.CRISIS);
	}

	@Test
	void shouldHearItalianFedUpWithExisting() {
		assertRisk("mi sono rotto di vivere così", RiskTier.CONCERN);
	}

	@Test
	void shouldHearPassingToABetterLifeButNotAPhoneThatDied() {
		assertRisk("vorrei solo passare a miglior vita", RiskTier.CRISIS);
		assertQuiet("il mio telefono è passato a miglior vita");
	}

	@Test
	void shouldHearRageQuittingLifeInItalian() {
		assertRisk("faccio rage quit dalla vita stasera", RiskTier.CRISIS);
	}

	@Test
	void shouldHearTheUrgeToHurtMyselfInItalian() {
		assertRisk("ho voglia di farmi del male stasera", RiskTier.CRISIS);
	}

	@Test
	void shouldHearMedicinesTakenTooManyOnPurposeButNotCoffee() {
		assertRisk("ho esagerato con i sonniferi apposta", RiskTier.URGENT);
		assertQuiet("ho esagerato con il caffè oggi");
	}

	@Test
	void shouldStayQuietOnAnItalianUrgeThatPassed() {
		assertQuiet("avevo voglia di tagliarmi ma ho chiamato un amica ed è passata");
	}

	@Test
	void shouldHearALastWordToTheChatButNotOneToldAsBetter() {
		assertRisk("thanks for listening all these months. i wont be needing these chats anymore", RiskTier.CONCERN);
		assertQuiet("im so much better now, i wont need this anymore");
	}

	@Test
	void shouldHearAPetProvidedForIfAnythingHappensButNotForAHoliday() {
		assertRisk("if anything happens could you please make sure the dog gets walked", RiskTier.CONCERN);
		assertRisk("se mi dovesse succedere qualcosa il mio gatto va da mia sorella", RiskTier.CONCERN);
		assertQuiet("if anything happens while im on holiday can someone feed the cat",
				"se mi succede qualcosa durante l'operazione il gatto va da mia zia");
	}

	@Test
	void shouldHearANotesIfYouWillReadThisButNotAShoppingNote() {
		assertRisk("Серёж, если будешь читать это — ты самый лучший. прости", RiskTier.URGENT);
		assertQuiet("если будешь это читать, купи хлеба");
	}

}
