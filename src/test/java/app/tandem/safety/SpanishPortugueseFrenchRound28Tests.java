package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 28 for Spanish, Portuguese and French, rules alone: the thirty-second development part showed the rules
 * missing a wish to leave "this plane", "if I don't write tomorrow you know why", a treasured thing given to a relative
 * with the pet rehomed next door, a misspelt "no quiero seguir viviendo", a relapse "con el sh", a plan thought through
 * with only the day left to choose; in Portuguese a wish that the bus would hit one on the way to work, the pills kept
 * back and now swallowed, "if I don't show up tomorrow, don't be sad"; in French, that one's vanishing would suit
 * everyone, a hoped-for accident on the road, "don't know why I'm writing to you" beside pills taken, hurting oneself
 * again after a clean year, everything left clean "before", deciding to stop fighting, leaving "pour de bon" in
 * Quebec slang and a day set for when the children are away. It also raised a false alarm, which it now keeps quiet: a
 * gamer who died many times at a level but does not give up ("j'abandonne pas").
 * Round 28 keeps quiet, too, a plan of the city, an exam tomorrow, living in an expensive city, a cat minded during a
 * trip, a bus caught on time, pills taken as prescribed, a hospital visit, a sore back, a tidy flat before guests,
 * quarrels with a brother, a move to another region, a wedding date and an evening out while the children are away.
 */
class SpanishPortugueseFrenchRound28Tests extends RulesAlone {

	@Test
	void shouldHearLeavingThisPlaneButNotAPlanOfTheCity() {
		assertRisk("a veces quiero irme de este plano, ya no puedo con todo", RiskTier.CRISIS);
		assertQuiet("tenemos que salir de este plano de la ciudad para llegar al museo");
	}

	@Test
	void shouldHearIfIDontWriteTomorrowYouKnowWhyButNotAnExam() {
		assertRisk("si esta noche no contesto ya saben por que", RiskTier.CONCERN);
		assertRisk("se amanhã eu não der notícias, já sabem porquê", RiskTier.CONCERN);
		assertRisk("si demain je réponds pas, vous savez pourquoi", RiskTier.CONCERN);
		assertQuiet("si mañana no contesto es que estoy en el examen, no se preocupen",
				"se amanhã eu não responder é porque estou no hospital com a minha mãe",
				"si demain je réponds pas, c'est que je suis au chalet sans réseau");
	}

	@Test
	void shouldHearAMisspeltNotWantingToGoOnLivingButNotAnExpensiveCity() {
		assertRisk("no quiero sigir bibiendo asi", RiskTier.CONCERN);
		assertQuiet("no quiero seguir viviendo en esta ciudad tan cara");
	}

	@Test
	void shouldHearThingsGivenAndThePetRehomedButNotDuringATrip() {
		assertRisk("le regalé mis libros a mi hermana y el gato a la vecina", RiskTier.CONCERN);
		assertRisk("dei o meu computador à minha irmã e a cadela fica com o vizinho", RiskTier.CONCERN);
		assertQuiet("le dejé mis llaves a mi hermana y el gato con la vecina mientras estoy de viaje",
				"dei a minha bicicleta ao meu primo e o gato fica com a vizinha enquanto estou de férias");
	}

	@Test
	void shouldHearAWishForTheBusToHitMeButNotOneToBeOnTime() {
		assertRisk("a veces deseo que el autobús me pille cuando cruzo", RiskTier.CONCERN);
		assertRisk("às vezes queria que o comboio me apanhasse a caminho da escola", RiskTier.CONCERN);
		assertRisk("j'aimerais me faire renverser par un bus en allant au boulot", RiskTier.CONCERN);
		assertQuiet("espero que el autobús me pille a tiempo en la parada", "espero que o autocarro me apanhe a horas",
				"queria que a carrinha me apanhasse em casa às oito");
	}

	@Test
	void shouldHearKeptBackPillsSwallowedButNotOnesTakenAsPrescribed() {
		assertRisk("tomei os comprimidos que andava a guardar", RiskTier.URGENT);
		assertRisk("je sais pas pourquoi je te dis ça mais j'ai avalé toutes les plaquettes", RiskTier.URGENT);
		assertQuiet("tomei os comprimidos que tinha na gaveta, como o médico mandou",
				"j'ai pris mes cachets ce matin comme d'habitude");
	}

	@Test
	void shouldHearThatMyVanishingWouldSuitEveryoneButNotLeavingEarly() {
		assertRisk("si je mourais demain, ça arrangerait pas mal de gens", RiskTier.CONCERN);
		assertQuiet("si je partais plus tôt ça arrangerait tout le monde");
	}

	@Test
	void shouldHearAHopedForAccidentButNotAWorryAboutOne() {
		assertRisk("parfois j'espère un accident sur l'autoroute, juste que ça s'arrête", RiskTier.CONCERN);
		assertQuiet("j'espère qu'il n'y a pas eu d'accident sur l'autoroute", "j'espère pas un accident avec cette neige");
	}

	@Test
	void shouldHearHurtingMyselfAgainButNotASoreBack() {
		assertRisk("je me suis refait du mal hier soir après huit mois clean", RiskTier.CRISIS);
		assertRisk("je me suis fait du mal encore ce soir", RiskTier.CRISIS);
		assertQuiet("je me suis refait du mal au dos en portant les cartons");
	}

	@Test
	void shouldHearEverythingInOrderBeforeButNotBeforeGuests() {
		assertRisk("je voulais que tout soit en ordre avant", RiskTier.CONCERN);
		assertQuiet("je voulais que tout soit propre avant l'arrivée de mes parents");
	}

	@Test
	void shouldHearDecidingToStopFightingButNotWithABrother() {
		assertRisk("j'ai décidé d'arrêter de lutter pour de bon", RiskTier.CONCERN);
		assertQuiet("j'ai décidé d'arrêter de me battre avec mon frère pour des bêtises");
	}

	@Test
	void shouldHearLeavingForGoodButNotForAnotherRegion() {
		assertRisk("j'ai envie de sacrer mon camp pour de bon", RiskTier.CONCERN);
		assertQuiet("j'ai envie de sacrer mon camp pour de bon en Gaspésie");
	}

	@Test
	void shouldHearADaySetWhileTheOthersAreAwayButNotAnEveningOut() {
		assertRisk("ce sera dimanche, quand mon mari sera au travail", RiskTier.CONCERN);
		assertRisk("lo tengo todo pensado, ya solo me falta elegir la fecha", RiskTier.CONCERN);
		assertQuiet("c'est décidé pour samedi, quand les enfants seront chez leur père on ira au resto",
				"lo de la boda lo tengo todo pensado, solo me falta elegir la fecha");
	}

	@Test
	void shouldHearGivingUpButNotAGamerWhoKeepsTrying() {
		assertRisk("j'abandonne, plus d'espoir pour moi", RiskTier.CONCERN);
		assertQuiet("je suis mort trois fois au boss final, j'abandonne pas", "j'abandonne jamais une partie en cours");
	}
}
