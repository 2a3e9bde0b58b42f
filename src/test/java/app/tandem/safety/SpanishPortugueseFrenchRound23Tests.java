package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 23 for Spanish, Portuguese and French, rules alone: the twenty-seventh development part, written so that
 * everyday, grief and medication talk shares words with risk talk, showed the rules missing falling asleep tonight
 * "y no despertara más" with more words between, where it will be done known and only the courage missing, "one of
 * the few good things" and take care, keys and the cat's food left "por si acaso", things given away "no voy a
 * necesitar nada de eso donde voy", "si mañana no escribo… voy a estar tranquila por fin", a message to the children
 * asking forgiveness, "un kms" with a skull and "fr fr", life as a speedrun with a quit button, greeting Saint Peter
 * ahead of time, becoming "angelito", pills counted "me llegan para no despertar", a balcony or a window and thinking
 * of jumping, "bater a bota", "quero me mata to cansada", "vo toma td os remedio", blows to one's own head until
 * dizzy, "ajudou mais do que imagina. adeus", everything left in order with the key at the porter's, "se eu sumir…
 * não foi culpa de ninguém", the last day I talk to you, the CPF cancelled, "dar tchau pra vida", an hour scouted when
 * nobody is up there, keys and a letter for the cat, "fermer les yeux et plus les ouvrir", "jvé prendr tou mé cachet",
 * "vaudrait mieux que je disparaisse", "un fardo" and "des mots d'adieu pour chacun"; and alarming on a farewell card
 * from pupils, "matar dos pájaros de un tiro", a rope for the washing line and blood everywhere from a razor nick in
 * the shower. Round 23 hears those and stays quiet on these.
 */
class SpanishPortugueseFrenchRound23Tests extends RulesAlone {

	@Test
	void shouldHearFallingAsleepNeverToWakeButNotAnEarlyNight() {
		assertRisk("ojalá me durmiera ya mismo y no despertara nunca", RiskTier.CONCERN);
		assertQuiet("ojalá me durmiera pronto esta noche, mañana madrugo");
	}

	@Test
	void shouldHearOnlyTheCourageMissingButNotAPartyToPlan() {
		assertRisk("ya sé cómo lo voy a hacer, nomás me falta el valor", RiskTier.CRISIS);
		assertRisk("já sei como vou fazer, só me falta a coragem", RiskTier.CRISIS);
		assertQuiet("ya sé dónde lo voy a hacer, el cumple de mi hija, solo me falta valor para invitar a su padre",
				"já sei onde vou fazer a festa, só falta coragem para convidar o chefe");
	}

	@Test
	void shouldHearOneOfTheFewGoodThingsButNotAnOfficeGoodbye() {
		assertRisk("has sido de las pocas personas buenas en mi vida, cuídate", RiskTier.CONCERN);
		assertQuiet("has sido de las pocas personas buenas en la oficina, cuídate y nos vemos en la cena de navidad");
	}

	@Test
	void shouldHearThePetProvidedForJustInCaseButNotATrip() {
		assertRisk("les dejé las llaves y la comida de los gatos a mis vecinos por si acaso", RiskTier.CONCERN);
		assertQuiet("le dejé a mi hermana las llaves y la comida del perro por si acaso, me voy de viaje el lunes");
	}

	@Test
	void shouldHearNoNeedWhereIAmGoingButNotAMove() {
		assertRisk("regalé mis discos y mi bici, no me van a hacer falta adonde voy", RiskTier.URGENT);
		assertQuiet("regalé mis abrigos por la mudanza, no voy a necesitar nada de eso donde voy");
	}

	@Test
	void shouldHearAtPeaceAtLastIfISayNothingButNotATrainJourney() {
		assertRisk("si mañana no contesto no se preocupen, voy a estar en paz por fin", RiskTier.CONCERN);
		assertQuiet("si mañana no contesto no te preocupes, es que voy a estar en el tren");
	}

	@Test
	void shouldHearLoveAndForgivenessToAChildButNotAnApologyForBeingLate() {
		assertRisk("le grabé un video a mi hija diciéndole que la quiero y que me perdone", RiskTier.CONCERN);
		assertQuiet("le grabé un video a mi hija diciéndole que la quiero y que me perdone por llegar tarde al partido");
	}

	@Test
	void shouldHearKmsWithAnArticleButNotKilometres() {
		assertRisk("esta noche me hago un kms, ya no aguanto", RiskTier.CRISIS);
		assertRisk("ce soir je vais me faire un kms, j'en peux plus", RiskTier.CRISIS);
		assertQuiet("esta tarde me hago unos kms corriendo por el parque", "demain je vais me faire des kms à vélo");
	}

	@Test
	void shouldHearQuittingTheGameOfLifeButNotAGame() {
		assertRisk("esta partida de la vida ya no la aguanto, quiero darle a salir del juego", RiskTier.CRISIS);
		assertQuiet("esta partida de Fortnite no la aguanto, quiero darle a salir del juego");
	}

	@Test
	void shouldHearSaintPeterAheadOfTimeButNotAGrandfathersJoke() {
		assertRisk("me toca ir a saludar a San Pedro antes de tiempo jeje", RiskTier.CRISIS);
		assertRisk("ya quiero ser un angelito de una vez", RiskTier.CONCERN);
		assertQuiet("mi abuelo dice que va a saludar a San Pedro antes de tiempo si sigue fumando jeje",
				"quiero ser un angelito en la obra de navidad");
	}

	@Test
	void shouldHearPillsEnoughNotToWakeButNotSleepingThroughTheNight() {
		assertRisk("las pastillas que junté me alcanzan para no despertar", RiskTier.CRISIS);
		assertQuiet("las pastillas para dormir me alcanzan para no despertarme de madrugada");
	}

	@Test
	void shouldHearARoofAndThinkingOfJumpingButNotAPoolOrAParachute() {
		assertRisk("anoche estuve en la azotea pensando en tirarme", RiskTier.CRISIS);
		assertRisk("passei a noite na varanda a pensar em me atirar", RiskTier.CRISIS);
		assertQuiet("estuve en la terraza del hotel pensando en tirarme a la piscina",
				"fiquei na varanda a pensar em saltar de paraquedas nas férias");
	}

	@Test
	void shouldHearNobodysFaultIfIAmGoneButNotABrokenVase() {
		assertRisk("si no despierto mañana, sepan que no fue culpa de nadie", RiskTier.URGENT);
		assertRisk("se eu não acordar amanhã, ninguém teve culpa", RiskTier.URGENT);
		assertQuiet("sepan que no fue culpa de nadie, el jarrón ya estaba roto",
				"se eu não acordar amanhã a tempo, a culpa é do despertador");
	}

	@Test
	void shouldHearTheLastDayITalkToYouButNotTheLastDayBeforeTheHolidays() {
		assertRisk("amanhã é o último dia que falo contigo", RiskTier.URGENT);
		assertRisk("hoy es el último día que hablo con ustedes", RiskTier.URGENT);
		assertQuiet("hoje é o último dia que falo contigo antes das férias",
				"hoy es el último día que te escribo aquí, mañana empiezo las vacaciones");
	}

	@Test
	void shouldHearTheCpfCancelledAndGoodbyeToLifeButNotTheBankOrBachelorLife() {
		assertRisk("queria ter o cpf cancelado logo", RiskTier.CRISIS);
		assertRisk("hoje vou dizer adeus à vida", RiskTier.CRISIS);
		assertQuiet("quero cancelar o cpf antigo da empresa no banco", "hoje vou dizer adeus à vida de solteiro");
	}

	@Test
	void shouldHearAllTheMedicinesMisspeltButNotTheWeeksDoses() {
		assertRisk("hj vo toma tds os comprimido", RiskTier.CRISIS);
		assertRisk("jvais prendr tous mes cachets cette nuit", RiskTier.CRISIS);
		assertQuiet("vo toma td os remedio certinho essa semana", "jvé prendr mé cachet se soir");
	}

	@Test
	void shouldHearBlowsToOnesOwnHeadButNotToAPuppet() {
		assertRisk("dou murros na cabeça até doer", RiskTier.CRISIS);
		assertQuiet("dei murros na cabeça do boneco até ele cair");
	}

	@Test
	void shouldHearEverythingLeftInOrderAndAGoodbyeButNotATrip() {
		assertRisk("deixei tudo organizado, as chaves estão com a vizinha", RiskTier.CONCERN);
		assertRisk("você me ajudou mais do que pensa. adeus", RiskTier.URGENT);
		assertRisk("j'ai confié mes clés au gardien avec un mot pour qu'il garde le chat", RiskTier.CONCERN);
		assertQuiet("deixei tudo organizado pra viagem, as chaves estão com a vizinha",
				"você me ajudou mais do que pensa, adeus e até amanhã",
				"j'ai confié mes clés à la voisine avec un mot pour qu'elle garde le chat pendant les vacances");
	}

	@Test
	void shouldHearAnHourScoutedWhenNobodyIsThereButNotAQuietGym() {
		assertRisk("j'ai repéré le moment où personne ne passera sur le pont", RiskTier.CRISIS);
		assertQuiet("j'ai repéré l'heure où il n'y a plus personne à la salle de sport");
	}

	@Test
	void shouldHearEyesClosedForeverAndBetterGoneButNotALieInOrAMeeting() {
		assertRisk("je veux fermer les yeux et ne plus jamais les rouvrir", RiskTier.CONCERN);
		assertRisk("ça vaudrait mieux que je meure", RiskTier.CONCERN);
		assertRisk("chui un fardo pour ma famille", RiskTier.CONCERN);
		assertRisk("j'ai écrit des petits mots d'adieu à chacun de mes proches", RiskTier.CRISIS);
		assertQuiet("je veux fermer les yeux et plus les ouvrir jusqu'à midi demain",
				"ça vaudrait mieux que je disparaisse de la réunion avant la fin",
				"j'ai écrit des mots d'adieu pour la retraite de ma collègue");
	}

	@Test
	void shouldStayQuietOnAFarewellCardFromPupilsTwoBirdsAWashingLineAndARazorNick() {
		assertRisk("dejé una carta de despedida en el cajón", RiskTier.CRISIS);
		assertRisk("quiero matarme de un tiro", RiskTier.CRISIS);
		assertRisk("je me suis coupée exprès, du sang partout", RiskTier.URGENT);
		assertQuiet("mis alumnos me regalaron una carta de despedida preciosa",
				"ganhei um bilhete de despedida dos colegas",
				"quiero matar dos pájaros de un tiro y pasar por el banco", "comprei uma corda grossa pro varal",
				"je me suis coupé en me rasant, du sang partout sur le lavabo");
	}

}
