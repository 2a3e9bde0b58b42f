package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * German rules, round 15 (dev19): a paramedic's shift after someone else's attempt and "das Messer auf die Brust
 * setzen" stay quiet, and so do the urge not to get hurt and a count of pills spread over weeks; heard are a pill a
 * day put aside, a day chosen with no event to it, going up high only to look down, a rope bought "not for
 * climbing", a place checked for depth and for when nobody is there, sleep "but for good", the drive to a bridge
 * tonight, goodbyes (not your fault to all of them, things no longer needed from tomorrow, own things begun to be
 * given away or given to be remembered by, "wenn i nimmer da bin", affairs cleared so nobody has work after, nobody
 * knowing it was a goodbye, letters to several relatives), passive wishes (vanishing in Swiss German, an accident
 * wished for oneself, not waking up being fine, a lighter life without the writer, a Christmas or birthday not lived
 * to), the urge to hurt oneself, a hand held to heat on purpose, the week's ration or a count of a named medicine
 * taken, hopelessness with a decision taken, and ending it tonight (not "für heute mach ich Schluss", which now stays
 * quiet); each beside an everyday sentence close to it.
 */
class GermanRound15Tests extends RulesAlone {

	@Test
	void shouldHearOwnThoughtsButNotAParamedicsShiftAfterSomeoneElsesAttempt() {
		assertQuiet("bin notfallsanitäterin, hatten heut nacht einen einsatz nach suizidversuch, die frau hat überlebt",
				"arbeite als pfleger, heute kam einer nach suizidversuch rein, er hat es überlebt");
		assertRisk("bin notfallsanitäterin und hab selbst suizidgedanken", RiskTier.CRISIS);
	}

	@Test
	void shouldHearABladeAtTheArmButNotAKnifeSetOnTheChestAsAnIdiom() {
		assertRisk("ich halt mir die klinge an den unterarm", RiskTier.CRISIS);
		assertQuiet("mein vermieter hat mir das messer auf die brust gesetzt, zahlen oder raus");
	}

	@Test
	void shouldHearAPillADayPutAsideButNotMoneyOrPillsForATrip() {
		assertRisk("ich leg seit einem monat jeden abend eine tablette beiseite", RiskTier.CRISIS);
		assertQuiet("ich leg seit einem monat jeden abend zwei euro beiseite",
				"ich leg seit wochen jeden tag eine tablette zur seite für die reise");
	}

	@Test
	void shouldHearADayChosenWithNoEventToItButNotADayChosenForAParty() {
		assertRisk("hab mir jetzt den tag ausgesucht", RiskTier.CONCERN);
		assertQuiet("hab mir den tag für die party ausgesucht", "hab den termin ausgesucht, an dem wir umziehen");
	}

	@Test
	void shouldHearGoingUpHighOnlyToLookDownButNotForTheView() {
		assertRisk("war heute oben auf dem hochhaus, nur um runterzuschauen", RiskTier.CONCERN);
		assertQuiet("war oben auf dem turm, nur um runterzuschauen, was für eine aussicht");
	}

	@Test
	void shouldHearARopeBoughtNotForAHobbyButNotOneForClimbing() {
		assertRisk("hab mir einen strick bestellt, aber nicht fürs camping", RiskTier.CRISIS);
		assertRisk("han es seil poschtet, nöd für de garte", RiskTier.CRISIS);
		assertQuiet("hab mir ein seil gekauft, fürs klettern am wochenende");
	}

	@Test
	void shouldHearAPlaceCheckedForDepthAndSolitudeButNotADivingSpotOrAnEmptyGym() {
		assertRisk("hab mir die brücke am kanal angeschaut, wo es am tiefsten ist und wann niemand vorbeikommt",
				RiskTier.CRISIS);
		assertQuiet("hab mir den see angeschaut, wo es tief ist, für den tauchkurs",
				"hab geschaut, wann keiner im fitnessstudio ist");
	}

	@Test
	void shouldHearSleepButForGoodButNotSleepingInAtTheWeekend() {
		assertRisk("einschlafen möcht ich, aber endgültig", RiskTier.CRISIS);
		assertQuiet("schlafen will ich am wochenende, aber für immer im bett bleiben geht ja nicht");
	}

	@Test
	void shouldHearNoLongerHavingToBearItSoonButNotAfterTheLastShift() {
		assertRisk("bald muss ich das alles nicht mehr ertragen", RiskTier.CONCERN);
		assertQuiet("noch eine schicht, danach muss ich das nicht mehr aushalten");
	}

	@Test
	void shouldHearTheWayToABridgeTonightDecidedButNotAPhotoTrip() {
		assertRisk("ich geh heut nacht noch zur eisenbahnbrücke, hab mich entschieden", RiskTier.CRISIS);
		assertQuiet("ich fahr heute nacht zur brücke, fotos vom vollmond machen",
				"ich fahr heute zur brücke, da treff ich den kumpel");
	}

	@Test
	void shouldHearNotYourFaultToAllOfThemInDialectButNotToOnePerson() {
		assertRisk("es tuet mir leid. es isch nöd eui schuld", RiskTier.CONCERN);
		assertQuiet("es ist nicht deine schuld, dass der zug ausgefallen ist");
	}

	@Test
	void shouldHearThingsNoLongerNeededSoonButNotCrutchesNoLongerNeeded() {
		assertRisk("bald brauch ich die nicht mehr", RiskTier.CONCERN);
		assertQuiet("ab morgen brauch ich die krücken nicht mehr");
	}

	@Test
	void shouldHearOwnThingsBegunToBeGivenAwayButNotWhenMovingAbroad() {
		assertRisk("hab angefangen, meine bücher zu verteilen", RiskTier.CONCERN);
		assertRisk("i han aagfange, mis züg z verschänke", RiskTier.CONCERN);
		assertQuiet("hab angefangen meine sachen zu verschenken, wir ziehen nach kanada",
				"hab angefangen, meine klamotten auszumisten und zu verschenken");
	}

	@Test
	void shouldHearSomethingGivenToBeRememberedByButNotABikeToLookAfter() {
		assertRisk("meinen ring hat meine nichte bekommen, sie soll sich an mich erinnern", RiskTier.CONCERN);
		assertQuiet("mein neffe hat das fahrrad bekommen, er soll es gut pflegen");
	}

	@Test
	void shouldHearOnceNoLongerThereInDialectButNotDuringAHoliday() {
		assertRisk("wenn i nimmer do bin, kriegt mei schwester alles", RiskTier.CONCERN);
		assertQuiet("wenn i nimmer do bin, im urlaub, gieß bitte die blumen");
	}

	@Test
	void shouldHearAffairsClearedSoNobodyHasWorkAfterButNotAKitchenTidied() {
		assertRisk("hab das konto aufgelöst und das zimmer entrümpelt, damit später niemand stress hat",
				RiskTier.CONCERN);
		assertQuiet("hab die küche aufgeräumt, damit nach mir keiner arbeit hat",
				"hab die wohnung gekündigt und den keller ausgeräumt, damit der nachmieter keine arbeit hat");
	}

	@Test
	void shouldHearNobodyKnowingItWasAGoodbyeButNotGrief() {
		assertRisk("mein bruder ahnt nicht, dass das heute ein abschied war", RiskTier.CONCERN);
		assertQuiet("oma wusste nicht, dass es ein abschied war");
	}

	@Test
	void shouldHearLettersToSeveralRelativesLeftButNotTheirPost() {
		assertRisk("die briefe an mama und meine zwei schwestern liegen in der schublade", RiskTier.CONCERN);
		assertQuiet("die briefe an meine eltern liegen im briefkasten, die post kam heute");
	}

	@Test
	void shouldHearVanishingInSwissGermanButNotVanishingToTheMountains() {
		assertRisk("i wott eifach verschwinde", RiskTier.CONCERN);
		assertRisk("ich wett nümm da si", RiskTier.CONCERN);
		assertQuiet("ich wett eifach verschwinde für es paar täg i d berge");
	}

	@Test
	void shouldHearAnAccidentWishedForOneselfButNotASafeTrip() {
		assertRisk("manchmal wünsch ich mir einen schweren unfall", RiskTier.CONCERN);
		assertQuiet("ich wünsch mir einen unfallfreien urlaub", "ich wünsch dir einen schönen tag");
	}

	@Test
	void shouldHearNotWakingUpBeingFineButNotOversleeping() {
		assertRisk("falls ich nicht mehr aufwache, wär das auch gut", RiskTier.CONCERN);
		assertQuiet("wenn ich morgen nicht aufwache, weck mich bitte um sieben",
				"wenn ich morgen nicht aufwache, ist das ok, dann verschlaf ich halt die arbeit");
	}

	@Test
	void shouldHearALighterLifeWithoutTheWriterButNotAQuieterWeekend() {
		assertRisk("meine eltern hätten ohne mich ein glücklicheres leben", RiskTier.CONCERN);
		assertQuiet("meine eltern hätten ohne mich ein ruhigeres wochenende gehabt");
	}

	@Test
	void shouldHearAFeastNotLivedToButNotOneSpentElsewhere() {
		assertRisk("silvester erlebe ich nicht mehr", RiskTier.CONCERN);
		assertRisk("den nächsten sommer erleb ich nicht", RiskTier.CONCERN);
		assertQuiet("weihnachten erleb ich nicht mehr bei meinen eltern, wir feiern jetzt bei uns",
				"ostern erlebe ich nicht mehr so wie früher");
	}

	@Test
	void shouldHearTheUrgeToHurtOneselfButNotCaringNotToGetHurt() {
		assertRisk("hab grad so den drang mir wehzutun", RiskTier.CRISIS);
		assertRisk("i ha grad de drang mir weh z tue", RiskTier.CRISIS);
		assertQuiet("ich will mir beim klettern nicht weh tun", "ich will mir nicht weh tun",
				"hab mir beim fußball weh getan");
	}

	@Test
	void shouldHearAnArmHeldToHeatOnPurposeButNotAPotOnTheStove() {
		assertRisk("hab absichtlich meinen arm an das heiße bügeleisen gehalten", RiskTier.CRISIS);
		assertQuiet("hab absichtlich den topf auf die heiße herdplatte gestellt",
				"hab mir beim kochen die hand an der herdplatte verbrannt");
	}

	@Test
	void shouldHearThePillBoxTakenAtOnceButNotTheWeekSorted() {
		assertRisk("hab alles aus der pillenbox auf einmal geschluckt", RiskTier.URGENT);
		assertQuiet("hab die wochenration in die pillenbox sortiert");
	}

	@Test
	void shouldHearACountOfANamedMedicineTakenButNotOneSpreadOverWeeks() {
		assertRisk("hab grad 30 mirtazapin geschluckt", RiskTier.URGENT);
		assertQuiet("hab 30 ibuprofen in zwei wochen genommen", "ich hab 20 mg escitalopram genommen");
	}

	@Test
	void shouldHearPillsSwallowedInAustrianButNotTheDailyOnes() {
		assertRisk("hob grad olle tabletten einegschmissn", RiskTier.URGENT);
		assertQuiet("hob meine tabletten wie jeden tag eineghaut");
	}

	@Test
	void shouldHearHopelessnessWithADecisionTakenButNotAnExamPlanned() {
		assertRisk("es macht alles keinen sinn mehr, ich hab mich entschieden", RiskTier.CRISIS);
		assertRisk("es wird sich nie was ändern. also mach ich jetzt schluss", RiskTier.CRISIS);
		assertRisk("keiner kann mir mehr helfen und ich weiß, was ich tun werde", RiskTier.CRISIS);
		assertQuiet("ich weiß was ich tun werde, die prüfung schaff ich",
				"das studium macht keinen sinn mehr, ich hab mich entschieden");
	}

	@Test
	void shouldHearEndingItTonightButNotStoppingWorkForToday() {
		assertRisk("heute nacht mach ich schluss", RiskTier.CRISIS);
		assertQuiet("für heute mach ich schluss, gute nacht",
				"hat alles keinen sinn mehr mit dem lernen, für heute mach ich schluss");
	}

	@Test
	void shouldHearTheLastNightButNotTheLastFreeWeekendOrTheLastWeekAtWork() {
		assertRisk("diese nacht ist meine letzte", RiskTier.CONCERN);
		assertQuiet("dieses wochenende ist mein letztes freies vor dem umzug", "diese woche ist meine letzte");
	}

}
