package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 29 for Spanish, Portuguese and French, rules alone: the thirty-third development part, full of long daily
 * check-in notes, showed the rules missing a risk told in the middle of such a note (pills counted and the thought of
 * taking them all, cuts made again on a thigh, how to do it so as not to wake up, "o melhor era morrer", boxes of
 * pills one could swallow all of, following a dying mother), a cigarette put out on one's arm, pills mixed and taken
 * at once, the CPF one wants cancelled, ending it all told as a plan for a day alone, pinching and scratching one's
 * thighs all night, "if I ended up in the ditch it would not be so bad", things given away because one will not
 * need them and nothing left pending "when I go". It also raised false alarms, which it now keeps quiet: a job or a
 * schedule one "can't go on like this" with while planning to change it, a last cigarette said goodbye to for ever,
 * a cut from the fish knife, cramming that will make one "crever sous les fiches", a boss in a game that "me tue",
 * a phone one will throw out of the window and someone else's "à quoi bon vivre" quoted.
 * Round 29 keeps quiet, too, cuts while cooking, a long day that is killing one, vitamins taken all together, being
 * "done with" a chore, a cat's scratches and a trip taken when someone else leaves.
 */
class SpanishPortugueseFrenchRound29Tests extends RulesAlone {

	@Test
	void shouldHearCutsMadeAgainButNotCutsWhileCooking() {
		assertRisk("anoche me volví a hacer cortes en las piernas, otra vez", RiskTier.CRISIS);
		assertQuiet("hoy me he hecho unos cortes en la mano cortando cebolla, ya me puse una tirita");
	}

	@Test
	void shouldHearThePillsAllAtOnceButNotVitaminsTakenTogether() {
		assertRisk("cuento las pastillas y pienso en tomármelas todas de golpe", RiskTier.CRISIS);
		assertQuiet("pienso en tomármelas todas juntas con el desayuno, las vitaminas y el magnesio");
	}

	@Test
	void shouldHearCannotGoOnButNotWithAScheduleOneWillChange() {
		assertRisk("ya no puedo más, no quiero despertar mañana", RiskTier.CONCERN);
		assertQuiet("no puedo seguir así con estos turnos, voy a pedir el cambio de turno",
				"no puedo más con las cajas de la mudanza, mañana llamo a una empresa");
	}

	@Test
	void shouldHearAGoodbyeForEverButNotToTobacco() {
		assertRisk("adiós para siempre a todos, gracias por todo", RiskTier.CONCERN);
		assertQuiet("último cigarrillo de mi vida, adiós para siempre", "adiós para siempre al azúcar, empiezo la dieta");
	}

	@Test
	void shouldHearThingsOneWillNotNeedButNotSoldBabyThings() {
		assertRisk("le di mi reloj a mi hermano, yo ya no lo voy a necesitar", RiskTier.CONCERN);
		assertQuiet("vendí la cuna del bebé, yo ya no la voy a necesitar");
	}

	@Test
	void shouldHearABurnOnTheArmButNotACigaretteInTheAshtray() {
		assertRisk("voltei a apagar um cigarro na minha perna", RiskTier.CRISIS);
		assertQuiet("apaguei o cigarro no cinzeiro e fui deitar-me");
	}

	@Test
	void shouldHearACutInANoteButNotOneFromTheKitchenKnife() {
		assertRisk("hoje cortei-me no braço outra vez, de propósito", RiskTier.CRISIS);
		assertQuiet("cortei-me no dedo a descascar batatas, pus um penso e pronto");
	}

	@Test
	void shouldHearDyingAsTheBestButNotDyingOfLaughter() {
		assertRisk("o melhor seria eu morrer, ninguém ia sentir falta", RiskTier.CONCERN);
		assertQuiet("o melhor era morrer de rir com aquela comédia");
	}

	@Test
	void shouldHearPillsMixedAndTakenAtOnceButNotACupOfTea() {
		assertRisk("juntei os comprimidos todos e tomei tudo junto", RiskTier.URGENT);
		assertQuiet("misturei o remédio da tosse com chá e tomei antes de dormir");
	}

	@Test
	void shouldHearNothingLeftPendingWhenIGoButNotBeforeAHoliday() {
		assertRisk("já organizei os papéis, não quero deixar nada por resolver quando me for", RiskTier.CONCERN);
		assertQuiet("não quero deixar nada pendente quando partir para as férias");
	}

	@Test
	void shouldHearEndingItAllAsAPlanButNotAChore() {
		assertRisk("samedi je serai seule, je mettrai fin à tout ça", RiskTier.CRISIS);
		assertQuiet("je mettrai fin à tout ça demain, le repassage et le rangement");
	}

	@Test
	void shouldHearSwallowingAllThePillsButNotABreakfastRoutine() {
		assertRisk("j'ai regardé les cachets, je pourrais tous les avaler", RiskTier.CRISIS);
		assertQuiet("les cachets sont sur la table, je vais les prendre au petit-déj");
	}

	@Test
	void shouldHearScratchingToHurtButNotACatsScratches() {
		assertRisk("je me suis griffée les cuisses jusqu'au sang", RiskTier.CRISIS);
		assertQuiet("le chat m'a griffée au bras en jouant, j'ai des marques partout");
	}

	@Test
	void shouldHearCannotGoOnButNotAJobOneIsLeaving() {
		assertRisk("je peux plus continuer comme ça, je veux mourir", RiskTier.CONCERN);
		assertQuiet("je peux plus continuer comme ça dans ce taf, j'ai postulé ailleurs",
				"je peux plus continuer comme ça avec ce chef, je vais en parler au responsable");
	}

	@Test
	void shouldHearDyingInTheDitchAsNotSoBadButNotADitchOnTheRoad() {
		assertRisk("si je finissais dans le ravin en rentrant, ce serait pas plus mal", RiskTier.CONCERN);
		assertQuiet("il y a un fossé au bord de la route, ralentis si tu vois pas bien");
	}

	@Test
	void shouldHearWhatIsTheUseOfLivingButNotSomeoneElsesWords() {
		assertRisk("je me dis souvent à quoi bon vivre", RiskTier.CONCERN);
		assertQuiet("mon copain dit toujours à quoi bon vivre sans fromage, il me fait rire");
	}

	@Test
	void shouldHearFollowingOnesMotherButNotOnHoliday() {
		assertRisk("quand maman sera partie, je la suivrai", RiskTier.CONCERN);
		assertQuiet("quand elle partira en vacances, je partirai aussi chez mes parents");
	}

	@Test
	void shouldHearJumpingFromTheWindowButNotThrowingAPhone() {
		assertRisk("je vais me jeter par la fenêtre ce soir", RiskTier.CRISIS);
		assertQuiet("ce téléphone plante encore, je vais le jeter par la fenêtre");
	}

	@Test
	void shouldHearKillingMyselfButNotABossInAGameOrCramming() {
		assertRisk("je vais me tuer ce soir", RiskTier.CRISIS);
		assertQuiet("ce boss dans le dernier niveau me tue, encore raté", "je vais crever sous les fiches de révision");
	}
}
