package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 18 for German, rules alone: the twenty-second development part showed the rules missing slang (unalive with
 * a skull, logging out "für immer", game over with no continues, the "abgang" after a line about this life), a Swiss
 * "wenn ich nümme da wär", pills laid out with the courage still lacking, how many of one's pills "one would need so
 * that it is enough", goodbyes and plans told in two sentences (a date set after a family day, a bridge looked at and
 * then "ich weiß jetzt wo", "danke für alles" and then "das ist jetzt das ende", everything tried and then waiting no
 * longer), a cigarette put out on the arm told in the present, a fist against one's own head and everything from the
 * pill box taken; and alarming on "lieber sterbe ich, als ..." after a petty trigger and on grief for a brother's
 * suicide. Round 18 hears those kinds and quiets hyperbole with a petty "als ... zu", a relative's suicide named with
 * "seinem/ihrem", a flight "nach" somewhere, and "ich bin dann weg, bis morgen".
 */
class GermanRound18Tests extends RulesAlone {

	@Test
	void shouldHearUnaliveWithWordsBetweenAndASkull() {
		assertRisk("ich will mich heut einfach unaliven 💀", RiskTier.CRISIS);
		assertRisk("ich will mich einfach nur noch unaliven", RiskTier.CRISIS);
	}

	@Test
	void shouldHearLoggingOutForGoodButNotLeavingAnApp() {
		assertRisk("ich logg mich für immer aus. nicht aus insta, aus dem leben", RiskTier.CRISIS);
		assertRisk("ich melde mich für immer ab", RiskTier.CRISIS);
		assertQuiet("ich logge mich endgültig aus whatsapp aus", "ich melde mich endgültig vom fitnessstudio ab");
	}

	@Test
	void shouldHearTheExitAfterALineAboutLifeButNotAFlightSomewhere() {
		assertRisk("mein leben kotzt mich an, morgen mach ich den abgang", RiskTier.CRISIS);
		assertQuiet("morgen mach ich den abflug nach teneriffa, endlich urlaub",
				"morgen mach ich den abflug nach mallorca, das leben ist schön");
	}

	@Test
	void shouldHearNoWishForThisLifeButNotForALifeSomewhereOrSomeoneElses() {
		assertRisk("keinen bock mehr auf mein leben", RiskTier.CONCERN);
		assertQuiet("hab kein bock mehr auf dieses leben als student in münchen");
	}

	@Test
	void shouldHearGameOverWithACoffinButNotAFailedExam() {
		assertRisk("game over für mich irl ⚰️", RiskTier.CRISIS);
		assertRisk("game over für mich, kein respawn mehr", RiskTier.CRISIS);
		assertQuiet("game over für mich, die prüfung ist verhauen");
	}

	@Test
	void shouldHearBeingBetterOffGoneInDialect() {
		assertRisk("es wär echt leichter, wenn i nimmer da wär", RiskTier.CONCERN);
		assertRisk("wär eifach besser wenn ich nümme da wär", RiskTier.CONCERN);
	}

	@Test
	void shouldHearPillsLaidOutWithTheCourageLackingButNotTheWeeksPillsSorted() {
		assertRisk("die pillen liegen bereit, ich trau mich nur noch nicht", RiskTier.CRISIS);
		assertQuiet("hab die tabletten für die woche rausgelegt, morgens zwei und abends eine");
	}

	@Test
	void shouldHearHowManyPillsOneWouldNeedButNotHowManyToPackForAHoliday() {
		assertRisk("wie viele schlaftabletten bräuchte man, damit es sicher reicht?", RiskTier.CRISIS);
		assertQuiet("wie viele tabletten muss ich in den urlaub mitnehmen, damit es reicht?",
				"wie viele tabletten braucht man damit es wirkt");
	}

	@Test
	void shouldHearADateSetAfterAFamilyDayButNotNewsHeldBackForAWedding() {
		assertRisk("ich hab jetzt ein datum. erst nach weihnachten, damit ich es den kindern nicht kaputt mache",
				RiskTier.CRISIS);
		assertQuiet("ich sag es ihr erst nach der hochzeit, damit ich ihr den tag nicht versaue",
				"ich hab ein datum für die hochzeit");
	}

	@Test
	void shouldHearAPlaceLookedAtAndNowKnownButNotASightseeingTrip() {
		assertRisk("hab mir die eisenbahnbrücke nochmal angesehen. ich weiß jetzt wo", RiskTier.CRISIS);
		assertQuiet("hab mir die brücke am rhein angeschaut, total schön",
				"hab mir die brücke in dresden angeschaut. ich weiß jetzt wo das foto entstanden ist");
	}

	@Test
	void shouldHearThanksForEverythingAndTheEndButNotThanksAndSeeYouTomorrow() {
		assertRisk("danke für alles, ehrlich. und das ist jetzt mein ende", RiskTier.CRISIS);
		assertQuiet("danke für alles. ich bin dann weg, bis montag", "danke für alles, ihr wart super",
				"danke für alles! ich fühl mich wirklich stabil");
	}

	@Test
	void shouldHearEverythingTriedAndNoMoreFightingButNotTherapyThatHelped() {
		assertRisk("klinik, therapie, antidepressiva, alles schon versucht. ich kämpfe nicht mehr", RiskTier.CRISIS);
		assertQuiet("die therapie hat geholfen, wir haben alles versucht und es geht mir besser",
				"der drucker spinnt, ich warte nicht mehr");
	}

	@Test
	void shouldHearACigarettePutOutOnTheArmButNotInTheAshtray() {
		assertRisk("ich mach mir die kippe auf dem unterarm aus", RiskTier.CRISIS);
		assertQuiet("ich drück die zigarette im aschenbecher aus");
	}

	@Test
	void shouldHearAFistAgainstOnesOwnHead() {
		assertRisk("hab mir heut mit der faust gegen den schädel gehauen bis es ruhig wurde", RiskTier.CRISIS);
	}

	@Test
	void shouldHearEverythingFromThePillBoxTakenButNotThePillBoxSorted() {
		assertRisk("hab den ganzen inhalt aus meiner pillendose geschluckt", RiskTier.URGENT);
		assertRisk("alles aus der medikamentenbox genommen, mir wird schon schwindelig", RiskTier.URGENT);
		assertQuiet("hab alles aus der tablettenbox genommen und neu einsortiert",
				"hab alles aus der keksdose gegessen, mir ist übel");
	}

	@Test
	void shouldHearRatherDeadThanLivingOnButNotRatherDeadThanAPettyChore() {
		assertRisk("lieber sterbe ich, als nochmal so weiterzuleben", RiskTier.CRISIS);
		assertQuiet("ich würde lieber sterben, als am montag zum zahnarzt zu gehen",
				"lieber tot umfallen als in die mathe-nachhilfe");
	}

	@Test
	void shouldHearSuicidalThoughtsAfterALossButNotGriefForARelativesSuicide() {
		assertRisk("nach ihrem suizid will ich auch nicht mehr leben", RiskTier.CRISIS);
		assertQuiet("zwei jahre nach ihrem selbstmord denke ich immer noch jeden tag an meine schwester",
				"nach seinem tod ist das haus so leer, der suizid hat uns alle getroffen");
	}

}
