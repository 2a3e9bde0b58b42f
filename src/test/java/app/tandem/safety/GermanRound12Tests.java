package app.tandem.safety;

import org.junit.jupiter.api.Test;

class GermanRound12Tests extends RulesAlone {

	@Test
	void shouldHearMisspeltAndSwissWordsForKillingOneselfButNotABreakUp() {
		assertRisk("ich will mich töden", RiskTier.CRISIS);
		assertRisk("ich will mein leben benden", RiskTier.CRISIS);
		assertRisk("ich wott mir s läbe nemme", RiskTier.CRISIS);
		assertRisk("ich mach jetzt schluss mit mir", RiskTier.CRISIS);
		assertQuiet("sie hat gestern schluss mit mir gemacht");
	}

	@Test
	void shouldHearPillsTakenWithTheAmountToldAfterThemButNotTheDayDose() {
		assertRisk("hab die schlaftabletten alle genommen, auf einmal, sorry", RiskTier.URGENT);
		assertRisk("ich hab die tabletten geschluckt, alle zwanzig", RiskTier.URGENT);
		assertQuiet("hab meine tabletten alle genommen wie verschrieben");
	}

	@Test
	void shouldHearMeansGatheredKeptOrTakenFromSomeoneElse() {
		assertRisk("hab die tabletten von meiner oma eingesteckt, die sind jetzt bei mir", RiskTier.CRISIS);
		assertRisk("hab aufgehört die quetiapin zu nehmen um genug zusammenzukriegen", RiskTier.CRISIS);
		assertRisk("die zolpidem von zwei monaten hab ich extra nicht weggeworfen", RiskTier.CRISIS);
		assertQuiet("hab die tabletten von meiner oma zur apotheke gebracht",
				"die zolpidem hab ich extra nicht weggeworfen, falls ich sie wieder brauche",
				"hab in vier apotheken nach dem impfstoff gefragt",
				"hab mir ein paar ibuprofen von meiner schwester genommen, kopfweh",
				"ich hab ampullen eingesteckt für mich, für die fahrt, insulin");
	}

	@Test
	void shouldHearAPlaceChosenOrAWayUpWithoutComingBackDown() {
		assertRisk("ich weiß jetzt welche brücke", RiskTier.CRISIS);
		assertRisk("ich steh am fenster im 8. stock und ich will springen", RiskTier.CRISIS);
		assertRisk("ich steig morgen auf den kirchturm, aber nicht um wieder runterzukommen", RiskTier.CRISIS);
		assertQuiet("ich weiß welche brücke du meinst", "ich will springen, vom 10 meter turm ins becken",
				"ich fahr auf den gipfel, aber nicht um runterzuwandern, sondern mit der seilbahn");
	}

	@Test
	void shouldHearAMeansBoughtNotForItsEverydayUse() {
		assertRisk("hab heute ein messer besorgt, nicht zum kochen", RiskTier.CRISIS);
		assertQuiet("hab ein messer gekauft, nicht fürs kochen sondern zum schnitzen");
	}

	@Test
	void shouldHearAWishNotToWakeToBeTakenOrToBeHitButNotOversleepingOrABusRide() {
		assertRisk("ich wünsch mir dass ich morgen nicht aufwache", RiskTier.CONCERN);
		assertRisk("wenn mich der herrgott heut holt, wär mir recht", RiskTier.CONCERN);
		assertRisk("wär schön wenn mich morgen ein laster erwischt", RiskTier.CONCERN);
		assertRisk("hoffe der flieger stürzt ab mit mir drin", RiskTier.CONCERN);
		assertQuiet("ich hoffe dass ich morgen nicht zu spät aufwache", "hoffe dass mich der bus noch mitnimmt",
				"jeden abend bete ich dass gott mich beschützt", "ich hoffe dass mich der chef morgen nicht erwischt");
	}

	@Test
	void shouldHearAnIllnessOrACrashWishedForAsRelief() {
		assertRisk("wenn ich krebs hätte wär ich froh", RiskTier.CONCERN);
		assertRisk("bei jeder fahrt über die landstraße denk ich, ein baum wär eine lösung", RiskTier.CONCERN);
		assertQuiet("wenn ich krebs hätte wär ich am boden", "ein baum wär schön im garten");
	}

	@Test
	void shouldHearAGoodbyeThatNoOneNeedsToWaitForOrWillHearFromMeUnlessAReasonIsTold() {
		assertRisk("ab morgen braucht sich keiner mehr um mich zu sorgen", RiskTier.CONCERN);
		assertRisk("bitte seid nicht traurig wenn ich morgen nicht mehr da bin", RiskTier.CONCERN);
		assertRisk("ihr hört nichts mehr von mir", RiskTier.CONCERN);
		assertRisk("tschüss welt", RiskTier.CONCERN);
		assertQuiet("ab morgen braucht sich keiner mehr um mich zu sorgen, ich hab jetzt eine eigene wohnung",
				"wenn ich morgen nicht mehr da bin, weil ich im urlaub bin, gießt bitte die pflanzen",
				"ihr hört nichts mehr von mir bis montag, bin im funkloch", "tschüss welt, hallo urlaub",
				"in drei wochen bin ich nicht mehr da, hab eine neue stelle",
				"meine zeit ist gekommen, ich geh in rente, ihr wart super");
	}

	@Test
	void shouldHearSelfHarmBackAfterTimeCleanButNotTheHeadAgainstTheWallAsAFigureOfSpeech() {
		assertRisk("hab mich gestern wieder geschnitten nach zwei jahren clean", RiskTier.CRISIS);
		assertRisk("ich hau meinen kopf gegen die tür wenns hochkommt", RiskTier.CRISIS);
		assertQuiet("ich könnte meinen kopf gegen die wand schlagen wegen diesem code");
	}

	@Test
	void shouldHearSlangForEndingItButNotSigningOffACourseOrAPhoneDying() {
		assertRisk("ich mach mich kalt heut", RiskTier.CRISIS);
		assertRisk("ich geb den löffel ab, kein witz", RiskTier.CRISIS);
		assertRisk("bin bereit mich abzumelden, vom leben", RiskTier.CRISIS);
		assertRisk("will mich für immer ausloggen, aus dem leben", RiskTier.CRISIS);
		assertQuiet("mein handy gibt bald den löffel ab", "ich muss mich vom kurs abmelden",
				"ich will mich ausloggen für immer aus facebook");
	}

	@Test
	void shouldHearHopelessnessAndADecisionInOneSentenceButNotADecisionAboutACarOrAJob() {
		assertRisk("hat alles keinen sinn mehr, ich hab die entscheidung getroffen", RiskTier.CRISIS);
		assertRisk("ich hab nichts mehr zu verlieren, ich weiß genau was ich tu", RiskTier.CRISIS);
		assertQuiet("ich hab die entscheidung getroffen, ich nehme den job",
				"kein zweck mehr mit dem alten auto. hab die entscheidung getroffen",
				"bin total erschöpft von der woche. ich geb mir noch bis freitag");
	}

	@Test
	void shouldHearAllThePillsTakenThenSickButNotADoseTakenOrSortedIntoAWeeklyBox() {
		assertRisk("hab die ganzen pilen gschluckt, mir is so schlecht", RiskTier.URGENT);
		assertQuiet("meine tabletten sammle ich in der dosette", "hab die tropfen genommen, alle zwei stunden",
				"hab meine tabletten vor 20 minuten genommen", "hab die tabletten genommen, alle drei");
	}

	@Test
	void shouldNotAlarmOnASongTitleAStatisticOrACharactersCatchphrase() {
		assertQuiet("das lied ich will nicht mehr von der band läuft gerade überall",
				"in der statistik ist die zahl der suizide gestiegen",
				"im film sagt der typ immer ich bring mich um wenn er verliert lol");
		assertRisk("die serie sagt nix, aber ich bring mich um, ehrlich", RiskTier.CRISIS);
	}

}
