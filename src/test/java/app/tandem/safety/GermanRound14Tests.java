package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * German rules, round 14 (dev18): recovery told as a year without self-harm or a dated attempt talked through stays
 * quiet; goodbye arrangements (care handed over while others think the writer goes away, a pet arranged "for
 * after", letters for the family, "this is a goodbye", sorry in advance), a chosen evening, own medicine collected
 * or put aside, pills that "would be enough", weighing the jump at a bridge, and hoping each night is the last are
 * heard, each beside an everyday sentence close to it.
 */
class GermanRound14Tests extends RulesAlone {

	@Test
	void shouldNotAlarmOnAYearWithoutSelfHarmOrADatedAttemptTalkedThroughButStillOnARelapse() {
		assertQuiet("ein jahr ohne svv, ich bin so stolz auf mich",
				"hab heute mit meinem psychiater über meinen suizidversuch 2021 geredet, war gut");
		assertRisk("ein jahr ohne svv und heute hab ich mich wieder geritzt", RiskTier.CRISIS);
	}

	@Test
	void shouldHearCareHandedOverWhileOthersThinkTheWriterGoesAway() {
		assertRisk("mein nachbar füttert ab freitag die katze, er glaubt ich fahr in den urlaub", RiskTier.CONCERN);
		assertQuiet("mein nachbar füttert ab freitag die katze, während ich im urlaub bin");
	}

	@Test
	void shouldHearAPetArrangedForAfterButNotATreatPackedForAfter() {
		assertRisk("die katze nimmt meine kollegin, hab ihr das futter gebracht und alles aufgeschrieben. für danach",
				RiskTier.CONCERN);
		assertQuiet("hab den hund zum tierarzt gebracht und ein leckerli eingepackt. für danach",
				"die katze nimmt meine kollegin, bis ich aus dem urlaub zurück bin");
	}

	@Test
	void shouldHearLettersLeftForTheFamilyButNotTheirPost() {
		assertRisk("auf der kommode liegen zwei briefe für mama und für papa", RiskTier.CONCERN);
		assertQuiet("auf dem tisch liegen briefe für mama, die post kam heute");
	}

	@Test
	void shouldHearAGoodbyeOrASorryInAdvanceButNotAGoodbyeForAWhile() {
		assertRisk("das hier ist ein abschied", RiskTier.CONCERN);
		assertRisk("sorry für das chaos, das ihr dann mit mir habt", RiskTier.CONCERN);
		assertQuiet("das ist ein abschied auf zeit, im september bin ich zurück",
				"sorry für das chaos, das ihr gestern mit mir hattet");
	}

	@Test
	void shouldHearAnEveningChosenButNotOneChosenForAConcert() {
		assertRisk("jetzt weiß ich welcher abend", RiskTier.CONCERN);
		assertQuiet("jetzt weiß ich welcher abend für das konzert passt");
	}

	@Test
	void shouldHearOwnMedicineCollectedOrPutAsideButNotStoppedOrPackedForATrip() {
		assertRisk("die tabletten nehm ich nicht mehr, ich sammle sie", RiskTier.CRISIS);
		assertRisk("seit zwei wochen leg ich das tavor jeden abend zur seite", RiskTier.CRISIS);
		assertQuiet("die tabletten nehm ich nicht mehr, der arzt hat sie abgesetzt",
				"seit zwei wochen leg ich das tavor für den urlaub zur seite");
	}

	@Test
	void shouldHearPillsThatWouldBeEnoughButNotWhetherTheyLastTheTrip() {
		assertRisk("ich denke dran, dass die tabletten im schrank reichen würden", RiskTier.CONCERN);
		assertQuiet("ob die tabletten bis zum urlaub reichen würden");
	}

	@Test
	void shouldHearTheJumpWeighedAtABridgeButNotAtTheDivingBoard() {
		assertRisk("stand lange auf der brücke und hab überlegt ob ich springe", RiskTier.CRISIS);
		assertQuiet("stand lange auf dem zehner und hab überlegt ob ich springe");
	}

	@Test
	void shouldHearLifeWithoutTheWriterEasierOrEachNightHopedTheLast() {
		assertRisk("ohne mich wärs für alle leichter", RiskTier.CONCERN);
		assertRisk("jede nacht bete ich, dass es die letzte ist", RiskTier.CONCERN);
		assertQuiet("ohne mich hätte das team weniger arbeit? quatsch",
				"jeden abend hoff ich, dass es der letzte regen ist");
	}

}
