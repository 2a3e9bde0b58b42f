package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 20 for Spanish, Portuguese and French, rules alone: the twenty-fourth development part showed the rules
 * missing a wish to be run over or struck down ("si me pilla un coche no sería para tanto", "une crise cardiaque ce
 * serait pas plus mal", "si l'avion s'écrase ça m'arrangerait"), asking God to take one, an overdose taken on purpose
 * ("tomé más de la cuenta a propósito"), goodbye letters written and put away or one for each child, a pet promised
 * "if something happens to me", a message left for the children just in case, things given to a relative without a
 * word of why, saying goodbye to everyone unnoticed, "don't be sad if I don't answer tomorrow", the children better off
 * with another parent, everyone fine if I vanished, only the bills noticing, "esta noche termino con todo", "lo mejor
 * es desaparecer de verdad", "de aquí de la vida", the treatment hidden instead of taken, forums on how to do it, a
 * goodbye in the past tense ("c'était sympa de vous connaître"), the doctors giving up and me too, "no turning back
 * this time" and a misspelt urge to cut again; and alarming on an anniversary of not cutting told today ("hoy hace un
 * año que no me corto", "un an aujourd'hui sans me scarifier"). Round 20 hears those and stays quiet on these, on
 * Christmas letters, a hangover, paperwork finished tonight, a break from social media, a better teacher, a flight
 * delay, a decision to change jobs, courage to propose, a cover letter with the bank papers and a car sold to a
 * mechanic.
 */
class SpanishPortugueseFrenchRound20Tests extends RulesAlone {

	@Test
	void shouldStayQuietOnAnAnniversaryOfNotCuttingToldToday() {
		assertQuiet("hoy se cumplen seis meses sin cortarme, estoy orgullosa",
				"ayer hizo dos años que no me hago daño y lo celebré con mi hermana",
				"hoje faz dois anos que não me corto, comprei um bolo", "hoje completei seis meses sem me machucar",
				"six mois aujourd'hui sans me couper, je suis fière",
				"aujourd'hui ça fait deux ans que je ne me scarifie plus");
	}

	@Test
	void shouldStayQuietOnAnAnniversaryOfSomethingElse() {
		assertQuiet("hoy hace un año que me mudé a madrid", "hoy hace un año que no fumo y lo celebro");
	}

	@Test
	void shouldHearAWishToBeRunOverButNotATrafficJam() {
		assertRisk("si me atropella un camión de vuelta a casa no pasaría nada, total", RiskTier.CONCERN);
		assertQuiet("si me pilla un atasco llego tarde, no pasa nada");
	}

	@Test
	void shouldHearASuddenDeathThatWouldSuitInFrench() {
		assertRisk("un accident de voiture ça m'arrangerait franchement", RiskTier.CONCERN);
		assertRisk("si je ne me réveillais pas demain, ce serait pas plus mal", RiskTier.CONCERN);
		assertQuiet("un accident de voiture ce serait une catastrophe");
	}

	@Test
	void shouldHearAskingGodToTakeOneButNotForHealth() {
		assertRisk("le pido a dios cada día que me lleve con él", RiskTier.CONCERN);
		assertRisk("todas las noches rezo al señor para que no me despierte", RiskTier.CONCERN);
		assertQuiet("le pido a dios que me dé salud y trabajo");
	}

	@Test
	void shouldHearAnOverdoseTakenOnPurposeButNotAHangover() {
		assertRisk("a propósito me tomé más de la cuenta anoche", RiskTier.URGENT);
		assertQuiet("tomé más de la cuenta en la cena de empresa, qué resaca");
	}

	@Test
	void shouldHearGoodbyeLettersButNotChristmasOrWeddingLetters() {
		assertRisk("deixei uma carta para cada neto na gaveta", RiskTier.CRISIS);
		assertQuiet("las cartas para los reyes magos ya están escritas",
				"escribí una carta para cada invitado de la boda");
	}

	@Test
	void shouldHearAPetPromisedIfSomethingHappensButNotATrip() {
		assertRisk("si me llega a pasar algo, quédate con mi gato porfa", RiskTier.CONCERN);
		assertQuiet("si me pasa algo en el viaje, llama a mi hermana", "se acontecer alguma coisa com o voo eu te aviso");
	}

	@Test
	void shouldHearAMessageLeftForTheChildrenJustInCase() {
		assertRisk("grabé un mensaje para mis hijos por si me pasa algo", RiskTier.CONCERN);
		assertQuiet("dejé un audio a mi madre por si acaso no llego a tiempo a la cena");
	}

	@Test
	void shouldHearThingsGivenToARelativeWithoutExplanation() {
		assertRisk("le di el dinero a mi madre sin explicar nada", RiskTier.CONCERN);
		assertRisk("j'ai donné mes affaires à ma sœur sans rien expliquer", RiskTier.CONCERN);
		assertQuiet("vendi minha bicicleta e dei o dinheiro pra minha irmã",
				"j'ai vendu ma voiture sans rien expliquer à mon garagiste");
	}

	@Test
	void shouldHearSayingGoodbyeUnnoticedAndDontBeSad() {
		assertRisk("me despedi de todos hoje sem ninguém perceber", RiskTier.CONCERN);
		assertRisk("se eu não aparecer amanhã não precisam ficar tristes", RiskTier.CONCERN);
		assertQuiet("se eu não responder amanhã é porque estou no voo");
	}

	@Test
	void shouldHearTheChildrenBetterOffWithAnotherParentButNotAnotherTeacher() {
		assertRisk("mi hija estaría mejor con otra madre", RiskTier.CONCERN);
		assertRisk("mes enfants seraient plus heureux avec une autre mère", RiskTier.CONCERN);
		assertQuiet("mi hijo estaría mejor con otro profe de mates", "mes enfants seraient plus heureux avec un chien");
	}

	@Test
	void shouldHearEveryoneFineIfIVanishedAndOnlyTheBillsNoticing() {
		assertRisk("minha família ia ficar bem melhor se eu desaparecesse", RiskTier.CONCERN);
		assertRisk("se eu me matasse amanhã só iam perceber semana que vem", RiskTier.CONCERN);
		assertQuiet("todo mundo ia ficar de boa se eu levasse a pizza");
	}

	@Test
	void shouldHearEndingItAllTonightButNotThePaperwork() {
		assertRisk("hoy acabo con todo, ya no aguanto", RiskTier.CRISIS);
		assertQuiet("esta noche termino con todo el papeleo de la mudanza", "hoy acabo con todo lo pendiente del trabajo");
	}

	@Test
	void shouldHearTheBestThingIsToDisappearButNotFromSocialMedia() {
		assertRisk("lo mejor sería que yo desapareciera para siempre", RiskTier.CONCERN);
		assertQuiet("lo mejor es desaparecer un rato de redes");
	}

	@Test
	void shouldHearTheTreatmentHiddenInsteadOfTakenButNotChocolate() {
		assertRisk("je cache mes cachets au lieu de les avaler depuis un mois", RiskTier.CRISIS);
		assertQuiet("je cache les chocolats au lieu de les manger");
	}

	@Test
	void shouldHearForumsOnHowToDoItButNotBread() {
		assertRisk("je regarde des vidéos sur comment le faire", RiskTier.CRISIS);
		assertQuiet("je lis des forums sur comment faire du pain au levain");
	}

	@Test
	void shouldHearAGoodbyeInThePastTenseButNotAfterAMeeting() {
		assertRisk("c'était un plaisir de vous avoir connus, adieu", RiskTier.CONCERN);
		assertQuiet("c'était sympa de vous connaître, à bientôt pour la prochaine réunion");
	}

	@Test
	void shouldHearNoTurningBackAfterHopelessnessButNotAJobChange() {
		assertRisk("cansei de esperar melhorar. vou fazer isso", RiskTier.CRISIS);
		assertQuiet("já decidi, vou mudar de emprego e não volto atrás", "vou fazer isso amanhã sem falta",
				"comprei as alianças, agora só falta coragem pra pedir ela em casamento");
	}

	@Test
	void shouldHearAMisspeltUrgeToCutAgain() {
		assertRisk("vontade de me corta outra vez", RiskTier.CRISIS);
	}

	@Test
	void shouldStayQuietOnGriefAndACoverLetter() {
		assertQuiet("hoy hace un año que murió mi abuela y la echo de menos", "hoje faz um ano que meu pai morreu",
				"j'ai mis les papiers de la banque et une lettre de motivation dans le dossier");
	}

}
