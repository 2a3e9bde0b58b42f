package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 23 for German, rules alone: the twenty-seventh development part showed the rules missing a wish to be run
 * over ("über den Haufen fahren"), a reservoir scouted for where one gets to unseen, a life ended in the present tense
 * ("dass ich meinem Leben ein Ende setze") inside a long day's note, a hot iron pressed on the arm on purpose, "sterben"
 * typed as "strebn", thanks for always being there "auch wenn ich anstrengend war", "vergesst mich nicht" with a
 * black heart, "gib mir die Kugel" and "unalive" said as no joke ("nicht im Spaß" read as a joke until now), "game
 * over für mich" and leaving the server, and holding out until a set end for one's mother's sake. It also raised
 * three false alarms, which it now keeps quiet: a grey day one could sleep through for ever ("könnt für immer
 * schlafen"), "ich kann nicht mehr" after a long hike, and a grandmother one could not say goodbye to.
 * Round 23 keeps quiet, too, a bike ride, a train missed before a goodbye, a boss or a cyclist running one over
 * in a figure of speech, a way for a pram, a burn by accident and a hot-water bottle, thanks to mum, a trip to
 * Paris, maths, a level lost, a job held out for the children and a party attended for mum.
 */
class GermanRound23Tests extends RulesAlone {

	@Test
	void shouldHearSleepingForEverWantedButNotACouldSleepForEverInAHotelBed() {
		assertRisk("ich will einfach für immer schlafen", RiskTier.CRISIS);
		assertQuiet("ich könnte für immer schlafen, das Bett im Hotel ist so weich",
				"könnte heute echt für immer schlafen, der Regen hört gar nicht auf");
	}

	@Test
	void shouldHearICannotGoOnButNotAfterALongBikeRide() {
		assertRisk("ich kann nicht mehr, alles ist schief gelaufen", RiskTier.CONCERN);
		assertQuiet("ich kann nicht mehr, 30 Kilometer geradelt und der Hintern tut weh",
				"ich kann echt nicht mehr 🥵 Halbmarathon geschafft");
	}

	@Test
	void shouldHearAGoodbyeToUsButNotOneThatCouldNotBeMade() {
		assertRisk("ich will mich von euch verabschieden, bevor ich gehe", RiskTier.CONCERN);
		assertQuiet("ich konnte mich von Opa nicht mehr verabschieden, er starb nachts im Krankenhaus",
				"hab mich leider nicht von dir verabschieden können, der Zug kam zu früh");
	}

	@Test
	void shouldHearALifeEndedInThePresentTenseButNotTheMessInIt() {
		assertRisk("ich hab mir vorgenommen, dass ich im Mai meinem Leben ein Ende mach", RiskTier.CRISIS);
		assertQuiet("ich setze dem Chaos in meinem Leben jetzt ein Ende und räume endlich auf");
	}

	@Test
	void shouldHearSterbenMistypedButNotStreaming() {
		assertRisk("ich will nur noch strebn, echt", RiskTier.CRISIS);
		assertQuiet("ich will heute nur noch Serien streamen");
	}

	@Test
	void shouldHearBeingRunOverWishedForButNotABossOrACyclist() {
		assertRisk("wenn mich morgen ein Laster über den Haufen fährt, wär mir das ganz recht", RiskTier.CONCERN);
		assertRisk("ich hoffe, mich fährt bald einer über den Haufen", RiskTier.CONCERN);
		assertQuiet("wenn mich der Chef noch einmal über den Haufen rennt mit seinen Ideen, kündige ich",
				"hoffentlich fährt mich der Radfahrer nicht wieder fast über den Haufen, der rast hier immer");
	}

	@Test
	void shouldHearAPlaceScoutedWhereOneGetsToUnseenButNotAWayForAPram() {
		assertRisk("war heut an der Brücke und hab geschaut, wo man hinkommt ohne dass einer was sieht",
				RiskTier.CONCERN);
		assertQuiet("am See hab ich geschaut, wo man mit dem Kinderwagen hinkommt",
				"war an der Brücke und hab geschaut wie man runterkommt zum Ufer, da ist ein Weg");
	}

	@Test
	void shouldHearThanksForBearingWithMeAsAGoodbyeButNotThanksToMum() {
		assertRisk("du warst immer für mich da, obwohl ich so eine Last war", RiskTier.CONCERN);
		assertQuiet("du warst immer für mich da, auch wenn ich nicht da war, danke Mama");
	}

	@Test
	void shouldHearForgetMeNotWithAWiltedRoseButNotATripToParis() {
		assertRisk("vergiss mich nicht 🥀", RiskTier.CONCERN);
		assertQuiet("vergiss mich nicht, ich bring dir was aus Paris mit 🖤", "vergiss die Milch nicht 🖤");
	}

	@Test
	void shouldHearGibMirDieKugelInEarnestButNotOverMaths() {
		assertRisk("gib mir die Kugel, ich mein das ernsthaft", RiskTier.CRISIS);
		assertQuiet("Mathe morgen, gib mir die Kugel", "gib mir die Kugel Eis mit Schoko bitte");
	}

	@Test
	void shouldHearGameOverForMeAndLoggingOutButNotALevelLost() {
		assertRisk("game over für mich, ich logg mich aus", RiskTier.CRISIS);
		assertQuiet("game over für mich, das Level ist zu schwer, ich logg mich aus",
				"game over für mich, gute Nacht, ich logg mich aus");
	}

	@Test
	void shouldHearAJokeDeniedButNotAWordTalkedAbout() {
		assertRisk("unalive klingt grad echt gut, nicht im Spaß", RiskTier.CONCERN);
		assertQuiet("mein Bruder hat unalive in seinem Aufsatz geschrieben, der Lehrer war verwirrt");
	}

	@Test
	void shouldHearAHotThingPressedOnTheArmOnPurposeButNotByAccidentOrAHotWaterBottle() {
		assertRisk("hab mir gestern mit Absicht das glühende Feuerzeug an den Arm gehalten", RiskTier.CRISIS);
		assertQuiet("hab mir aus Versehen das heiße Blech an den Arm gehalten, Brandblase",
				"hab mir extra die Wärmflasche auf den Bauch gelegt, Regelschmerzen");
	}

	@Test
	void shouldHearStillHereOnlyForSomeoneButNotAJobOrAParty() {
		assertRisk("bis dahin halt ich noch durch, wegen meiner Mutter", RiskTier.CONCERN);
		assertRisk("ich bin nur noch wegen meinen Kindern am Leben", RiskTier.CONCERN);
		assertQuiet("bis Freitag halt ich noch durch, dann ist Urlaub",
				"ich halt den Job nur noch wegen der Kinder durch",
				"bin nur wegen meiner Mama auf der Feier, die Musik ist furchtbar");
	}

}
