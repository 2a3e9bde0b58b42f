package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 20 for English, Russian and Italian, rules alone: the twenty-fourth development part showed the rules missing
 * being disappointed to open one's eyes again, the how and the when already decided ("come e quando"), more of the
 * meds than meant taken, a last message, leaving things so nobody has to sort anything out after, "nothing's ever
 * going to change" with not sticking around to watch it, misspelt "dont wanna be heer anymor" and "cant do this no
 * more", stopping so one never has to deal with any of it again, Russian "хоть бы не проснуться", waiting no longer
 * ("ждать я больше не буду"), "всё закончу, простите меня", leaving "this game" for good and possessions given away,
 * and Italian "mi sono fatto del male", "sarebbe più facile se non ci fossi più", "vorrei non essere più qua", "un
 * gesto estremo" and letters written with the day decided; and alarming on "used to believe everyone would be better
 * off without me" told as the illness talking. Round 20 hears those and stays quiet on deciding how and when to tell
 * someone news, waking early, a dose raised by the pharmacist, a last message before a flight, a child's outgrown
 * clothes given away, a player leaving a game, finishing a report today, stopping self-harm told as over, a football
 * injury and a film character's "gesto estremo".
 */
class EnglishRussianItalianRound20Tests extends RulesAlone {

	@Test
	void shouldHearBeingDisappointedToStillBeHereButNotToWakeEarly() {
		assertRisk("woke up again this morning and honestly i was disappointed to still be here", RiskTier.CONCERN);
		assertQuiet("i was disappointed to wake up early on a saturday");
	}

	@Test
	void shouldHearTheHowAndTheWhenDecidedButNotNewsToTell() {
		assertRisk("i've worked out how and when, and i feel oddly calm about it", RiskTier.CRISIS);
		assertRisk("ho già deciso come e quando, sono tranquilla", RiskTier.CRISIS);
		assertQuiet("we decided how and when to tell our parents about the wedding", "abbiamo deciso come e quando dirlo ai nonni");
	}

	@Test
	void shouldHearMoreOfTheMedsThanMeantTakenButNotADoseRaised() {
		assertRisk("last night i swallowed far more of my tablets than i'm supposed to, on purpose", RiskTier.URGENT);
		assertQuiet("i took more of my tablets than usual because the pharmacist doubled the dose");
	}

	@Test
	void shouldHearALastMessageButNotOneBeforeAFlight() {
		assertRisk("this will be the last message i ever write here, take care of yourselves", RiskTier.CRISIS);
		assertQuiet("this is the last time i write before my flight, talk soon");
	}

	@Test
	void shouldHearThingsLeftSoNobodyHasToSortAnythingAfter() {
		assertRisk("i left everything tidy so no one has to sort anything out afterwards", RiskTier.CRISIS);
		assertRisk("ho sistemato le bollette così nessuno dovrà occuparsi di niente dopo", RiskTier.CRISIS);
	}

	@Test
	void shouldHearNothingChangingAndNotStickingAround() {
		assertRisk("nothings gonna change and im not sticking around to see how it ends", RiskTier.CRISIS);
		assertRisk("ничего не изменится. терпеть я больше не буду", RiskTier.CRISIS);
	}

	@Test
	void shouldHearMisspeltNotWantingToBeHere() {
		assertRisk("i dont wana be heer anymore", RiskTier.CONCERN);
		assertRisk("i cant take this no more", RiskTier.CONCERN);
	}

	@Test
	void shouldHearStoppingSoAsNeverToFaceItAgain() {
		assertRisk("sometimes i think i could just stop and never have to face any of it again", RiskTier.CONCERN);
	}

	@Test
	void shouldStayQuietOnABeliefToldAsTheIllnessTalking() {
		assertQuiet("i used to think my family would be better off without me, but my counsellor helped me see it was the illness");
	}

	@Test
	void shouldHearHopingNotToWakeUpButNotAnEarlyAlarm() {
		assertRisk("скорее бы не проснуться, сил больше нет", RiskTier.CONCERN);
		assertQuiet("лишь бы не проснуться рано в субботу");
	}

	@Test
	void shouldHearFinishingEverythingWithAnApologyButNotAReport() {
		assertRisk("сегодня всё закончу. простите меня все", RiskTier.CRISIS);
		assertQuiet("сегодня всё закончу с отчетом и пойду домой");
	}

	@Test
	void shouldHearLeavingThisGameForGoodButNotAPlayer() {
		assertRisk("пора выйти из этой игры навсегда", RiskTier.CRISIS);
		assertQuiet("он вышел из игры навсегда, теперь играет в другую");
	}

	@Test
	void shouldHearPossessionsGivenAwayButNotBeforeAMoveOrByMum() {
		assertRisk("раздала соседкам цветы и растения. так спокойнее", RiskTier.CONCERN);
		assertQuiet("мама раздала свои вещи перед переездом", "раздаю вещи сына, из которых он вырос, кому нужно пишите");
	}

	@Test
	void shouldHearSelfHarmWithDelMaleButNotWhenToldAsOverOrAnInjury() {
		assertRisk("ieri sera mi sono fatta del male un'altra volta", RiskTier.CRISIS);
		assertQuiet("ho smesso di farmi del male un anno fa e oggi sto bene", "da sei mesi non mi faccio più del male",
				"mi sono fatto male giocando a calcio");
	}

	@Test
	void shouldHearEverythingEasierWithoutMe() {
		assertRisk("sarebbe tutto più semplice per loro se non ci fossi", RiskTier.CONCERN);
		assertRisk("vorrei non esserci più, davvero", RiskTier.CONCERN);
		assertQuiet("vorrei non esserci più alla riunione di domani");
	}

	@Test
	void shouldHearAGestoEstremoButNotAFilmCharacters() {
		assertRisk("sto pensando di compiere un gesto estremo", RiskTier.CRISIS);
		assertQuiet("il protagonista del film compie un gesto estremo");
	}

	@Test
	void shouldHearLettersWrittenWithTheDayDecided() {
		assertRisk("ho già scritto le lettere e ho deciso che lo faccio venerdì", RiskTier.CRISIS);
	}

}
