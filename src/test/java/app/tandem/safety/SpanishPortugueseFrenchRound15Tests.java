package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 15, Spanish, Portuguese and French rules alone, tuned on the nineteenth development part: a plan told by its
 * pieces is heard (doses skipped to save them up, "almost enough", a prescription got with a lie or from several
 * doctors, pills bought in several pharmacies, pretending to swallow them, a high place gone to for its height, a
 * place where nobody goes, a means kept "for when the time comes", the day decided, everything ready but the
 * courage), goodbyes arranged for after (instructions for my things, accounts deleted so nothing of me is left, a
 * pet given for good, a letter for each, an apology for what I am going to do, "whoever finds this", reminders to
 * stop after tonight, things given away "I won't need them"), passive wishes (disappointed to wake up, an accident or
 * an illness as a relief, "what's the point of breathing"), hopelessness with a calm decision, an overdose of sleeping
 * pills with no name or too much on purpose, and scratching or rubbing the skin until it bleeds. The everyday
 * lookalikes stay quiet: a last day at work or of the holidays, noisy neighbours, going up on the roof for a chore,
 * an overdose in the news, cutting the ponytail, a rope for climbing, medicines put away from a child, "not a
 * relapse", laughter after a word ending in "a", and the round's own rules next to a trip, a party or a move.
 */
class SpanishPortugueseFrenchRound15Tests extends RulesAlone {

	// --- false alarms narrowed ---

	@Test
	void shouldHearMyLastDayOnEarthButNotMyLastDayAtWorkOrOfTheHolidays() {
		assertQuiet("mañana es mi último día en la oficina, hacemos una comida de despedida",
				"hoy es mi último día de vacaciones, qué pena",
				"sexta é o meu último dia de férias, depois volto pra firma");
		assertRisk("hoy es mi último día, ya no aguanto", RiskTier.URGENT);
		assertRisk("hoje é o meu último dia de vida", RiskTier.URGENT);
	}

	@Test
	void shouldHearICantGoOnButNotAboutNoisyNeighbours() {
		assertQuiet("los vecinos de abajo con la música otra vez, ya no puedo más, voy a llamar al casero",
				"je peux plus continuer comme ça avec les travaux du voisin, je vais appeler le syndic");
		assertRisk("ya no puedo más con mi vida", RiskTier.CONCERN);
		assertRisk("je peux plus continuer comme ça, tout est trop lourd", RiskTier.CONCERN);
	}

	@Test
	void shouldHearStandingOnTheRoofButNotGoingUpForTheWashingOrTheAntenna() {
		assertQuiet("subí a la azotea a regar las plantas y tender la colada",
				"subi no telhado pra consertar a calha com o meu pai");
		assertRisk("estoy en la azotea, no quiero seguir", RiskTier.CRISIS);
		assertRisk("estou em cima do telhado e não quero mais viver", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAnOverdoseTakenButNotOneInTheNewsOrAGeneralWarning() {
		assertQuiet("salió en las noticias que una sobredosis de ibuprofeno puede dañar el riñón, yo solo tomo uno");
		assertRisk("me tomé todas las pastillas de la caja", RiskTier.URGENT);
	}

	@Test
	void shouldHearCuttingMyselfButNotCuttingThePonytail() {
		assertQuiet("me corto la coleta: dejo el baloncesto después de quince años",
				"me corto las trenzas mañana, ya tocaba");
		assertRisk("me corto los brazos cuando estoy así", RiskTier.CRISIS);
		assertRisk("me corto os pulsos quando fico assim", RiskTier.CRISIS);
	}

	@Test
	void shouldHearARopeBoughtForItButNotClimbingGear() {
		assertQuiet("comprei uma corda nova e mosquetões pro rapel de domingo");
		assertRisk("comprei uma corda, já sei onde", RiskTier.CRISIS);
	}

	@Test
	void shouldHearPillsSavedUpButNotMedicinesPutAwayFromAChild() {
		assertQuiet("guardé todas las pastillas en el armario alto por mis sobrinos, que tocan todo",
				"guardei todos os remédios fora do alcance das crianças");
		assertRisk("estoy guardando todas las pastillas para el día que me decida", RiskTier.CRISIS);
	}

	@Test
	void shouldHearARelapseButNotStoppingAMedicineThatIsNotARelapse() {
		assertQuiet("j'arrête le traitement à cause de la fatigue, c'est pas une rechute, je vais bien");
		assertRisk("rechute hier soir, je me suis coupée", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAWishToDieButNotOneEndedByLaughterAfterAWordEndingInA() {
		assertQuiet("quero morrer, tropecei na frente da sala toda kkkkk");
		assertRisk("quero morrer, não aguento mais essa vida", RiskTier.CRISIS);
	}

	// --- plans told by their pieces ---

	@Test
	void shouldHearDosesSkippedToSaveThemUpButNotEnoughPointsOrSavings() {
		assertRisk("dejé de tomarme la sertralina para ir juntándola", RiskTier.CRISIS);
		assertRisk("llevo días sin tomar las pastillas y las voy guardando", RiskTier.CRISIS);
		assertRisk("dejé de tomarme la sertralina para ir juntándola, ya casi tengo suficientes", RiskTier.CRISIS);
		assertQuiet("ya casi tengo suficientes puntos para el viaje",
				"la psiquiatra me dijo que dejara la sertralina, ya casi tengo suficientes ahorros para el piso");
	}

	@Test
	void shouldHearHowManyAreNeededLookedUpButNotHowManyCreditsAreNeeded() {
		assertRisk("ya busqué cuántas hacen falta", RiskTier.CONCERN);
		assertRisk("j'ai compté les boîtes dans l'armoire à pharmacie, ça suffira", RiskTier.CRISIS);
		assertQuiet("miré cuántas hacen falta para aprobar la asignatura",
				"j'ai compté les boîtes dans l'armoire à pharmacie, il faut racheter du doliprane");
	}

	@Test
	void shouldHearAPrescriptionGotWithALieOrFromSeveralDoctorsButNotASecondOpinion() {
		assertRisk("le conté al doctor que se me perdieron las pastillas para que me recetara más. era mentira",
				RiskTier.CRISIS);
		assertRisk("fui a tres médicos distintos para conseguir recetas de clonazepam", RiskTier.CRISIS);
		assertRisk("disse à médica que tinha perdido a receita de rivotril, mas não perdi nada", RiskTier.CRISIS);
		assertRisk("je vais voir deux généralistes pour avoir plus d'ordonnances de xanax", RiskTier.CRISIS);
		assertQuiet("fui a dos médicos distintos para tener una segunda opinión",
				"je vais voir deux généralistes pour avoir un deuxième avis");
	}

	@Test
	void shouldHearPillsBoughtInSeveralPharmaciesOrHiddenInsteadOfSwallowedButNotMasksBought() {
		assertRisk("j'ai acheté des cachets dans plusieurs pharmacies pour qu'on ne me pose pas de questions",
				RiskTier.CRISIS);
		assertRisk("je fais semblant de prendre mes cachets et je les garde dans une boîte", RiskTier.CRISIS);
		assertQuiet("j'ai acheté des masques dans plusieurs pharmacies pour en avoir assez",
				"j'ai acheté des masques dans plusieurs pharmacies pour qu'on me pose pas de questions");
	}

	@Test
	void shouldHearPretendingToTakeThePillsAndHidingThemButNotPretendingWithVitamins() {
		assertRisk("hace semanas que finjo tomarme las pastillas y las escondo", RiskTier.CRISIS);
		assertRisk("finjo que tomo os comprimidos e os escondo na gaveta", RiskTier.CRISIS);
		assertQuiet("je fais semblant de prendre mes vitamines devant ma mère",
				"finjo que tomo el jarabe para que mi hijo se lo tome también");
	}

	@Test
	void shouldHearAHighPlaceVisitedForItsHeightButNotForTheViewOrPhotos() {
		assertRisk("ayer subí a la azotea del hospital a ver qué tan alta es", RiskTier.CRISIS);
		assertRisk("fui até a ponte ontem pra ver se dava", RiskTier.CRISIS);
		assertRisk("je suis allée sur le pont et j'ai regardé le vide longtemps", RiskTier.CRISIS);
		assertRisk("ya anoté a qué hora pasa el tren de mercancías que no para en el andén", RiskTier.CRISIS);
		assertQuiet("subí a la azotea a ver qué tan alto es el edificio de enfrente para las fotos",
				"fui até a ponte ontem pra ver o pôr do sol",
				"je suis allée sur le pont et j'ai regardé le vide, quelle vue pour les photos");
	}

	@Test
	void shouldHearAPlaceWhereNobodyGoesButNotADinnerPlaceOrAHammock() {
		assertRisk("ya sé dónde, en el monte detrás del pueblo, por ahí no pasa nadie", RiskTier.CRISIS);
		assertRisk("levei o veneno pra chácara, ninguém vai lá no inverno", RiskTier.CRISIS);
		assertQuiet("ya sé dónde vamos a cenar, en el bar del puerto, allí no hay nadie los lunes",
				"levei a corda pra chácara, ninguém vai lá no inverno então vou amarrar a rede");
	}

	@Test
	void shouldHearAMeansKeptForWhenTheTimeComesButNotForTheToast() {
		assertRisk("tengo guardada la cuerda para cuando llegue el momento", RiskTier.CRISIS);
		assertRisk("guardei as lâminas pra quando chegar a hora", RiskTier.CRISIS);
		assertRisk("cuando se duerman todos me tomo lo que he ido guardando", RiskTier.CRISIS);
		assertQuiet("guardo la cuerda para cuando llegue el momento de colgar la ropa",
				"guardei o vinho pra quando chegar a hora do brinde");
	}

	@Test
	void shouldHearTheDayDecidedButNotPizzaDayOrCleaningDay() {
		assertRisk("decidí que el sábado es el día", RiskTier.CRISIS);
		assertRisk("decidi que sexta é o dia", RiskTier.CRISIS);
		assertRisk("j'ai choisi samedi, quand ma femme sera partie chez sa mère", RiskTier.CRISIS);
		assertRisk("mon copain part en vacances jeudi, ce sera le bon moment", RiskTier.CONCERN);
		assertQuiet("decidí que el sábado es el día de limpieza", "decidi que sexta é o dia da pizza");
	}

	@Test
	void shouldHearEverythingReadyButTheCourageButNotAPartyOrATrip() {
		assertRisk("ya tengo todo preparado, solo me falta el valor", RiskTier.CRISIS);
		assertRisk("já tá tudo organizado, só falta coragem", RiskTier.CRISIS);
		assertRisk("c'est pour cette nuit, tout est prêt", RiskTier.CONCERN);
		assertRisk("el sábado, ya está decidido, tengo todo preparado en el armario", RiskTier.CONCERN);
		assertQuiet("ya está todo listo para la mudanza, solo me falta el valor de decírselo a mi madre",
				"já tá tudo pronto pra festa, só falta coragem pra convidar ela",
				"c'est pour ce soir, tout est prêt pour le dîner",
				"domingo, tá decidido, tudo pronto pra viagem");
	}

	// --- overdose and self-harm ---

	@Test
	void shouldHearSleepingPillsWithNoNameOrTooMuchOnPurposeButNotALongAgoStory() {
		assertRisk("me tomé un puñado de las de dormir", RiskTier.URGENT);
		assertRisk("me pasé con el tramadol adrede", RiskTier.URGENT);
		assertRisk("tomei remédio demais de propósito", RiskTier.URGENT);
		assertRisk("j'ai avalé une bouteille de vodka avec mes somnifères", RiskTier.URGENT);
		assertQuiet("j'ai bu une bouteille de vin avec mes amis");
	}

	@Test
	void shouldHearSkinScratchedUntilItBledButNotMosquitoBites() {
		assertRisk("je me suis griffé les bras jusqu'au sang", RiskTier.CRISIS);
		assertRisk("j'ai frotté mon poignet avec la brosse jusqu'à ce que ça saigne", RiskTier.CRISIS);
		assertQuiet("je me suis gratté jusqu'au sang à cause des moustiques");
	}

	// --- goodbyes arranged ---

	@Test
	void shouldHearInstructionsForMyThingsButNotWhileIAmAway() {
		assertRisk("les dejé una nota con lo que hay que hacer con mis gatos", RiskTier.URGENT);
		assertQuiet("les dejé una nota con lo que hay que hacer con mis plantas mientras estoy de viaje");
	}

	@Test
	void shouldHearAccountsDeletedSoNothingOfMeIsLeftButNotToWasteLessTime() {
		assertRisk("cerré el facebook y borré las fotos, así no queda nada de mí", RiskTier.URGENT);
		assertRisk("apaguei o instagram, não vai sobrar nada de mim", RiskTier.URGENT);
		assertRisk("j'ai tout supprimé, il restera rien de moi", RiskTier.URGENT);
		assertQuiet("borré instagram y tiktok, así no pierdo tanto tiempo",
				"apaguei o instagram porque estava viciada", "j'ai supprimé instagram, ça me bouffait trop de temps");
	}

	@Test
	void shouldHearAnApologyForWhatIAmGoingToDoButNotForTheCakeOrTheSinging() {
		assertRisk("perdonadme todos por lo que voy a hacer", RiskTier.URGENT);
		assertRisk("me perdoem por tudo que vou fazer", RiskTier.URGENT);
		assertRisk("pardon pour ce que je vais faire", RiskTier.URGENT);
		assertQuiet("me perdoem pelo que vou fazer com o bolo kkkk",
				"pardon pour ce que je vais faire subir à vos oreilles, je chante ce soir");
	}

	@Test
	void shouldHearAPetGivenForGoodOrTheLastEntryButNotAMoveOrATravelDiary() {
		assertRisk("dei o meu gato pra minha prima de vez", RiskTier.URGENT);
		assertRisk("essa é minha última entrada aqui", RiskTier.URGENT);
		assertRisk("elle sait pas que c'est pour toujours", RiskTier.URGENT);
		assertRisk("dernier message", RiskTier.CONCERN);
		assertQuiet("dei o meu gato pra minha prima de vez, me mudei pra um apartamento que não aceita bichos",
				"essa é minha última entrada aqui no diário de viagem, amanhã volto pra casa",
				"dernier message avant les vacances, à lundi");
	}

	@Test
	void shouldHearALetterForEachOrWhoeverFindsThisButNotEndOfYearLetters() {
		assertRisk("j'ai écrit une lettre pour chacun de mes enfants", RiskTier.URGENT);
		assertRisk("papa si tu lis ce message, pardon", RiskTier.URGENT);
		assertRisk("quem ler isso, diga pra minha mãe que eu amava ela", RiskTier.URGENT);
		assertQuiet("j'ai écrit une lettre pour chacun de mes élèves pour la fin d'année");
	}

	@Test
	void shouldHearThingsGivenAwayIWontNeedButNotOldClothes() {
		assertRisk("j'ai donné ma guitare à mon frère, j'en aurai plus besoin", RiskTier.URGENT);
		assertRisk("pra onde eu vou não preciso de nada disso", RiskTier.URGENT);
		assertRisk("fui a ver a mis abuelos una última vez", RiskTier.URGENT);
		assertQuiet("j'ai donné mes cours à mon frère, j'en aurai plus besoin après le bac",
				"para onde eu vou não preciso de casaco, vai fazer calor",
				"fui a ver a mi abuelo una última vez antes de que cierren la residencia");
		assertQuiet("j'ai donné mes vieux vêtements, j'en aurai plus besoin",
				"liguei pra minha avó pela última vez antes da viagem");
	}

	@Test
	void shouldHearRemindersOrAppointmentsNotNeededAnyMoreButNotAMoveOrTraffic() {
		assertRisk("tu pourras arrêter les rappels à partir de demain", RiskTier.URGENT);
		assertRisk("não adianta marcar consulta pro mês que vem, não vou estar mais aqui", RiskTier.CRISIS);
		assertRisk("no me des turno para el mes que viene, no creo que llegue", RiskTier.CRISIS);
		assertQuiet("cancela os lembretes do mês que vem, não vão ser precisos porque terminei o tratamento",
				"semana que vem já não tô mais aqui, consegui a transferência");
		assertQuiet("tu pourras arrêter le chauffage à partir de demain",
				"semana que vem não tô mais aqui, vou me mudar pra Curitiba", "no me des turno a las 8, no llego");
	}

	// --- passive wishes and hopelessness ---

	@Test
	void shouldHearDisappointmentAtWakingUpButNotAtWakingUpLate() {
		assertRisk("je suis déçue de me réveiller encore", RiskTier.CONCERN);
		assertRisk("odio despertarme cada mañana", RiskTier.CONCERN);
		assertQuiet("je suis déçu de me réveiller si tard", "odio despertarme temprano los lunes");
	}

	@Test
	void shouldHearAnAccidentOrAnIllnessAsAReliefButNotACarAsARelief() {
		assertRisk("se eu tivesse um infarto hoje seria um alívio", RiskTier.CONCERN);
		assertRisk("se eu não acordasse mais tanto fazia", RiskTier.CONCERN);
		assertRisk("si une voiture me renversait je serais soulagé", RiskTier.CONCERN);
		assertRisk("ojalá me encuentren algo grave en los análisis", RiskTier.CONCERN);
		assertRisk("tomara que encontrem alguma coisa grave nos meus exames", RiskTier.CONCERN);
		assertRisk("j'espère qu'ils vont trouver une maladie grave", RiskTier.CONCERN);
		assertRisk("ojalá me diera algo mientras duermo y ya", RiskTier.CONCERN);
		assertQuiet("se eu tivesse um carro seria um alívio", "ojalá me diera algo de tiempo el jefe",
				"ojalá me encuentren algo grave para justificar la baja jaja",
				"j'espère qu'ils vont trouver un truc grave à mon ordi pour en avoir un neuf",
				"se eu não acordasse cedo amanhã tanto fazia, é feriado");
	}

	@Test
	void shouldHearWhatIsThePointOfBreathingButNotOfGettingUpEarlyOnSunday() {
		assertRisk("à quoi bon me lever", RiskTier.CONCERN);
		assertRisk("ma vie, j'en veux plus", RiskTier.CONCERN);
		assertQuiet("à quoi bon me lever tôt un dimanche");
	}

	@Test
	void shouldHearACalmDecisionButNotADecisionAboutAJobOrACourse() {
		assertRisk("lo he decidido y me siento en paz", RiskTier.CRISIS);
		assertRisk("já decidi e estou tranquila", RiskTier.CRISIS);
		assertRisk("demain c'est fini, je me sens sereine", RiskTier.CRISIS);
		assertRisk("no hay nada que hacer conmigo. esta vez va en serio", RiskTier.CRISIS);
		assertQuiet("lo he decidido y me siento en paz: dejo el trabajo",
				"já decidi e estou tranquila, vou mudar de curso",
				"demain c'est fini les examens, je me sens sereine",
				"llevo años intentándolo con la dieta. esta vez va en serio");
	}

}
