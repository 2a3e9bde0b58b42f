package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 26 for German, rules alone: the thirtieth development part showed the rules missing a wish to fall asleep and
 * be gone, the word for suicide written with a star in it, "nicht" typed with its letters swapped in "will nicht mehr
 * leben", "how I'll do it, I know already" said the other way round, "nothing more will come from me" followed by a
 * goodbye, and plants and a cat that now belong to others before "ich bin soweit". It raised no false alarm.
 * Round 26 keeps quiet, too, a nap on the train to get away from town, a swear word written with a star, not wanting
 * to eat or work any more, a recipe one does or does not know yet, nothing more on a topic or until tomorrow, and a
 * pet minded while one goes on holiday or to work.
 */
class GermanRound26Tests extends RulesAlone {

	@Test
	void shouldHearFallingAsleepToBeGoneForGoodButNotANapOnTheTrain() {
		assertRisk("wär echt schön, endlich einzuschlafen und weg zu sein, für immer", RiskTier.CONCERN);
		assertQuiet("wär schön, im zug einfach einzuschlafen und schnell weg zu sein aus der stadt");
	}

	@Test
	void shouldHearSuicideWrittenWithAStarButNotAStarredCurse() {
		assertRisk("hab heute wieder so oft an su*zid gedacht", RiskTier.CONCERN);
		assertQuiet("hab heute wieder so oft an den sch*iss job gedacht");
	}

	@Test
	void shouldHearSelfMurderWrittenWithAStarButNotAStarredInsult() {
		assertRisk("ich denk dauernd an selbstm*rd", RiskTier.CONCERN);
		assertQuiet("ich denk dauernd an den bl*den test morgen");
	}

	@Test
	void shouldHearASwappedNotInNotWantingToLiveButNotInNotWantingToEat() {
		assertRisk("ich will nihct mehr leben", RiskTier.CRISIS);
		assertQuiet("ich will nihct mehr essen, bin pappsatt");
	}

	@Test
	void shouldHearASwappedMoreInNotWantingToLiveButNotInNotWantingToWork() {
		assertRisk("will nicht mher leben", RiskTier.CRISIS);
		assertQuiet("will nicht mher arbeiten heute, bin müde");
	}

	@Test
	void shouldHearWhenItWillBeDoneKnownNowButNotARecipe() {
		assertRisk("Wann ich es tue, weiß ich jetzt.", RiskTier.CRISIS);
		assertQuiet("wie ich es mache, weiß ich noch nicht, das rezept ist kompliziert",
				"wie ich's mache, weiß ich schon lange: erst der teig, dann die füllung");
	}

	@Test
	void shouldHearNothingMoreFromMeWithAGoodbyeButNotUntilTomorrow() {
		assertRisk("Mehr kommt von mir nicht mehr. Tschüss an alle.", RiskTier.CONCERN);
		assertQuiet("von mir wird heute nichts mehr kommen, macht's gut und bis morgen",
				"Mehr kommt von mir zu dem Thema nicht, tschüss an alle");
	}

	@Test
	void shouldHearPetsThatBelongToOthersNowAndReadyButNotBeforeAHoliday() {
		assertRisk("meine katzen gehören jetzt meiner freundin, ich bin bereit", RiskTier.CONCERN);
		assertRisk("die fische nimmt jetzt mein nachbar, alles erledigt, bin so weit", RiskTier.CONCERN);
		assertQuiet("vor dem urlaub: den hund hat jetzt meine mutter, ich bin bereit",
				"die katzen hat jetzt meine freundin, die koffer sind im auto, ich bin soweit",
				"die fische nimmt jetzt mein nachbar, bin so weit für die arbeit");
	}

}
