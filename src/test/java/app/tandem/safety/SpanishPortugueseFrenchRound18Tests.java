package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 18 for Spanish, Portuguese and French, rules alone: the twenty-second development part showed the rules missing
 * slang, misspellings, goodbyes and more-than-my-dose overdoses, and alarming on recovery told as over. Round 18 hears
 * more pills swallowed than prescribed ("más de las que me tocan", "muito mais do que devia", "plus que ma dose"), a
 * blade at hand with the urge too strong, a burn or a cut done on purpose (no longer cleared as a kitchen accident in
 * Portuguese and French), scratching until wounds told as ongoing, a life "to end it" named by a pronoun
 * ("terminarla"), slang for dying ("el patio de los callados", "ir de base", "pro além", "capim pela raiz", "bazar desta
 * vida", "rage quit la vie", "je me déco pour de bon", "mode off définitif ce soir"), signing off a server for good with
 * a grave, words typed glued together ("queromorre"), a rope "not for climbing" ("no es para", "c'est pas pour"), the
 * tallest bridge looked up and the place known ("já sei onde vai ser"), a letter for each one, a letter with everything
 * laid out for tomorrow, "perdón a todos por todo", "no es tu culpa" with a goodbye, a pet left "por mim" / "prends soin
 * de mon chat", "foi bom conhecer vocês", things given away that "I won't need any more", nobody noticing if I vanished,
 * alive or not all the same, "arrêter d'exister", an accident that "would suit me", "ça sert à rien de continuer", and
 * a last day after years of trying. It quiets months without suicidal thoughts told to a therapist (es, pt, fr), a
 * testimony about the time one wanted to vanish, and blades thrown away.
 */
class SpanishPortugueseFrenchRound18Tests extends RulesAlone {

	@Test
	void shouldHearMorePillsThanPrescribedButNotMoreDessertOrCoffee() {
		assertRisk("anoche me tragué el doble de las que me recetaron y ahora todo me da vueltas", RiskTier.URGENT);
		assertRisk("me tomé bastantes más de los que me mandaron, no se lo digas a mi madre", RiskTier.URGENT);
		assertRisk("ontem à noite tomei o dobro do que o médico receitou", RiskTier.URGENT);
		assertRisk("engoli bem mais do que devia e to com sono", RiskTier.URGENT);
		assertRisk("j'ai avalé le double de ma dose ce soir", RiskTier.URGENT);
		assertQuiet("comí muchas más de las que me tocaban, las galletas de la abuela son un peligro",
				"tomei mais café do que devia e agora não durmo", "comi muito mais do que devia no churrasco",
				"j'ai pris plus de dessert que prévu");
	}

	@Test
	void shouldHearABladeAtHandWithTheUrgeTooStrong() {
		assertRisk("tengo la navaja aquí al lado y las ganas son demasiado fuertes", RiskTier.CRISIS);
		assertRisk("estou com a gilete na mão e a vontade está muito forte", RiskTier.CRISIS);
		assertRisk("j'ai le rasoir dans la main et l'envie devient trop forte", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAHurtDoneOnPurposeButNotAKitchenAccident() {
		assertRisk("me quemé la mano con la plancha a propósito", RiskTier.CRISIS);
		assertRisk("me cortei de propósito com o estilete", RiskTier.CRISIS);
		assertRisk("je me suis coupée exprès avec le couteau de cuisine", RiskTier.CRISIS);
		assertQuiet("me quemé el brazo con la plancha sin querer, ya me puse crema",
				"me cortei com o estilete abrindo uma caixa", "je me suis coupée avec le couteau en coupant des oignons");
	}

	@Test
	void shouldHearScratchingUntilWoundsToldAsOngoing() {
		assertRisk("sigo rascándome hasta hacerme heridas y no puedo parar", RiskTier.CRISIS);
	}

	@Test
	void shouldHearALifeToBeEndedNamedByAPronoun() {
		assertRisk("ya no aguanto mi vida, esta noche voy a acabarla", RiskTier.URGENT);
	}

	@Test
	void shouldHearSpanishSlangForTheGraveyardAndTheServerButNotTheGym() {
		assertRisk("me quiero ir al barrio de los acostados", RiskTier.CRISIS);
		assertRisk("me desconecto del servidor para siempre, esta vida ya no es para mí", RiskTier.CRISIS);
		assertQuiet("me doy de baja del gimnasio para siempre, es carísimo");
	}

	@Test
	void shouldHearPortugueseSlangForDying() {
		assertRisk("hoje vou de base de vez", RiskTier.URGENT);
		assertRisk("estou pensando em ir pro além hoje", RiskTier.URGENT);
		assertRisk("quero mesmo bazar desta vida pra sempre", RiskTier.CRISIS);
		assertRisk("vou comer capim pela raiz por conta própria", RiskTier.CRISIS);
		assertRisk("voumematar", RiskTier.CRISIS);
	}

	@Test
	void shouldHearFrenchGamingAndSwitchOffSlangButNotAGameOrADetox() {
		assertRisk("rage quit cette vie", RiskTier.CRISIS);
		assertRisk("ce soir je me déco pour de bon", RiskTier.URGENT);
		assertRisk("mode off définitif cette nuit, adieu", RiskTier.URGENT);
		assertQuiet("rage quit la partie de valorant, mes coéquipiers sont nuls", "mode off pour le week end, pas de réseaux");
	}

	@Test
	void shouldHearARopeThatIsNotForClimbingButNotARopeForClimbing() {
		assertRisk("compré una soga y no es para tender la ropa", RiskTier.CRISIS);
		assertRisk("j'ai trouvé une corde et c'est pas pour le camping", RiskTier.CRISIS);
		assertQuiet("compré una cuerda para escalar el sábado con mis amigos");
	}

	@Test
	void shouldHearTheTallestBuildingLookedUpButNotForSchool() {
		assertRisk("estuve mirando cuál es el edificio más alto del barrio", RiskTier.CRISIS);
		assertQuiet("busqué cuál es el edificio más alto del mundo para el trabajo de clase");
	}

	@Test
	void shouldHearThePlaceKnownButNotThePartyVenue() {
		assertRisk("fui até a ponte de novo, já sei onde vai ser", RiskTier.CRISIS);
		assertQuiet("já sei onde vai ser a festa");
	}

	@Test
	void shouldHearLettersForEachOneButNotChristmasCards() {
		assertRisk("escribí cartas para cada una de mis hermanas", RiskTier.CRISIS);
		assertRisk("escrevi as cartas e está tudo pronto para sábado", RiskTier.URGENT);
		assertQuiet("escribí tarjetas de navidad para cada uno de mis compañeros");
	}

	@Test
	void shouldHearAnApologyToEverybodyAndNotYourFault() {
		assertRisk("perdonad a todos por todo", RiskTier.CONCERN);
		assertRisk("te quiero mucho, que sepas que no fue tu culpa", RiskTier.URGENT);
	}

	@Test
	void shouldHearAPetLeftForMeButNotPetSittingForTheHolidays() {
		assertRisk("cuida bem da Mel por mim", RiskTier.CONCERN);
		assertRisk("merci pour tout. prends soin de ma chienne pour moi", RiskTier.CONCERN);
		assertQuiet("cuida do meu gato por mim enquanto estou de férias", "prends soin de mon chat pendant les vacances stp");
	}

	@Test
	void shouldHearItWasGoodToKnowYouButNotAtTheEndOfACourse() {
		assertRisk("foi um prazer conhecer vocês", RiskTier.CONCERN);
		assertQuiet("foi um prazer conhecer vocês no curso, até a próxima");
	}

	@Test
	void shouldHearThingsGivenAwayThatWontBeNeededButNotACharityBag() {
		assertRisk("dei os meus livros e as minhas plantas pra minha vizinha, não vou precisar mais", RiskTier.URGENT);
		assertQuiet("dei as minhas roupas velhas pro bazar da igreja");
	}

	@Test
	void shouldHearPassiveWishesInPortuguese() {
		assertRisk("se eu desaparecesse ninguém ia perceber", RiskTier.CONCERN);
		assertRisk("tanto faz se eu continuo viva", RiskTier.CONCERN);
		assertQuiet("tanto faz se eu vou de ônibus ou de metrô");
	}

	@Test
	void shouldHearPassiveWishesInFrench() {
		assertRisk("je voudrais arrêter de vivre", RiskTier.CONCERN);
		assertRisk("si une voiture me renversait ça m'arrangerait", RiskTier.CONCERN);
		assertRisk("ça sert à rien de continuer", RiskTier.CONCERN);
		assertRisk("tout le monde serait mieu sans moi", RiskTier.CONCERN);
		assertQuiet("ça sert à rien de continuer à chercher, le magasin est fermé",
				"si le bus me renversait pas ce matin c'était un miracle");
	}

	@Test
	void shouldHearTheLastDayAfterYearsOfTrying() {
		assertRisk("je suis encore au même point après toutes ces années. ce soir c'est la dernière nuit", RiskTier.CRISIS);
		assertRisk("años de terapia y nada. me rindo, mañana es el último día", RiskTier.CRISIS);
	}

	@Test
	void shouldQuietMonthsWithoutSuicidalThoughtsToldAsOver() {
		assertQuiet("hace meses que no tengo pensamientos de suicidio y estoy orgullosa",
				"faz anos que não tenho pensamentos suicidas, hoje ajudo outras pessoas",
				"ça fait des mois que je n'ai plus d'idées suicidaires, je vais mieux");
		assertRisk("hace meses que no tenía ideas de suicidio pero anoche volvieron", RiskTier.CRISIS);
	}

	@Test
	void shouldQuietATestimonyAboutTheTimeIWantedToVanish() {
		assertQuiet("falei na terapia sobre a época em que eu me cortava, foi libertador");
		assertRisk("falei sobre a época em que eu queria sumir e hoje quero de novo", RiskTier.CONCERN);
	}

	@Test
	void shouldQuietBladesThrownAway() {
		assertQuiet("j'ai jeté les lames que je cachais dans ma chambre", "j'ai jeté les vieilles lames de rasoir, elles coupaient plus");
	}

}
