package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * German rules, round 16 (dev20): pills counted out into a box for a stay away and passwords written down in case a
 * phone breaks stay quiet, and so do ibuprofen kept for an emergency, an itch scratched open, being caught by the
 * boss or the rain, a cast or a move that means nobody needs to look after the writer, and a morning's pills taken
 * "wie jeden Morgen"; heard are medicine no longer taken but kept back, enough prescriptions collected, a high
 * place chosen for oneself, going out and never coming back, goodbyes (nobody needing to look after or clean up
 * after the writer, pills made ready for when the flat is empty, a letter for each child or relative, a pet living
 * elsewhere for good, belongings handed on, "ihr wart das einzig Gute", a letter laid with the will, "vom Leben
 * mein ich"), passive wishes (run over and that being fine, not being there being all one, what for still be here,
 * everybody better off without the writer in dialect), not being there any more after a date, wanting one's life
 * over, a whole pack with drink, all one's pills swallowed in Swiss German, self-harm with a lighter or blade, skin
 * scratched bloody and wounds hidden under sleeves, and hopelessness with intent (no way out and giving up for
 * good, "da is nix mehr" with "i mach Schluss", a date to stop with "ich hab genug"); each beside an everyday
 * sentence close to it.
 */
class GermanRound16Tests extends RulesAlone {

	@Test
	void shouldHearPillsCountedOutAloneButNotCountedIntoABoxForAStay() {
		assertRisk("hab die tabletten abgezählt, es sind genug", RiskTier.CRISIS);
		assertQuiet("für die reise alle tabletten abgezählt und eingepackt",
				"für die woche bei oma die medikamente abgezählt und in die pillenbox getan");
	}

	@Test
	void shouldHearPasswordsLeftForSomeoneButNotWrittenDownInCaseAPhoneBreaks() {
		assertRisk("alle passwörter für meine frau aufgeschrieben, sie wird sie brauchen", RiskTier.CONCERN);
		assertQuiet("alle passwörter für meine frau aufgeschrieben, falls ich sie vergesse",
				"die pins für meinen mann aufgeschrieben, falls das handy mal kaputt geht");
	}

	@Test
	void shouldHearMedicineKeptBackButNotPainkillersKeptForAnEmergency() {
		assertRisk("ich schluck das seroquel seit tagen nicht mehr, ich sammle sie lieber", RiskTier.CRISIS);
		assertRisk("ich nehm meine tabletten nimmer, ich heb sie mir auf", RiskTier.CRISIS);
		assertQuiet("hab meine tabletten heute nicht genommen, ich sammle kraft für morgen",
				"ich nehm die ibus nicht mehr, die heb ich für den notfall auf",
				"ich nehme das mittel nicht mehr, der arzt hat es abgesetzt, ich heb die packung auf");
	}

	@Test
	void shouldHearEnoughPrescriptionsCollectedButNotRecipesOrATripsSupply() {
		assertRisk("nur noch ein rezept, dann hab ich genug zusammen", RiskTier.CRISIS);
		assertQuiet("noch ein rezept ausprobieren, dann hab ich genug zusammen für mein kochbuch",
				"noch zwei packungen, dann hab ich genug zusammen für den urlaub");
	}

	@Test
	void shouldHearAHighPlaceChosenForOneselfButNotForPhotosOrARopeForClimbing() {
		assertRisk("das parkhaus am bahnhof hab ich mir ausgesucht, oberstes deck", RiskTier.CRISIS);
		assertRisk("den turm hob i ma ausgschaut, morgen in da fruah", RiskTier.CRISIS);
		assertQuiet("die brücke hab ich mir für die hochzeitsfotos ausgesucht",
				"das seil hab ich mir im kletterladen ausgesucht");
	}

	@Test
	void shouldHearGoingOutNeverToComeBackButNotEmigratingOrLeavingAShop() {
		assertRisk("heut nacht geh ich raus und nie wieder zurück", RiskTier.CRISIS);
		assertQuiet("nächstes jahr zieh ich nach kanada, fahr hin und komm nie mehr zurück",
				"ich geh raus und nie wieder zurück in diesen laden");
	}

	@Test
	void shouldHearNobodyToLookAfterTheWriterButNotAfterACastOrAMove() {
		assertRisk("bald muss sich keiner mehr um mich kümmern", RiskTier.CONCERN);
		assertQuiet("ab nächster woche bin ich den gips los, dann muss sich keiner mehr um mich kümmern",
				"wenn ich in die eigene wohnung ziehe, muss sich niemand mehr um mich kümmern");
	}

	@Test
	void shouldHearAPetLivingElsewhereForGoodButNotBecauseOfAnAllergyOrAMove() {
		assertRisk("mein hund ist jetzt bei meinem nachbarn, für immer", RiskTier.CONCERN);
		assertQuiet("der hund ist jetzt bei meinen eltern, für immer, weil ich allergisch bin",
				"unsere katze ist jetzt bei oma, für immer, wir ziehen um");
	}

	@Test
	void shouldHearBelongingsHandedOnButNotAnOldConsoleOrABirthdayPresent() {
		assertRisk("meine playstation kriegt mein kleiner bruder", RiskTier.CONCERN);
		assertQuiet("meine alte playstation kriegt mein kleiner bruder, ich hol mir die neue",
				"meine gitarre kriegt mein neffe zum geburtstag", "meine sachen kriegt die caritas, hab ausgemistet",
				"mein zeug kriegt mein bruder, ich zieh ins ausland");
	}

	@Test
	void shouldHearNobodyToCleanUpAfterTheWriterButNotAfterAParty() {
		assertRisk("soll keiner hinterher meinen kram wegräumen müssen", RiskTier.CONCERN);
		assertQuiet("nach der party soll keiner hinterher meinen dreck wegmachen müssen");
	}

	@Test
	void shouldHearAThankYouInThePastTenseButNotInThePresent() {
		assertRisk("ihr wart das einzig gute in meinem leben", RiskTier.CONCERN);
		assertRisk("ihr wart das einzig gute in den letzten jahren", RiskTier.CONCERN);
		assertQuiet("ihr seid das einzig gute in meinem leben", "ihr wart das einzig gute an dem urlaub");
	}

	@Test
	void shouldHearBeingRunOverWelcomeButNotBeingCaughtByTheBoss() {
		assertRisk("wenn mich ein zug erwischt, wär mir das ganz recht", RiskTier.CONCERN);
		assertQuiet("wenn mich der chef morgen erwischt, wär mir das egal",
				"wenn mich der regen auf dem heimweg erwischt, ist mir das egal");
	}

	@Test
	void shouldHearNotBeingThereAllOneButNotMissingAParty() {
		assertRisk("mir wär es egal, wenn ich morgen nicht mehr da wär", RiskTier.CONCERN);
		assertQuiet("mir wär es lieber, wenn ich morgen nicht mehr im büro wär",
				"mir wär es egal, wenn ich nicht mehr da wär auf der party");
	}

	@Test
	void shouldHearWhatForStillLiveButNotWhatForStillBeThereWhenAShopIsShut() {
		assertRisk("wofür eigentlich noch leben", RiskTier.CONCERN);
		assertQuiet("wozu noch da sein, wenn der laden schon zu hat", "wofür noch leben, fragt der philosoph im buch");
	}

	@Test
	void shouldHearNotBeingThereAfterADateButNotOffInstagramOrOnHoliday() {
		assertRisk("ab montag gibt es mich nicht mehr", RiskTier.CRISIS);
		assertQuiet("ab montag gibt es mich nicht mehr im büro, ich hab urlaub",
				"nach dem wochenende gibts mich nicht mehr auf insta");
	}

	@Test
	void shouldHearNoWayOutAndGivingUpForGoodButNotGivingUpSmoking() {
		assertRisk("es gibt keinen ausweg mehr. ich gebe auf, endgültig", RiskTier.CRISIS);
		assertQuiet("ich gebe das rauchen auf, endgültig", "ich geb alles auf und zieh für immer nach spanien");
	}

	@Test
	void shouldHearAWholePackWithDrinkButNotAWarningOrCrisps() {
		assertRisk("die ganzen schlaftabletten und ne flasche wein dazu", RiskTier.URGENT);
		assertQuiet("die ganzen tabletten darf man nicht mit alkohol nehmen",
				"die ganze packung chips und ne flasche wein dazu, filmabend");
	}

	@Test
	void shouldHearAllOnesPillsSwallowedInSwissGermanButNotTheMorningDose() {
		assertRisk("i ha grad alli mini tabletten gschluckt, mit absicht", RiskTier.URGENT);
		assertQuiet("i ha grad alli mini tabletten gnoh, wie jede morge");
	}

	@Test
	void shouldHearALetterLaidWithTheWillButNotTheNotarysLetter() {
		assertRisk("der abschiedsbrief liegt beim testament", RiskTier.CONCERN);
		assertQuiet("der brief vom notar liegt beim testament");
	}

	@Test
	void shouldHearWantingOnesLifeOverButNotAnExamOver() {
		assertRisk("ich will, dass mein leben endlich vorbei ist", RiskTier.CRISIS);
		assertRisk("mein leben soll einfach zu ende gehen", RiskTier.CRISIS);
		assertQuiet("ich will, dass die prüfung endlich vorbei ist");
	}

	@Test
	void shouldHearABurnWithALighterOnPurposeButNotAtTheBarbecue() {
		assertRisk("nach dem anruf mit dem feuerzeug den oberarm verbrannt", RiskTier.CRISIS);
		assertRisk("mit der rasierklinge den oberschenkel geritzt", RiskTier.CRISIS);
		assertQuiet("beim grillen mit dem feuerzeug den arm verbrannt, aua",
				"mit der schere in den finger geschnitten beim basteln");
	}

	@Test
	void shouldHearSkinScratchedBloodyButNotMosquitoBitesOrEczema() {
		assertRisk("hab mir die beine blutig gekratzt", RiskTier.CRISIS);
		assertRisk("nach der schicht die unterarme blutig gekratzt", RiskTier.CRISIS);
		assertQuiet("die mückenstiche, hab mir die beine blutig gekratzt",
				"wegen der neurodermitis die arme wund gekratzt");
	}

	@Test
	void shouldHearWoundsHiddenUnderSleevesButNotATattoo() {
		assertRisk("die schnitte hab ich unter langen ärmeln versteckt", RiskTier.CONCERN);
		assertQuiet("das tattoo hab ich unter langen ärmeln versteckt");
	}

	@Test
	void shouldHearADateToStopWithEnoughButNotStoppingForToday() {
		assertRisk("ende der woche mach ich schluss, ich hab genug", RiskTier.CRISIS);
		assertRisk("ich hab genug. ich mach schluss", RiskTier.CRISIS);
		assertQuiet("für heute mach ich schluss, ich hab genug", "ich hab genug. ich mach schluss mit ihm");
	}

	@Test
	void shouldHearNothingLeftWithIntentButNotAnEmptyFridge() {
		assertRisk("da is nix mehr für mich. i mach schluss", RiskTier.CRISIS);
		assertQuiet("da ist nix mehr im kühlschrank. ich geh einkaufen");
	}

	@Test
	void shouldHearEveryoneBetterOffInDialectButNotATeamOnAProject() {
		assertRisk("ohne mich hättens alle leichter", RiskTier.CONCERN);
		assertQuiet("ohne mich hättens die im team leichter gehabt beim projekt");
	}

	@Test
	void shouldHearSigningOffFromLifeButNotFromAGroupChat() {
		assertRisk("bin kurz davor mich abzumelden. vom leben meine ich", RiskTier.CONCERN);
		assertQuiet("bin kurz davor mich abzumelden. vom chor meine ich");
	}

	@Test
	void shouldHearPillsMadeReadyForBeingAloneButNotForAParentOrACarer() {
		assertRisk("die tabletten liegen bereit für wenn ich allein bin", RiskTier.CONCERN);
		assertRisk("meine pillen sind bereitgelegt, wenn alle aus dem haus sind", RiskTier.CONCERN);
		assertQuiet("die tabletten für mama liegen bereit, wenn sie weg ist",
				"die tabletten liegen bereit, wenn die pflegerin kommt");
	}

	@Test
	void shouldHearALetterForEachRelativeButNotFromFatherChristmasOrTheSchool() {
		assertRisk("für jede enkelin liegt ein brief im schrank", RiskTier.CONCERN);
		assertRisk("für jeden meiner brüder hab ich einen brief geschrieben", RiskTier.CONCERN);
		assertQuiet("für jedes kind liegt ein brief vom christkind unterm baum",
				"für jedes kind liegt ein brief von der schule im ranzen");
	}

	@Test
	void shouldReadAGermanSentenceWhoseOnlyCommonWordsAreOnesOtherLanguagesShareWithTheGermanRules() {
		// "ja" and "da" are Portuguese and Italian words too; "soll", "keiner", "meinen", "liegt", "beim" were on no
		// list, so the German rules never read these sentences
		assertRisk("Soll ja keiner hinterher meinen Dreck wegmachen müssen", RiskTier.CONCERN);
		assertRisk("Da Brief an d'Resi liegt beim Testament", RiskTier.CONCERN);
		assertQuiet("Soll ja keiner hinterher sagen, ich hätte den Abwasch vergessen",
				"Da Brief an d'Resi liegt beim Postamt");
	}

}
