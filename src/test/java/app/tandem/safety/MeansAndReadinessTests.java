package app.tandem.safety;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan told over two sentences: means kept back in one ("been saving my pills", "das Seil liegt im Keller"),
 * readiness in another ("almost enough now", "hab's mir wieder angeschaut"). Each half alone is everyday talk (pills
 * saved for a trip, almost enough money, a flat looked at again); both in one message are a plan, at the crisis
 * tier. Development parts showed such plans missed in German, Spanish and French (the rules read one sentence at a
 * time); the sentences here are written for the test.
 */
class MeansAndReadinessTests extends RulesAlone {

	@Test
	void shouldHearARopeKeptAndCheckedAgainInTwoSentences() {
		assertRisk("the rope has been sitting in the shed since summer. checked it again last night", RiskTier.CRISIS);
		assertQuiet("the rope has been sitting in the shed since the camping trip",
				"checked it again last night, the tyre is still flat",
				"almost enough for the deposit now, so proud of myself");
	}

	@Test
	void shouldHearARopeLookedAtAgainInGermanButNotAFlat() {
		assertRisk("Der Strick liegt seit einem Monat unterm Bett. Gestern hab ich ihn wieder angeschaut", RiskTier.CRISIS);
		assertQuiet("Der Strick liegt im Schrank, für den Kletterkurs",
				"Die Wohnung hab ich mir gestern wieder angeschaut, der Balkon ist toll");
	}

	@Test
	void shouldHearARopeHiddenAndOnlyCourageLackingButNotCourageToTalkToTheBoss() {
		assertRisk("La cuerda sigue escondida en el armario desde el verano. Solo me falta el valor.", RiskTier.CRISIS);
		assertRisk("La corde est cachée au grenier depuis l'été. Il me manque juste le courage.", RiskTier.CRISIS);
		assertQuiet("La cuerda sigue en el armario desde la mudanza.", "Solo me falta el valor para decírselo a mi jefe.",
				"Il me manque juste le courage de l'appeler.");
	}

	@Test
	void shouldHearPortugueseItalianAndRussianHalvesTogether() {
		assertRisk("a corda está guardada no armário desde o verão. olhei de novo", RiskTier.CRISIS);
		assertRisk("la corda è in cantina da mesi. l'ho guardata di nuovo", RiskTier.CRISIS);
		assertRisk("верёвка лежит в гараже с лета. осталось только решиться", RiskTier.CRISIS);
		assertQuiet("já quase tenho o suficiente para a viagem", "коплю на отпуск с весны, уже почти хватает",
				"la corda è in cantina da quando abbiamo traslocato");
	}

	@Test
	void shouldHearHopelessnessAndIntentInTwoSentencesAsTheOtherPair() {
		assertRisk("nothing has changed in two years. this friday is the day", RiskTier.CRISIS);
		assertQuiet("nothing has changed in two years", "this friday is the day, finally the concert");
	}

	@Test
	void shouldTellWhyItHeardThePlan() {
		assertThat(rules.explain("the rope has been sitting in the shed since summer. checked it again last night",
				List.of())).containsExactly("means kept, said to be ready");
	}

	@Test
	void shouldNotHearTheHalvesWhenTheWholeIsToldAsOver() {
		assertQuiet("Two years ago I was saving my pills and had almost enough. Now I'm doing so much better.");
	}

}
