package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 12 in Spanish, Portuguese, French and Italian, read by the rules alone, with my own sentences: kinds of
 * phrasing a fifteenth development part, written by new writers, showed the rules missing (plans made ready,
 * means kept or bought, places chosen, passive wishes, goodbyes with affairs settled, slang and dropped letters,
 * overdoses told with what they do now) or mistaking (recovery told as gone, preferring death to a chore, diving
 * into work, an essay, a gaffe), each with the everyday lookalike or the present risk that must stay as it is.
 */
class SpanishPortugueseFrenchItalianRound12Tests extends RulesAlone {

	@Test
	void shouldNotAlarmOnTheThoughtOfDeathToldAsGoneForMonthsButWhenItIsBackToday() {
		assertQuiet("hace meses que no pienso en matarme, la terapia funciona",
				"faz meses que não penso em me matar, o remédio novo ajudou",
				"llevo un año sin pensar en morirme");
		assertRisk("hace meses que no pienso en matarme pero hoy quiero matarme otra vez", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnAnOverdoseOrAttemptToldAsBehindWithAGoodPresentButWhenItIsPlannedAgain() {
		assertQuiet("tras la sobredosis pasé un mes internada. hoy estoy estable y trabajando",
				"depois da overdose fiquei um mês internado. agora estou estável e estudando",
				"j'ai pensé au suicide il y a deux ans, maintenant je suis suivie et ça va mieux");
		assertRisk("há três anos tentei me matar. hoje quero me matar de novo", RiskTier.CRISIS);
		assertRisk("j'ai pensé au suicide il y a deux ans et maintenant je veux mourir", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnPreferringDeathToAChoreButOnPreferringItToLivingOn() {
		assertQuiet("prefiero morirme antes que ir otra vez a la boda de mi prima",
				"prefiro morrer a ter que cantar parabéns no palco",
				"je préférerais mourir plutôt que de refaire ce déménagement");
		assertRisk("prefiero morirme antes que seguir viviendo así", RiskTier.CRISIS);
		assertRisk("je préférerais mourir plutôt que de continuer à vivre comme ça", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnDivingHeadFirstIntoWorkOrNearlyDyingOfEffortButOnTheAct() {
		assertQuiet("vou me jogar de cabeça nessa faculdade nova",
				"vou me atirar de cabeça no trabalho esse ano",
				"j'ai cru mourir en montant la côte à vélo");
		assertRisk("vou me jogar da ponte hoje", RiskTier.CRISIS);
		assertRisk("j'ai envie de mourir", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnAnEssayAboutSuicideOrWantingTheGroundToSwallowOneButOnTheWish() {
		assertQuiet("on a un exposé de philo sur le suicide chez Durkheim pour lundi",
				"ho fatto una figuraccia in riunione, volevo sprofondare e sparire per sempre");
		assertRisk("voglio sparire per sempre, sul serio", RiskTier.CRISIS);
	}

	@Test
	void shouldHearPillsBoughtInSeveralPharmaciesSoNobodyAsksButNotShoppingAround() {
		assertQuiet("fui a dos farmacias y en ninguna tenían el jarabe del niño",
				"comprei o remédio em duas farmácias porque estava em falta",
				"fui a la farmacia para no preguntar al médico");
		assertRisk("compré ibuprofeno en cuatro farmacias para que nadie sospechara", RiskTier.CRISIS);
		assertRisk("comprei remédio em três farmácias diferentes pra ninguém desconfiar", RiskTier.CRISIS);
		assertRisk("ho preso le compresse in due farmacie così nessuno mi fa domande", RiskTier.CRISIS);
	}

	@Test
	void shouldHearPillsKeptForTheDayOneDecidesButNotForTheNextDose() {
		assertQuiet("tengo las pastillas guardadas en el botiquín",
				"je les garde toutes pour la fête de samedi, ces bouteilles");
		assertRisk("tengo las pastillas de mi tío escondidas para cuando me decida", RiskTier.CRISIS);
		assertRisk("guardei os comprimidos para quando eu tiver coragem", RiskTier.CRISIS);
		assertRisk("j'ai récupéré mes comprimés à la pharmacie mais je les garde tous pour samedi", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAPlaceChosenOrLookedOverButNotDirectionsOrALongWeekend() {
		assertQuiet("ya sé de qué puente me hablas, el del centro",
				"ya sé qué tren tomar para llegar al centro",
				"já sei de qual ponte você fala",
				"je sais quel pont prendre pour éviter les bouchons",
				"ho già scelto il ponte per le ferie di maggio",
				"so a che piano andare per la riunione",
				"miré el horario del metro, ya sé cuándo ir para no llegar tarde",
				"vi o horário do comboio, já tenho apontado");
		assertRisk("ya elegí el puente, el que cruza el río", RiskTier.CRISIS);
		assertRisk("já escolhi o prédio, o mais alto do bairro", RiskTier.CRISIS);
		assertRisk("je sais quel pont.", RiskTier.CRISIS);
		assertRisk("ho già scelto il viadotto, ci passo ogni sera", RiskTier.CRISIS);
		assertRisk("so già quale ponte, quello sul fiume", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAPlanForWhenNobodyIsHomeButNotAPartyOrMusic() {
		assertQuiet("cuando no haya nadie en casa pongo la música a todo volumen",
				"tout est prévu pour samedi, personne ne sait pour la fête surprise");
		assertRisk("tengo un plan: el jueves cuando no haya nadie en casa", RiskTier.CRISIS);
		assertRisk("tenho um plano pra sexta, quando ninguém estiver em casa", RiskTier.CRISIS);
		assertRisk("tout est prévu pour samedi, l'appart sera vide", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAParentsGunWithItsKeyOrBulletsButNotTheGunAlone() {
		assertQuiet("la escopeta de mi abuelo está en el desván, es de colección",
				"a espingarda do meu tio fica no armário, ele é caçador",
				"la pistola de agua de mi hermano está en el ropero y ya sé dónde guarda la llave del coche");
		assertRisk("la escopeta de mi abuelo está en el desván y ya sé dónde esconde los cartuchos", RiskTier.CRISIS);
		assertRisk("a espingarda do meu tio fica no armário e eu já sei onde ele guarda as balas", RiskTier.CRISIS);
		assertRisk("la carabine de mon grand-père est dans la cave et j'ai sorti les balles ce matin", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAWishForAVehicleOrAHeartAttackToEndItButNotTravelHopes() {
		assertQuiet("ojalá que el tren llegue temprano",
				"espero que o avião não atrase",
				"j'espère que l'avion ne sera pas en retard",
				"spero che l'aereo non sia in ritardo",
				"magari mi viene un'idea migliore domani",
				"espero que el avión no se caiga y lleguemos bien",
				"spero che la macchina non mi investa",
				"espero que o carro me pegue às 8 em casa",
				"spero che il treno non deragli con questa neve");
		assertRisk("ojalá un camión me atropelle de camino al trabajo", RiskTier.CONCERN);
		assertRisk("torço pra um ônibus me atropelar amanhã", RiskTier.CONCERN);
		assertRisk("j'espère que le train déraille demain avec moi dedans", RiskTier.CONCERN);
		assertRisk("spero che il treno deragli, magari finisce tutto", RiskTier.CONCERN);
		assertRisk("magari mi viene un ictus stanotte", RiskTier.CONCERN);
		assertRisk("ojalá me diera un paro cardíaco esta noche", RiskTier.CONCERN);
		assertRisk("se eu morresse dormindo seria melhor", RiskTier.CONCERN);
	}

	@Test
	void shouldHearNotMeaningToSeeAHolidayButNotBeingLateForIt() {
		assertQuiet("no pienso llegar a navidad sin regalos para todos",
				"não pretendo chegar atrasado no natal da família",
				"je me rendrai pas à Noël chez ma belle-mère",
				"je serai pas à Noël avec vous, je travaille");
		assertRisk("no pienso llegar a mi cumpleaños", RiskTier.CRISIS);
		assertRisk("não pretendo chegar no ano novo", RiskTier.CRISIS);
		assertRisk("j'me rendrai pas à l'été", RiskTier.CRISIS);
	}

	@Test
	void shouldHearGoodbyesWithAffairsSettledOrNobodysFaultButNotEverydayOnes() {
		assertQuiet("no es culpa tuya, te quiero igual, nos vemos mañana",
				"deixei tudo arranjado pra festa. adeus stress",
				"non è colpa tua, ti voglio bene lo stesso",
				"je voulais juste vous dire au revoir avant de partir en vacances",
				"quería despedirme de ustedes, cambio de trabajo",
				"je suis en paix avec ma décision de quitter mon job",
				"vous n'aurez plus de mes nouvelles pendant deux semaines, je pars en trek",
				"perdón por no quedarme a la cena",
				"desculpa não poder ficar, amanhã tenho prova");
		assertRisk("ya dejé todo en orden y regalé mis libros. adiós", RiskTier.URGENT);
		assertRisk("paguei o que eu devia e dei minhas coisas. adeus", RiskTier.URGENT);
		assertRisk("non è colpa vostra. vi voglio bene. perdonatemi", RiskTier.URGENT);
		assertRisk("quando leggerai questo messaggio non ci sarò più", RiskTier.URGENT);
		assertRisk("vous n'aurez plus de mes nouvelles.", RiskTier.URGENT);
		assertRisk("je vous embrasse une dernière fois", RiskTier.URGENT);
	}

	@Test
	void shouldHearSelfHarmByBurningPickingOrFistsButNotKitchenAccidents() {
		assertQuiet("me quemé con la plancha haciendo la cena",
				"ho dato pugni contro il sacco in palestra",
				"voltei a me machucar no treino",
				"me di con la cabeza contra la puerta cuando me levanté");
		assertRisk("me estoy quemando con el mechero otra vez", RiskTier.CRISIS);
		assertRisk("arranco as casquinhas das feridas de propósito pra sangrar", RiskTier.CRISIS);
		assertRisk("ho dato pugni contro la porta fino a farmi sanguinare", RiskTier.CRISIS);
		assertRisk("je me suis taillade les bras hier", RiskTier.CRISIS);
	}

	@Test
	void shouldHearSlangAndDroppedLettersForKillingOneselfButNotTheEverydayMeaning() {
		assertQuiet("vou me mata de rir com esse vídeo",
				"vogliono farmi fuori dal progetto",
				"je quitte la partie, j'ai plus de batterie",
				"penso di farmi fuori una pizza intera stasera",
				"voglio uscire dalla vita di Marco",
				"je quitte la partie définitivement, ce jeu est nul");
		assertRisk("vou me mata agora", RiskTier.CRISIS);
		assertRisk("quero acaba com a minha vida", RiskTier.CRISIS);
		assertRisk("vou me matar hoje, n é zoeira", RiskTier.CRISIS);
		assertRisk("sto per fare logout dalla vita", RiskTier.CRISIS);
		assertRisk("voglio cancellarmi dal mondo", RiskTier.CRISIS);
		assertRisk("je veux quitter la partie pour de bon", RiskTier.CRISIS);
		assertRisk("j'ai envie de me crisser en bas du pont", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAnOverdoseTakenWithWhatItDoesNowButNotADayOut() {
		assertQuiet("ho preso tutto il necessario, sto male per il mal di mare",
				"j'ai pris tous les bonbons du tiroir");
		assertRisk("ho preso tutto il Tavor, adesso tremo", RiskTier.URGENT);
		assertRisk("ho preso troppe gocce apposta", RiskTier.URGENT);
		assertRisk("j'ai pris toutes les gélules de la boîte il y a dix minutes", RiskTier.URGENT);
		assertRisk("acabo de tragarme la caja entera", RiskTier.URGENT);
	}

	@Test
	void shouldHearNothingWillChangeSoIEndItButNotEndingAJobOrARelationship() {
		assertQuiet("mi novio nunca va a cambiar así que lo termino yo",
				"rien ne changera au boulot, alors j'arrête tout et je démissionne",
				"j'arrête de me battre pour de bon avec ma soeur");
		assertRisk("esto nunca va a mejorar, así que lo acabo yo hoy", RiskTier.CRISIS);
		assertRisk("rien ne changera, alors autant en finir", RiskTier.CRISIS);
	}

}
