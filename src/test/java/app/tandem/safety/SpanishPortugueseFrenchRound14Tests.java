package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 14, Spanish, Portuguese and French rules alone: tiredness, a last day at work and someone else's cuts or
 * thoughts no longer alarm; goodbyes arranged "for after" (an apology in advance, nobody to blame, a letter hidden
 * for the family, a pet handed over with a cover story, the last check-in), a high place visited to look at its
 * height, medication hidden or saved with a bottle, an overdose of what was left or put aside, cigarette burns and
 * head-banging, and passive wishes of an accident are heard; each beside its everyday lookalike.
 */
class SpanishPortugueseFrenchRound14Tests extends RulesAlone {

	@Test
	void shouldNotAlarmOnSleepingForeverAfterATiringWeekOrALastDayAtWorkButStillOnTheWish() {
		assertQuiet("uf, podría dormir para siempre después de la mudanza",
				"depois destas provas todas eu podia dormir para sempre",
				"foi o meu último dia na firma, fizeram uma despedida e amanhã começo no emprego novo",
				"mon dernier jour chez Leroy Merlin, pot de départ ce soir avec l'équipe");
		assertRisk("quiero dormir para siempre y no despertar", RiskTier.CONCERN);
		assertRisk("quero dormir para sempre", RiskTier.CONCERN);
	}

	@Test
	void shouldNotAlarmOnCutsOrSuicidalThoughtsOfSomeoneElseButStillOnTheWritersOwn() {
		assertQuiet("j'ai remarqué des coupures sur les cuisses de ma soeur, je fais quoi ?",
				"comment savoir si elle pense au suicide, elle ne dit plus rien");
		assertRisk("j'ai des coupures sur les cuisses, je recommence", RiskTier.CONCERN);
		assertRisk("je pense au suicide tous les soirs", RiskTier.CONCERN);
	}

	@Test
	void shouldHearAnApologyInAdvanceOrNobodyToBlameButNotAnApologyForALongMessage() {
		assertRisk("perdonadme de antemano por lo que voy a hacer", RiskTier.CONCERN);
		assertRisk("que nadie se sienta culpable, por favor", RiskTier.CONCERN);
		assertRisk("ninguém se culpe, ok", RiskTier.CONCERN);
		assertRisk("que personne ne se sente coupable", RiskTier.CONCERN);
		assertQuiet("perdón de antemano por el mensaje tan largo",
				"pardon d'avance pour les fautes d'orthographe",
				"desculpa desde já pela demora em responder");
	}

	@Test
	void shouldHearALetterHiddenForTheFamilyButNotABirthdayOrValentineLetter() {
		assertRisk("he dejado una carta para mis padres debajo de la almohada", RiskTier.CONCERN);
		assertRisk("il y a une lettre pour mes enfants dans le tiroir du bureau", RiskTier.CONCERN);
		assertQuiet("dejé una carta para mi madre en el cajón, es su cumpleaños el domingo",
				"j'ai caché une lettre pour ma femme sous l'oreiller pour la saint valentin");
	}

	@Test
	void shouldHearAPetHandedOverWithACoverStoryButNotAPetSitterOrARehoming() {
		assertRisk("le dejé el perro a mi tía, cree que me voy de vacaciones", RiskTier.CONCERN);
		assertRisk("dei a minha gata para a vizinha, ela acha que vou viajar", RiskTier.CONCERN);
		assertRisk("j'ai confié mon chien à mon cousin, il croit que je pars en voyage", RiskTier.CONCERN);
		assertQuiet("le dejé el perro a mi tía porque me voy de vacaciones a Menorca",
				"dei a minha gata para a vizinha pra sempre, descobri que sou alérgico",
				"mon voisin m'a confié son chat pour toujours, il part vivre en Asie");
	}

	@Test
	void shouldHearTheLastCheckInOrConversationButNotTheLastOneBeforeTheHolidays() {
		assertRisk("este é o meu último check-in", RiskTier.CONCERN);
		assertRisk("esta es nuestra última conversación", RiskTier.CONCERN);
		assertQuiet("último check-in antes das férias, volto dia 3",
				"dernier check-in de la semaine, bon week-end");
	}

	@Test
	void shouldHearAHighPlaceVisitedToLookAtItsHeightButNotSightseeingOrBungee() {
		assertRisk("el domingo subí a la azotea del hospital a ver la altura", RiskTier.CONCERN);
		assertRisk("fui ao viaduto perto de casa para ver a altura", RiskTier.CONCERN);
		assertRisk("je suis allée voir le pont du canal pour voir la hauteur", RiskTier.CONCERN);
		assertQuiet("fuimos al puente a mirar la altura antes de hacer puenting",
				"je suis allé voir le viaduc pour voir la hauteur, quelle vue sur la vallée");
	}

	@Test
	void shouldHearMedicationHiddenOrSavedForTheNightButNotTravelSupplies() {
		assertRisk("escondi os comprimidos no fundo do armário e ninguém desconfia", RiskTier.CONCERN);
		assertRisk("tengo las pastillas guardadas y una botella de vodka", RiskTier.CONCERN);
		assertRisk("j'ai passé des heures à chercher combien il faudrait de mes comprimés", RiskTier.CONCERN);
		assertQuiet("tengo las pastillas guardadas en la mochila para el viaje",
				"je cherche combien de comprimés de doliprane un enfant peut prendre");
	}

	@Test
	void shouldHearAnOverdoseOfWhatWasLeftOrPutAsideButNotTheUsualDose() {
		assertRisk("engoli os comprimidos que sobraram da caixa e agora estou tonta", RiskTier.CONCERN);
		assertRisk("j'ai tout pris ce que j'avais mis de côté", RiskTier.CONCERN);
		assertRisk("me tomé el lorazepam de todo el mes con vino", RiskTier.CONCERN);
		assertQuiet("o médico disse para não misturar o remédio com vinho",
				"me tomé la pastilla del lunes, como cada semana");
	}

	@Test
	void shouldHearCigaretteBurnsAndHeadBangingButNotAKitchenBurnOrAnIdiom() {
		assertRisk("me quemo con el cigarro en los muslos cuando estoy mal", RiskTier.CONCERN);
		assertRisk("des brûlures de cigarette sur les bras, j'ai recommencé", RiskTier.CONCERN);
		assertRisk("me doy cabezazos contra la pared cuando me agobio", RiskTier.CONCERN);
		assertQuiet("me quemé con el aceite haciendo la cena",
				"je me suis brûlé le doigt sur la plaque en cuisinant");
	}

	@Test
	void shouldHearPassiveWishesOfAnAccidentButNotTheFearOfOne() {
		assertRisk("às vezes acho que um acidente resolveria tudo", RiskTier.CONCERN);
		assertRisk("sur la route j'espère qu'un camion me percute", RiskTier.CONCERN);
		assertRisk("cruzo la calle sin mirar esperando que me pille un coche", RiskTier.CONCERN);
		assertQuiet("o seguro cobre tudo se houver um acidente com o carro",
				"j'ai peur qu'un camion me percute quand je suis à vélo");
	}

}
