package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 17, Spanish, Portuguese and French rules alone, tuned on the twenty-first development part. Recovery told as
 * over stays quiet: old diaries, posts or tweets reread, a safety plan's list of warning signs, "I used to think",
 * "back then I…", the anniversary of an overdose, an old goodbye letter found, a scale question from a therapist, a
 * self-harm stopped since a year, "I too wanted to die at your age" told to young people. Hyperbole stays quiet: a
 * match or a ranked game lost, embarrassment, "es broma", a broken appliance, a song that "killed me", an exam that
 * already killed me; and everyday cuts (a haircut, peeling potatoes, picking up shards). Newly heard: self-harm slang
 * (little lines on the thigh, "de propósito"), life as a game or a server left (rage quit, logout, game over, "me
 * auto-deletar"), the hereafter as a place to go (los de arriba, morar com Deus, estrelinha, pissenlits), "darse piso",
 * "catch the bus" with "you know what I mean", passwords or a pet arranged "if I vanish", gifts "where I'm going" or
 * "so they serve someone after", thanks to all in the past tense, a place scouted for when nobody passes, place and
 * date chosen, a named medicine hoarded or kept back, pills "not for sleeping", prescriptions asked early from several
 * doctors, everyone lighter without me, an accident wished for, and a present risk beside a safety plan.
 */
class SpanishPortugueseFrenchRound17Tests extends RulesAlone {

	// --- recovery told as over ---

	@Test
	void shouldHearAWishToDieTodayButNotOneQuotedFromOldTweetsReread() {
		assertQuiet("encontré mis tweets viejos de 2016 y en todos ponía que quería morirme",
				"reli as minhas notas antigas do celular, só falava em querer morrer",
				"j'ai relu mes vieux messages de 2018, je voulais disparaître dans chacun");
		assertRisk("quiero morirme otra vez, como en 2016", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAPresentWishBesideASafetyPlanButNotThePlansListOfWarningSigns() {
		assertQuiet("mis señales de alerta son dejar de comer, aislarme y volver a pensar en desaparecer",
				"mes signaux d'alerte: je m'isole, je dors plus, je donne mes affaires");
		assertRisk("tengo mi plan de seguridad pero esta noche quiero quitarme la vida", RiskTier.CRISIS);
	}

	@Test
	void shouldHearACutYesterdayButNotCutsStoppedSinceAYear() {
		assertQuiet("tengo cicatrices viejas pero no me corto desde 2018");
		assertRisk("anoche me corté otra vez los brazos", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAWishToVanishNowButNotOneThatUsedToBe() {
		assertQuiet("eu costumava achar que todos iam ficar melhor se eu sumisse");
		assertRisk("todo mundo ia ficar mais leve sem mim", RiskTier.CONCERN);
	}

	@Test
	void shouldHearAnOverdoseTakenButNotTheAnniversaryOfOne() {
		assertQuiet("passei o aniversário da tentativa com a minha irmã, a comer bolo");
		assertRisk("tomei a cartela inteira de rivotril agora", RiskTier.URGENT);
	}

	@Test
	void shouldHearAGoodbyeLetterWrittenNowButNotAnOldOneTornUp() {
		assertQuiet("achei uma carta de despedida velha na gaveta e rasguei sem pena");
		assertRisk("escrevi a minha carta de despedida para a família", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAWishToDieButNotATherapistsScaleQuestion() {
		assertQuiet("a psicóloga perguntou de 0 a 10 quanto eu penso em suicídio esta semana");
		assertRisk("penso em suicídio todos os dias", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAWishToDieTonightButNotOneRememberedToHelpTeenagers() {
		assertQuiet("je dis souvent à mes élèves que moi aussi j'ai voulu mourir à leur âge");
		assertRisk("ce soir je veux mourir", RiskTier.CRISIS);
	}

	// --- hyperbole ---

	@Test
	void shouldHearAWishToDieButNotAfterAMatchLost() {
		assertQuiet("el Betis ha perdido 3-0 contra el Sevilla, me quiero morir",
				"o Flamengo perdeu outra vez em casa, quero morrer",
				"l'OM a perdu 4-0 contre Lyon, je veux mourir");
		assertRisk("me quiero morir, no aguanto más", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAShotPlannedButNotARankedGameLost() {
		assertQuiet("perdí la partida en el último segundo, me quiero pegar un tiro",
				"perdu la ranked au dernier round, je vais me pendre");
		assertRisk("me voy a pegar un tiro esta noche", RiskTier.URGENT);
	}

	@Test
	void shouldHearAWishToVanishButNotEmbarrassment() {
		assertQuiet("qué vergüenza lo de la reunión, quiero desaparecer del mapa");
		assertRisk("quiero desaparecer, ya no puedo más con mi vida", RiskTier.CONCERN);
	}

	@Test
	void shouldHearSelfHarmStillGoingOnButNotAnEmbarrassedJoke() {
		assertRisk("tengo 30 años y sigo cortándome a escondidas, qué vergüenza", RiskTier.CRISIS);
	}

	@Test
	void shouldHearCuttingVeinsButNotWhenSaidAsAJoke() {
		assertQuiet("si me ponen otro examen el lunes me corto las venas, es broma");
		assertRisk("me voy a cortar las venas, no es broma", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAJumpPlannedButNotABrokenFridge() {
		assertQuiet("se me ha roto la nevera otra vez, me tiro por la ventana");
		assertRisk("me voy a tirar por la ventana del quinto piso", RiskTier.CRISIS);
	}

	@Test
	void shouldHearMeMatoAsIntentButNotASongThatKilledMe() {
		assertQuiet("ese temazo de Bad Bunny me mató, lo llevo escuchando todo el día");
		assertRisk("me mato esta noche", RiskTier.URGENT);
	}

	@Test
	void shouldHearSelfHarmButNotAHaircut() {
		assertQuiet("el barbero me cortó demasiado el pelo de los lados");
		assertRisk("me corté los brazos con una cuchilla", RiskTier.CRISIS);
	}

	@Test
	void shouldHearACutOnPurposeButNotOneWhilePeelingVegetables() {
		assertQuiet("je me suis coupée en épluchant les carottes, un pansement et voilà",
				"me cortei descascando batata, nada grave");
		assertRisk("me machuquei de propósito ontem", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAWishToDieButNotAnExamThatAlreadyKilledMe() {
		assertQuiet("prova de física amanhã, já morri, me enterrem com a tabela periódica");
		assertRisk("quero morrer de verdade", RiskTier.CRISIS);
	}

	// --- slang ---

	@Test
	void shouldHearLittleLinesOnTheThighButNotLinesOnPaper() {
		assertRisk("anoche me hice rayitas en el brazo otra vez", RiskTier.CRISIS);
		assertRisk("fiz uns risquinhos no pulso hoje", RiskTier.CRISIS);
		assertQuiet("hice rayitas en el cuaderno para contar los días de vacaciones");
	}

	@Test
	void shouldHearLeavingTheServerOfLifeButNotLoggingOutOfABankAccount() {
		assertRisk("voy a hacer logout de la vida, ya está", RiskTier.CRISIS);
		assertRisk("vou dar game over na vida hoje", RiskTier.CRISIS);
		assertRisk("je vais me déconnecter de la vie pour de bon", RiskTier.CRISIS);
		assertQuiet("he hecho logout de la cuenta del banco en el portátil del curro");
	}

	@Test
	void shouldHearAutoDeletingButNotDeletingAnApp() {
		assertRisk("acho que vou me autodeletar", RiskTier.CRISIS);
		assertQuiet("vou deletar o app do banco, não uso mais");
	}

	@Test
	void shouldHearGoingToTheHereafterButNotVisitingACity() {
		assertRisk("me quiero ir con los de arriba ya", RiskTier.CRISIS);
		assertRisk("tô pronto pra ir morar com Deus", RiskTier.CRISIS);
		assertRisk("j'ai envie de manger les pissenlits par la racine", RiskTier.CRISIS);
		assertQuiet("quiero ir a visitar San Pedro de Atacama en verano");
	}

	@Test
	void shouldHearDarmePisoButNotAFloorGiven() {
		assertRisk("parce, me voy a dar piso hoy", RiskTier.CRISIS);
		assertQuiet("mi tío me dio piso en su casa mientras busco trabajo");
	}

	@Test
	void shouldHearCatchingTheBusAsSlangButNotTheBusToWork() {
		assertRisk("quiero coger el bus, ya me entiendes", RiskTier.CRISIS);
		assertQuiet("quiero coger el bus de las 8 para llegar al curro");
	}

	// --- goodbyes and plans ---

	@Test
	void shouldHearPasswordsLeftIfIVanishButNotBeforeAFlight() {
		assertRisk("si desaparezco, las claves del banco están en la agenda roja", RiskTier.URGENT);
		assertRisk("s'il m'arrive quelque chose, mes mots de passe sont dans le tiroir", RiskTier.URGENT);
		assertQuiet("se algo me acontecer na viagem, a senha do cofre está com a minha mãe");
	}

	@Test
	void shouldHearGiftsForWhereImGoingButNotClothesGivenToCharity() {
		assertRisk("dei a minha guitarra ao meu irmão, onde eu vou não preciso", RiskTier.URGENT);
		assertRisk("j'ai donné ma console à mon cousin, autant que ça serve à quelqu'un après", RiskTier.URGENT);
		assertQuiet("dei as minhas roupas velhas para a campanha do agasalho");
	}

	@Test
	void shouldHearThanksToAllInThePastButNotAColleaguesFarewell() {
		assertRisk("gracias a todos por todo, habéis sido lo mejor de mi vida", RiskTier.URGENT);
		assertQuiet("gracias a todos por todo, habéis sido el mejor equipo de trabajo");
	}

	@Test
	void shouldHearAPlaceScoutedForWhenNobodyPassesButNotAQuietSpotForPhotos() {
		assertRisk("ya sé a qué hora no pasa nadie por el viaducto", RiskTier.CRISIS);
		assertQuiet("fui al puente a la hora que no pasa nadie para hacer fotos del amanecer");
	}

	@Test
	void shouldHearPlaceAndDateChosenButNotForAWedding() {
		assertRisk("ya he decidido el lugar y la fecha, esta vez no fallo", RiskTier.CRISIS);
		assertQuiet("hemos elegido el lugar y la fecha de la boda");
	}

	@Test
	void shouldHearANamedMedicineHoardedButNotOneKeptForATrip() {
		assertRisk("llevo un mes guardando el clonazepam sin que nadie lo sepa", RiskTier.CRISIS);
		assertQuiet("estoy guardando la sertralina en la maleta para el viaje");
	}

	@Test
	void shouldHearPillsNotForSleepingButNotPillsForSleep() {
		assertRisk("j'ai une boîte de cachets dans le tiroir et c'est pas pour dormir", RiskTier.CRISIS);
		assertQuiet("le médecin m'a donné des cachets pour dormir");
	}

	@Test
	void shouldHearAnAccidentWishedForButNotAnAccidentReported() {
		assertRisk("um acidente não seria tão mal agora", RiskTier.CONCERN);
		assertRisk("un accident ce serait pas si grave", RiskTier.CONCERN);
		assertQuiet("il y a eu un accident sur l'autoroute ce matin");
	}

}
