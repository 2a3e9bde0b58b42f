package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 16, Spanish, Portuguese and French rules alone, tuned on the twentieth development part: plans told by their
 * pieces are heard (pills kept instead of taken, kept "for Sunday", mixed with drink on purpose, every box taken
 * along to a room far from everyone, "I know how and I know where", the date chosen on an anniversary, the bridge or
 * the high window chosen and checked, a will signed for a day), goodbyes arranged for after (things given "because I
 * won't be here", a pet kept by someone for good, bank passwords left "for later", codes for whoever closes my
 * accounts, bills paid "after I'm gone", "if you read this, it wasn't your fault", thanks to those who tried, "I won't
 * need it where I'm going"), passive wishes (falling asleep and everything switching off, the family relieved if I
 * vanished, an accident as a rest, turning to dust, "why do I go on living"), a surrender for good and acting soon.
 * The everyday lookalikes stay quiet: a farewell letter for a colleague's retirement, an old diary that feels far
 * away, last year's wish next to today's good news, a weekly pill organiser filled, a stag or hen party, a wedding
 * date fixed, new blades for a razor, the power or the phone cut off, a trip with a month's pills, a pet given away
 * for a move, and the round's own rules next to a game, a holiday, a party or a menu.
 */
class SpanishPortugueseFrenchRound16Tests extends RulesAlone {

	// --- false alarms narrowed ---

	@Test
	void shouldHearAFarewellLetterToMyFamilyButNotOneForAColleaguesRetirement() {
		assertQuiet("le escribí una carta de despedida a mi compañero que se jubila, lloramos todos",
				"j'écris un mot d'adieu pour le départ à la retraite de ma collègue");
		assertRisk("escribí mi carta de despedida para mi familia", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAWishToDieButNotOneReadInAnOldDiaryThatFeelsFarAway() {
		assertQuiet("releí mi diario del instituto, ahí quería morirme cada semana, ahora parece otra vida",
				"relendo o meu diário de 2017, eu queria morrer, parece outra pessoa",
				"j'ai retrouvé mon journal de lycée, je voulais mourir tout le temps, ça me semble si loin");
		assertRisk("quiero morirme, ya no puedo más", RiskTier.CRISIS);
	}

	@Test
	void shouldHearPillsSwallowedButNotBlistersEmptiedIntoAWeeklyOrganiser() {
		assertQuiet("esvaziei as cartelas todas para montar o organizador semanal de comprimidos");
		assertRisk("esvaziei todas as cartelas e engoli tudo", RiskTier.URGENT);
	}

	@Test
	void shouldHearMyGoodbyeButNotAStagOrHenParty() {
		assertQuiet("sábado é a despedida de solteira da Carla, vamos jantar fora",
				"el viernes es la despedida de soltero de mi primo");
		assertRisk("esta es mi despedida, gracias por todo", RiskTier.URGENT);
	}

	@Test
	void shouldHearAPresentWishButNotLastYearsNextToTodaysGoodNews() {
		assertQuiet("no ano passado eu queria morrer, e hoje comemoro um ano de emprego novo");
		assertRisk("eu queria morrer hoje", RiskTier.CRISIS);
	}

	@Test
	void shouldHearADateChosenForDyingButNotAWeddingDateFixed() {
		assertQuiet("on a fixé la date du mariage, ce sera en septembre",
				"c'est fixé : on se pacse le 3 mai, la date est choisie");
		assertRisk("j'ai choisi la date, le 14, après l'anniversaire de mon frère", RiskTier.CRISIS);
	}

	@Test
	void shouldHearRazorBladesBoughtForTonightButNotNewBladesForTheRazor() {
		assertQuiet("j'ai acheté des lames neuves pour mon rasoir, les vieilles coupaient plus");
		assertRisk("j'ai acheté des lames de rasoir hier soir pour ce soir", RiskTier.CRISIS);
	}

	@Test
	void shouldHearCuttingMyselfButNotThePhoneCutOff() {
		assertQuiet("ils m'ont coupé le téléphone pour une facture en retard");
		assertRisk("je me suis coupé les bras hier soir", RiskTier.CRISIS);
	}

	// --- passive wishes ---

	@Test
	void shouldHearFallingAsleepAndEverythingSwitchingOffButNotSleepingThroughExamWeek() {
		assertRisk("ojalá pudiera dormirme y que todo se apague", RiskTier.CONCERN);
		assertRisk("je voudrais m'endormir et ne plus me réveiller", RiskTier.CONCERN);
		assertQuiet("tengo ganas de dormirme y que se acabe la semana de exámenes",
				"je voudrais m'endormir et dormir jusqu'à midi");
	}

	@Test
	void shouldHearTurningToDustButNotTurningIntoAChef() {
		assertRisk("queria virar pó e sumir", RiskTier.CONCERN);
		assertQuiet("queria virar chef de cozinha");
	}

	@Test
	void shouldHearTheFamilyRelievedOrAnAccidentAsARestButNotABoatCapsizingAsAnInsuranceProblem() {
		assertRisk("a minha família ficava melhor se eu desaparecesse", RiskTier.CONCERN);
		assertRisk("se eu fosse atropelada amanhã seria um alívio", RiskTier.CONCERN);
		assertQuiet("se o barco virasse era um problema para o seguro");
	}

	@Test
	void shouldHearWhyIGoOnLivingButNotWhyIGoOnWatchingASeries() {
		assertRisk("je me demande pourquoi je continue à vivre", RiskTier.CONCERN);
		assertRisk("jveux plu vivre", RiskTier.CONCERN);
		assertRisk("não quero mais vive", RiskTier.CONCERN);
		assertQuiet("je me demande pourquoi je continue à regarder cette série");
	}

	@Test
	void shouldHearNoLongerBeingInTheWayButNotMovingAsideInTheKitchen() {
		assertRisk("voy a dejar de estorbar para siempre", RiskTier.CONCERN);
		assertQuiet("me aparto para dejar de estorbar en la cocina");
	}

	@Test
	void shouldHearASurrenderForGoodButNotGivingUpOnASudoku() {
		assertRisk("me he rendido para siempre, ya está", RiskTier.CONCERN);
		assertQuiet("me he rendido para siempre con el sudoku");
	}

	@Test
	void shouldHearSigningOffFromThePlanetButNotFromTheGym() {
		assertRisk("me quiero dar de baja del planeta", RiskTier.CRISIS);
		assertRisk("quero dar ctrl z na minha vida", RiskTier.CRISIS);
		assertQuiet("me di de baja del gimnasio");
	}

	// --- overdose and pills kept ---

	@Test
	void shouldHearPillsMixedWithDrinkOnPurposeButNotPillsMixedIntoJuiceForAChild() {
		assertRisk("mezclé todas las pastillas con el vino a propósito", RiskTier.URGENT);
		assertRisk("misturei os comprimidos com vodka de propósito", RiskTier.URGENT);
		assertRisk("j'ai mélangé mes cachets avec le whisky, exprès", RiskTier.URGENT);
		assertQuiet("mezclé las pastillas con el zumo para que mi hijo se las tome");
	}

	@Test
	void shouldHearPillsKeptInsteadOfTakenButNotPillsKeptInADrawer() {
		assertRisk("guardo las pastillas en vez de tomarlas, ya tengo un montón", RiskTier.CRISIS);
		assertRisk("je cache mes comprimés au lieu de les prendre", RiskTier.CRISIS);
		assertRisk("guardo os comprimidos em vez de tomar, já são muitos", RiskTier.CRISIS);
		assertQuiet("guardo las pastillas en el cajón en vez de en el baño");
	}

	@Test
	void shouldHearPillsKeptForADayButNotForATrip() {
		assertRisk("tengo guardadas las pastillas para el domingo", RiskTier.CRISIS);
		assertQuiet("tengo guardadas las pastillas para el domingo del viaje a Roma");
	}

	@Test
	void shouldHearEveryBoxTakenAlongFarFromEveryoneButNotAMonthsPillsForAHoliday() {
		assertRisk("me voy a un hostal lejos de todos y me llevo todas las cajas de pastillas", RiskTier.CRISIS);
		assertQuiet("me voy de vacaciones sola y me llevo todas las pastillas del mes en la maleta");
	}

	// --- plans ---

	@Test
	void shouldHearIKnowHowAndWhereButNotHowToDoItAndWhereToBuyIt() {
		assertRisk("ya sé cómo y ya sé dónde", RiskTier.CRISIS);
		assertRisk("já sei como e já sei quando", RiskTier.CRISIS);
		assertRisk("je sais comment et je sais quand", RiskTier.CRISIS);
		assertQuiet("ya sé cómo se hace y dónde se compra", "je sais comment on fait et je sais où c'est");
	}

	@Test
	void shouldHearTheDateChosenOnAnAnniversaryButNotAWeddingDate() {
		assertRisk("ya escogí la fecha, el día del aniversario de su muerte", RiskTier.CRISIS);
		assertRisk("já escolhi a data, o aniversário da morte da minha mãe", RiskTier.CRISIS);
		assertQuiet("ya escogí la fecha de la boda, el 14 de mayo", "já escolhi a data do casamento, dia 3 de junho");
	}

	@Test
	void shouldHearTheBridgeChosenButNotTheLongWeekendChosenForTheBeach() {
		assertRisk("el puente ya lo elegí", RiskTier.CRISIS);
		assertQuiet("ya tengo elegido el puente de diciembre para irme a la playa");
	}

	@Test
	void shouldHearAWillSignedForADayButNotAnOrderNoteForSunday() {
		assertRisk("dejé el testamento firmado para el domingo", RiskTier.CRISIS);
		assertQuiet("dejé la nota del pedido para el domingo");
	}

	@Test
	void shouldHearActingSoonButNotAPurchase() {
		assertRisk("je vais passer à l'acte ce soir", RiskTier.CRISIS);
		assertQuiet("il est passé à l'acte d'achat hier");
	}

	// --- goodbyes ---

	@Test
	void shouldHearThingsGivenBecauseIWontBeHereButNotBecauseIMoveAbroad() {
		assertRisk("le regalé el reloj a mi nieto porque ya no voy a estar", RiskTier.URGENT);
		assertRisk("je lui ai laissé mes bijoux puisque je ne serai plus là", RiskTier.URGENT);
		assertQuiet("le regalé mi bici a mi sobrino porque ya me voy a vivir fuera");
	}

	@Test
	void shouldHearIfYouReadThisItWasNotYourFaultButNotACallMeNote() {
		assertRisk("si estás leyendo esto, mamá, no fue tu culpa", RiskTier.URGENT);
		assertRisk("se você está lendo isto, não foi culpa sua", RiskTier.URGENT);
		assertRisk("si tu lis ce message, c'est pas ta faute", RiskTier.URGENT);
		assertQuiet("si lees esto antes de las seis, llámame");
	}

	@Test
	void shouldHearThanksToThoseWhoTriedToHelpButNotToThoseWhoTriedTheMenu() {
		assertRisk("merci à tous ceux qui ont voulu m'aider", RiskTier.URGENT);
		assertQuiet("merci à tous ceux qui ont essayé le nouveau menu");
	}

	@Test
	void shouldHearNotNeededWhereIAmGoingButNotAHotelThatHasEverything() {
		assertRisk("no me va a hacer falta donde voy", RiskTier.URGENT);
		assertRisk("não vai fazer falta onde eu vou", RiskTier.URGENT);
		assertQuiet("no me va a hacer falta donde voy, allí hay de todo en el hotel");
	}

	@Test
	void shouldHearPasswordsLeftForAfterButNotTheWifiPassword() {
		assertRisk("anotei a senha do banco num papel, pra depois", RiskTier.URGENT);
		assertRisk("j'ai laissé mes mots de passe pour ceux qui devront fermer mes comptes", RiskTier.URGENT);
		assertQuiet("anotei a senha do wifi num papel pra depois");
	}

	@Test
	void shouldHearBillsPaidForAfterIAmGoneButNotAPetGivenForAMove() {
		assertRisk("pagué todas mis deudas para que no les quede nada a mis padres después de que me vaya",
				RiskTier.URGENT);
		assertRisk("o meu irmão vai ficar com a Luna para sempre, já deixei tudo", RiskTier.URGENT);
		assertQuiet("mi hermana se va a quedar con mi perra para siempre porque me mudo a un piso sin mascotas",
				"o meu irmão vai ficar com a Luna para sempre, vou mudar para um apartamento pequeno");
	}

	@Test
	void shouldHearNoFutureAndADecisionTakenButNotADecisionAboutWhatToWear() {
		assertRisk("não vejo futuro nenhum nesta vida. já decidi", RiskTier.CONCERN);
		assertRisk("personne peut m'aider. c'est décidé", RiskTier.CONCERN);
		assertRisk("dez anos tratando a depressão e nada funcionou. esta semana eu resolvo isso", RiskTier.CONCERN);
		assertQuiet("vou de azul amanhã, já decidi", "c'est décidé, on part en Grèce cet été");
	}

	@Test
	void shouldHearYouWereThereToTheEndButNotAtTheEndOfAMatch() {
		assertRisk("vocês foram maravilhosos comigo até o fim", RiskTier.CONCERN);
		assertQuiet("vocês foram maravilhosos até o fim do jogo");
	}

	@Test
	void shouldHearMisspeltPillsKeptForSaturdayButNotCakeKeptForSaturday() {
		assertRisk("tengo gardadas las pastias para el sabado", RiskTier.CRISIS);
		assertRisk("j'ai gardé le cachet pour samedi", RiskTier.CRISIS);
		assertQuiet("tengo guardada la tarta para el sábado", "j'ai gardé le gâteau pour samedi");
	}

}
