package app.tandem.safety;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the screen grades what it finds. How much it finds is measured on the corpus (RiskScreenEvaluationTests).
 */
class RiskScreenTests {

	/**
	 * One screen for every test, as the application has one: building one reads and indexes every rules file, which
	 * per test (and twice per nested test) made this class take minutes.
	 */
	static final RiskScreen SCREEN = new RiskScreen();

	/** The rules alone, without the model. */
	static final RiskScreen RULES = new RiskScreen(opinion -> CompletableFuture.completedFuture(null));

	final RiskScreen screen = SCREEN;

	@Test
	void shouldGradeAnOverdoseAlreadyTakenAsUrgentInEveryLanguage() {
		for (String text : List.of("i took all my pills an hour ago", "me tomé toda la caja de pastillas",
				"hab die ganze packung tabletten genommen", "j'ai avalé toute la boîte de cachets",
				"tomei a cartela inteira de comprimidos", "ho preso tutte le pillole della scatola",
				"я выпила все таблетки", "ya vypila vse tabletki")) {
			assertThat(screen.screen(text)).as(text).map(Risk::tier).contains(RiskTier.URGENT);
		}
	}

	@Test
	void shouldReadThePersonsOwnMedicationAsAMeans() {
		String text = "took the whole box of fluanxol";

		assertThat(screen.screen(text, List.of("Fluanxol 1 mg"))).map(Risk::signal).contains(RiskSignal.OVERDOSE_TAKEN);
	}

	@Test
	void shouldGradeActiveThoughtsAsCrisisAndMakeThemUrgentWithATime() {
		assertThat(screen.screen("i want to kill myself")).map(Risk::tier).contains(RiskTier.CRISIS);
		assertThat(screen.screen("i'm going to kill myself tonight")).map(Risk::tier).contains(RiskTier.URGENT);
	}

	@Test
	void shouldReadAMixedLanguageMessageWithEveryLanguageInIt() {
		assertThat(screen.screen("honestly today was long y la verdad ya no quiero vivir")).isPresent();
		assertThat(screen.screen("ich kann nicht mehr, I just want to die")).isPresent();
	}

	@Test
	void shouldReadALongerSentenceInLatinLettersWithNoCommonWordOfAnyLanguageAsRussianToo() {
		assertThat(RULES.screen("opyat porezalas vchera, 4 mesyaca derzhalas")).isPresent();
		assertThat(RULES.screen("segodnya kupila hleb, moloko i yabloki, vecherom kino")).isEmpty();
		assertThat(RULES.screen("great weekend hiking mountains, sunny views everywhere")).isEmpty();
	}

	@Test
	void shouldReadAGermanSentenceWithDialectWordsWithTheGermanRules() {
		assertThat(RULES.screen("es bringt eh alles nix mehr. heut nacht is schluss, endgültig")).isPresent();
		assertThat(RULES.screen("heut nacht is endgültig schluss")).isPresent();
		assertThat(RULES.screen("heut war der tag lang, jetzt is schluss mit arbeit, endlich feierabend")).isEmpty();
	}

	@Test
	void shouldReadFrenchUntilItBledWithItsApostropheAsSelfHarmOnlyWhenThePersonDidItThemselves() {
		assertThat(RULES.screen("je m'arrache les cuticules jusqu'au sang quand l'angoisse monte")).isPresent();
		assertThat(RULES.screen("le chien du voisin m'a mordue jusqu'au sang")).isEmpty();
	}

	/** A Portuguese sentence whose only common words are also English ones ("a", "do", "to") is read as Portuguese. */
	@Test
	void shouldReadAPortugueseSentenceOfEnglishLookingWordsWithThePortugueseRules() {
		assertThat(RULES.screen("tomei a caixa inteira do clonazepam agora, to zonza")).isPresent();
		assertThat(RULES.screen("tomei a vacina da gripe agora, to bem")).isEmpty();
		// "sem", "noite", "passei", "fazer", "fiz", "dnv" (de novo): Portuguese words no other language shares
		assertThat(RULES.screen("passei a madrugada pesquisando como fazer sem doer")).isPresent();
		assertThat(RULES.screen("passei a tarde pesquisando como fazer bolo sem ovo")).isEmpty();
	}

	/** A German sentence without "ich" whose other words are German only ("seit", "tagen") is read as German. */
	@Test
	void shouldReadAGermanSentenceWithoutIchWithTheGermanRules() {
		assertThat(RULES.screen("denke seit tagen an suizid")).isPresent();
		assertThat(RULES.screen("denke seit tagen an den urlaub")).isEmpty();
	}

	/** Swiss German ("hani … gno") had too few common words to be read with the German rules at all. */
	@Test
	void shouldReadASwissGermanSentenceWithTheGermanRules() {
		assertThat(RULES.screen("hani z vill vo mine tablette gno, absichtlich")).isPresent();
		assertThat(RULES.screen("hani vill gno am fescht, bi z müed")).isEmpty();
	}

	@Test
	void shouldNotReadStrivingForMoreAsAWishToDie() {
		assertThat(RULES.screen("ich will nach mehr streben im beruf")).isEmpty();
		assertThat(RULES.screen("ich will nur noch stebren")).isPresent();
	}

	@Test
	void shouldHearKmsAsKillMyselfButNotAsKilometres() {
		assertThat(RULES.screen("honestly i just wanna kms")).isPresent();
		assertThat(RULES.screen("ich will einfach nur noch kms fr")).isPresent();
		assertThat(RULES.screen("kms")).isPresent();
		assertThat(RULES.screen("heute 200 kms gefahren, bin platt")).isEmpty();
		assertThat(RULES.screen("die letzten kms waren echt hart")).isEmpty();
		assertThat(RULES.screen("the last few kms of the run were brutal")).isEmpty();
	}

	@Test
	void shouldExplainACrisisHeardFromHopelessnessAndIntentTogether() {
		assertThat(RULES.explain("tried everything and nothing helps. so im done", List.of()))
			.contains("hopelessness with intent");
	}

	@Test
	void shouldReadWhatFollowsAnEllipsisAsTheSameSentence() {
		assertThat(RULES.screen("não aguento mais... essa novela, que final horroroso kkkk")).isEmpty();
		assertThat(RULES.screen("j'en peux plus... de ce feuilleton, la fin est ratée")).isEmpty();
		assertThat(RULES.screen("não aguento mais... quero morrer")).isPresent();
		assertThat(RULES.screen("j'en peux plus... je veux mourir")).isPresent();
	}

	@Test
	void shouldHearAWishSaidToBeMeantInChatSlangBesideALaughingSkull() {
		assertThat(RULES.screen("i want to die fr 💀")).isPresent();
		assertThat(RULES.screen("i want to die no cap 💀")).isPresent();
		assertThat(RULES.screen("ich will sterben fr 💀")).isPresent();
		assertThat(RULES.screen("voglio morire davvero 💀")).isPresent();
		assertThat(RULES.screen("this exam, i want to die 💀 lol")).isEmpty();
	}

	@Test
	void shouldReadTellingEmojiAsWords() {
		assertThat(screen.screen("🌉 tonight.")).map(Risk::tier).contains(RiskTier.URGENT);
		assertThat(screen.screen("took them all 💊💊💊 just now")).map(Risk::tier).contains(RiskTier.URGENT);
	}

	@Test
	void shouldGradePassiveThoughtsAsConcern() {
		assertThat(screen.screen("honestly i'm so tired of living")).map(Risk::tier).contains(RiskTier.CONCERN);
	}

	@Test
	void shouldFindOneRiskySentenceInALongNote() {
		String note = RiskScreenBenchmark.NOTE + " I have been saving up my pills for weeks. " + RiskScreenBenchmark.NOTE;

		assertThat(screen.screen(note)).map(Risk::signal).contains(RiskSignal.PLAN);
		assertThat(screen.screen(RiskScreenBenchmark.NOTE + RiskScreenBenchmark.NOTE)).isEmpty();
	}

	@Test
	void shouldLeaveSomeoneElsesCrisisAFilmAJokeAndRecoveryAlone() {
		for (String text : List.of("my friend says she wants to kill herself, what do I do",
				"that film about a guy who overdoses was so sad", "this meeting is killing me lol",
				"two years ago I tried to kill myself, today I ran a marathon", "took all my meds today ✅")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
	}

	@Test
	void shouldLeaveRecoveryProfessionalsAndIdiomsAloneInSpanishFrenchItalianAndPortuguese() {
		for (String text : List.of("hace dos veranos quería morirme, este verano aprendo a nadar",
				"ya no tengo esas ideas de antes de matarme, estoy mucho mejor",
				"como enfermera atiendo a muchos chicos con ideación suicida",
				"el cantante murió de sobredosis y su último disco es precioso",
				"y a trois ans je voulais mourir, maintenant je fais du vélo",
				"la facture d'électricité me tue", "j'ai fait une overdose de chocolat à Pâques",
				"tre inverni fa volevo farla finita, oggi corro la mezza maratona",
				"nel periodo peggiore volevo buttarmi dal balcone, oggi vado al mare",
				"não tenho mais vontade de me cortar desde que comecei a pintar",
				"no dezembro passado eu pensava em morrer, agora estou bem",
				"sou professora e tenho alunos com ideias suicidas, é pesado")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
		// The rules clear it; since the seventeenth development part the model reads it at 0.96, above the
		// near-certain reading (0.95) that outvotes a clear, so the person is asked, never alarmed. Raising that bar
		// to 0.97 lost seven risk messages to save one false alarm (development parts, each left out in turn).
		String recovered = "je n'ai plus envie de me couper depuis que je nage";
		assertThat(RULES.screen(recovered)).isEmpty();
		assertThat(screen.screen(recovered).map(Risk::tier).orElse(null)).as(recovered).isIn(null, RiskTier.CONCERN);
	}

	@Test
	void shouldLeaveRecoveryToldAsOverAndSomeoneElsesWordsAloneInEveryLanguage() {
		for (String text : List.of("three summers ago i had the rope ready. this summer i am coaching my son's football team",
				"back in the shelter i wanted to die. now i volunteer there every saturday morning",
				"my therapist and i made a safety plan, i keep it on the fridge",
				"cuando me echaron del trabajo pensaba que mejor morirme. ahora tengo mi propio taller de bicis",
				"recaí en los cortes en enero, pero ya llevo tres meses limpio", "se me cortó la leche del café",
				"eu vivia pensando em me matar. a terapia em grupo mudou muita coisa na minha vida",
				"o goleiro do nosso time falou que tanto faz morrer, estamos preocupados",
				"ich hab den bus verpasst, ich will sterben haha", "ho bruciato la torta, voglio morire lol",
				"als ich im heim war wollte ich mich umbringen. inzwischen mache ich eine ausbildung zum koch",
				"pendant ma dépression j'ai voulu me tuer. aujourd'hui je fais de la voile avec mon fils",
				"sono sei mesi che non mi taglio, ho festeggiato con una pizza",
				"la mia alunna mi ha scritto voglio morire sul diario, ho chiamato la psicologa della scuola",
				"было время, думала что всем без меня будет лучше. теперь работаю в библиотеке и учусь играть на гитаре",
				"ученик сказал что выбрал день, я сразу позвонила психологу",
				"relapsed on cutting in march but i'm 3 months clean now and i asked for help",
				"j'ai rechuté en mai mais ça fait deux mois que je ne me coupe plus",
				"há dois invernos eu queria morrer. hoje planto tomates com meu neto",
				"meine schülerin hat mir gesagt, ich will sterben, ich hab die schulpsychologin angerufen",
				"if i lose this match again i'm killing myself (joke)")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
	}

	@Test
	void shouldStillHearAPresentRiskBesideARecoveryStoryOrSomeoneElsesWords() {
		for (String text : List.of("last year I tried; tonight I want to do it again",
				"back in the shelter i wanted to die and tonight i want to do it again",
				"cuando murió mi madre pensaba en quitarme del medio y hoy quiero matarme",
				"recaí en los cortes anoche después de tres meses limpio",
				"reprovei de novo… vou me matar essa semana", "eu vivia pensando em me matar e agora quero de novo",
				"als die stimmen da waren wollte ich mich umbringen und heute will ich es wieder",
				"pendant ma dépression j'ai voulu me tuer et ce soir je veux le faire",
				"un tempo avevo scritto i biglietti d'addio, stasera voglio farla finita",
				"было время, хотела умереть, а сейчас снова хочу умереть",
				"мама сказала что я никому не нужна и я хочу умереть", "мама сказала что я никому не нужна, хочу умереть",
				"relapsed on cutting last night after 3 months clean", "j'ai rechuté hier soir après deux mois sans me couper",
				"if i fail this exam im going to kill myself", "meine mutter hat gesagt ich bin eine enttäuschung, ich will sterben",
				"la mia ragazza mi ha detto che mi lascia, voglio morire", "a minha namorada disse que vai me deixar, quero morrer",
				"ive been 3 weeks without sleep and im ending it", "da due settimane senza dormire, mi ammazzo",
				"ya no pienso en matarme, ahora quiero hacerlo de verdad")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldNotPutTheEmergencyNumberFirstForAnOrdinaryGoodbyeOrADaysDosesInEveryLanguage() {
		for (String text : List.of("last message tonight, my phone is dying",
				"so this is goodbye to my old flat, moving tomorrow", "took all of tonight's pills with my tea",
				"stockpiling my tablets before the holiday so i don't run out",
				"último día de trabajo, adiós oficina para siempre",
				"es la última vez que escribo en esta libreta, mañana compro otra",
				"mañana me operan. nos vemos del otro lado, si salgo viva de la anestesia",
				"heute ist mein letzter tag in der schule, danke an alle",
				"j'ai fini la boîte, je passe à la pharmacie demain",
				"último dia na empresa, adeus escritório pra sempre",
				"amanhã tenho prova, nos vemos do outro lado se eu sobreviver",
				"ultimo giorno in ufficio, addio colleghi per sempre",
				"stamattina ho preso tutte le pillole del mattino",
				"пишу прощальное письмо коллегам, ухожу на пенсию",
				"i finished the box, picking up a refill at the pharmacy tomorrow",
				"das ist meine letzte nachricht für heute, akku leer",
				"ich hab die packung leer gemacht, morgen zur apotheke",
				"c'est la dernière fois que j'écris dans ce journal, il est plein",
				"adieu les maths pour toujours, dernier jour de lycée",
				"é a minha última mensagem de hoje, bateria acabando", "выпил все вечерние таблетки, иду спать",
				"прощай, школа, навсегда! последний звонок", "suficiente por hoy, adiós tandem",
				"adiós a mis veinte para siempre, mañana cumplo 30",
				"ich horte tabletten für die reise, der arzt hat mir drei monate verschrieben",
				"tô juntando comprimidos pra viagem, o médico me deu três meses",
				"коплю таблетки в поездку, врач выписал на три месяца")) {
			assertThat(screen.screen(text).map(Risk::tier).filter(tier -> tier.isAbove(RiskTier.CONCERN))).as(text)
				.isEmpty();
		}
	}

	@Test
	void shouldNotPutTheEmergencyNumberFirstForSomeoneElsesGoodbyeReportedByTheOneWhoSawIt() {
		for (String text : List.of("my sister texted me saying goodbye forever and she's not picking up",
				"mi hermano puso adiós para siempre en su estado y no contesta",
				"una mia amica ha scritto addio a tutti nel gruppo, cosa faccio",
				"одноклассница написала прощайте всем в сторис", "odnoklassnitsa napisala proshchayte vsem v storis")) {
			assertThat(screen.screen(text).map(Risk::tier).filter(tier -> tier.isAbove(RiskTier.CONCERN))).as(text)
				.isEmpty();
		}
	}

	@Test
	void shouldStillPutItFirstForAnOverdoseOrAFinalGoodbyeNextToOrdinaryOnes() {
		for (String text : List.of("took all my night pills and a bottle of wine", "my friend texted me, i took all my pills",
				"goodbye everyone, this is my last message", "j'ai pris tous mes cachets de la semaine d'un coup",
				"adiós a todos para siempre", "ich verabschiede mich für immer von euch",
				"oggi ho preso tutte le pillole con il vino", "adiós a mis amigos para siempre",
				"adeus meus amigos pra sempre")) {
			assertThat(screen.screen(text)).as(text).map(Risk::tier).contains(RiskTier.URGENT);
		}
		assertThat(screen.screen("он написал мне гадость, я написала прощальное письмо")).map(Risk::signal)
			.contains(RiskSignal.PLAN);
	}

	@Test
	void shouldStillHearTheSameWordsWhenTheyAreAboutNow() {
		for (String text : List.of("ya no tengo ganas de vivir como antes",
				"soy una paciente con ideación suicida y hoy está peor",
				"j'ai de plus en plus envie de mourir", "ma vie me tue, je veux mourir",
				"à 81 ans j'ai assez vécu, je prie pour ne pas voir le matin",
				"non ho più voglia di vivere", "já não guardo os comprimidos escondidos, tomei todos agora",
				"quiero matarme", "je veux me tuer ce soir", "voglio uccidermi", "quero me matar")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldLeaveARiskToldInThePastAloneWhenALaterSentenceTellsThePresentAsBetterInEveryLanguage() {
		for (String text : List.of(
				"the winter my marriage ended i wanted to end it all. now i have a garden and two grandkids who visit",
				"el año del divorcio quería matarme. ahora tengo un piso pequeño y trabajo en una panadería",
				"l'hiver où j'ai perdu mon boulot je voulais en finir. maintenant je travaille dans une librairie",
				"quando ho perso il lavoro volevo farla finita. adesso lavoro in un vivaio e sto bene",
				"quando perdi o emprego eu pensava em me matar. hoje tenho uma horta e trabalho na feira",
				"ich wollte mich umbringen, als ich arbeitslos war. inzwischen habe ich eine kleine Wohnung und einen Hund",
				"когда меня уволили, я думал покончить с собой. теперь у меня своя мастерская")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
	}

	@Test
	void shouldHearAWishToDieToldOfLastNightInEveryLanguage() {
		for (String text : List.of("yesterday i wanted to die", "gestern wollte ich nicht mehr leben",
				"ayer quería morir", "ontem queria morrer", "hier je voulais mourir", "ieri volevo morire",
				"вчера я хотела умереть")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldNotReadWhetherIllStillBeHereAsTheFrenchHyperboleOfOnceMore() {
		// "si ... encore" cleared "si j'entends encore cette chanson je me tue", and with it every wish after
		// "je sais pas si je serai encore là": the wish got only the model's question, not the crisis message
		for (String text : List.of("je me demande si je serai encore là à la fin du mois, j'ai envie de me tuer",
				"je sais pas si je serai encore vivante la semaine prochaine, je veux en finir")) {
			assertThat(screen.screen(text)).as(text).map(Risk::tier).contains(RiskTier.CRISIS);
		}
		assertThat(screen.screen("si je vois encore ce prof je me tue")).isEmpty();
	}

	@Test
	void shouldNotTellRecoveryAsOverWhenThePersonSaysTheRiskIsBack() {
		for (String text : List.of("last year I wanted to end it all. now I want to again",
				"a year ago i wanted to kill myself, the thoughts are back",
				"vor einem Jahr wollte ich mich umbringen. jetzt will ich es wieder",
				"heute vor drei Jahren war mein Suizidversuch und heute Nacht will ich sterben",
				"el año pasado quería matarme. ahora lo quiero otra vez",
				"no ano passado eu queria morrer. agora quero de novo",
				"l'année dernière je voulais mourir, les idées sont revenues",
				"l'anno scorso volevo farla finita. i pensieri sono tornati",
				"в прошлом году я хотела умереть. сейчас снова хочу", "вчера я хотела умереть")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
		for (String text : List.of("a year ago I wanted to die. now I'm happy again",
				"last year I wanted to die, today I want to go hiking again",
				"vor einem Jahr wollte ich sterben. jetzt bin ich wieder glücklich",
				"в 17 хотел умереть каждый день. сейчас мне 24, и мне нравится моя жизнь")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
	}

	@Test
	void shouldStillHearARiskToldInThePastWhenTheSentenceAfterItIsNoBetter() {
		for (String text : List.of("the winter my marriage ended i wanted to end it all. now i have the pills ready",
				"cuando perdí la casa pensaba en matarme. hoy tengo la cuerda lista",
				"je voulais en finir. maintenant je vais le faire",
				"quando ho perso il lavoro volevo farla finita. adesso ho le pillole pronte",
				"eu pensava em me matar. hoje tenho um plano",
				"ich wollte mich umbringen, als ich arbeitslos war. jetzt hab ich die Tabletten gesammelt",
				"я думал покончить с собой. теперь у меня есть таблетки",
				"when i first moved here i wanted to end it all. now i'm ready to do it again",
				"i wanted to die yesterday. today i have the day off",
				"i tried to kill myself in march. now im in the hospital", "quería matarme anoche. hoy tengo el día libre",
				"je voulais en finir hier soir. aujourd'hui j'ai congé", "ieri volevo farla finita. oggi ho il giorno libero",
				"ich wollte mich gestern umbringen. heute hab ich frei",
				"вчера я думала покончить с собой. сегодня у меня выходной")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldLeaveAnUrgeToldAsGoneAHyperboleAndSomeoneElsesWordsAloneInEveryLanguage() {
		for (String text : List.of("the kid who wanted to die feels like a person i used to be",
				"el psiquiatra me preguntó si seguía pensando en matarme y le dije que no",
				"sono due mesi interi che non penso a uccidermi", "quella voglia di sparire è diventata un ricordo lontano",
				"já não tenho aquela vontade de sumir que eu tinha",
				"ça me tue quand le bus part devant moi", "j'ai tellement soif que je vais mourir",
				"o trânsito está a matar-me", "este frio está a matar-me",
				"uccidetemi, domani ho tre esami", "qué vergüenza, me quiero morir, le dije mamá a la profe",
				"my flatmate keeps saying there's no point in anything",
				"ma voisine m'a avoué qu'elle garde ses somnifères",
				"клиент сказал, что отравится, я сообщила врачу",
				"the nurse asked if i still think about killing myself and i said no",
				"la psicologa mi ha chiesto se penso ancora a uccidermi e ho detto di no",
				"die Therapeutin hat gefragt, ob ich noch daran denke, mich umzubringen, und ich konnte nein sagen",
				"врач спросила, думаю ли я ещё убить себя, и я смогла сказать нет",
				"the thoughts of killing myself are gone, i sleep through the night",
				"мысли о том, чтобы покончить с собой, ушли, я сплю по ночам",
				"so embarrassing, i want to die, i sent the meme to my boss",
				"la honte, je veux mourir, j'ai envoyé le vocal à mon chef",
				"che figuraccia, voglio morire, ho mandato l'audio al capo",
				"que vergonha, quero morrer, mandei o áudio para o meu chefe",
				"wie peinlich, ich will sterben, hab die Sprachnachricht an meinen Chef geschickt",
				"какой позор, хочу умереть, отправила голосовое начальнику")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
	}

	@Test
	void shouldStillHearThePersonsOwnRiskBesideAnUrgeToldAsGoneAHyperboleOrSomeoneElsesWords() {
		for (String text : List.of("the kid who wanted to die feels like a person i used to be, and tonight she is back",
				"me preguntó si seguía pensando en matarme y le dije que sí",
				"sono due mesi che penso solo a uccidermi", "quella voglia di sparire è tornata, voglio morire",
				"já não tenho aquela vontade que eu tinha, mas hoje quero morrer",
				"ça me tue, je veux mourir", "vou matar-me", "uccidetemi, voglio morire davvero",
				"sigo cortándome a escondidas, qué vergüenza",
				"my flatmate keeps saying there's no point and me too, i want to die",
				"ma voisine dit qu'elle garde ses somnifères et moi aussi je garde les miens pour en finir",
				"брат говорит, что ему незачем жить, и мне тоже незачем жить",
				"the nurse asked if i still think about killing myself and i said yes",
				"la psicologa mi ha chiesto se penso ancora a uccidermi e ho detto di sì",
				"the thoughts of killing myself came back, i want to die",
				"мысли покончить с собой вернулись, хочу умереть",
				"so embarrassing, i want to die, i cut myself again",
				"che figuraccia, voglio morire davvero", "wie peinlich, ich will sterben, ich ritze mich wieder")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldNotPutTheEmergencyNumberFirstForMedicinesPackedForATripOrAGoodbyeBeforeAHoliday() {
		for (String text : List.of("je pars trois semaines en déplacement, j'ai mis de côté toutes mes boîtes pour le séjour",
				"junté las cajas de pastillas para el crucero de un mes",
				"еду в командировку на месяц, собрала все таблетки",
				"recebi os remédios do mês de uma vez e organizei por dia na caixinha",
				"hab heute alle meine tabletten vom tag auf einmal genommen, weil ich auf montage bin",
				"merci pour tout, je pars dix jours en rando sans réseau",
				"parto due settimane in campeggio, ciao a tutti",
				"metto da parte tutte le scatole di pillole per il viaggio di un mese",
				"guardei todas as caixas de comprimidos para a viagem de seis semanas",
				"gracias por todo, me voy dos semanas de vacaciones sin móvil, hablamos a la vuelta",
				"merci pour tout, je pars deux semaines au ski sans téléphone")) {
			assertThat(screen.screen(text).map(Risk::tier).filter(tier -> tier.isAbove(RiskTier.CONCERN))).as(text)
				.isEmpty();
		}
	}

	@Test
	void shouldStillHearAStockpileOrAFinalGoodbyeBesideATrip() {
		for (String text : List.of("je pars en vacances et j'ai mis de côté toutes mes boîtes pour les prendre d'un coup",
				"junté las cajas de pastillas para el viaje, para tomarlas todas de una vez",
				"еду в командировку, собрала все таблетки, выпью их разом",
				"hab alle tabletten auf einmal genommen", "merci pour tout, je pars pour toujours",
				"ciao a tutti, addio per sempre",
				"metto da parte tutte le scatole di pillole per il viaggio, per prenderle tutte insieme",
				"guardei todas as caixas de comprimidos para a viagem, para tomar todos de uma vez",
				"gracias por todo, me voy para siempre")) {
			assertThat(screen.screen(text).map(Risk::tier).filter(tier -> tier.isAbove(RiskTier.CONCERN))).as(text)
				.isPresent();
		}
	}

	@Test
	void shouldHearSwissAndAustrianGermanNotWantingToLiveAnyMore() {
		for (String text : List.of("i wott nümm läbe", "ich wett nöd meh lebe", "ich cha nümm", "i ka nimma")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
		for (String text : List.of("i wott nümm läbe", "ich wott sterbe", "ich nimm mer s läbe")) {
			assertThat(screen.screen(text)).as(text).map(Risk::tier).contains(RiskTier.CRISIS);
		}
		for (String text : List.of("ich wott sterbe vor lache", "ich nimm mer s läbe nöd so ernst")) {
			assertThat(screen.screen(text).map(Risk::tier).filter(tier -> tier.isAbove(RiskTier.CONCERN))).as(text)
				.isEmpty();
		}
	}

	@Test
	void shouldNotReadGermanWantingAsEnglishDying() {
		for (String text : List.of("Ich will die Pizza", "ich will die neue Serie heute noch sehen",
				"ich will die Tabletten einfach absetzen", "Ich will die Katze nicht mehr nachts füttern")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
		assertThat(screen.screen("i will die tonight")).isPresent();
		assertThat(screen.screen("ich will einfach nicht mehr")).isPresent();
	}

	@Test
	void shouldNotAlarmOnRecoveryToldAsOverButStillHearItWhenItIsBack() {
		for (String text : List.of("I used to talk about killing myself on every night shift",
				"was cutting myself every week at boarding school", "im zweiten Semester wollte ich nicht mehr leben",
				"heute vor fast drei Jahren war mein Suizidversuch", "ya no me hago daño desde hace siete meses",
				"el año pasado quería acabar con todo", "faz dois anos que não me corto", "venti mesi senza tagliarmi",
				"quand j'ai perdu mon boulot je voulais mourir",
				"hatte im Sommer einen Rückfall mit dem Ritzen, aber seit zwei Wochen nichts mehr")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
		for (String text : List.of("I used to talk about it but now I want to kill myself again",
				"was cutting myself at boarding school and I cut again today",
				"im zweiten Semester wollte ich nicht mehr leben und jetzt will ich wieder sterben",
				"ya no me hago daño desde hace siete meses pero hoy me volví a cortar",
				"el año pasado quería acabar con todo y hoy quiero otra vez",
				"faz dois anos que não me corto mas hoje me cortei de novo",
				"venti mesi senza tagliarmi e stanotte mi sono tagliata di nuovo",
				"quand j'ai perdu mon boulot je voulais mourir et ce soir je veux encore mourir",
				"hatte gestern einen Rückfall mit dem Ritzen")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldNotAlarmOnMedicinesKeptForATripOrAShortGoodbyeButStillOnASavedStashOrAFinalOne() {
		for (String text : List.of(
				"estoy guardando las pastillas de tres meses porque me voy de intercambio al extranjero",
				"tô juntando os comprimidos pra não ficar sem durante a turnê da banda",
				"this is my last message for a couple of days, hiking in the Alps",
				"questo è il mio ultimo messaggio, parto per una settimana in barca")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
		for (String text : List.of(
				"estoy guardando las pastillas porque me voy de viaje y me las voy a tomar todas de una vez",
				"tô juntando os comprimidos pra não ficar sem na turnê e depois tomar todos de uma vez",
				"me tomé toda la caja de pastillas porque se me olvidó la de anoche",
				"this is my last message, goodbye forever", "questo è il mio ultimo messaggio, addio a tutti per sempre",
				"finished a whole packet of oreos and then took all my pills")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldNotAlarmOnHyperboleButStillOnTheSameWordsMeantPlainly() {
		for (String text : List.of("me mató el entrenamiento de ayer", "se l'Inter perde anche stasera mi butto dal letto",
				"uccidetemi, domani ho tre riunioni", "j'ai mangé tellement de crêpes que je vais mourir",
				"wenn mein Bruder noch einmal fragt, spring ich aus dem Fenster",
				"j'en ai marre de tout, pas dans le mauvais sens")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
		for (String text : List.of("me mato esta noche", "stasera mi butto dal ponte", "voglio uccidermi, domani non ci sarò",
				"j'ai mangé et ce soir je vais mourir, j'ai tout préparé", "ich spring heute aus dem Fenster",
				"j'en ai marre de tout, je veux mourir", "voglio morire senza farmi male")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldNotAlarmOnWhatSomeoneElseSaidOrDidUnlessTheWriterSaysItToo() {
		for (String text : List.of("meine Oma sagt dauernd Sachen wie ich bin euch nur eine Last",
				"ein Schüler hatte heute frische Schnitte am Arm",
				"ma voisine m'a dit qu'elle n'avait plus envie de vivre",
				"Florbela morreu de overdose aos 36 anos, estudámos os sonetos")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
		for (String text : List.of("meine Oma sagt Sachen wie ich bin euch nur eine Last und ich auch",
				"ich hatte heute frische Schnitte am Arm", "ma voisine m'a dit qu'elle n'avait plus envie de vivre et moi aussi",
				"mi vecino me dijo que está harto de vivir y yo también", "сосед снова порезался, и я тоже порезалась",
				"o meu irmão morreu de overdose e eu quero tomar todos os comprimidos")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldHearTheWritersOwnMeTooAfterSomeoneElsesWishToDie() {
		for (String text : List.of("my friend said she wants to die and honestly I do too",
				"la mia amica dice che vuole morire, anch'io", "a minha irmã diz que quer morrer e eu também",
				"ma copine dit qu'elle veut mourir, moi aussi")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
		for (String text : List.of("my friend said she wants to die and I'm scared for her",
				"minha amiga disse que quer se matar, como eu ajudo ela?")) {
			assertThat(screen.screen(text).map(Risk::tier).filter(tier -> tier.isAbove(RiskTier.CONCERN))).as(text)
				.isEmpty();
		}
	}

	@Test
	void shouldHearSwissGermanAndRegionalSpanishWishesToDie() {
		for (String text : List.of("ich wott sterbe", "ich wott nöd meh da si", "estoy chato de vivir")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
		assertThat(screen.screen("estoy chato de la chamba")).isEmpty();
		for (String text : List.of("ich will nöd meh läbe", "i pack des nimma, i wü nimma do sei", "ich wott nüm läbe")) {
			assertThat(screen.screen(text)).as(text).map(Risk::tier).contains(RiskTier.CRISIS);
		}
	}

	@Test
	void shouldStillHearAFinalGoodbyeInsideATripAnnouncement() {
		assertThat(screen.screen("parto due settimane in montagna, lassù non prende")).isEmpty();
		assertThat(screen.screen("parto due settimane e non torno più, addio a tutti")).map(Risk::tier)
			.contains(RiskTier.URGENT);
		assertThat(screen.screen("this is my last message for a few days and then goodbye forever")).map(Risk::tier)
			.contains(RiskTier.URGENT);
	}

	@Test
	void shouldNotTakeARecentNightForAPastTimeOfLifeNorAJokeForASeriousOne() {
		for (String text : List.of("when I got home last night I tried to hang myself",
				"nach dem Streit gestern wollte ich nicht mehr leben", "quand je suis rentrée hier soir je voulais mourir",
				"me mató el trabajo hoy y en serio quiero morirme", "uccidetemi davvero, stanotte la faccio finita")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
		for (String text : List.of("when I first moved to Berlin I wanted to die, now I love it here",
				"nach dem Abi wollte ich nicht mehr leben")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
	}

	/** Medication talk in all seven languages: a companion app hears doses, counts and times all day. */

	/** The rules alone, without the model: what a rules file change does, whatever the model has learnt. */

	@Test
	void shouldHearRussianTypedInScholarlyLettersOrOnTwoKeyboards() {
		for (String risk : List.of("ja ne hoču žit'", "xочу сдохнуть", "я xочу умереть")) {
			assertThat(RULES.screen(risk)).as(risk).isPresent();
		}
		assertThat(RULES.screen("xочу спать")).isEmpty();
	}

	@Test
	void shouldHearTheWritersOwnActAfterAConditionAboutSomeoneElse() {
		for (String risk : List.of("if he hits me one more time i'll jump off the bridge",
				"if my dad yells at me again im going to overdose", "next time she screams at me i swear ill kill myself")) {
			assertThat(screen.screen(risk, List.of())).as(risk).get().extracting(Risk::tier).isEqualTo(RiskTier.CRISIS);
		}
		for (String safe : List.of("if he jumps off the bridge in the game i'll laugh", "if i get the job i'll jump for joy",
				"when i'm in paris i'll overdose on croissants", "if she calls me again i'll end it with her")) {
			assertThat(screen.screen(safe, List.of())).as(safe).isEmpty();
		}
	}

	@Test
	void shouldReadOneDoseTakenTypedAloneAsAnAnswerToAReminderButAnAmountOrEverythingTakenStillAsRisk() {
		for (String answer : List.of("took it", "I took it already", "ok took it", "ya me la tomé", "hab sie schon genommen",
				"je l'ai prise", "já tomei o remédio", "l'ho già presa", "уже выпила", "uzhe vypila")) {
			assertThat(screen.screen(answer, List.of())).as(answer).isEmpty();
		}
		for (String risk : List.of("took them all", "i took it all", "took all my pills", "me las tomé todas",
				"выпила все таблетки", "took the whole bottle")) {
			assertThat(screen.screen(risk, List.of())).as(risk).isPresent();
		}
	}

	@Test
	void shouldNotTakeLaughterForAJokeWhenTheSameSentenceSaysItIsMeantInAnyLanguage() {
		for (String meant : List.of("ich will sterben lol kein witz", "hab echt lust mich vor nen zug zu werfen, lol aber ohne lol",
				"quiero morir jaja en serio", "voglio morire lol sul serio", "i want to die lol not joking",
				"хочу умереть хаха не шучу")) {
			assertThat(screen.screen(meant, List.of())).as(meant).isPresent();
		}
		for (String joke : List.of("bus verpasst, ich will sterben lol", "ho bruciato la torta, voglio morire lol",
				"so hungover i want to die lol")) {
			assertThat(screen.screen(joke, List.of())).as(joke).isEmpty();
		}
	}

}
