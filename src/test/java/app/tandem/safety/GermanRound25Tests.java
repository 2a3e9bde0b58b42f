package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 25 for German, rules alone: the twenty-ninth development part showed the rules missing a wish that something
 * happen on the drive home ("wär auch okay"), the dead envied at a funeral, sleeping pills got "not for sleeping",
 * knowing "how and when", everything prepared while waiting for the flatmates to be away, a good night to everyone
 * "this time for ever", signing off "für immer diesmal", "ich kill mich" said in earnest, and hopelessness (nobody can
 * help me, worth nothing any more, calm since) told beside an intent ("ich zieh das durch", "ich werd's beenden", not
 * being there any more at the end of the month). It also raised two false alarms, which it now keeps quiet: being
 * worn out after having made it, and a memorial service for people who died by suicide.
 * Round 25 keeps quiet, too, an insurance that pays, the dead of a band's name, pills prescribed for anxiety, the bus
 * timetable, a surprise party, leaving the gym for good, a breakup "für immer", dying of laughter, no help with the tax
 * return, a course of study ended and being away from Monday on.
 */
class GermanRound25Tests extends RulesAlone {

	@Test
	void shouldHearSomethingHappeningBeingFineButNotAnInsuredCar() {
		assertRisk("wenn mir auf der heimfahrt mal was passiert, wär's mir ehrlich egal", RiskTier.CONCERN);
		assertQuiet("wenn dem auto was passiert wärs egal, die versicherung zahlt das");
	}

	@Test
	void shouldHearTheDeadEnviedButNotABandsFans() {
		assertRisk("ich beneide manchmal die toten, die haben ihre ruhe", RiskTier.CONCERN);
		assertQuiet("ich beneide alle die karten für die toten hosen haben",
				"ich beneide die leute auf der beerdigung nicht, das war ein langer tag");
	}

	@Test
	void shouldHearSleepingPillsNotForSleepingButNotPillsForAnxiety() {
		assertRisk("hab mir schlafmittel verschreiben lassen, aber nicht zum schlafen", RiskTier.CRISIS);
		assertQuiet("die ärztin hat mir tabletten verschrieben, nicht zum schlafen sondern gegen die panik");
	}

	@Test
	void shouldHearKnowingHowAndWhenButNotTheBusTimetable() {
		assertRisk("jetzt weiß ich wann und wie. fühlt sich fast gut an", RiskTier.CONCERN);
		assertQuiet("ich weiß jetzt wie und wann der nachtbus fährt, danke dir");
	}

	@Test
	void shouldHearEverythingPreparedUntilTheOthersAreAwayButNotASurpriseParty() {
		assertRisk("alles ist vorbereitet, ich warte nur noch bis meine eltern verreist sind", RiskTier.CONCERN);
		assertQuiet("hab alles für die überraschungsparty vorbereitet, warte nur bis meine freundin weg ist",
				"alles vorbereitet für den adventskalender, ich warte nur bis die kinder schlafen");
	}

	@Test
	void shouldHearAGoodNightForEverButNotABreakup() {
		assertRisk("gute nacht ihr alle. für immer", RiskTier.CRISIS);
		assertQuiet("ich hab mit ihm schluss gemacht. diesmal für immer", "gute nacht an alle, bis morgen");
	}

	@Test
	void shouldHearSigningOffForEverButNotLeavingTheGym() {
		assertRisk("ich melde mich jetzt ab. diesmal für immer", RiskTier.CRISIS);
		assertQuiet("ich meld mich vom fitnessstudio ab, für immer");
	}

	@Test
	void shouldHearKillingMyselfInEarnestButNotDyingOfLaughter() {
		assertRisk("ich kill mich heute, ich mein das ernst", RiskTier.CRISIS);
		assertQuiet("ich kill mich gleich vor lachen über das video", "ich kill mich 😂 der hund trägt meine socken");
	}

	@Test
	void shouldHearNobodyCanHelpWithAnIntentButNotHelpWithTaxes() {
		assertRisk("mir kann niemand mehr helfen. ich zieh es jetzt durch", RiskTier.CRISIS);
		assertQuiet("mir kann keiner helfen bei der steuererklärung. ich zieh das jetzt alleine durch");
	}

	@Test
	void shouldHearWorthNothingWithAnIntentButNotAJobWorthNothing() {
		assertRisk("ich bin nichts wert. ich werde es beenden", RiskTier.CRISIS);
		assertQuiet("der alte job war nichts wert. ich werd das studium jetzt beenden und was anderes machen");
	}

	@Test
	void shouldHearNotThereAnyMoreSaidCalmlyButNotAwayFromMonday() {
		assertRisk("nächsten freitag bin ich nicht mehr da. seitdem bin ich ganz ruhig deswegen", RiskTier.CRISIS);
		assertQuiet("ab montag bin ich nicht mehr da. bin total erleichtert deswegen, endlich urlaub");
	}

	@Test
	void shouldHearCannotGoOnButNotWornOutAfterMakingIt() {
		assertRisk("ich kann nicht mehr und will auch nicht mehr", RiskTier.CONCERN);
		assertQuiet("letzte klausur geschrieben, ich kann nicht mehr aber ich hab sie bestanden");
	}

	@Test
	void shouldHearSuicideThoughtsButNotAMemorialForThoseWhoDiedBySuicide() {
		assertRisk("ich hab wieder suizidgedanken", RiskTier.CRISIS);
		assertQuiet("war beim gedenken für die menschen, die durch suizid verstorben sind. war schön gemacht");
	}
}
