package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 25 for Spanish, Portuguese and French, rules alone: the twenty-ninth development part showed the rules missing
 * an accident on the road wished as a relief, falling asleep and never opening one's eyes again, waiting for the
 * others to leave "para hacerlo", a medication taken beyond the dose on purpose, hopelessness beside a decision taken
 * or a limit set ("no pienso aguantar otro año así"), hoping the plane falls, waiting for the house to sleep "pra
 * fazer", "desculpa, mãe, eu tentei", bank passwords left for a brother and a goodbye, a wish that one's heart stops
 * in the night, a car that may run one over "tant pis", blows until bruised, one's head against the wall whenever a
 * parent shouts, "je vous aime, pardonnez-moi", not counting on being there, and going to join one's father up there.
 * It also raised false alarms, which it now keeps quiet: paperwork one wants "acabar con todo", wanting to vanish at a
 * family lunch, a novel's title for a reading club, a son who says "me quiero morir" about everything, nights of
 * self-harm recalled as long past, "este calor está a matar-me" and a sister who self-harms.
 * Round 25 keeps quiet, too, who to call after an accident, a nap, rehearsing alone, a cold remedy overdone by
 * mistake, a project given up, a bus that should come, a birthday surprise, being late, a marathon, a holiday, a
 * lorry in the street, a bruise from a table, "à demain" and a dinner missed.
 */
class SpanishPortugueseFrenchRound25Tests extends RulesAlone {

	@Test
	void shouldHearAnAccidentWishedAsAReliefButNotWhoToCallAfterOne() {
		assertRisk("si me pasara algo volviendo del trabajo sería un alivio", RiskTier.CONCERN);
		assertQuiet("si me pasara algo volviendo del trabajo, avisa a mi hermana");
	}

	@Test
	void shouldHearNeverOpeningTheEyesAgainButNotANap() {
		assertRisk("ojalá quedarme dormida y no volver a abrir los ojos", RiskTier.CONCERN);
		assertQuiet("me quedé dormida en el sofá y no quería volver a abrir los ojos, qué siesta");
	}

	@Test
	void shouldHearWaitingForTheFlatmateToLeaveToDoItButNotToRehearse() {
		assertRisk("espero a que mi compañera de piso se vaya a trabajar para hacerlo", RiskTier.CRISIS);
		assertQuiet("espero a que mi compañera de piso se vaya para hacerlo con calma, el ensayo de la charla me da vergüenza");
	}

	@Test
	void shouldHearPillsOverdoneOnPurposeButNotAColdRemedyByMistake() {
		assertRisk("me pasé con las pastillas adrede y me da vueltas todo", RiskTier.CRISIS);
		assertRisk("me tomé más pastillas de las que me recetaron y ahora no me puedo levantar", RiskTier.CRISIS);
		assertQuiet("me pasé con la medicina del resfriado sin darme cuenta, el médico dice que no pasa nada",
				"me tomé más pastillas de las que me recetaron por error, ya llamé a la farmacia");
	}

	@Test
	void shouldHearNoFutureAndADecisionButNotAProjectGivenUp() {
		assertRisk("no le veo futuro a esto. ya tomé la decisión", RiskTier.CRISIS);
		assertQuiet("no le veo futuro a este proyecto, ya tomé la decisión de dejarlo");
	}

	@Test
	void shouldHearEndingItAllButNotAllThePaperwork() {
		assertRisk("quiero acabar con todo de una vez", RiskTier.CRISIS);
		assertQuiet("quiero acabar con todo el lío de los papeles antes del viernes");
	}

	@Test
	void shouldHearOnesOwnWishToDieButNotANephewsSayingOrAReadingClub() {
		assertRisk("mi hija dice que es lo mejor y yo me quiero morir", RiskTier.CRISIS);
		assertQuiet("mi sobrino dice \"me quiero morir\" cada vez que pierde su equipo",
				"en el club de lectura leímos un libro sobre un suicidio, muy duro");
	}

	@Test
	void shouldHearHopingTheBusCrashesButNotThatItComes() {
		assertRisk("fico torcendo pro ônibus bater quando eu tô dentro", RiskTier.CONCERN);
		assertQuiet("fico torcendo pro ônibus chegar logo quando tô atrasada");
	}

	@Test
	void shouldHearWaitingForMumToSleepToDoItButNotABirthdaySurprise() {
		assertRisk("tô esperando minha mãe dormir pra fazer", RiskTier.CRISIS);
		assertQuiet("tô esperando minha mãe dormir pra fazer a surpresa do aniversário dela");
	}

	@Test
	void shouldHearSorryDadITriedButNotBeingLate() {
		assertRisk("desculpa, pai. eu tentei", RiskTier.CONCERN);
		assertQuiet("desculpa pai, eu tentei chegar a tempo mas o trânsito");
	}

	@Test
	void shouldHearBankPasswordsLeftWithAGoodbyeButNotForABill() {
		assertRisk("deixei as senhas do banco anotadas pra minha irmã. tchau", RiskTier.CONCERN);
		assertQuiet("anotei as senhas do banco pra minha irmã pagar o boleto");
	}

	@Test
	void shouldHearKillingMyselfButNotTheColdOrAMeetingOrNightsLongPast() {
		assertRisk("estou a pensar em matar-me", RiskTier.CRISIS);
		assertRisk("queria desaparecer para sempre", RiskTier.CONCERN);
		assertQuiet("este frio está a matar-me", "queria desaparecer na reunião de ontem de tanta vergonha",
				"lembro das noites em que eu me cortava, hoje parece outra pessoa");
	}

	@Test
	void shouldHearAHeartWishedToStopButNotOneThatHoldsOut() {
		assertRisk("je prie pour que mon cœur s'arrête cette nuit", RiskTier.CONCERN);
		assertQuiet("j'espère que mon cœur va tenir pendant le semi-marathon");
	}

	@Test
	void shouldHearDyingAsNoGreatLossButNotAHoliday() {
		assertRisk("si je mourais demain ce serait pas plus mal", RiskTier.CONCERN);
		assertQuiet("si je partais demain en vacances ce serait pas plus mal");
	}

	@Test
	void shouldHearALorryThatMayRunMeOverButNotOneBlockingTheStreet() {
		assertRisk("si un camion me renverse tant pis", RiskTier.CONCERN);
		assertQuiet("si un camion me bloque encore la rue tant pis je passe à pied");
	}

	@Test
	void shouldHearBlowsUntilBruisedButNotAKneeAgainstATable() {
		assertRisk("je me suis frappé les bras jusqu'aux bleus", RiskTier.CRISIS);
		assertRisk("quand mon père hurle je me tape la tête contre le mur", RiskTier.CRISIS);
		assertQuiet("je me suis cogné le genou contre la table, j'ai un bleu");
	}

	@Test
	void shouldHearGoodbyeILoveYouForgiveMeButNotSeeYouTomorrow() {
		assertRisk("adieu tout le monde, je vous aime, pardon", RiskTier.CONCERN);
		assertQuiet("salut tout le monde, je vous aime, à demain");
	}

	@Test
	void shouldHearNotCountingOnBeingThereButNotForDinner() {
		assertRisk("à quoi bon. je compte pas être là cette année", RiskTier.CRISIS);
		assertQuiet("je compte pas être là pour le dîner, je rentre tard");
	}

	@Test
	void shouldHearGoingToJoinMumInHeavenButNotAGrandmothersSaying() {
		assertRisk("je veux tout lâcher et aller rejoindre ma mère au ciel", RiskTier.CRISIS);
		assertQuiet("ma grand-mère disait qu'elle irait rejoindre mon grand-père au ciel",
				"ma cousine se scarifie et je sais pas quoi faire");
	}
}
