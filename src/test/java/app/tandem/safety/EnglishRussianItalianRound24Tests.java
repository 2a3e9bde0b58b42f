package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 24 for English, Russian and Italian, rules alone: the twenty-eighth development part showed the rules missing
 * going to sleep and not coming back, a rope bought with a lie about what it was for, a bridge visited to work up the
 * nerve, a pet promised to a neighbour "if anything happens", thanks for being kinder than most people, "я для всех
 * обуза", notes written and pills hoarded, "ухожу в закат навсегда", "всё закончу, не пишите мне больше" and "mi
 * autodisattivo"; and alarming on a goodbye letter to anxiety written as therapy homework, "rather die than go back to
 * the dentist", a farewell letter on the last day at work, cutting told as long past, a burn from a frying pan, "mi
 * sparo" after a derby and a grandfather's words reported. Round 24 hears those and stays quiet on the near misses.
 */
class EnglishRussianItalianRound24Tests extends RulesAlone {

	@Test
	void shouldHearSleepingAndNotComingBackButNotAChatBreak() {
		assertRisk("im going to sleep and never coming back this time", RiskTier.CRISIS);
		assertQuiet("going to sleep and not coming back to this group till monday");
	}

	@Test
	void shouldHearARopeBoughtWithALieButNotOneForTheTent() {
		assertRisk("got a rope yesterday, told the cashier it was for moving boxes", RiskTier.CRISIS);
		assertQuiet("bought a rope for the tent, the old one snapped");
	}

	@Test
	void shouldHearTheBridgeToWorkUpTheNerveButNotTheDivingBoard() {
		assertRisk("i keep walking to the railway bridge after dark to work up the nerve", RiskTier.CRISIS);
		assertQuiet("stood on the high diving board at the pool for ages to work up the nerve");
	}

	@Test
	void shouldHearAGoodbyeLetterButNotOneToMyAnxiety() {
		assertRisk("i wrote a goodbye letter to my family", RiskTier.CONCERN);
		assertQuiet("my counsellor asked me to write a goodbye letter to my eating disorder");
	}

	@Test
	void shouldHearRatherDieButNotRatherDieThanVisitTheInLaws() {
		assertRisk("honestly id rather die than keep living like this", RiskTier.CONCERN);
		assertQuiet("id rather die than visit my in laws again this christmas");
	}

	@Test
	void shouldHearThePetGivenIfAnythingHappensButNotForASurgery() {
		assertRisk("if anything happens to me could you make sure Pepper goes to my sister", RiskTier.CONCERN);
		assertQuiet("if anything happens to me during the surgery could you make sure Pepper goes to my sister");
	}

	@Test
	void shouldHearKinderThanMostPeopleButNotAboutAColleague() {
		assertRisk("you have been kinder to me than almost anyone ever was", RiskTier.CONCERN);
		assertRisk("ты была добрее ко мне чем большинство", RiskTier.CONCERN);
		assertRisk("sei sempre stata più gentile con me di chiunque", RiskTier.CONCERN);
		assertQuiet("my new manager is kinder to me than the old one");
	}

	@Test
	void shouldHearBeingABurdenToEveryoneButNotNotABurden() {
		assertRisk("я для семьи обуза, всем без меня легче", RiskTier.CONCERN);
		assertQuiet("я для них не обуза, они сами так сказали");
	}

	@Test
	void shouldHearHoardedPillsButNotPillsStockedForATrip() {
		assertRisk("снотворное которое я накопила лежит в шкафу", RiskTier.CRISIS);
		assertQuiet("таблетки которые я накопила для поездки уже в чемодане");
	}

	@Test
	void shouldHearEndingItAllWithDontWriteToMeButNotFinishingAReport() {
		assertRisk("завтра всё закончу, не ищите меня больше", RiskTier.CRISIS);
		assertQuiet("завтра всё закончу с отчётом и наконец отдохну");
	}

	@Test
	void shouldHearALastDayForeverButNotLeavingAChat() {
		assertRisk("всё, ухожу навсегда, всем пока 🪦", RiskTier.CONCERN);
		assertQuiet("ухожу навсегда из этого чата, всем пока");
	}

	@Test
	void shouldHearAFarewellLetterButNotOneForColleagues() {
		assertRisk("написала прощальное письмо маме и положила на стол", RiskTier.CRISIS);
		assertQuiet("увольняюсь, сегодня написал прощальное письмо всему отделу");
	}

	@Test
	void shouldHearSelfHarmButNotABurnFromTheOven() {
		assertRisk("mi sono bruciata di nuovo con l'accendino sul braccio", RiskTier.CRISIS);
		assertQuiet("mi sono bruciato col forno mentre tiravo fuori la pizza");
	}

	@Test
	void shouldHearSelfDeactivationAndMeantShootingButNotAMatch() {
		assertRisk("stanotte mi autodisattivo, basta", RiskTier.CRISIS);
		assertRisk("ho deciso, mi sparo", RiskTier.CRISIS);
		assertQuiet("se il Napoli perde anche stasera la partita mi sparo");
	}

	@Test
	void shouldHearNoSenseInLivingButNotWhatAFriendSaid() {
		assertRisk("non ha più senso vivere così", RiskTier.CONCERN);
		assertQuiet("la mia amica dice che non ha più senso vivere in questa città, vuole trasferirsi");
	}
}
