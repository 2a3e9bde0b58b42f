package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Everyday sentences tried on the rules the twenty-eighth rules round added, after it was merged: five of them were
 * alarmed and are narrowed here, each beside the risk the rule was written for, which stays heard. No development
 * message changed.
 */
class Round28NarrowingTests extends RulesAlone {

	@Test
	void shouldHearDoingOneselfInButNotWithOvertime() {
		assertRisk("did myself in", RiskTier.CRISIS);
		assertQuiet("i'm doing myself in with all this overtime", "doing myself in at the gym every morning");
	}

	@Test
	void shouldHearSomethingStupidDoneWithThePillsButNotAMixUpByMistake() {
		assertRisk("did something stupid with my pills... should i tell someone", RiskTier.URGENT);
		assertQuiet("did something stupid with my pills, took the evening ones in the morning by mistake");
	}

	@Test
	void shouldHearAWishForAnAccidentButNotOneJokedAboutToMissWork() {
		assertRisk("j'espère presque un accident sur la route ce soir, que tout s'arrête", RiskTier.CONCERN);
		assertQuiet("j'espère presque un accident de train pour ne pas aller au boulot lol");
	}

	@Test
	void shouldHearADecisionWaitingForARelativeToLeaveButNotAKitchenToPaint() {
		assertRisk("ho deciso, aspetto solo che mia madre esca", RiskTier.CRISIS);
		assertRisk("ho già deciso, aspetto solo che mio padre parta per Milano", RiskTier.CRISIS);
		assertQuiet("ho deciso, aspetto solo che mia suocera parta e poi ridipingo la cucina");
	}

	@Test
	void shouldHearBitingTheArmsTillTheyMarkButNotBitingTheLips() {
		assertRisk("mi mordo le braccia fino a lasciare i segni", RiskTier.CRISIS);
		assertQuiet("mi mordo le labbra fino a lasciare i segni quando sono nervosa",
				"mi mordo le unghie fino a lasciare i segni durante gli esami");
	}

}
