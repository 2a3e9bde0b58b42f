package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 27 for Spanish, Portuguese and French, rules alone: the thirty-first development part, its safe half weighted
 * to medication talk, everyday notes and grief, showed the rules missing nobody noticing one's death until Monday,
 * falling asleep and no longer being, letters written and a day chosen, having looked up how to do "it" and now having
 * what is needed, far more pills than the dose taken on purpose (also in Mexican slang, with tequila), "take care of
 * those who stay, goodbye", a date put after a mother's birthday so as not to spoil it, sorry for having been a burden
 * and a goodbye "for real this time", no more mending with knowing what to do, the Brazilian slang of committing a
 * "swipe up", "não estou a brincar" read as a joke, if I disappeared who would notice, the date, the letter and who
 * takes the cat, a mother's pills kept "for tonight", a pack of sedatives emptied, leaving tonight not to come back,
 * and all being lost with the decision taken for the weekend. It also raised false alarms, which it now keeps quiet:
 * "adiós a todos" and "adeus a todos" at a farewell party when leaving a job, finishing the ironing "de una vez", pills
 * counted for a holiday, wanting to disappear after a haircut with a laugh, not standing the moving boxes any more, a
 * thesis jury or a supervisor who will "kill me", a traffic jam one "can't take any more" and a work site that is over
 * in two weeks. Round 27 keeps quiet, too, each family around them: a retirement party or a leaving drink in every
 * language, chores and paperwork finished once and for all, a double dose taken by mistake and checked with a
 * pharmacist, out-of-date pills brought back to the pharmacy, pills counted for a trip, "I want to die / disappear"
 * with a laugh, a supervisor's threat, letters to the Three Kings, flat-pack furniture, a trip until Sunday, being a
 * burden while ill, a swipe-up in a story, a move put after Christmas, and a mother's pills carried because she forgets
 * them.
 */
class SpanishPortugueseFrenchRound27Tests extends RulesAlone {

	@Test
	void shouldHearNobodyNoticingOnesDeathButNotDyingOfBoredom() {
		assertRisk("si me muriera esta noche nadie se daría cuenta hasta el martes", RiskTier.CONCERN);
		assertRisk("si je mourais ce soir, qui s'en rendrait compte ?", RiskTier.CONCERN);
		assertQuiet("si me muero de aburrimiento en esta reunión nadie se entera",
				"si je mourais de faim ce soir, qui s'en rendrait compte, le frigo est vide");
	}

	@Test
	void shouldHearAGoodbyeToAllButNotAtALeavingParty() {
		assertRisk("adiós a todos.", RiskTier.URGENT);
		assertRisk("adeus a todos", RiskTier.URGENT);
		assertRisk("adieu à tous", RiskTier.URGENT);
		assertQuiet("Hoy me jubilé después de treinta años en la fábrica. Brindis, tarta y adiós a todos, qué pena me da.",
				"Última semana no escritório. Bolo, abraços e adeus a todos, que saudade.",
				"Pot de départ ce soir après quinze ans dans la boîte. Adieu à tous, ça me fait tout drôle.");
	}

	@Test
	void shouldHearEndingItAllButNotEndingAChoreOnceAndForAll() {
		assertRisk("quiero acabar ya con todo", RiskTier.CRISIS);
		assertRisk("quero acabar com tudo de vez", RiskTier.CRISIS);
		assertQuiet("quiero acabar de una vez con la montaña de platos",
				"quiero terminar ya con el papeleo de Hacienda",
				"quero acabar de vez com essa papelada do IRS");
	}

	@Test
	void shouldHearTooManyTakenOnPurposeButNotADoubleDoseByMistake() {
		assertRisk("me tomé demasiadas a propósito, ya no sé cuántas", RiskTier.URGENT);
		assertRisk("j'en ai avalé bien trop exprès", RiskTier.URGENT);
		assertQuiet("me tomé la dosis dos veces sin querer y la farmacéutica me dijo que no pasa nada",
				"j'ai pris deux fois ma dose par erreur, le pharmacien m'a rassurée");
	}

	@Test
	void shouldHearAPackOfSleepingPillsEmptiedButNotOneBroughtBackToThePharmacy() {
		assertRisk("j'ai vidé toute la boîte de somnifères il y a dix minutes", RiskTier.URGENT);
		assertQuiet("j'ai vidé ma boîte de somnifères périmés à la pharmacie",
				"J'ai rapporté toutes les boîtes de médicaments périmés à la pharmacie.");
	}

	@Test
	void shouldHearPillsCountedAsTheyWereGatheredButNotCountedForAHoliday() {
		assertRisk("contei os comprimidos que fui juntando", RiskTier.CRISIS);
		assertQuiet("Contei os comprimidos pra viagem a Fortaleza, dá para os dez dias.",
				"Conté las pastillas para las vacaciones, me llegan justas para los quince días.",
				"J'ai compté mes cachets pour les vacances, ça fait pile pour les quinze jours.");
	}

	@Test
	void shouldHearWantingToDisappearButNotAfterAHaircutWithALaugh() {
		assertRisk("quero sumir pra sempre", RiskTier.CONCERN);
		assertRisk("quero sumir do mapa", RiskTier.CONCERN);
		assertRisk("j'ai envie de disparaître", RiskTier.CONCERN);
		assertRisk("je veux mourir", RiskTier.CRISIS);
		assertQuiet("cortei o cabelo curtinho e agora quero sumir kkkk",
				"j'ai raté ma coupe, j'ai envie de disparaître mdr", "soutenance demain, je veux mourir mdr");
	}

	@Test
	void shouldHearKillingOneselfIfOneFailsButNotAJuryThatWillKillMe() {
		assertRisk("se eu reprovar de novo, eu me mato", RiskTier.CRISIS);
		assertRisk("si je rate mon concours, je me tue", RiskTier.CRISIS);
		assertQuiet("se a banca me matar amanhã, pelo menos morro mestre",
				"si ma prof me tue demain, au moins je meurs diplômée");
	}

	@Test
	void shouldHearNotStandingItAnyMoreButNotMovingBoxesOrTraffic() {
		assertRisk("não aguento mais", RiskTier.CONCERN);
		assertRisk("j'en peux plus", RiskTier.CONCERN);
		assertQuiet("não aguento mais encaixotar livros para a mudança",
				"bouchons sur le périph, deux heures pour rentrer, j'en peux plus");
	}

	@Test
	void shouldHearAllLostWithADecisionTakenButNotAWorkSiteCountdown() {
		assertRisk("c'est foutu, y a plus rien à sauver. ma décision est prise pour samedi.", RiskTier.CRISIS);
		assertRisk("não tem mais jeito. já sei o que vou fazer.", RiskTier.CRISIS);
		assertQuiet("je suis au bout du rouleau avec ces travaux, encore trois jours et c'est fini",
				"ma décision est prise pour samedi : on va à la plage",
				"a máquina de lavar não tem mais conserto, já sei o que vou fazer: comprar outra");
	}

	@Test
	void shouldHearLettersWrittenAndADayChosenButNotLettersToTheThreeKings() {
		assertRisk("escribí las cartas y elegí la fecha", RiskTier.CRISIS);
		assertQuiet("escribí las cartas a los Reyes Magos con mi hijo y elegí el día para echarlas al buzón");
	}

	@Test
	void shouldHearHavingWhatItTakesButNotForFlatPackFurniture() {
		assertRisk("estuve mirando cómo hacerlo y ya tengo todo lo que hace falta", RiskTier.CRISIS);
		assertQuiet("estuve mirando cómo hacerlo en un tutorial y ya tengo todo lo que hace falta para montar el armario");
	}

	@Test
	void shouldHearLeavingTonightNeverToComeBackButNotATripUntilSunday() {
		assertRisk("je m'en vais cette nuit et je reviendrai jamais", RiskTier.URGENT);
		assertQuiet("je m'en vais cette nuit et je reviendrai pas avant dimanche");
	}

	@Test
	void shouldHearSorryForBeingABurdenAndAFinalByeButNotWhileIll() {
		assertRisk("tchau de verdade desta vez", RiskTier.URGENT);
		assertRisk("desculpem ter sido sempre um peso", RiskTier.CONCERN);
		assertQuiet("desculpa ter sido um peso na semana da cirurgia, obrigada pela sopa",
				"desculpa ter sido um peso enquanto estive de cama");
	}

	@Test
	void shouldHearASwipeUpCommittedButNotOneInAStory() {
		assertRisk("tô cometendo um arrasta pra cima hoje", RiskTier.CRISIS);
		assertQuiet("coloquei um arrasta pra cima no story com o link do brechó");
	}

	@Test
	void shouldHearItPutAfterAFeastButNotAMovePutAfterIt() {
		assertRisk("vai ser depois do natal, pra não estragar a festa de ninguém", RiskTier.CONCERN);
		assertQuiet("a mudança vai ser depois do natal, pra não estragar a festa de ninguém");
	}

	@Test
	void shouldHearTakeCareOfThoseWhoStayAndGoodbyeButNotAVisitingDay() {
		assertRisk("cuidad de los que se quedan. adiós.", RiskTier.URGENT);
		assertQuiet("cuida de los que se quedan en la residencia, mamá, nos vemos el domingo");
	}

	@Test
	void shouldHearNoLongerBeingButNotBeingSoTired() {
		assertRisk("quisiera dormirme y ya no estar", RiskTier.CONCERN);
		assertQuiet("quisiera dormirme y ya no estar tan cansada por las mañanas");
	}

	@Test
	void shouldHearTheDateTheLetterAndWhoTakesTheDogButNotForATrip() {
		assertRisk("la date, la lettre, qui gardera le chien : tout est prêt", RiskTier.CRISIS);
		assertQuiet(
				"j'ai tout prévu pour le voyage : la date, la lettre pour la voisine, qui gardera le chien pendant la semaine");
	}

	@Test
	void shouldHearPillsKeptForTomorrowButNotAMothersPillsCarriedForHer() {
		assertRisk("je garde des cachets dans mon tiroir. je crois que ce sera demain soir", RiskTier.CRISIS);
		assertQuiet("je garde les cachets de ma mère dans mon sac, elle les oublie toujours");
	}

	@Test
	void shouldHearAWishToDieSaidAsNoJokeButNotDyingOfShame() {
		assertRisk("quero morrer, e não estou a brincar", RiskTier.CRISIS);
		assertQuiet("quero morrer de vergonha kkk");
	}
}
