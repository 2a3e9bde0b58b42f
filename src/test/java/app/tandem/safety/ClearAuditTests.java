package app.tandem.safety;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit of the clears (30 November 2026): a clear silences every rule but the strong ones in its whole
 * sentence, and a comma does not end a sentence, so a past time, a clean count, someone else's words or a trip
 * written beside a present wish, plan or act silenced it. Each present risk here got no crisis message before;
 * the safe message each clear exists for stays quiet.
 */
class ClearAuditTests extends RulesAlone {

	final RiskScreen screen = RiskScreenTests.SCREEN;

	@Test
	void shouldHearAPresentWishBesideAPastTimeButNotTheRecoveryThatTimeTellsOf() {
		assertRisk("my dad died a year ago and i want to kill myself", RiskTier.CRISIS);
		assertRisk("in 2019 i lost my job and i want to kill myself", RiskTier.CRISIS);
		assertRisk("when i was 12 my dad left and i want to die", RiskTier.CRISIS);
		assertRisk("vor einem Jahr ist meine Mutter gestorben, ich will mich umbringen", RiskTier.CRISIS);
		assertRisk("früher war ich glücklich, ich will mich umbringen", RiskTier.CRISIS);
		assertRisk("il y a un an mon père est mort et j'ai envie de me tuer", RiskTier.CRISIS);
		assertRisk("quand j'étais ado on me frappait, j'ai envie de me tuer", RiskTier.CRISIS);
		assertRisk("due anni fa è morto mio padre e voglio morire", RiskTier.CRISIS);
		assertRisk("l'estate scorsa mi ha lasciata e voglio morire", RiskTier.CRISIS);
		assertRisk("год назад умер папа, я хочу умереть", RiskTier.CRISIS);
		assertRisk("раньше я мечтала о будущем, хочу умереть", RiskTier.CRISIS);
		assertRisk("después de mi intento sigo queriendo matarme", RiskTier.CRISIS);
		assertQuiet("a year ago i wanted to kill myself", "when i was 15 i tried to kill myself",
				"vor zwei Jahren wollte ich mich umbringen", "früher wollte ich mich umbringen",
				"il y a deux ans je voulais mourir",
				"due anni fa ho tentato di togliermi la vita, adesso sto molto meglio", "l'estate scorsa volevo morire",
				"год назад я хотела умереть", "раньше я резалась, сегодня 300 дней без селфхарма",
				"hace dos años intenté quitarme la vida");
	}

	@Test
	void shouldHearAnActOrAWishAfterRecoveryToldAsCountedOrGoneButNotTheRecoveryAlone() {
		assertRisk("two years clean from heroin and i want to kill myself", RiskTier.CRISIS);
		assertRisk("i havent cut in months but i want to kill myself", RiskTier.CRISIS);
		assertRisk("the thoughts of self harm are gone, i just want to die", RiskTier.CRISIS);
		assertRisk("my therapist asked if i still think about it and i said no but i took all my pills", RiskTier.URGENT);
		assertRisk("everyone thinks im not suicidal anymore but i took all my pills", RiskTier.URGENT);
		assertRisk("i promised i would never do it but i just took all my pills", RiskTier.URGENT);
		assertQuiet("two years clean and i'm proud of myself", "i havent cut in months",
				"the thoughts of killing myself are gone",
				"my therapist asked if i still think about killing myself and i could say no", "i'm not suicidal anymore");
	}

	@Test
	void shouldHearTheWritersOwnRiskAfterSomeoneElsesWordsButNotTheWordsQuoted() {
		assertRisk("my mum said something that upset me and i want to kill myself", RiskTier.CRISIS);
		assertRisk("my mum told me that she hates me so i took all my pills", RiskTier.URGENT);
		assertRisk("minha mãe disse que sou um peso, vou me matar hoje", RiskTier.CRISIS);
		assertRisk("lui ha detto che voleva lasciarmi, voglio uccidermi", RiskTier.CRISIS);
		assertRisk("ma mère arrête pas de dire que je suis un poids, j'ai envie de me tuer", RiskTier.CRISIS);
		assertQuiet("mon pote arrête pas de dire \"jvais me tuer\" pour rien et ça me saoule",
				"meu amigo vive falando \"vou me matar\" por qualquer coisa e isso me irrita",
				"my roommate told me hes been cutting",
				"one of the novices left a note that worried me, she wrote she wants to die",
				"lei ha detto che voleva morire, ho chiamato il 112");
	}

	@Test
	void shouldNotReadIAmNotJokingAsAJoke() {
		assertRisk("je rigole pas, j'ai envie de me tuer", RiskTier.CRISIS);
		assertRisk("jrigole pas je vais me tuer", RiskTier.CRISIS);
		assertQuiet("j'ai envie de mourir avec ce contrôle demain, je rigole", "si je vois encore ce prof je me tue");
	}

	@Test
	void shouldHearAPlanBesideATripAFilmOrMonthsOfThinkingButNotThoseAlone() {
		assertRisk("je pars quelques jours dans les bois avec tous mes cachets pour en finir", RiskTier.CRISIS);
		assertRisk("pensei em me matar durante meses e decidi que vou fazer isso", RiskTier.CRISIS);
		assertRisk("j'ai pensé au suicide pendant des mois et je vais passer à l'acte", RiskTier.CRISIS);
		assertRisk("vi un documental sobre el suicidio y ya sé cómo voy a hacerlo", RiskTier.CRISIS);
		assertQuiet("je pars deux semaines en vacances, à bientôt", "pensei em me matar durante anos, hoje tenho uma filha",
				"j'ai pensé au suicide pendant des années, aujourd'hui je vais bien",
				"vi un documental sobre el suicidio y me dejó pensando");
	}

	@Test
	void shouldHearAPresentRiskBesideABatteryAGoodbyeForTheDayATripOrACleanCountButNotThoseAlone() {
		assertRisk("phones dying and i just took all my pills", RiskTier.URGENT);
		assertRisk("this is my last message for a few days camping with no signal, i want to kill myself", RiskTier.CRISIS);
		assertRisk("not in a bad way, i just took all my pills", RiskTier.URGENT);
		assertRisk("enough feelings for one day, goodbye, i want to kill myself", RiskTier.CRISIS);
		assertRisk("hab heute alte Rasierklingen weggeworfen, aber ich will mich umbringen", RiskTier.CRISIS);
		assertRisk("clean seit drei Monaten und ich will mich umbringen", RiskTier.CRISIS);
		assertRisk("für heute tschüss, ich will mich umbringen", RiskTier.CRISIS);
		assertRisk("la pensée de mourir est partie, je veux mourir quand même", RiskTier.CRISIS);
		assertRisk("parto due settimane in montagna e voglio farla finita", RiskTier.CRISIS);
		assertRisk("три года как я не режусь, но я хочу умереть", RiskTier.CRISIS);
		assertQuiet("phones dying will text you when im home", "this is my last message for a few days camping with no signal",
				"not in a bad way just peopled out", "enough feelings for one day, goodbye",
				"hab heute alte Rasierklingen weggeworfen", "clean seit drei Monaten", "für heute tschüss",
				"la pensée de mourir est partie", "parto due settimane in montagna", "три года как я не режусь");
	}

	@Test
	void shouldHearTheWritersOwnRiskAfterAFriendsWordsReportedButNotTheWordsAloneNorAChildQuoted() {
		assertRisk("my son said i wish i was dead after his breakup, i want to kill myself", RiskTier.CRISIS);
		assertRisk("a lad in my gaming discord said hes going to kms, i want to kill myself", RiskTier.CRISIS);
		assertRisk("подруга пишет что не хочет жить, я хочу убить себя", RiskTier.CRISIS);
		assertRisk("la mia amica ha detto che vuole uccidersi, ho appena preso tutte le pillole", RiskTier.URGENT);
		assertRisk("mi hermano dice que ya no quiere vivir, me acabo de tomar todas las pastillas", RiskTier.URGENT);
		assertRisk("o meu irmão diz que já não quer viver, acabei de tomar todos os comprimidos", RiskTier.URGENT);
		assertRisk("ma collègue m'a dit qu'elle voulait plus vivre, je viens d'avaler toutes mes pilules", RiskTier.URGENT);
		assertQuiet("my son said i wish i was dead after his breakup", "a lad in my gaming discord said hes going to kms",
				"подруга пишет что не хочет жить", "мальчик пяти лет сказал я хочу умереть чтобы мама не ругалась",
				"la mia amica ha detto che vuole uccidersi, come posso aiutarla", "mi hermano dice que ya no quiere vivir, qué hago",
				"o meu irmão diz que já não quer viver, o que faço",
				"ma collègue m'a dit qu'elle voulait plus vivre, je sais pas comment lui parler",
				"my friend texted i want to kill myself and i called 999");
	}

	@Test
	void shouldHearAMeansReadyBesideARecoveryToldInThePastButNotTheRecoveryAlone() {
		assertRisk("a year ago i was in hospital after an overdose, the rope is ready in the garage", RiskTier.CRISIS);
		assertRisk("hace dos años intenté quitarme la vida, ya tengo la cuerda preparada", RiskTier.CRISIS);
		assertRisk("vor zwei Jahren war ich in der Klinik, das Seil liegt bereit", RiskTier.CRISIS);
		assertRisk("два года назад я пыталась, верёвка уже готова", RiskTier.CRISIS);
		assertRisk("l'anno scorso ero in ospedale, la corda è pronta in garage", RiskTier.CRISIS);
		assertQuiet("a year ago i was in hospital after an overdose", "ho buttato via la corda due anni fa");
	}

	/**
	 * The model, not the rules: a past time told in a sentence of no risk ("my wife left two months ago") made the
	 * whole message need a near-certain reading, so the last week told in the next sentence got no question. Read
	 * here by a model that is sure, but not near-certain, of every message (what a learnt model reads changes with
	 * every part it learns); recovery told as over still needs the near-certain reading.
	 */
	@Test
	void shouldAskWhenThePastTimeIsToldInAnotherSentenceThanTheRiskTheModelReads() {
		RiskScreen sure = new RiskScreen(opinion -> CompletableFuture.completedFuture(RiskModel.constant(0.9)));
		for (String text : List.of("a minha mulher foi embora há dois meses. acho que esta é a minha última semana aqui",
				"жена ушла два месяца назад. думаю, это моя последняя неделя здесь")) {
			assertThat(sure.screen(text)).as(text).map(Risk::tier).contains(RiskTier.CONCERN);
		}
		assertThat(sure.screen("two years ago i tried to kill myself. today i'm doing well")).isEmpty();
	}

	@Test
	void shouldAskAboutALastWeekHereAfterAPastLossWithTheShippedModel() {
		assertThat(screen.screen("a minha mulher foi embora há dois meses. acho que esta é a minha última semana aqui"))
			.map(Risk::tier)
			.contains(RiskTier.CONCERN);
		assertThat(screen.screen("two years ago i tried to kill myself. today i'm doing well")).isEmpty();
		assertThat(screen.screen("my wife left with the kids two months ago")).isEmpty();
	}

	@Test
	void shouldNotReadPillsTakenOrNamedBesideAHyperboleAsHyperbole() {
		assertRisk("si mon mari me frappe encore une fois, je prends tous mes cachets", RiskTier.CRISIS);
		assertRisk("verkatert und hab gerade alle tabletten genommen", RiskTier.URGENT);
		assertRisk("hangover and i just took all my pills", RiskTier.URGENT);
		assertRisk("uccidetemi, ho preso tutte le pillole", RiskTier.URGENT);
		assertQuiet("si j'entends encore cette chanson je me tue",
				"gestern zu viel tequila heute will ich einfach sterben nie wieder alkohol",
				"ammazzatemi arriva mia suocera da natale all'epifania");
	}

	@Test
	void shouldHearARiskGoingOnSinceAPastTimeButNotOneOverSinceThen() {
		assertRisk("seit zwei jahren will ich nicht mehr leben", RiskTier.CRISIS);
		assertRisk("seit einem jahr hab ich suizidgedanken und sie werden schlimmer", RiskTier.CRISIS);
		assertRisk("seit zwei monaten ritze ich mich wieder jeden abend", RiskTier.CRISIS);
		assertRisk("desde o ano passado me corto toda noite", RiskTier.CRISIS);
		assertQuiet("seit zwei jahren keine suizidgedanken mehr", "seit 2 jahren nicht mehr geritzt",
				"vor zwei jahren wollte ich nicht mehr leben, heute geht es mir gut",
				"ano passado eu queria morrer, hoje estou bem");
	}

}
