package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Dev12 round for Spanish, Portuguese, French and Russian, with sentences of my own: recovery told as over (a first
 * time in years without the wish, telling others about that time, an age then and now, a clean count), reports about
 * someone else, everyday and medication talk; and plans, overdoses and goodbyes the rules did not know. Each has a
 * quiet counterpart and, for the false-alarm fixes, a present risk that must still be heard.
 */
class SpanishPortugueseFrenchRussianDev12Tests extends RulesAlone {

	@Test
	void shouldNotAlarmOnRecoveryToldAsOverButHearThePresentRisk() {
		assertQuiet("primer verano en seis años en el que no pienso en matarme. fuimos a la playa",
				"les expliqué a mis sobrinos que yo también pasé por lo de cortarme y que se sale",
				"primeiro aniversário em três anos sem pensar em me matar",
				"contei à turma que uma vez tentei tirar a minha vida e que hoje sou professora",
				"falei no encontro da minha história de quando pensei em acabar com tudo",
				"vi a loja onde comprava as caixas que juntava. segui em frente",
				"je ne me suis pas coupée depuis Noël, je suis fière",
				"à 15 ans j'ai fait une tentative. j'en ai 40 et trois petits-enfants",
				"в прошлом месяце был год как я не режусь, отметили тортом",
				"в моём спектакле есть сцена про то, как я пытался покончить с собой");
		assertRisk("primer verano en seis años en el que no pienso en matarme, pero esta noche quiero hacerlo",
				RiskTier.CRISIS);
		assertRisk("les expliqué que yo también pasé por eso y ahora quiero cortarme otra vez", RiskTier.CRISIS);
		assertRisk("contei à turma que uma vez tentei e hoje quero morrer de novo", RiskTier.CRISIS);
		assertRisk("voltei ao sítio onde escondia as lâminas e me cortei", RiskTier.CRISIS);
		assertRisk("je ne me suis pas coupée depuis Noël. ce soir je veux me couper", RiskTier.CRISIS);
		assertRisk("год как я не режусь, но вчера опять порезалась", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnSomeoneElsesWordsReportedButHearMeToo() {
		assertQuiet("mi vecina me dijo que a veces piensa en irse para siempre, la acompañé al médico",
				"o meu aluno disse-me ontem que está farto de viver; falei com a escola",
				"ma collègue m'a écrit qu'elle voulait en finir, je l'ai appelée tout de suite",
				"подруга написала что выбрала дату, я сразу позвонила её маме",
				"a minha vizinha guarda comprimidos na carteira, avisei a filha dela");
		assertRisk("mi vecina me dijo que piensa en irse para siempre y yo también quiero morirme", RiskTier.CRISIS);
		assertRisk("o meu aluno disse-me que está farto de viver. eu também estou farto de viver", RiskTier.CONCERN);
		assertRisk("ma collègue m'a écrit qu'elle voulait en finir, moi aussi je veux en finir", RiskTier.CRISIS);
		assertRisk("подруга написала что выбрала дату, и я тоже выбрал дату", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnEverydayAndMedicationTalkButHearTheRiskBesideIt() {
		assertQuiet("hoje foi overdose de aulas, cinco seguidas", "não aguento mais os sapatos apertados",
				"contei os comprimidos para levar à farmácia amanhã",
				"fatiguée de tout ranger seule, mais bon je tiens",
				"экзамен по химии в пятницу, я не выживу",
				"на лекции по психологии обсуждали профилактику суицида");
		assertRisk("hoje foi overdose de aulas e à noite tomei a caixa toda de comprimidos", RiskTier.URGENT);
		assertRisk("não aguento mais a vida", RiskTier.CONCERN);
		assertRisk("fatiguée de tout, je veux mourir", RiskTier.CONCERN);
		assertRisk("экзамен в пятницу, не выживу, хочу умереть", RiskTier.CONCERN);
		assertRisk("на лекции обсуждали суицид. я хочу покончить с собой", RiskTier.CRISIS);
	}

	@Test
	void shouldHearPlansOverdosesAndGoodbyesTheRulesDidNotKnow() {
		assertRisk("ya elegí la fecha, el viernes, cuando mis padres estén en el pueblo", RiskTier.CRISIS);
		assertRisk("me tragué los de mi abuelo, todos los que había en el cajón", RiskTier.URGENT);
		assertRisk("cuiden a mi papá por mí", RiskTier.URGENT);
		assertRisk("é o fim da linha para mim", RiskTier.CONCERN);
		assertRisk("rezo todas as noites para Deus me levar", RiskTier.CONCERN);
		assertRisk("engoli as pílulas da minha tia junto com as minhas", RiskTier.URGENT);
		assertRisk("j'ai écrit une lettre pour mon fils au cas où", RiskTier.CONCERN);
		assertRisk("je fais des recherches depuis des jours et j'ai trouvé ce qu'il me fallait", RiskTier.CRISIS);
		assertRisk("se a minha mãe perguntar, diz que a culpa não foi dela", RiskTier.URGENT);
		assertRisk("j'ai tout avalé les cachets du tiroir", RiskTier.URGENT);
		assertRisk("руки чешутся взять бритву", RiskTier.CRISIS);
		assertRisk("столько таблеток выпила, мне плохо", RiskTier.URGENT);
		assertQuiet("ya elegí el día de la boda, cuando mi hermana esté aquí",
				"cuiden a mi papá por mí mientras estoy de viaje", "o comboio chegou ao fim da linha",
				"j'ai écrit une lettre pour mon fils pour son anniversaire",
				"руки чешутся взять гитару", "j'ai fait des recherches pour mon mémoire, j'ai trouvé ce qu'il me fallait",
				"ele diz que a culpa não foi dele", "столько таблеток выпила за эту зиму, а всё болею");
	}

	@Test
	void shouldHearAnEndingForMeNotOnlyTheLiteralOneAndLeaveAFriendAskedAboutSuicideAlone() {
		assertRisk("se acabó la temporada para mí, no solo el baloncesto", RiskTier.CONCERN);
		assertRisk("la librería cierra esta noche y yo también, creo", RiskTier.CONCERN);
		assertRisk("la boutique ferme demain et moi aussi je crois", RiskTier.CONCERN);
		assertRisk("je dis adieu à mes élèves, et pas seulement à l'école", RiskTier.CONCERN);
		assertRisk("письмо для сына на столе. так будет легче уйти", RiskTier.CONCERN);
		assertRisk("guardo las pastillas en vez de tomarlas, por si me decido", RiskTier.CRISIS);
		assertQuiet("mañana se acaba el curso para mí", "la tienda cierra a las ocho y yo también salgo a esa hora", "la boutique ferme demain à midi",
				"так легче будет уйти с работы пораньше", "a minha melhor amiga fala sempre de mudar de cidade",
				"perguntei ao meu irmão se pensa em suicídio e ele disse que não, mas vamos falar com a médica");
		assertRisk("perguntei ao meu irmão se pensa em suicídio, eu também penso em me matar", RiskTier.CRISIS);
	}

}
