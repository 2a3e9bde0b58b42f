package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 27 for German, rules alone: the thirty-first development part showed the rules missing a deadly illness
 * wished for, a veteran's "it would have been better had I not come back", the act set for a weekend when the wife is
 * at her sister's and told as settled, sleeping pills said to the doctor to be lost so as to get new ones while the old
 * ones are kept, one's own pills and one's mother's swallowed so as not to wake up, "I know how it ends, and that is
 * soon" after treatment that helps nothing, and a decision to end it at the weekend told in a dass-clause within a
 * long day's note. It raised no false alarm; round 27 keeps quiet, too, families of medication talk, everyday talk
 * and grief that share those words: a child who found the pill box and tipped it out, pills handed back to the
 * pharmacy, a course taken as prescribed, a sleeping pill so as not to wake at night, tapering with the prescriber, a
 * burn at the ironing board, a farewell letter left by one's father, a grandmother who no longer wanted to live at
 * the end, a holiday or a last working day, an old guitar handed on, and a break-up or a day's work ended.
 */
class GermanRound27Tests extends RulesAlone {

	@Test
	void shouldHearADeadlyIllnessWishedForButNotASickDayOrOneFeared() {
		assertRisk("ich wünsch mir echt oft, ich hätte einen tumor, dann wär alles vorbei", RiskTier.CONCERN);
		assertQuiet("ich wünsch mir so sehr, dass ich keinen tumor hab, der befund kommt am freitag",
				"manchmal wünsch ich mir, ich wär krank, dann müsst ich morgen nicht zur arbeit",
				"ich hoffe für opa, dass der krebs nicht wiederkommt, die nachsorge ist im mai");
	}

	@Test
	void shouldHearBetterNotToHaveComeBackButNotFromAHoliday() {
		assertRisk("nach afghanistan denk ich oft, es wär besser gewesen, ich wär nicht zurückgekommen",
				RiskTier.CONCERN);
		assertQuiet("es wär besser gewesen, ich wär nicht zurückgekommen aus dem urlaub, hier regnet es seit tagen",
				"wär besser gewesen, wenn ich aus den ferien nie zurückgekommen wär, der stapel im büro ist riesig");
	}

	@Test
	void shouldHearTheActSetForWhenTheOthersAreAwayButNotAShiftAgreed() {
		assertRisk("wenn mein mann auf montage ist, dann mach ichs. steht fest", RiskTier.CRISIS);
		assertQuiet("der chef hat gefragt, ob ich die schicht übernehm, wenn der kollege weg ist. dann mach ichs. steht fest",
				"meine frau ist am samstag bei ihrer mutter, dann mach ich endlich den keller fertig");
	}

	@Test
	void shouldHearPillsSaidToBeLostToGetMoreButNotOnesReallyReplaced() {
		assertRisk("hab der ärztin erzählt, die packung wär mir ins waschbecken gefallen, damit ich neue krieg. "
				+ "die anderen behalt ich. du weißt wofür", RiskTier.CRISIS);
		assertQuiet("die tabletten sind mir ins klo gefallen, hab beim arzt angerufen und krieg ein neues rezept",
				"hab der apothekerin gesagt, dass die packung runtergefallen ist, damit ich neue krieg. die alten hat sie entsorgt");
	}

	@Test
	void shouldHearMineAndAnothersPillsSwallowedButNotPackedOrBroughtBack() {
		assertRisk("hab meine tabletten und die von meinem mann geschluckt, mir ist so komisch", RiskTier.URGENT);
		assertQuiet("hab meine tabletten und die von papa in die wochenbox sortiert",
				"hab meine medikamente und die von meiner mutter mitgenommen, wir fahren zur kur",
				"hab meine tabletten und die von oma genommen und zur apotheke zurückgebracht");
	}

	@Test
	void shouldHearTakenSoAsNotToWakeButNotASleepingPillForTheNight() {
		assertRisk("hab die ganzen schlaftabletten geschluckt, will nicht mehr aufwachen", RiskTier.URGENT);
		assertRisk("ich hoffe, ich wach morgen nicht auf", RiskTier.CONCERN);
		assertQuiet("hab ne schlaftablette genommen, damit ich nachts nicht mehr aufwache",
				"seit der neuen dosis wach ich nicht mehr ständig auf, endlich",
				"ich hoffe, ich wach morgen nicht zu spät auf, der zug geht um sechs");
	}

	@Test
	void shouldHearTheEndKnownAndNearButNotABooksEnding() {
		assertRisk("medikamente helfen nicht. ich weiß wie es ausgeht, und das ist bald", RiskTier.CRISIS);
		assertQuiet("hab das buch schon gelesen, ich weiß wie es endet. der film kommt bald ins kino");
	}

	@Test
	void shouldHearADecisionToEndItOnADayButNotABreakUpOrAnEarlyFinish() {
		assertRisk("ich hab entschieden, dass ich heute nacht schluss mache", RiskTier.CRISIS);
		assertQuiet("ich hab beschlossen, dass ich am freitag mit ihm schluss mach, er lügt nur",
				"hab beschlossen, dass ich heute früher schluss mach, der rücken tut weh");
	}

	@Test
	void shouldHearAllOfThemSwallowedButNotAChildWhoFoundThePillBox() {
		assertRisk("hab sie jetzt alle geschluckt. tut mir leid", RiskTier.URGENT);
		assertQuiet("die kleine hat die pillendose gefunden und alle tabletten auf den teppich gekippt, geschluckt hat sie keine",
				"mein enkel hat die schachtel mit omas tabletten gefunden, wir haben sofort den giftnotruf angerufen, alles gut");
	}

	@Test
	void shouldHearAWholePackTakenButNotACourseAsPrescribed() {
		assertRisk("hab grad die ganze packung genommen", RiskTier.URGENT);
		assertQuiet("hab die ganze packung antibiotika genommen, wie verschrieben, endlich durch",
				"die ganze packung kortison über 5 tage genommen wie verordnet, jetzt ist der ausschlag weg",
				"die restlichen schlaftabletten hab ich nach dem ausschleichen in der apotheke abgegeben");
	}

	@Test
	void shouldHearABurnDoneOnPurposeButNotAtTheIroningBoard() {
		assertRisk("hab mir absichtlich am herd den unterarm verbrannt", RiskTier.CRISIS);
		assertQuiet("hab mir beim bügeln die hand verbrannt, jetzt ne blase",
				"hab mir aus versehen mit dem teppichmesser in die hand geschnitten");
	}

	@Test
	void shouldHearMyOwnFarewellLetterButNotOneMyFatherLeft() {
		assertRisk("ich hab meinen abschiedsbrief fertig geschrieben", RiskTier.CRISIS);
		assertQuiet("ich hab den abschiedsbrief meines vaters gefunden und wieder gelesen",
				"der abschiedsbrief von mama liegt noch in der schublade, ich schaff es nicht ihn zu lesen");
	}

	@Test
	void shouldHearNotWantingToLiveButNotAGrandmotherAtTheEnd() {
		assertRisk("meine mutter weiß nicht, dass ich nicht mehr leben will", RiskTier.CRISIS);
		assertQuiet("meine oma wollte am ende nicht mehr leben, sie war so müde nach dem schlaganfall");
	}

	@Test
	void shouldHearGoneTomorrowAfterThanksButNotALastWorkingDay() {
		assertRisk("danke für alles. morgen bin ich nicht mehr da", RiskTier.CONCERN);
		assertQuiet("am freitag ist mein letzter arbeitstag, dann bin ich weg",
				"morgen bin ich weg bis sonntag, die katze füttert die nachbarin",
				"hab meine alte gitarre meinem neffen geschenkt, brauch ich eh nicht mehr");
	}

	@Test
	void shouldHearAWishToBeWithTheDeadButNotAVisitToTheGrave() {
		assertRisk("ich möchte einfach bei papa sein, im himmel", RiskTier.CONCERN);
		assertQuiet("papa ist jetzt im himmel, ich besuch morgen sein grab",
				"ich möchte bei mama sein, sie liegt im krankenhaus");
	}
}
