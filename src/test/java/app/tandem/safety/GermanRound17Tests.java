package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * German rules, round 17 (dev21, written to recovery told as over, hyperbole and slang): a clean count no longer
 * clears a relapse told beside it, an old diary reread stays quiet;
 * slang (unalive, barcode cuts, the eternal sleep), pills kept back "bis es soweit ist" and goodbye arrangements
 * "für danach" are heard, each beside an everyday sentence close to it.
 */
class GermanRound17Tests extends RulesAlone {

	@Test
	void shouldHearARelapseBesideACleanCountButNotTheCleanCountAlone() {
		assertRisk("2 jahre svv frei und heut nacht hab ich mich wieder geschnitten", RiskTier.CRISIS);
		assertQuiet("2 jahre svv frei, ich bin so stolz auf mich");
	}

	@Test
	void shouldNotAlarmOnAnOldDiaryReread() {
		assertQuiet("hab mein altes tagebuch von 2019 gelesen, damals wollte ich nicht mehr leben, krass wie weit ich bin");
	}

	@Test
	void shouldHearSlangForEndingOnesLifeButNotTheSameWordsAboutAGame() {
		assertRisk("ich will mich einfach unaliven", RiskTier.CONCERN);
		assertQuiet("der boss hat mich schon wieder gekillt, ragequit für heute");
	}

	@Test
	void shouldHearPillsKeptBackForWhenItIsTimeButNotPillsKeptForATrip() {
		assertRisk("ich nehm die tabletten nicht mehr, ich heb sie auf bis es soweit ist", RiskTier.CONCERN);
		assertQuiet("ich heb die tabletten für den urlaub auf, damit ich genug dabei hab");
	}

	@Test
	void shouldHearPapersLeftForAfterButNotAVisitToTheVetPackedForAfter() {
		assertRisk("die passwörter und unterlagen liegen im ordner. für danach", RiskTier.CONCERN);
		assertQuiet("hab den hund zum tierarzt gebracht und ein leckerli eingepackt. für danach");
	}

}
