package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 22 for Spanish, Portuguese and French, rules alone: the twenty-sixth development part, written so that
 * everyday, grief and medication talk shares words with risk talk, showed the rules missing goodbye letters "ya
 * escritas" and one left "por si acaso", fists against one's own legs, things given away "a donde voy no hacen
 * falta", a week or a day named as the end beside nothing working, where and how already known, leaving here for
 * good with a grave, "game over pa mí", a misspelt "suisidar", a mother who would suffer less if I did not exist,
 * doing it when everybody is out, "dia 15 acaba tudo", more than prescribed on purpose, "unalive" in Portuguese,
 * "num acorda mais" and "cansada di vive", affairs left in order "pra quando eu for", a date chosen for when the
 * parents are away, something bought and hidden, a will made, "samedi c'est la fin", a pet entrusted "s'il m'arrive
 * quelque chose", "ma décision est prise", "sacrer mon camp de la vie", the boxes put aside taken tonight; and
 * alarming on a Sunday lie-in "para siempre", expired pills taken back to the pharmacy, no longer needing to hurt
 * oneself, a hyperbole about cutting one's veins over a song, "dormir até morrer", days counted without cutting, a
 * phone and its owner dying together at 1% and a medicine run out. Round 22 hears those and stays quiet on these.
 */
class SpanishPortugueseFrenchRound22Tests extends RulesAlone {

	@Test
	void shouldHearGoodbyeLettersWrittenButNotChristmasCards() {
		assertRisk("ya tengo mis cartas de despedida hechas, nadie lo sabe", RiskTier.CRISIS);
		assertQuiet("ya tengo las cartas escritas para los reyes magos");
	}

	@Test
	void shouldHearFistsAgainstOneselfButNotAFallOnTheStairs() {
		assertRisk("cuando todo me supera me doy puñetazos en los muslos", RiskTier.CRISIS);
		assertQuiet("me di un golpe en la rodilla al caer por la escalera");
	}

	@Test
	void shouldHearNoNeedWhereIAmGoingButNotAMoveToTheBeach() {
		assertRisk("le regalé mis discos a mi primo, adonde me voy no me hacen falta", RiskTier.URGENT);
		assertQuiet("regalé el abrigo, a donde voy no me hace falta, es pura playa y calor");
	}

	@Test
	void shouldHearTheEndThisWeekBesideNothingWorkingButNotPaperwork() {
		assertRisk("he probado de todo y nada funciona. esta semana acabo con todo", RiskTier.CRISIS);
		assertQuiet("el papeleo no funciona nunca. esta semana termino con el informe");
	}

	@Test
	void shouldHearAMisspeltSuicideButNotAQuestionAboutIt() {
		assertRisk("kiero sucidarme ya no puedo", RiskTier.CRISIS);
		assertQuiet("voy a leer un libro sobre la prevención esta noche");
	}

	@Test
	void shouldHearSufferingLessWithoutMeButNotWithoutTheDog() {
		assertRisk("mi padre sufriría menos si yo no existiera", RiskTier.CONCERN);
		assertQuiet("mi padre sufriría menos si el perro no ladrara tanto");
	}

	@Test
	void shouldHearASundayForeverButNotASundayLieIn() {
		assertRisk("voy a dormir para siempre esta noche", RiskTier.CRISIS);
		assertQuiet("el sábado voy a dormir para siempre, no me despiertes hasta las doce");
	}

	@Test
	void shouldHearHoardedPillsButNotExpiredOnesReturned() {
		assertRisk("llevo meses guardando pastillas por si acaso", RiskTier.CONCERN);
		assertQuiet("tenía guardadas dos cajas de pastillas vencidas y las devolví a la farmacia");
	}

	@Test
	void shouldHearCuttingOneselfButNotASongHyperbole() {
		assertRisk("anoche me corté los brazos otra vez", RiskTier.CRISIS);
		assertQuiet("como pongan otra vez ese disco me corto las venas 😂");
	}

	@Test
	void shouldHearDoingItWhenEverybodyIsOutButNotTheCleaning() {
		assertRisk("sábado quando meus pais viajarem eu faço", RiskTier.CRISIS);
		assertQuiet("sábado quando meus pais viajarem eu faço uma faxina na casa toda");
	}

	@Test
	void shouldHearMoreThanPrescribedOnPurposeButNotByMistake() {
		assertRisk("engoli de propósito muito mais do que o psiquiatra passou", RiskTier.URGENT);
		assertQuiet("tomei sem querer um a mais do que o médico passou, liguei pra farmácia");
	}

	@Test
	void shouldHearADateForTheEndButNotTheEndOfTerm() {
		assertRisk("deixei tudo arrumado. dia 20 tudo acaba", RiskTier.CRISIS);
		assertQuiet("dia 20 acabam as aulas e tudo fica mais calmo");
	}

	@Test
	void shouldHearAffairsInOrderForWhenIGoButNotForATrip() {
		assertRisk("já deixei tudo pronto pra quando eu partir", RiskTier.CRISIS);
		assertQuiet("já deixei tudo pronto pra quando eu for viajar em julho");
	}

	@Test
	void shouldHearSleepingUntilDeathOnlyAsAWishButNotAsALieIn() {
		assertRisk("hoje eu vou morrer, já decidi", RiskTier.CRISIS);
		assertQuiet("sábado vou dormir até morrer, ninguém me tira da cama");
	}

	@Test
	void shouldHearADateWhenTheParentsAreAwayButNotAParty() {
		assertRisk("j'ai fixé le jour, ce sera quand mes parents partent en voyage", RiskTier.CRISIS);
		assertQuiet("j'ai fixé le jour de la fête, ce sera quand mes parents partent en voyage");
	}

	@Test
	void shouldHearTheBoxesPutAsideButNotForThePharmacy() {
		assertRisk("demain je vais avaler les cachets que j'ai gardés", RiskTier.CRISIS);
		assertQuiet("je prends les boîtes que j'ai gardées pour les rapporter à la pharmacie");
	}

	@Test
	void shouldHearMoreThanMyDoseOnPurposeButNotAMissedDose() {
		assertRisk("j'ai avalé volontairement le double de ma dose", RiskTier.URGENT);
		assertQuiet("j'ai oublié ma dose hier, je prends la suivante comme prévu");
	}

	@Test
	void shouldHearAPetEntrustedButNotForATrip() {
		assertRisk("s'il m'arrive quelque chose tu pourras nourrir mon chat", RiskTier.CONCERN);
		assertQuiet("s'il m'arrive quelque chose pendant le voyage en avion tu pourras nourrir mon chat");
	}

	@Test
	void shouldHearQuebecLeavingLifeButNotLeavingTheParty() {
		assertRisk("j'ai juste envie de sacrer mon camp de ce monde", RiskTier.CRISIS);
		assertQuiet("il est tard, je vais sacrer mon camp de la soirée");
	}

	@Test
	void shouldHearDaysWithoutCuttingAsRecoveryAndAWeDyingAsAJoke() {
		assertQuiet("ça fait plus de 300 jours que je me suis pas coupée, je suis fière",
				"mon ordi rame, on va mourir d'ennui ensemble lui et moi 😂",
				"je suis à court de sertraline, la pharmacie la reçoit jeudi");
		assertRisk("je veux mourir ce soir", RiskTier.CRISIS);
	}

}
