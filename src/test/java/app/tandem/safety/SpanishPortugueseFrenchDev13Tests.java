package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Dev13 round for Spanish, Portuguese and French, with sentences of my own: recovery told as over (a habit told with
 * "antes" and a safe present after it, a time remembered and "ya no es así", a count of time without it, years at
 * school and the years since), reports about someone else (a confession or a question told by the one who helps, a
 * death by suicide, a chaplain), everyday talk (a named thing after "no aguanto más", "harta de todo" spelt out as a
 * list, a thing that "va mourir", "mátame el volumen"); and plans, goodbyes and passive wishes the rules did not
 * know. Each has a quiet counterpart and, for the false-alarm fixes, a present risk that must still be heard.
 */
class SpanishPortugueseFrenchDev13Tests extends RulesAlone {

	@Test
	void shouldNotAlarmOnRecoveryToldAsOverButHearThePresentRisk() {
		assertQuiet("antes juntaba pastillas por si acaso. ahora las tiene mi pareja",
				"recuerdo cuando quería morirme cada noche. ya no es así, hace un año que no lo pienso",
				"ocho meses sin pensar en matarme, gracias a la terapia",
				"no inverno em que o meu pai morreu eu não queria continuar. este ano voltei a correr com vontade",
				"oito meses sem pensar em me matar. a terapia ajudou muito",
				"je me suis longtemps scarifiée au collège. ça fait maintenant six ans que c'est derrière moi",
				"neuf mois sans penser à mourir, je suis fière");
		assertRisk("antes juntaba pastillas por si acaso. ahora las junto otra vez", RiskTier.CRISIS);
		assertRisk("ocho meses sin pensar en matarme, pero esta noche quiero hacerlo", RiskTier.CRISIS);
		assertRisk("no inverno em que o meu pai morreu eu não queria continuar. agora ando outra vez sem vontade",
				RiskTier.CONCERN);
		assertRisk("oito meses sem pensar em me matar, mas hoje quero morrer", RiskTier.CRISIS);
		assertRisk("je me suis longtemps scarifiée au collège. ce soir je veux me couper encore", RiskTier.CRISIS);
		assertRisk("neuf mois sans penser à mourir, mais ce soir je veux mourir", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnSomeoneElsesConfessionOrQuestionButHearMeToo() {
		assertQuiet("como capellán acompaño a viudas después de un suicidio en la familia",
				"mi alumna me confesó que piensa en quitarse la vida; avisé a la orientadora",
				"a minha vizinha confessou-me que pensa em se matar, liguei para a filha dela",
				"un collègue est mort par suicide l'an dernier, on a planté un arbre",
				"mon élève m'a demandé combien de comprimés il faudrait pour ne pas se réveiller, j'ai prévenu l'infirmière");
		assertRisk("mi alumna me confesó que piensa en quitarse la vida y yo también quiero matarme", RiskTier.CRISIS);
		assertRisk("a minha vizinha confessou-me que pensa em se matar, e eu também quero morrer", RiskTier.CRISIS);
		assertRisk("mon élève m'a demandé combien de comprimés il faudrait pour ne pas se réveiller, moi aussi je veux mourir",
				RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnEverydayTalkButHearTheRiskBesideIt() {
		assertQuiet("no aguanto más esta impresora, mañana llamo al técnico",
				"estoy harta de todo, del metro, de la lluvia, de las colas",
				"mátame la alarma que ya estoy despierta", "esse calor não deixa dormir, não aguento mais",
				"ce logiciel va me faire mourir, il plante toutes les dix minutes", "ma batterie est à 1 %, elle va mourir",
				"cette nuit je me tue au boulot, vivement les vacances");
		assertRisk("no aguanto más esta vida", RiskTier.CONCERN);
		assertRisk("estoy harta de todo, de vivir, de la lluvia", RiskTier.CONCERN);
		assertRisk("mátame, en serio, ya no quiero vivir", RiskTier.CRISIS);
		assertRisk("calor ou não, não aguento mais a vida", RiskTier.CONCERN);
		assertRisk("ce logiciel va me faire mourir et je veux mourir pour de vrai", RiskTier.CRISIS);
		assertRisk("cette nuit je me tue, j'ai plus de force", RiskTier.CRISIS);
	}

	@Test
	void shouldHearResearchHiddenPillsAndSelfHarmThatCalms() {
		assertRisk("busqué en el móvil cómo hacerlo sin que duela", RiskTier.CRISIS);
		assertRisk("pesquisei no telemóvel como fazer isso sem sofrer", RiskTier.CRISIS);
		assertRisk("la enfermera me la da cada noche y la escondo bajo la lengua", RiskTier.CRISIS);
		assertRisk("a enfermeira dá-ma e eu escondo-a debaixo da língua", RiskTier.CRISIS);
		assertRisk("je planque le cachet sous la langue et je le recrache après", RiskTier.CRISIS);
		assertRisk("me quemé con el mechero y me calmó", RiskTier.CRISIS);
		assertRisk("je me suis fait des brûlures avec un briquet", RiskTier.CRISIS);
		assertRisk("j'ai avalé la totalité de mes cachets", RiskTier.URGENT);
		assertQuiet("busqué cómo hacer pan sin que se queme",
				"je me suis brûlée avec le fer à lisser sans faire exprès");
	}

	@Test
	void shouldHearPassiveWishesAndEndingsToldIndirectly() {
		assertRisk("a veces rezo para que el techo se caiga sobre mí y listo", RiskTier.CONCERN);
		assertRisk("podia cair-me um raio em cima e acabava-se esta dor", RiskTier.CONCERN);
		assertRisk("se eu não existisse a minha família vivia em paz", RiskTier.CONCERN);
		assertRisk("acordei outra vez, que pena", RiskTier.CONCERN);
		assertRisk("j'ai plus envie d'être en vie", RiskTier.CONCERN);
		assertRisk("queria ir embora desta vida", RiskTier.CRISIS);
		assertRisk("estou a pensar em ir morar na cidade dos pés juntos", RiskTier.CRISIS);
		assertRisk("yo para el domingo ya habré acabado con todo", RiskTier.CRISIS);
		assertQuiet("rezo para que mañana no llueva", "queria ir embora desta cidade",
				"para el domingo ya habré acabado con todo el papeleo");
	}

	@Test
	void shouldHearGoodbyesAndPlansMixedWithOrdinaryArrangements() {
		assertRisk("no se preocupen por mí después de hoy", RiskTier.CONCERN);
		assertRisk("eu amanhã já não estou cá", RiskTier.CONCERN);
		assertRisk("gravei uma mensagem para cada uma, recebem agendada na segunda", RiskTier.CONCERN);
		assertRisk("grabé un audio para cada uno, les llega programado el sábado", RiskTier.CONCERN);
		assertRisk("j'ai donné ma guitare à Paul, mes livres à ma sœur et mon chat à la voisine", RiskTier.CONCERN);
		assertRisk("dei o meu relógio ao meu filho e a bicicleta velha ao meu sobrinho", RiskTier.CONCERN);
		assertRisk("c'est pas pour les vacances que je fais ça", RiskTier.CONCERN);
		assertRisk("le pedí a mi tío que me preste la pistola, mañana me la da", RiskTier.CONCERN);
		assertRisk("descubrí que la azotea del hospital queda abierta de noche", RiskTier.CONCERN);
		assertRisk("me fijé a qué hora pasa el tren que no para en mi pueblo", RiskTier.CONCERN);
		assertQuiet("no se preocupen por mí, hoy ceno con Ana", "amanhã já não estou aqui, tenho turno no porto",
				"j'ai donné mes meubles à Paul et mon frigo à la voisine avant mon déménagement",
				"c'est pas pour les vacances que je pars, c'est pour le boulot",
				"le pedí a mi tío que me preste la escopeta para el club de tiro");
	}

	@Test
	void shouldHearLastDaysCountedPillsAndGoodbyesTheRulesDidNotKnow() {
		assertRisk("je rigole pas, je veux crever", RiskTier.CRISIS);
		assertRisk("c'est sûrement mon dernier mois sur terre", RiskTier.CRISIS);
		assertRisk("creo que es mi último mes en este mundo", RiskTier.CRISIS);
		assertRisk("acho que é a minha última semana neste mundo", RiskTier.CRISIS);
		assertRisk("jvaismetuerdemain", RiskTier.CONCERN);
		assertRisk("je connais exactement combien il m'en reste, au cas où", RiskTier.CRISIS);
		assertRisk("sé exactamente cuántas me quedan, por si acaso", RiskTier.CRISIS);
		assertRisk("sei quantos tenho, por via das dúvidas", RiskTier.CRISIS);
		assertRisk("no lloren por mí", RiskTier.CONCERN);
		assertRisk("ne pleurez pas pour moi", RiskTier.CONCERN);
		assertRisk("não chorem por mim", RiskTier.CONCERN);
		assertRisk("chegou a hora", RiskTier.CONCERN);
		assertRisk("só queria agradecer-te antes de partir", RiskTier.CONCERN);
		assertRisk("estou a doar os livros porque não conto passar mais um natal aqui", RiskTier.CONCERN);
		assertRisk("estoy regalando mi ropa porque no pienso pasar otra navidad", RiskTier.CONCERN);
		assertRisk("fiquei sozinho horas no viaduto a olhar para baixo", RiskTier.CONCERN);
		assertRisk("plutôt crever que continuer comme ça", RiskTier.CONCERN);
		assertQuiet("si c'était mon dernier jour sur terre, je mangerais une pizza",
				"je sais combien il m'en reste pour finir le mois", "no llores por mí, que estoy bien",
				"chegou a hora do jantar", "queria agradecer antes de partir para o aeroporto",
				"fui sozinho com os miúdos à ponte e ficámos a olhar para baixo para os barcos");
	}

	@Test
	void shouldNotAlarmOnLaughterComparisonsAndRecoveryButHearTheRiskBesideIt() {
		assertQuiet("mort de rire, je peux plus respirer",
				"encore une réunion qui aurait pu être un mail, je me tire une balle",
				"plutôt mourir que de retourner chez Ikea un samedi",
				"prefiero morirme antes que ir a otra reunión de vecinos",
				"preferia morrer do que ir à praia em agosto",
				"j'ai voulu en finir après mon licenciement. avec le temps ça va beaucoup mieux",
				"mi hija lleva toda la tarde tocando la flauta y ya no puedo más");
		assertRisk("mort de rire mais sérieux je veux mourir", RiskTier.CRISIS);
		assertRisk("encore une nuit sans dormir, je me tue pour de vrai", RiskTier.CRISIS);
		assertRisk("prefiero morir que seguir así", RiskTier.CRISIS);
		assertRisk("j'ai voulu en finir après mon licenciement. ça va mieux, mais ce soir je veux encore en finir",
				RiskTier.CRISIS);
		assertRisk("mi hija tocando la flauta y ya no puedo más con mi vida", RiskTier.CONCERN);
	}

	@Test
	void shouldNotAlarmOnAnotherPersonsWrittenWordsOrEncouragementButHearMeToo() {
		assertQuiet("un élève a écrit \"je veux mourir\" sur son carnet, j'ai prévenu la CPE",
				"si alguien lee esto y está como yo estaba, que pida ayuda, se sale");
		assertRisk("un élève a écrit \"je veux mourir\" sur son carnet, et moi aussi je veux mourir", RiskTier.CRISIS);
		assertRisk("si alguien lee esto y está como yo estaba, adiós y perdón", RiskTier.URGENT);
	}

	@Test
	void shouldNotAlarmOnTellingSomeoneAboutThatAttemptOrAFinishedCourseButHearTheRiskNow() {
		assertQuiet("le conté a mi novia lo de mi intento y lloramos juntos",
				"falei à minha turma sobre a minha tentativa de suicídio na adolescência",
				"j'ai parlé à mes enfants de ma tentative, ils ont posé plein de questions",
				"a rapariga que eu era aos vinte queria morrer, hoje já não",
				"tomei a caixa inteira de antibióticos como a médica mandou",
				"me terminé el frasco de jarabe como dijo la pediatra",
				"j'ai fini la boîte d'anti-inflammatoires comme le médecin l'a prescrit");
		assertRisk("le conté a mi novia lo de mi intento, y esta noche quiero matarme", RiskTier.CRISIS);
		assertRisk("a rapariga que eu era aos vinte queria morrer e ainda quero", RiskTier.CRISIS);
		assertRisk("tomei a caixa inteira de comprimidos de uma vez", RiskTier.URGENT);
	}

}
