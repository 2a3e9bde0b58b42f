package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 19 for German, rules alone: the twenty-third development part showed the rules missing "schluss" said after a
 * time or a condition ("danach ist schluss", "wenn sie auf dienstreise ist, mach ich schluss"), being tired "zu
 * existieren", hoping that "mir was passiert", "keinem auffallen wenn ich weg wär", medicines no longer taken but put
 * aside, more of one's medicines taken "als ich darf", a pet handed over "falls was ist", letters being written to the
 * family, a place looked at, "noch ein jahr so mach ich nicht mit", the "löffel abgeben" one would welcome, suicide
 * spelt with digits or apart ("su1z1d", "selbst mort"), "offline für immer", a holiday one will not live to see, and
 * things given away "brauch ich ja bald nicht mehr"; and alarming on an urge that came and passed with skills and on
 * suicidal thoughts that have become fewer. Round 19 hears those kinds, and also quiets (leads from round 18) a blow
 * from someone else, a slap on the forehead or the thigh from laughing, a day one would rather be absent from work,
 * logging out of an app "für immer", "schluss mit lustig" and "heute mach ich schluss, gute nacht".
 */
class GermanRound19Tests extends RulesAlone {

	@Test
	void shouldHearSchlussAfterATimeOrAConditionButNotTheEndOfWorkOrAnEpisode() {
		assertRisk("ich mach heute nacht schluss", RiskTier.CRISIS);
		assertRisk("bis silvester halt ich durch, danach ist schluss", RiskTier.CRISIS);
		assertRisk("wenn die kinder aus dem haus sind, mach ich schluss", RiskTier.CRISIS);
		assertQuiet("um fünf mach ich schluss mit der arbeit", "noch eine folge, danach ist schluss",
				"ich mach heute schluss mit ihm");
	}

	@Test
	void shouldHearSchlussWithTheVerbFirstOrWithMeButNotAGoodNightOrAnIdiom() {
		assertRisk("es bringt alles nichts, darum mach ich morgen schluss", RiskTier.CRISIS);
		assertRisk("i moch heit no schluss mit mia", RiskTier.CRISIS);
		assertQuiet("heute mach ich schluss, gute nacht", "heute ist schluss mit lustig",
				"wenn der film vorbei ist, mach ich schluss");
	}

	@Test
	void shouldHearBeingTiredOfExistingButNotOfLivingLikeAStudent() {
		assertRisk("ich bin es leid noch zu leben", RiskTier.CONCERN);
		assertRisk("bin so müde zu existieren", RiskTier.CONCERN);
		assertQuiet("ich bin es leid zu leben wie ein student");
	}

	@Test
	void shouldHearHopingSomethingHappensToMeButNotHopingNothingDoes() {
		assertRisk("ich hoffe jeden tag, dass mir irgendwas passiert", RiskTier.CONCERN);
		assertQuiet("ich hoffe, dass mir nichts passiert auf der fahrt", "ich hoffe dass mir was gutes passiert");
	}

	@Test
	void shouldHearNobodyNoticingIfIWereDeadButNotAWeekAway() {
		assertRisk("es würde niemandem auffallen, wenn ich tot wäre", RiskTier.CONCERN);
		assertQuiet("würde keinem auffallen wenn ich mal eine woche weg bin");
	}

	@Test
	void shouldHearMedicinesPutAsideInsteadOfTakenButNotSomeoneElsesOrStoppedForGood() {
		assertRisk("ich nehme die tabletten nicht mehr, ich hebe sie auf", RiskTier.CRISIS);
		assertRisk("ich nehm meine medis seit drei wochen nicht mehr und leg sie zur seite", RiskTier.CRISIS);
		assertQuiet("ich nehme seit drei tagen keine tabletten mehr und es geht mir gut",
				"mein vater nimmt seine tabletten nicht mehr und legt sie zur seite");
	}

	@Test
	void shouldHearMoreTakenThanPrescribed() {
		assertRisk("hab mehr tabletten geschluckt als verschrieben", RiskTier.URGENT);
		assertRisk("ich habe gestern mehr genommen als ich darf, mit absicht", RiskTier.URGENT);
	}

	@Test
	void shouldHearAPetHandedOverIfSomethingHappensButNotForAHospitalStay() {
		assertRisk("falls mir was passiert, könnt ihr euch um meine katze kümmern", RiskTier.URGENT);
		assertQuiet("falls was ist, kann sich jemand um meinen hund kümmern, ich bin im krankenhaus");
	}

	@Test
	void shouldHearLettersToTheFamilyButNotChristmasLetters() {
		assertRisk("ich schreibe gerade briefe an meine familie", RiskTier.URGENT);
		assertRisk("die briefe liegen im schrank, wo man sie findet", RiskTier.URGENT);
		assertQuiet("ich schreibe gerade briefe an meine oma zu weihnachten");
	}

	@Test
	void shouldHearThePlaceLookedAtButNotAWeddingVenue() {
		assertRisk("hab mir den ort angeschaut", RiskTier.CRISIS);
		assertRisk("ich hab eine stelle im wald gefunden wo mich keiner findet", RiskTier.CRISIS);
		assertQuiet("hab mir den ort für die hochzeit angeschaut");
	}

	@Test
	void shouldHearAnotherYearLikeThisNotEndured() {
		assertRisk("noch einen winter so halte ich nicht aus", RiskTier.CONCERN);
	}

	@Test
	void shouldHearTheSpoonGivenUpWelcomed() {
		assertRisk("wenn ich jetzt den löffel abgeben würde, wär mir das ganz recht", RiskTier.CONCERN);
	}

	@Test
	void shouldHearSuicideSpeltWithDigitsOrApart() {
		assertRisk("denk nur noch an suiz1d", RiskTier.CRISIS);
		assertRisk("ich denk oft an selbst mord", RiskTier.CRISIS);
	}

	@Test
	void shouldHearOfflineForGoodButNotOfflineFromAnApp() {
		assertRisk("ich will offline gehen, endgültig", RiskTier.CRISIS);
		assertQuiet("ich logg mich für immer aus bei instagram", "offline für immer von whatsapp, das nervt",
				"ich log mich jetzt aus, für immer weg von tiktok");
	}

	@Test
	void shouldHearAHolidayNotToBeLivedToSeeButNotAWinterNotToBeRepeated() {
		assertRisk("den nächsten geburtstag will ich nicht mehr erleben", RiskTier.CRISIS);
		assertRisk("weihnachten will ich nicht mehr erleben", RiskTier.CRISIS);
		assertQuiet("so einen winter will ich nie mehr erleben");
	}

	@Test
	void shouldHearThingsGivenAwayNotNeededSoonButNotAnOldBikeReplaced() {
		assertRisk("meine schwester bekommt meinen schmuck, ich brauch ihn ja bald nicht mehr", RiskTier.URGENT);
		assertQuiet("hab meinem neffen mein altes fahrrad geschenkt, brauch ich eh nicht mehr seit ich ein neues habe");
	}

	@Test
	void shouldStayQuietOnAnUrgeThatPassedButHearOneThatSkillsDoNotHelp() {
		assertQuiet("hatte letzte woche starken suchtdruck, bin spazieren gegangen und der druck ging vorbei",
				"der drang mich zu schneiden war stark, aber ich habe widerstanden");
		assertRisk("der druck ist gerade so stark, ich will mich schneiden, skills helfen nicht", RiskTier.CRISIS);
	}

	@Test
	void shouldStayQuietOnThoughtsThatBecameFewer() {
		assertQuiet("seit der therapie sind die gedanken viel leiser geworden",
				"nach der klinik sind die suizidgedanken viel seltener geworden");
	}

	@Test
	void shouldStayQuietOnABlowFromSomeoneElseOrASlapFromLaughing() {
		assertQuiet("er hat mir mit dem buch auf den kopf geschlagen", "hab mir vor die stirn geschlagen als ich den fehler sah",
				"ich hab mich auf die schenkel geschlagen vor lachen");
	}

	@Test
	void shouldStayQuietOnADayOneWouldRatherMissButHearNotBeingThereAnyMore() {
		assertQuiet("es wäre besser, wenn ich morgen nicht da wäre, das meeting wird schlimm");
		assertRisk("es wäre besser wenn ich heute nacht nicht mehr da wäre", RiskTier.CONCERN);
	}

}
