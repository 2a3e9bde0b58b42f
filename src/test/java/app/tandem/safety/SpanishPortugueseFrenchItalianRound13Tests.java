package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 13 in Spanish, Portuguese, French and Italian, read by the rules alone, with my own sentences: kinds of
 * phrasing a seventeenth development part, written by new writers, showed the rules mistaking (suicidal thoughts
 * told as gone or past, someone else's words or search reported, a game or idiom, a weekly pill organiser, a
 * laughing hyperbole) or missing (wishing the plane or operation goes wrong, means made reachable, a place looked
 * over, self-harm until bleeding, deadlines and goodbyes), each with its lookalike.
 */
class SpanishPortugueseFrenchItalianRound13Tests extends RulesAlone {

	@Test
	void shouldNotAlarmOnSuicidalThoughtsToldAsGoneOrPastButWhenTheyAreBack() {
		assertQuiet("da mesi non ho più avuto nemmeno un pensiero suicida",
				"depuis Noël je n'ai pas eu une seule pensée suicidaire",
				"tuve ideas suicidas en la adolescencia, fui a terapia y hoy estoy muy bien",
				"ho avuto pensieri suicidi dopo il lutto, ma oggi sto molto bene");
		assertRisk("desde marzo no he tenido ni un solo pensamiento suicida pero hoy quiero matarme", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnSomeoneElsesWordsOrSearchReported() {
		assertQuiet("mi vecina me contó anoche que se quería morir, ¿cómo la ayudo?",
				"mi tío publicó en facebook que quería desaparecer y lo llamé enseguida",
				"mi compañera tiene pensamientos suicidas y no sé cómo ayudarla",
				"ma cousine a cherché comment mourir sans souffrir sur son téléphone",
				"mon frère poste des \"je veux disparaître\" sur Insta, je l'ai appelé");
		assertRisk("je veux disparaître pour toujours", RiskTier.CONCERN);
	}

	@Test
	void shouldNotAlarmOnIdiomsGamesRoutinesAndLaughingHyperbole() {
		assertQuiet("ça me tue de devoir attendre encore", "au bowling mon fils m'a tuée, 180 points",
				"je me suis coupée en deux pour finir ce dossier", "je vide mon pilulier tous les dimanches soir",
				"ho fatto un'overdose di pandoro a Capodanno", "stavo a matar-me a trabalhar no verão",
				"je vais me pendre avec les fils des écouteurs, encore emmêlés mdr",
				"si me ponen otra reunión de dos horas un viernes me pego un tiro",
				"mi hermana me tiene frita, un día la mato y me mato detrás jajaja",
				"mi arrendo con il sudoku. e oggi pasta al forno");
		assertRisk("ce soir j'ai vidé mon pilulier d'un coup", RiskTier.URGENT);
		assertRisk("je vais me tuer ce soir", RiskTier.CRISIS);
	}

	@Test
	void shouldHearWishingTheOperationOrPlaneGoesWrongOrTheHeartStopsButNotADelay() {
		assertRisk("a veces rezo para que la operación salga mal", RiskTier.CONCERN);
		assertRisk("torço pra cirurgia dar errado", RiskTier.CONCERN);
		assertRisk("je souhaite parfois que mon cœur lâche pendant la nuit", RiskTier.CONCERN);
		assertQuiet("spero che l'aereo non abbia ritardo", "ojalá la operación salga bien");
	}

	@Test
	void shouldHearMeansMadeReachableButNotHouseKeysOrARefill() {
		assertRisk("ho preso le chiavi dell'armadio dei fucili di mio nonno", RiskTier.CRISIS);
		assertRisk("cogí la llave del armario de las escopetas de mi padre", RiskTier.CRISIS);
		assertRisk("peguei a chave do cofre das armas do meu pai", RiskTier.CRISIS);
		assertRisk("j'ai pris la clé de l'armoire à fusils de mon père", RiskTier.CRISIS);
		assertRisk("pedi a receita em dois médicos diferentes pra ter mais caixas", RiskTier.CRISIS);
		assertRisk("j'ai eu un renouvellement en disant que j'avais perdu la boîte", RiskTier.CRISIS);
		assertQuiet("ho trovato le chiavi di casa sotto il tappeto", "pedi a receita ao médico de família porque acabou");
	}

	@Test
	void shouldHearAPlaceWhereNobodyPassesOrTheWheelLetGoButNotARunningRoute() {
		assertRisk("el puente viejo, ahí no pasa nadie de madrugada", RiskTier.CRISIS);
		assertRisk("sul ponte della ferrovia non passa mai nessuno la notte", RiskTier.CRISIS);
		assertRisk("al prossimo ponte mollo il volante", RiskTier.CRISIS);
		assertRisk("je vais lâcher le volant sur le pont", RiskTier.CRISIS);
		assertQuiet("el puente viejo, ahí no pasa nadie de madrugada, perfecto para correr");
	}

	@Test
	void shouldHearSelfHarmUntilBleedingOrRelapseIntoShButNotAnItch() {
		assertRisk("recaí en el sh anoche", RiskTier.CRISIS);
		assertRisk("j'ai gratté mes cicatrices jusqu'à les rouvrir", RiskTier.CRISIS);
		assertRisk("je me suis fait des bleus à coups de poing", RiskTier.CRISIS);
		assertQuiet("le chat m'a griffée jusqu'au sang", "recaí en el vicio del chocolate");
	}

	@Test
	void shouldHearDeadlinesAndGoodbyesButNotATripOrAnOffice() {
		assertRisk("no pienso estar aquí para Navidad", RiskTier.CRISIS);
		assertRisk("je ne passerai pas l'hiver", RiskTier.CRISIS);
		assertRisk("que nadie me busque mañana", RiskTier.CONCERN);
		assertRisk("non cercatemi", RiskTier.CONCERN);
		assertRisk("a partir de amanhã já não vão ter de se preocupar comigo", RiskTier.URGENT);
		assertRisk("mi do ancora un mese e poi basta", RiskTier.CONCERN);
		assertRisk("decidi que o meu limite é o natal", RiskTier.CONCERN);
		assertRisk("niente mi trattiene più dal farlo", RiskTier.CRISIS);
		assertRisk("esta noche pienso tomármelas todas", RiskTier.CRISIS);
		assertQuiet("no voy a estar aquí para Navidad, me voy de viaje a México", "je ne passerai pas l'hiver à Paris",
				"que nadie me busque este finde, estoy de retiro", "non cercatemi in ufficio domani",
				"niente mi trattiene più a Milano", "tengo que tomármelo todo, el antibiótico");
	}

}
