package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 24 for Spanish, Portuguese and French, rules alone: the twenty-eighth development part showed the rules
 * missing "kinder to me than almost everyone" before a take care, the pet left to someone after a longer "if something
 * happens to me", sleeping "para siempre" as "mimir", getting off life's bus, "partiu não existir mais", back on the
 * roof looking down a long while, "là où je vais j'en aurai pas besoin", a very long sleep with a coffin, "jen fini pour
 * de bon", treatment stopped and kept aside, letters written and boxes put aside; and alarming on a teacher's letters
 * to her pupils, a retirement letter for the boss, finishing the paperwork "aunque sea lo último que haga", "me mato
 * si pierde" the team, a burn from a baking tin, "morri, me enterrem", a thesis finished tonight and a cut finger with
 * blood on the bread board. Round 24 hears those and stays quiet on these.
 */
class SpanishPortugueseFrenchRound24Tests extends RulesAlone {

	@Test
	void shouldHearKinderThanAnyoneButNotASummerGoodbye() {
		assertRisk("has sido más amable conmigo que nadie en mi familia, cuídate", RiskTier.CONCERN);
		assertRisk("você foi mais gentil comigo do que ninguém, se cuida", RiskTier.CONCERN);
		assertQuiet("has sido más amable conmigo que nadie en la oficina, cuídate y nos vemos después del verano",
				"você foi mais gentil comigo do que todo mundo na firma, se cuida e até breve");
	}

	@Test
	void shouldHearThePetLeftToSomeoneButNotForATrip() {
		assertRisk("si me pasa algo, ¿podrías encargarte tú de que el Toby se lo quede mi vecina?", RiskTier.CONCERN);
		assertRisk("se acontecer alguma coisa comigo, alguém confirma que o Bolinha fica com meu irmão?", RiskTier.CONCERN);
		assertQuiet("si me pasa algo en el viaje, ¿podrías encargarte tú de que el Toby se lo quede mi vecina?");
	}

	@Test
	void shouldHearSleepingForeverButNotASleepyEvening() {
		assertRisk("ya me voy a mimir para siempre, chau", RiskTier.CRISIS);
		assertRisk("je pars pour un long sommeil ⚰️ ciao", RiskTier.CRISIS);
		assertQuiet("me voy a mimir temprano hoy, chau", "je pars pour une longue nuit de sommeil, ciao");
	}

	@Test
	void shouldHearGettingOffLifesBusButNotNightLife() {
		assertRisk("listo, me bajo del colectivo de la vida", RiskTier.CRISIS);
		assertQuiet("listo, me bajo del colectivo de la vida nocturna, ahora a dormir temprano");
	}

	@Test
	void shouldHearPartiuNotExistingButNotPartiuBeach() {
		assertRisk("partiu deixar de existir 🪦", RiskTier.CRISIS);
		assertQuiet("partiu praia 🏖️ e depois morrer de rir com a galera");
	}

	@Test
	void shouldHearLookingDownFromTheRoofButNotTheView() {
		assertRisk("voltei no telhado do prédio e fiquei olhando pra baixo muito tempo", RiskTier.CRISIS);
		assertQuiet("voltei no telhado do prédio pra ver a vista e fiquei olhando pra baixo muito tempo");
	}

	@Test
	void shouldHearNotNeedingItWhereIAmGoingButNotAMoveSouth() {
		assertRisk("là où je vais, j'en aurai plus besoin", RiskTier.CONCERN);
		assertQuiet("là où je vais j'en aurai plus besoin, il fait chaud toute l'année");
	}

	@Test
	void shouldHearDoneForGoodButNotDoneWithTheThesis() {
		assertRisk("jen finis pour de bon demain", RiskTier.CRISIS);
		assertQuiet("je vais en finir avec cette thèse cette nuit, même si je dors pas");
	}

	@Test
	void shouldHearTreatmentKeptAsideButNotAStoppedHabit() {
		assertRisk("je prends plus mes cachets, je les mets de côté", RiskTier.CRISIS);
		assertRisk("j'ai rédigé toutes les lettres, et les plaquettes sont cachées", RiskTier.CRISIS);
		assertQuiet("ça fait trois semaines que je prends plus de café le soir", "j'ai rédigé toutes les lettres de motivation");
	}

	@Test
	void shouldStayQuietOnLettersToPupilsAndARetirement() {
		assertRisk("escribí una carta para cada hijo, ya está todo", RiskTier.CRISIS);
		assertQuiet("me despedí de mis alumnas de quinto y escribí una carta para cada una",
				"escrevi uma carta de despedida pra minha colega que se aposentou");
	}

	@Test
	void shouldStayQuietOnPaperworkAndTheDerby() {
		assertRisk("esta noche acabo con todo, ya no aguanto", RiskTier.CRISIS);
		assertQuiet("mañana acabo con todo ese trámite del banco aunque sea lo último que haga",
				"me mato si el Betis gana la liga", "me mato se o Grêmio perder de novo");
	}

	@Test
	void shouldStayQuietOnKitchenBurnsAndEmbarrassment() {
		assertRisk("me queimei de propósito com o isqueiro", RiskTier.CRISIS);
		assertQuiet("me queimei na assadeira do bolo, que raiva", "tropecei no palco, morri, me enterrem 💀",
				"entaillé le pouce avec le couteau à légumes, du sang partout, chui nulle mdr");
	}

}
