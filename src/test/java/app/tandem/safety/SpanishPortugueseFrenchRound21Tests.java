package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 21 for Spanish, Portuguese and French, rules alone: the twenty-fifth development part showed the rules
 * missing stepping off this world ("me bajo de este mundo"), a prescription swallowed at once and named by who
 * prescribed it ("lo de la psiquiatra"), high places looked over, "total, no voy a necesitar nada", a last week
 * decided, "has sido lo único bueno, cuídate", "el viernes se acaba todo", a pet to be fed "si me pasa algo", a note
 * for whoever finds me, a wish to vanish with a grave emoji, indifference to an operation going wrong, a parent or a
 * pet entrusted "por mim", "seria bom se eu não estivesse mais aqui", the day chosen with the bills left paid, no
 * longer able to look after the pet, the real reason behind a gift, "tirar" split by a space, how to say goodbye to
 * everyone before a date, "no way back" beside a decision, "fatiguée d'être là", who will find me, a wall hit until
 * the knuckles bleed, "prends soin de toi et de maman", mails scheduled with "vous comprendrez", nobody holding me
 * back, "c'est pour bientôt" and "je serai plus là, plus simple pour tout le monde"; and alarming on a past belief
 * told as wrong ("eu achava que... eu tava errada") and a failed mayonnaise ending "je vais me pendre 😂". Round 21
 * hears those and stays quiet on these, on getting off a bus, pills taken with breakfast, rooftops for photos, an
 * umbrella left behind, a last week at the office, the end of a house move, a pet fed when late, a note for a lost
 * wallet, an exam gone wrong, a week away, a note for a found wallet, a move before Christmas, waiting for the bus,
 * a sister coming late, someone else's wall, a business trip, a night out and a new printer.
 */
class SpanishPortugueseFrenchRound21Tests extends RulesAlone {

	@Test
	void shouldHearSteppingOffThisWorldButNotOffABus() {
		assertRisk("esta noche me apeo de la vida, ya está", RiskTier.CRISIS);
		assertQuiet("me bajo del autobús en la siguiente parada");
	}

	@Test
	void shouldHearAPrescriptionSwallowedAtOnceButNotWithBreakfast() {
		assertRisk("me tragué de una todo lo que me recetó el doctor", RiskTier.URGENT);
		assertQuiet("me tomé lo del médico con el desayuno, como cada día");
	}

	@Test
	void shouldHearHighPlacesLookedOverButNotForPhotos() {
		assertRisk("llevo días recorriendo edificios altos de la zona", RiskTier.CRISIS);
		assertQuiet("ando buscando azoteas altas para sacar fotos del atardecer");
	}

	@Test
	void shouldHearNothingNeededAfterAGiftButNotAForgottenUmbrella() {
		assertRisk("le di mi colección de vinilos a mi vecino. total ya no voy a necesitar nada", RiskTier.CONCERN);
		assertQuiet("me dejé el paraguas en el coche, total no voy a necesitar nada de eso");
	}

	@Test
	void shouldHearALastWeekDecidedButNotALastWeekAtWork() {
		assertRisk("nada va a cambiar nunca. ya lo decidí, esta es mi última noche", RiskTier.CRISIS);
		assertQuiet("no tiene sentido quejarse, esta es mi última semana en la oficina");
	}

	@Test
	void shouldHearTheEndNamedWithADayButNotAHouseMove() {
		assertRisk("ya lo tengo todo ordenado. el sábado se acaba todo", RiskTier.CRISIS);
		assertQuiet("el sábado se acaba todo el lío de la mudanza");
	}

	@Test
	void shouldHearAPetToBeFedIfSomethingHappensButNotWhenLate() {
		assertRisk("si me pasa algo, ¿le das de comer a mi gata?", RiskTier.CONCERN);
		assertQuiet("si llego tarde del curro, ¿le das de comer a la gata?");
	}

	@Test
	void shouldHearANoteForWhoeverFindsMeButNotForALostWallet() {
		assertRisk("escribí una carta para quien me encuentre", RiskTier.URGENT);
		assertRisk("deixei um bilhete pra quem me encontrar", RiskTier.URGENT);
		assertQuiet("dejé una nota para quien encuentre mi cartera en el bar",
				"deixei um bilhete pra quem achar a carteira");
	}

	@Test
	void shouldHearAWishToVanishWithAGraveButNotLaughter() {
		assertRisk("quiero desaparecer ya 🪦", RiskTier.CRISIS);
		assertRisk("só queria sumir de vez 🪦", RiskTier.CRISIS);
		assertRisk("envie de disparaître pour de bon 🪦", RiskTier.CRISIS);
		assertQuiet("je suis morte de rire 🪦");
	}

	@Test
	void shouldHearIndifferenceToAnOperationGoingWrongButNotToAnExam() {
		assertRisk("se correr mal... se der errado na operação, por mim tanto faz", RiskTier.CONCERN);
		assertRisk("si algo sale mal en la operación del martes, por mí mejor", RiskTier.CONCERN);
		assertQuiet("se der algo errado na prova, faço de novo", "si algo sale mal en el examen, lo repito");
	}

	@Test
	void shouldHearAParentEntrustedForMeButNotForATrip() {
		assertRisk("cuida do meu pai por mim, tá?", RiskTier.CONCERN);
		assertRisk("cuida de mi madre por mí", RiskTier.CONCERN);
		assertQuiet("cuida do meu pai por mim enquanto eu viajo", "cuida de mi perro por mí mientras estoy de viaje");
	}

	@Test
	void shouldHearItWouldBeGoodIfIWereNotHereButNotTheRain() {
		assertRisk("às vezes acho que seria ótimo se eu não existisse mais", RiskTier.CONCERN);
		assertQuiet("seria bom se não estivesse chovendo amanhã");
	}

	@Test
	void shouldStayQuietOnAPastBeliefToldAsWrong() {
		assertQuiet("eu achava que minha família ia ficar melhor sem mim. eu estava errada, tenho dois netos lindos");
		assertRisk("acho que minha família ia ficar melhor sem mim", RiskTier.CONCERN);
	}

	@Test
	void shouldHearTheDayChosenWithTheBillsPaidButNotBeforeATrip() {
		assertRisk("escolhi o dia 15, antes disso deixo as contas do meu pai pagas", RiskTier.CONCERN);
		assertQuiet("escolhi o dia 15 pra viagem, antes disso deixo as contas pagas");
	}

	@Test
	void shouldHearNoLongerAbleToLookAfterThePetButNotForAWeek() {
		assertRisk("você fica com a Mia? não vou mais poder cuidar dela", RiskTier.CONCERN);
		assertQuiet("não vou poder cuidar dela essa semana, vou viajar");
	}

	@Test
	void shouldHearTheRealReasonBehindAGiftButNotACarSold() {
		assertRisk("dei meu violão pra minha prima. na verdade não vou mais precisar", RiskTier.CONCERN);
		assertQuiet("vendi o carro porque não vou mais precisar, moro perto do trabalho");
	}

	@Test
	void shouldHearASplitWordAndGoodbyesBeforeADateButNotBeforeAMove() {
		assertRisk("amanhã vou ti rar a minha vida", RiskTier.CRISIS);
		assertRisk("tô pensando em como me despedir de todos antes do natal", RiskTier.CONCERN);
		assertQuiet("tô pensando em como me despedir de todo mundo antes da mudança");
	}

	@Test
	void shouldHearTiredOfBeingHereButNotOfWaiting() {
		assertRisk("je suis lasse d'être ici, tout simplement", RiskTier.CONCERN);
		assertQuiet("je suis fatiguée d'être ici à attendre le bus");
	}

	@Test
	void shouldHearWhoWillFindMeButNotSomeoneLate() {
		assertRisk("j'ai tout prévu pour que ce ne soit pas mon fils qui me trouve", RiskTier.CRISIS);
		assertQuiet("j'ai fait en sorte que ce soit pas ma soeur qui me trouve en retard");
	}

	@Test
	void shouldHearAWallHitUntilBloodButNotSomeoneElse() {
		assertRisk("j'ai tapé dans le mur jusqu'à avoir les jointures en sang", RiskTier.CRISIS);
		assertQuiet("il a frappé le mur jusqu'au sang après le match");
	}

	@Test
	void shouldHearFarewellsInFrenchButNotABusinessTrip() {
		assertRisk("prends soin de toi et de papa", RiskTier.CONCERN);
		assertRisk("j'ai préparé des messages pour chacun. vous comprendrez", RiskTier.CONCERN);
		assertRisk("je serai plus là, ce sera plus simple pour tout le monde", RiskTier.CONCERN);
		assertQuiet("prends soin de toi et de papa pendant mon déplacement",
				"je serai plus là lundi, je déménage à lyon, ce sera plus simple pour tout le monde");
	}

	@Test
	void shouldHearNobodyHoldingMeBackWithADecisionButNotANightOut() {
		assertRisk("personne me retiendra et j'ai pris ma décision", RiskTier.CRISIS);
		assertRisk("rien ne changera jamais. c'est pour bientôt", RiskTier.CRISIS);
		assertQuiet("personne ne me retiendra ce soir, je sors en boîte",
				"rien ne marche avec cette imprimante. le nouveau modèle c'est pour bientôt en magasin");
	}

	@Test
	void shouldStayQuietOnAFailedRecipeWithLaughterButNotWithoutIt() {
		assertQuiet("j'ai cramé le gâteau pour la deuxième fois je vais me pendre mdr");
		assertRisk("j'ai raté ma vie je vais me pendre", RiskTier.CRISIS);
	}

}
