package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Spanish, Portuguese, French and Italian phrasings of the round 11 (the fourteenth development part, by new
 * writers), read by the rules alone (no model), with my own sentences: medicines packed for a trip, handed back or
 * counted to see when they run out, professionals and recovery told by age, worn-out everyday talk and hyperbole,
 * each with a present-risk counterpart that must still be heard; indirect plans, goodbyes, passive wishes,
 * self-harm, slang and run-together typing, each with an everyday lookalike that must stay quiet.
 */
class SpanishPortugueseFrenchItalianRound11Tests extends RulesAlone {

	@Test
	void shouldNotAlarmOnMedicinesPackedForATripToldBeforeThemButOnPillsSavedToTakeAtOnce() {
		assertQuiet("en marzo me voy de viaje a Perú y estoy guardando las cajas de quetiapina para llevar en la maleta",
				"vou viajar para o Porto e estou guardando os comprimidos pra levar na bagagem",
				"vou de férias e estou guardando os comprimidos pra levar na bagagem");
		assertRisk("me voy de viaje y estoy guardando las pastillas para tomarlas todas de golpe", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnPillsHandedBackButStillOnPillsKeptBack() {
		assertQuiet("junté todas las pastillas que me sobraban y las llevé a la farmacia para que las destruyan",
				"antes escondía los comprimidos por si acaso. hace un año que los devolví a mi psiquiatra y estoy tranquila",
				"juntei os comprimidos velhos e levei na farmácia pra descarte",
				"avevo messo da parte le compresse ma le ho riportate in farmacia");
		assertRisk("junté todas las pastillas y llevé unas a la farmacia, menos veinte que me quedé para esta noche",
				RiskTier.CRISIS);
		assertRisk("devolví unas pastillas a la farmacia pero estoy juntando las demás para acabar con todo", RiskTier.CRISIS);
		assertRisk("devolvi uns comprimidos na farmácia mas estou juntando o resto pra acabar com tudo", RiskTier.CRISIS);
		assertRisk("juntei os comprimidos todos, levei alguns na farmácia mas fiquei com o resto pra hoje à noite",
				RiskTier.CRISIS);
		assertRisk("le pastiglie che avevo messo da parte le ho date alla psicologa, ma ne ho tenute trenta", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnPillsCountedToSeeWhenTheyRunOutButOnPillsCountedForTheEnd() {
		assertQuiet("contei os remédios e só tenho até segunda, amanhã peço a receita");
		assertRisk("contei os comprimidos e tenho só até quinta, hoje à noite tomo todos de uma vez", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnAProfessionalTellingOfThePeopleInTheirCareButOnTheirOwnThoughts() {
		assertQuiet("como enfermera de guardia atiendo cada noche a pacientes con ideas de suicidio");
		assertRisk("como enfermera atiendo a pacientes así y yo también tengo ideas de suicidio", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnAThoughtOfDeathSaidToBeGoneButWhenItIsBack() {
		assertQuiet("ya no pienso en la muerte como salida, ahora pienso en mi huerto");
		assertRisk("ya no pienso en la muerte como antes, pero hoy pienso en la muerte todo el rato", RiskTier.CONCERN);
	}

	@Test
	void shouldNotAlarmOnAnAttemptAtAnAgeThenWithTheAgeNowButWhenItIsWantedAgain() {
		assertQuiet("j'ai tenté de mourir vers 16 ans. aujourd'hui j'ai 30 ans, un mari et un potager");
		assertRisk("j'ai tenté de mourir vers 16 ans. aujourd'hui j'ai 20 ans et je veux recommencer", RiskTier.CONCERN);
	}

	@Test
	void shouldNotAlarmOnWornOutEverydayFrenchButOnWearinessOfLiving() {
		assertQuiet("je tiens plus debout après ce déménagement, je vais me coucher",
				"je suis fatiguée de tout ce bazar dans le garage, on trie ce week-end",
				"samedi c'est mon dernier jour à la boulangerie, j'ai trouvé un poste à la mairie");
		assertRisk("je tiens plus debout, je veux mourir", RiskTier.CRISIS);
		assertRisk("je suis fatiguée de tout ce cirque, de la vie, je veux en finir", RiskTier.CRISIS);
		assertRisk("c'est mon dernier jour, j'ai quitté mon poste et je vous dis adieu pour toujours", RiskTier.CONCERN);
	}

	@Test
	void shouldNotAlarmOnItalianHyperboleAboutASmallShameOrAMeetingButWhenItIsMeant() {
		assertQuiet("mi sparo, ho mandato la mail sbagliata al capo", "ancora una call su zoom e mi butto dalla finestra giuro");
		assertRisk("mi sparo, ho mandato il vocale sbagliato e non ce la faccio più a vivere", RiskTier.CRISIS);
		assertRisk("ancora una riunione e mi butto dal balcone, sul serio", RiskTier.CRISIS);
	}

	@Test
	void shouldHearALetterHiddenOrAMessageScheduledForAfterButNotAnEverydayOne() {
		assertRisk("escondí la carta debajo de la almohada, mañana la encontrarán", RiskTier.CONCERN);
		assertRisk("ho scritto una lettera e l'ho nascosta nell'armadio così la trovano dopo", RiskTier.CONCERN);
		assertRisk("ho registrato un messaggio per mia figlia e l'ho programmato per domani alle sette", RiskTier.CONCERN);
		assertRisk("ho scritto chi avvisare e dove sono le password del conto", RiskTier.CONCERN);
		assertQuiet("dejé la carta escrita debajo de la almohada para el ratoncito Pérez",
				"ho nascosto le uova di pasqua in giardino così le trovano dopo",
				"ho registrato un messaggio per mia figlia e l'ho programmato per il suo compleanno",
				"ho fatto la lista della spesa e dove sono i documenti della macchina");
	}

	@Test
	void shouldHearAPlaceOrATimeChosenButNotAnOrdinaryOne() {
		assertRisk("elegí la fecha. el sábado, cuando no haya nadie en casa", RiskTier.CONCERN);
		assertRisk("j'ai vérifié l'heure du train de marchandises de la nuit", RiskTier.CONCERN);
		assertRisk("personne saura où je suis allée, et c'est voulu", RiskTier.CONCERN);
		assertRisk("le canal est sombre, personne passe après minuit", RiskTier.CONCERN);
		assertRisk("ce matin j'ai failli sauter du pont", RiskTier.CONCERN);
		assertRisk("ho preso una camera all'ultimo piano, da solo, per sabato", RiskTier.CONCERN);
		assertRisk("sempre que subo ao terraço do prédio fico a pensar em saltar", RiskTier.CRISIS);
		assertRisk("tenho os comprimidos separados pro sábado", RiskTier.CRISIS);
		assertRisk("i farmaci del nonno, li ho contati e li ho messi nella mia borsa", RiskTier.CRISIS);
		assertRisk("tengo nascoste nel cassetto le pastiglie dello psichiatra", RiskTier.CRISIS);
		assertQuiet("elegí la fecha de la boda", "j'ai regardé les horaires du train pour Lyon",
				"personne saura pour la fête surprise", "j'ai failli sauter le petit déjeuner",
				"ho prenotato una camera all'ultimo piano con vista mare per le vacanze con mia moglie",
				"fico pensando em pular o almoço pra emagrecer", "tenho os comprimidos separados pra semana toda na caixinha",
				"le medicine della nonna, le ho contate e le ho messe nel portapillole",
				"ho nascosto nella valigia tutte le compresse per il viaggio");
	}

	@Test
	void shouldHearAGoodbyeThatThanksForTryingOrSaysTheyWereLovedButNotAnOrdinaryOne() {
		assertRisk("último mensaje desde aquí. gracias tandem por intentarlo", RiskTier.CONCERN);
		assertRisk("mi último mensaje, gracias por todo", RiskTier.CONCERN);
		assertRisk("tu diras aux enfants que leur papa les aimait fort", RiskTier.CONCERN);
		assertQuiet("último mensaje del grupo hoy, gracias por todo y nos vemos el lunes", "gracias tandem por intentarlo, mañana pruebo otra vez",
				"dis à Julie que je l'ai vue hier au marché");
	}

	@Test
	void shouldHearAPassiveWishToldIndirectlyButNotAnEverydayLookalike() {
		assertRisk("si esta noche no me despierto, tampoco pasa nada", RiskTier.CONCERN);
		assertRisk("le recé a la Virgen que me lleve pronto", RiskTier.CONCERN);
		assertRisk("si Dios no me lleva me voy yo solo", RiskTier.CRISIS);
		assertRisk("a minha filha merece alguém que ainda esteja aqui amanhã", RiskTier.CONCERN);
		assertRisk("uma mãe que estivesse viva e feliz, não eu", RiskTier.CONCERN);
		assertRisk("j'espère que l'opération tourne mal et que j'y reste", RiskTier.CONCERN);
		assertRisk("ma femme est partie il y a trois ans et je prie pour pas me réveiller", RiskTier.CONCERN);
		assertRisk("mon chat mérite quelqu'un qui sera encore en vie l'an prochain", RiskTier.CONCERN);
		assertRisk("che senso ha alzarsi domani", RiskTier.CONCERN);
		assertQuiet("si mañana no me despierto temprano no pasa nada, es festivo",
				"le pedí a mi hermano que me lleve al aeropuerto", "o cachorro merece alguém que esteja em casa o dia todo",
				"j'espère que la réunion finit vite qu'on en finisse", "j'espère ne pas me réveiller trop tard demain",
				"mon chat mérite quelqu'un qui a un jardin", "che senso ha alzarsi presto la domenica");
	}

	@Test
	void shouldHearSelfHarmToldAsBlowsAnUrgeOrARelapseButNotAnAccident() {
		assertRisk("dei murros na minha cabeça até doer", RiskTier.CRISIS);
		assertRisk("sinto uma vontade enorme de me magoar", RiskTier.CRISIS);
		assertRisk("je me suis recoupé hier soir après un an sans", RiskTier.CRISIS);
		assertQuiet("dei socos no saco de pancadas do ginásio", "tenho medo de me magoar no treino de amanhã",
				"je me suis recoupé les cheveux ce matin");
	}

	@Test
	void shouldHearAnEndingFittedToADatePillsKeptAfterStoppingFewerYearsHopedForAndAGoodbyeListButNotTheirLookalikes() {
		assertRisk("il giorno del mio compleanno mi sembra perfetto andarmene proprio quel giorno", RiskTier.CONCERN);
		assertRisk("ho smesso la sertralina un mese fa e ho tenuto tutte le pastiglie", RiskTier.CRISIS);
		assertRisk("mi restano forse trent'anni di vita e spero proprio che siano pochi", RiskTier.CONCERN);
		assertRisk("hier soir j'ai écrit une liste de proches à qui dire adieu", RiskTier.CONCERN);
		assertQuiet("mi sembra giusto chiudere il negozio in quel giorno",
				"ho smesso l'antibiotico e ho tenuto tutte le pastiglie avanzate per la prossima volta",
				"la riunione dura due ore e spero che siano meno",
				"j'ai fait une liste de gens à qui dire au revoir avant mon départ en Erasmus");
	}

	@Test
	void shouldHearSlangAndRunTogetherTypingButNotAnEverydayLookalike() {
		assertRisk("ce soir j'vais me dégommer", RiskTier.CRISIS);
		assertRisk("jveuxmourir", RiskTier.CRISIS);
		assertRisk("mi faccio fuori stanotte", RiskTier.CRISIS);
		assertRisk("hoingoiatotutte lepillole", RiskTier.URGENT);
		assertRisk("stasera mi buto dal ponte", RiskTier.CRISIS);
		assertQuiet("je vais dégommer ce boss ce soir", "jevaisme coucher", "mi faccio fuori una pizza intera",
				"hopreso tutto il pane");
	}

}
