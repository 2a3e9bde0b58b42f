package app.tandem.safety;

import org.junit.jupiter.api.Test;

class EnglishGermanRussianDev16PrecisionTests extends RulesAlone {

	@Test
	void shouldNotAlarmOnAThreatMadeOfAnEverydayAnnoyanceComingBackButStillOnAPersonLeavingOrPainComingBack() {
		assertQuiet("if the printer jams again ill kill myself",
				"if the dog gets out one more time i swear ill hang myself",
				"wenn der Rasenmäher nochmal ausgeht, spring ich von der Brücke",
				"если принтер снова сломается, я с крыши прыгну",
				"если банкомат опять съест карту, я с моста прыгну");
		assertRisk("if she leaves me again ill kill myself", RiskTier.CRISIS);
		assertRisk("wenn die Stimmen wieder kommen, spring ich von der Brücke", RiskTier.CRISIS);
		assertRisk("если он опять уйдёт, я прыгну с моста", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnOneMoreOfAnEverydayThingButStillOnOneMoreDayOfIt() {
		assertQuiet("noch ein Elternabend und ich werf mich vor die S-Bahn", "ещё один созвон и я прыгну с крыши");
		assertRisk("noch ein Tag so und ich werf mich vor die S-Bahn", RiskTier.CRISIS);
		assertRisk("ещё одна ночь так и я прыгну с крыши", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnSomeonesCatchphraseOrARelativesOverdose() {
		assertQuiet("mein Chef sagt ständig \"ich werf mich vor den Zug\", wenn die Kunden nerven",
				"Azubi meint dauernd \"ich spring gleich vom Balkon\", wenn Excel abstürzt",
				"мой начальник постоянно говорит «выйду в окно», когда отчёт не сходится",
				"у свёкра передозировка, сейчас в реанимации");
		assertRisk("у меня передоз, я выпила всё", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnBetterDieThanAnErrandButStillOnBetterDieThanLiveLikeThis() {
		assertQuiet("лучше сдохну, чем напишу ему первой");
		assertRisk("лучше сдохну, чем буду так жить", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnRecoveryToldAsOverWithALaterBetterPresentButStillWhenItIsBack() {
		assertQuiet("Im Mai war ich auf der Station, weil ich mich umbringen wollte. Jetzt ist November und ich plane Silvester.",
				"летом была в больнице, потому что хотела убить себя. сейчас ноябрь, и я планирую отпуск",
				"в 15 резала руки. сейчас мне 28, у меня двое детей",
				"self-harm free for 90 days now");
		assertRisk("в 15 резала руки. сейчас мне 28 и я снова режу", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnAGoodbyeAllowedAtADeathbedOrALastShiftButStillOnAGoodbyeOfOnesOwn() {
		assertQuiet("Opa ist heute Nacht gestorben. Ich durfte mich noch verabschieden",
				"off to finish my last night shift, then a week off");
		assertRisk("Ich will mich verabschieden. Danke für alles", RiskTier.URGENT);
		assertRisk("my last night on earth, goodbye", RiskTier.URGENT);
	}

	@Test
	void shouldNotAlarmOnCuttingLossesOrAShortSupplyButStillOnCuttingOrTakingThemAll() {
		assertQuiet("we need to cut our losses and sell the van",
				"the chemist only had 12 of my sertraline so ill go back on monday for the rest");
		assertRisk("i want to cut my arms tonight", RiskTier.CRISIS);
		assertRisk("the pharmacy only had 10 of my sertraline so i took all of them at once", RiskTier.URGENT);
	}

}
