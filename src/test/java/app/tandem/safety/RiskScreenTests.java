package app.tandem.safety;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Nested;
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

	/**
	 * German, English and Italian phrasings the rules did not know (dev11 round): plans told in passing, understated
	 * goodbyes and curious questions, and everyday causes, trips and someone else's words that alarmed.
	 */
	@Nested
	class GermanEnglishItalianDev11 {

		@Test
		void shouldHearAPlanToldInPassing() {
			for (String text : List.of("Die Pillen von der Ärztin horte ich schon lange und am Sonntag nehm ich sie alle.",
					"Ich hab meiner Cousine den Zweitschlüssel gebracht, damit sie später nicht die Tür aufbrechen müssen.",
					"Beim Joggen hab ich überlegt, dass ich es bald beende.",
					"thinking of steering off the viaduct on the way home and making it look like an accident",
					"i'll swim out past the buoys and not come back",
					"stanotte le ho ingoiate tutte, scusatemi",
					"mi sono bruciata il braccio con l'accendino apposta")) {
				assertThat(screen.screen(text)).as(text).map(Risk::tier).isNotEqualTo(Optional.of(RiskTier.CONCERN)).isPresent();
			}
		}

		@Test
		void shouldAskAboutAnUnderstatedGoodbyeOrAQuestionPutAsCuriosity() {
			for (String text : List.of("Ab jetzt müsst ihr ohne mich klarkommen.", "Vergesst mich nicht.",
					"rein hypothetisch, wie lange dauert es bis man gefunden wird, wenn man alleine lebt",
					"quick question, how long until someone finds you if you live alone",
					"gave my flatmate all my passwords and the pin for my phone", "feel like i'm only taking up oxygen",
					"ti lascio il gatto, da domani non posso più", "quante compresse ci vogliono? chiedo per curiosità")) {
				assertThat(screen.screen(text)).as(text).isPresent();
			}
			for (String text : List.of("Ab morgen müsst ihr ohne mich auskommen, ich bin zwei Wochen im Urlaub.",
					"Die Tabletten vom Arzt nehm ich morgens alle, jeden Tag brav")) {
				assertThat(screen.screen(text)).as(text).isEmpty();
			}
		}

		@Test
		void shouldNotAlarmOnAnEverydayCauseButStillOnTheSameWordsWithARisk() {
			for (String text : List.of("Die Baustelle nebenan bohrt schon wieder, ich kann nicht mehr!",
					"I can't take it anymore, the builders next door start at six",
					"il piccolo mette i dentini, non ce la faccio più ma passa", "voglio sparire per tre giorni al mare")) {
				assertThat(screen.screen(text)).as(text).isEmpty();
			}
			for (String text : List.of("Die Baustelle, die Schulden, alles, ich kann nicht mehr, ich will nicht mehr leben",
					"I can't take it anymore, the builders, my job, my life, I want to die",
					"non ce la faccio più, i dentini, il lavoro, tutto, voglio morire")) {
				assertThat(screen.screen(text)).as(text).isPresent();
			}
		}

		@Test
		void shouldNotAlarmOnAThingThrownAMediaTitleOrEmbarrassmentButStillOnThePersonsOwnRisk() {
			for (String text : List.of("ich werf gleich den Drucker aus dem Fenster", "so embarrassing, i could literally die",
					"watching 13 reasons why again, the suicide scenes are hard to watch",
					"addio mondo crudele ahah domani ho l'esame di chimica")) {
				assertThat(screen.screen(text)).as(text).isEmpty();
			}
			for (String text : List.of("ich werf mich gleich aus dem Fenster", "addio mondo crudele, stanotte la faccio finita")) {
				assertThat(screen.screen(text)).as(text).isPresent();
			}
		}

		@Test
		void shouldNotAlarmOnMedicinesForALongTripOrAFinishedCourseButStillOnAStash() {
			for (String text : List.of("Für sechs Monate Australien hab ich meinen Vorrat an Tabletten gebunkert",
					"finished the box of antibiotics today, yay")) {
				assertThat(screen.screen(text)).as(text).isEmpty();
			}
			for (String text : List.of("Für sechs Monate hab ich Tabletten gebunkert, um sie alle auf einmal zu nehmen",
					"finished the box of antibiotics and all my sleeping pills at once")) {
				assertThat(screen.screen(text)).as(text).isPresent();
			}
		}

		@Test
		void shouldHearAffairsPutInOrderAndDialectWithoutAlarmingOnTheDaysDosesOrAShortStay() {
			for (String text : List.of("left my cat at my brother's with all her food and her bed",
					"told the team i'm moving abroad. i'm not moving anywhere",
					"Auto verkauft, Wohnung ausgeräumt, Rechnungen bezahlt, und dann ist es so weit.",
					"ich ha kei Luscht me uf s Läbe", "Grad hob i de gonzn Tablettn eineghaut")) {
				assertThat(screen.screen(text)).as(text).isPresent();
			}
			assertThat(screen.screen("Grad hob i de gonzn Tablettn eineghaut")).map(Risk::tier).contains(RiskTier.URGENT);
			assertThat(screen.screen("left my cat at my brother's with all her food while i'm in spain for a week")).isEmpty();
			// the rules leave the day's doses "as always" alone (the learnt model gives its own second opinion)
			assertThat(screen.explain("I hob in da Früh de gonzn Tablettn gnumma, wia immer", List.of()))
				.noneMatch(why -> why.startsWith("de:"));
		}

		@Test
		void shouldNotAlarmOnSomeoneElsesWordsInBavarianUnlessTheWriterSaysItToo() {
			assertThat(screen.screen("Da Sepp hot gsogt, er hot koa Lust mehr aufs Lebn, i hob eam a Nummer gebn")).isEmpty();
			assertThat(screen.screen("Da Sepp hot gsogt, er hot koa Lust mehr aufs Lebn, und i a")).isPresent();
		}

	}

	/**
	 * German, English and Italian phrasings the rules alarmed on (dev12 round), read by the rules alone (no model):
	 * someone else's words or acts reported by the writer, recovery told as over (a counter, old letters destroyed,
	 * scars shown, a past time of life), and everyday talk; each with a present-risk counterpart that must be heard.
	 */
	@Nested
	class GermanEnglishItalianDev12 extends RulesAlone {

		@Test
		void shouldNotAlarmOnSomeoneElsesWordsOrActsReportedButStillOnTheWritersOwn() {
			assertQuiet("my cousin said he was going to end it all tonight, i called his mum and the police",
					"my neighbour told me she took too many pills on purpose, i rang an ambulance",
					"my gran keeps saying you'd all be better off without me. i booked her a doctor",
					"his boyfriend is cutting again, we rang the helpline together",
					"Der Obdachlose vor dem Bahnhof sagt, er will einschlafen und nicht mehr aufwachen.",
					"Meine Nachbarin hat erzählt, dass sie alles beenden will, ich hab den Notruf gewählt",
					"nel suo quaderno ho trovato frasi tipo voglio morire, ho chiamato la scuola");
			assertRisk("my cousin said he was going to end it all tonight and honestly so do i", RiskTier.CRISIS);
			assertRisk("my brother texted that he wants to die and i want to die too", RiskTier.CRISIS);
			assertRisk("my neighbour told me she took too many pills on purpose and i took too many pills too", RiskTier.URGENT);
			assertRisk("Er sagte, er will nicht mehr leben, und ich will auch nicht mehr", RiskTier.CONCERN);
			assertRisk("Hab meiner Freundin gesagt, sie soll den Hund nehmen, ich will nicht mehr leben", RiskTier.CONCERN);
			assertRisk("nel suo quaderno ho trovato frasi tipo voglio morire, e anch'io voglio morire", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnRecoveryToldAsOverButStillWhenItIsBackTonight() {
			assertQuiet("i haven't had a single urge to cut in over a year now",
					"the tracks were on my mind every night after the funeral. that's all behind me, four years clean now",
					"Meine alten Abschiedsbriefe hab ich heute zerrissen, zusammen mit der Therapeutin.",
					"Die schlimme Zeit mit den Suizidgedanken hab ich überstanden.",
					"ai miei studenti racconto che a sedici anni ho provato a uccidermi.",
					"la voglia di farla finita che avevo all'università adesso mi fa tenerezza",
					"ho mostrato le cicatrici a mia figlia e le ho spiegato di quando mi tagliavo");
			assertRisk("i haven't had an urge to cut in months but tonight i did", RiskTier.CRISIS);
			assertRisk("the tracks are on my mind every night. i'm going to do it tonight", RiskTier.CRISIS);
			assertRisk("Ich will mich umbringen, die Zeit hab ich nicht überstanden", RiskTier.CRISIS);
			assertRisk("a sedici anni ho provato a uccidermi e stasera voglio rifarlo", RiskTier.CRISIS);
			assertRisk("la voglia di farla finita che avevo ieri è di nuovo qui", RiskTier.CRISIS);
			assertRisk("mi tagliavo e stasera ricomincio", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnEverydayTalkOrMedicationAsPrescribedButStillOnTheSameWordsMeantPlainly() {
			assertQuiet("my laptop is on 3 percent and about to die", "da schneid ich mir eine Scheibe ab",
					"heut steh i am dach und deck ziegel, passt scho", "nel film ci sono molti suicidi, non l'ho finito",
					"ho preso tutte le compresse in un colpo, me l'ha detto la dottoressa",
					"metto da parte le confezioni di litio perché vado otto mesi in Cina per lavoro",
					"ciao a tutti, sparisco per un po' da whatsapp, tutto bene");
			assertRisk("my laptop is dead and i want to kill myself", RiskTier.CRISIS);
			assertRisk("ich schneid mir die Arme auf", RiskTier.CRISIS);
			assertRisk("ich steh auf dem Dach und spring gleich runter", RiskTier.CRISIS);
			assertRisk("ho preso tutte le compresse in un colpo per morire", RiskTier.URGENT);
			assertRisk("tengo da parte le pillole per prenderle tutte in una volta", RiskTier.CRISIS);
		}

		@Test
		void shouldHearOverdosesPlansAndGoodbyesToldInPassingButNotTheirEverydayLookalikes() {
			assertRisk("overdosed on my sertraline an hour ago", RiskTier.URGENT);
			assertRisk("six ciders and then the lithium, the whole blister", RiskTier.URGENT);
			assertRisk("wnt 2 kll mslf tbh", RiskTier.CRISIS);
			assertRisk("got the pils sorted, gonna take thm al 2nite", RiskTier.CRISIS);
			assertRisk("my parents would have an easier life without me", RiskTier.CONCERN);
			assertRisk("i know exactly when i'd do it", RiskTier.CRISIS);
			assertRisk("told him it was just for a few days but it isn't", RiskTier.CONCERN);
			assertRisk("Hab gegoogelt, wo das höchste Parkhaus ist.", RiskTier.CRISIS);
			assertRisk("Ich nehm nur die Hälfte, den Rest leg ich weg.", RiskTier.CRISIS);
			assertRisk("Am Bahnsteig hab ich überlegt, ob ich einfach spring.", RiskTier.CRISIS);
			assertRisk("hab euch alle lieb gehabt", RiskTier.CONCERN);
			assertRisk("drei flaschen wein und dann alle tabletten", RiskTier.CONCERN);
			assertRisk("vogliosolofarlafinita", RiskTier.CRISIS);
			assertRisk("non cercatemi più", RiskTier.CONCERN);
			assertRisk("sono stanca, ho intenzione di addormentarmi per sempre", RiskTier.CRISIS);
			assertQuiet("overdosed on netflix this weekend", "gonna take thm al 2nite, the kids love the swings", "three beers and then the whole packet of crisps",
					"the house would be so much better without me in it this weekend",
					"die höchste Brücke in der Gegend ist die Kochertalbrücke", "hab überlegt ob ich morgen springe beim Fallschirm",
					"hab mit zwei flaschen wasser und dann die tabletten genommen", "hab euch alle lieb, bis morgen",
					"il cane mi fissa come se volesse uccidermi 😂", "che ci sto a fare qui in ufficio alle otto di sera",
					"il testamento l'ho fatto dal notaio, ho deciso di lasciare la casa ai nipoti");
		}

	}

	/**
	 * Spanish, Portuguese, French and Russian phrasings the rules did not know (dev11 round), read by the rules alone
	 * (no model), each with a safe counterpart; everyday causes of "I can't take it anymore" with a present-risk
	 * counterpart that must still be heard.
	 */
	@Nested
	class SpanishPortugueseFrenchRussianDev11 extends RulesAlone {

		@Test
		void shouldHearIndirectPlansMeansAndOverdosesInSpanishAndPortuguese() {
			assertRisk("anoche me bebí la medicación de todo el mes de golpe", RiskTier.URGENT);
			assertRisk("me pellizco los brazos hasta hacerme moretones", RiskTier.CRISIS);
			assertRisk("dejé apuntadas las claves del banco para mis hijos, por si acaso", RiskTier.CONCERN);
			assertRisk("no voy a ver cómo se llevan la casa, antes me voy yo", RiskTier.CRISIS);
			assertRisk("me he vuelto a cortar", RiskTier.CRISIS);
			assertRisk("faz duas semanas que não tomo o lítio, tô guardando todos", RiskTier.CRISIS);
			assertRisk("quanto tempo demora se tomar a caixa toda?", RiskTier.CRISIS);
			assertRisk("vi vídeos de gente que tentou pra entender onde errou", RiskTier.CRISIS);
			assertRisk("não vou ficar pra ver o despejo, vou antes", RiskTier.CRISIS);
			assertQuiet("cada domingo relleno el pastillero de toda la semana", "el gato me araña cuando juega",
					"le pasé la clave del wifi a mi hermana", "no voy a ver el partido, me voy a dormir",
					"quanto tempo demora pra entregar a encomenda?", "vi vídeos de gente que tentou fazer pão de fermentação natural");
		}

		@Test
		void shouldHearIndirectPlansMeansAndOverdosesInFrenchAndRussian() {
			assertRisk("ça fait des semaines que je veux mettre fin à ma vie", RiskTier.CRISIS);
			assertRisk("jveuxmourirsvp", RiskTier.CRISIS);
			assertRisk("j'ai avalé les comprimés de ma mère, tous", RiskTier.URGENT);
			assertRisk("je suis passée dans quatre pharmacies pour pas qu'on remarque", RiskTier.CRISIS);
			assertRisk("выпила недельную дозу снотворного сразу", RiskTier.URGENT);
			assertRisk("сколько часов проходит если много сразу проглотить", RiskTier.CRISIS);
			assertRisk("оставил пароли от почты брату", RiskTier.CONCERN);
			assertRisk("jv m tr", RiskTier.CRISIS);
			assertQuiet("je suis passée dans quatre pharmacies pour trouver du sirop", "j'ai pris les comprimés ce matin",
					"сколько часов идёт поезд до Казани", "в новостях сказали что мужчина прыгнул с моста");
		}

		@Test
		void shouldNotAlarmOnAnEverydayCauseOfCantTakeItAnymoreButStillHearARiskBesideIt() {
			assertQuiet("ya no aguanto más el taladro del vecino", "não aguento mais a furadeira do vizinho",
					"je peux plus supporter la perceuse du voisin", "всё, больше не могу с этой работой, ищу другую",
					"este finde quiero desaparecer bajo la manta con una peli", "хочу исчезнуть на все выходные под одеялом");
			assertRisk("ya no aguanto más el taladro del vecino ni nada, quiero morirme", RiskTier.CRISIS);
			assertRisk("não aguento mais a furadeira do vizinho nem a vida, quero morrer", RiskTier.CRISIS);
			assertRisk("j'en peux plus de la perceuse du voisin, de la vie, je veux mourir", RiskTier.CRISIS);
			assertRisk("всё, больше не могу с этой работой, не хочу жить", RiskTier.CONCERN);
			assertRisk("me muerdo la mano hasta dejarme marcas, ya no aguanto más el llanto del bebé", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnThirdPersonReportsOrRecoveryToldAsOverButHearTheWriterToo() {
			assertQuiet("en el directo una chavala escribió que se quería matar, le pasamos el teléfono de ayuda",
					"mañana se cumplen dos años desde mi sobredosis y lo celebro",
					"como converso com uma adolescente que diz que queria não existir?",
					"deu vontade de me cortar ontem mas liguei pro meu padrinho e passou",
					"cette semaine pas une seule idée suicidaire", "мой друг раздал все вещи, что мне делать?",
					"j'ai fini la boîte de xanax, j'attends la nouvelle ordonnance",
					"hoy es mi último día en esta oficina. adiós a todas, ha sido un placer trabajar con vosotras",
					"la reunión de mañana me va a matar, mátame");
			assertRisk("adiós a todos, ha sido un placer, perdonadme", RiskTier.URGENT);
			assertRisk("un amigo escribió que se quería matar y yo también me quiero matar", RiskTier.CRISIS);
			assertRisk("uma adolescente da escola diz que queria não existir, e eu também queria não existir", RiskTier.CRISIS);
			assertRisk("мой брат говорит что устал от всего, и я тоже устал от всего", RiskTier.CONCERN);
		}

		@Test
		void shouldAskAboutUnderstatedPlansAndGoodbyesButNotAboutErrandsOrHolidays() {
			for (String text : List.of("cuánto tarda alguien en encontrarte si vives solo?",
					"dejé la llave al vecino para que no tengan que tirar la puerta",
					"he investigado cómo funciona, ya sé lo que necesito", "a partir de mañana os las vais a arreglar sin mí",
					"no me olvidéis", "voy a subir una última vez al mirador",
					"quanto tempo demora pra alguém te encontrar se você mora sozinho?",
					"deixei a chave com o vizinho pra não precisarem arrombar a porta",
					"a partir de amanhã vocês vão se virar sem mim", "não se esqueçam de mim",
					"combien de temps avant qu'on retrouve quelqu'un qui vit seul ?",
					"à partir de demain vous vous débrouillerez sans moi", "je monte une dernière fois au belvédère",
					"оставил ключ соседке, чтобы не пришлось ломать дверь", "не забывайте меня",
					"схожу в последний раз на крышу")) {
				assertRisk(text, RiskTier.CONCERN);
			}
			assertQuiet("dejé la llave al vecino para que riegue las plantas",
					"investigué cómo funciona la freidora de aire, ya sé lo que necesito",
					"a partir de mañana os las vais a arreglar sin mí, me voy de vacaciones", "no me olvidéis en el grupo",
					"voy a subir una última vez al mirador antes de volver a casa",
					"vou subir uma última vez no mirante com as crianças",
					"à partir de demain vous vous débrouillerez sans moi pendant mes vacances",
					"с завтрашнего дня справитесь без меня, я в отпуске", "сколько времени идет посылка?");
		}

		@Test
		void shouldHearEndingItTonightAndClosingTheAccountsWithLife() {
			assertRisk("esta noche acabo con esto", RiskTier.CONCERN);
			assertRisk("estoy cerrando cuentas con la vida", RiskTier.CRISIS);
			assertRisk("le di mi bici a mi primo y la guitarra a mi hermana. me largo", RiskTier.CONCERN);
			assertRisk("tô fechando as contas com a vida", RiskTier.CRISIS);
			assertRisk("doei tudo que tinha. tô fora", RiskTier.CONCERN);
			assertRisk("je règle mes dernières affaires, après ça sera fini", RiskTier.CONCERN);
			assertRisk("сегодня вечером я всё закончу", RiskTier.CONCERN);
			assertRisk("я закрываю все дела, чтобы после меня не было долгов", RiskTier.CONCERN);
			assertQuiet("esta noche termino con el informe", "le di mi bici a mi primo",
					"doei as roupas que não me servem pra igreja", "я закрываю все дела перед отпуском",
					"сегодня я всё закончу с отчётом");
		}

		@Test
		void shouldNotAlarmOnMedicationForATourOrAPastWishBesideATodayButHearTakingThemAllAtOnce() {
			assertQuiet("he juntado las pastillas de tres meses para la gira por México",
					"tô juntando os remédios de três meses pra turnê na Europa",
					"j'ai mis de côté trois boîtes de lithium pour la tournée", "накопил таблеток на всю вахту, три месяца",
					"больше не могу слушать эту музыку ожидания",
					"hace dos años quería morirme, hoy tengo un trabajo que me encanta");
			assertRisk("he juntado las pastillas de tres meses para la gira y pienso tomarlas todas de golpe", RiskTier.CRISIS);
			assertRisk("tô juntando os remédios de três meses pra turnê e vou tomar todos de uma vez", RiskTier.CRISIS);
			assertRisk("je garde mes cachets de côté pour la tournée et je vais les avaler d'un coup", RiskTier.CRISIS);
			assertRisk("накопил таблеток на всю вахту, а потом выпью все сразу", RiskTier.CRISIS);
			assertRisk("hace dos años quería morirme, hoy tengo ganas de morirme otra vez", RiskTier.CRISIS);
		}

		@Test
		void shouldHearRelapsesSomeoneElsesPillsAllTakenAndAWrittenFarewell() {
			assertRisk("me queimei de novo hoje depois de um mês limpa", RiskTier.CRISIS);
			assertRisk("tomei os calmantes da minha mãe todos que sobraram", RiskTier.URGENT);
			assertRisk("deux mois sans et hier soir j'ai recommencé avec une lame", RiskTier.CRISIS);
			assertRisk("j'ai trouvé comment faire en ligne et j'ai acheté le nécessaire", RiskTier.CRISIS);
			assertRisk("j'ai pensé à sauter du balcon hier", RiskTier.CRISIS);
			assertRisk("me bebí los calmantes de mi abuela, todos", RiskTier.URGENT);
			assertRisk("ya escribí mi despedida", RiskTier.CRISIS);
			assertQuiet("me tomé las pastillas de mi madre como me dijo el médico", "ce soir j'ai recommencé le sport",
					"j'ai pensé à sauter à la corde ce matin", "prends soin de toi", "escribí mi despedida del equipo de fútbol",
					"tomei os comprimidos do dia todos à noite porque esqueci");
		}

	}

	/**
	 * Dev12 round for Spanish, Portuguese, French and Russian, with sentences of my own: recovery told as over (a first
	 * time in years without the wish, telling others about that time, an age then and now, a clean count), reports about
	 * someone else, everyday and medication talk; and plans, overdoses and goodbyes the rules did not know. Each has a
	 * quiet counterpart and, for the false-alarm fixes, a present risk that must still be heard.
	 */
	@Nested
	class SpanishPortugueseFrenchRussianDev12 extends RulesAlone {

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

	/**
	 * Dev13 round for Spanish, Portuguese and French, with sentences of my own: recovery told as over (a habit told with
	 * "antes" and a safe present after it, a time remembered and "ya no es así", a count of time without it, years at
	 * school and the years since), reports about someone else (a confession or a question told by the one who helps, a
	 * death by suicide, a chaplain), everyday talk (a named thing after "no aguanto más", "harta de todo" spelt out as a
	 * list, a thing that "va mourir", "mátame el volumen"); and plans, goodbyes and passive wishes the rules did not
	 * know. Each has a quiet counterpart and, for the false-alarm fixes, a present risk that must still be heard.
	 */
	@Nested
	class SpanishPortugueseFrenchDev13 extends RulesAlone {

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

	/**
	 * Spanish, Portuguese and French kinds a review found no rule for (round 10), read by the rules alone (no model):
	 * a plan tied to a condition or a deadline, a method looked up and then the intent, hyperbole about an everyday
	 * trigger, a goodbye with a black heart, a wilted rose or a broken heart, and what dev13 still missed; each with a
	 * lookalike that must stay quiet or a present risk that must still be heard.
	 */
	@Nested
	class SpanishPortugueseFrenchRound10 extends RulesAlone {

		@Test
		void shouldHearAPlanTiedToAConditionOrADeadline() {
			assertRisk("una semana más así y me trago todas las pastillas", RiskTier.CRISIS);
			assertRisk("si me echa de casa, se acabó, las pastillas están en mi mochila", RiskTier.CRISIS);
			assertRisk("si vuelve a pegarme me trago el frasco entero", RiskTier.CRISIS);
			assertRisk("cuando pasen las navidades lo hago", RiskTier.CONCERN);
			assertRisk("mais uma noite destas e eu engulo a caixa toda", RiskTier.CRISIS);
			assertRisk("se ela for embora acabou, os comprimidos estão guardados no armário", RiskTier.CRISIS);
			assertRisk("depois do casamento da minha irmã eu faço", RiskTier.CONCERN);
			assertRisk("encore une nuit pareille et je prends toute la boîte", RiskTier.CRISIS);
			assertRisk("encore un mois comme ça et j'en finis", RiskTier.CRISIS);
			assertRisk("s'il part c'est fini, la corde m'attend dans le garage", RiskTier.CRISIS);
			assertRisk("après l'enterrement de mamie je le fais", RiskTier.CONCERN);
			assertQuiet("una semana más así y me compro un ventilador",
					"si me duele la muela, las pastillas están en el botiquín", "cuando pasen las navidades lo hago, el curso de inglés",
					"si me deja me como una tarrina de helado entera", "mais uma noite destas e eu compro cortinas blackout",
					"se doer a cabeça, os comprimidos estão no armário", "depois do casamento da minha irmã eu faço as malas",
					"encore une nuit pareille et j'achète un ventilateur", "s'il a mal à la tête, les cachets sont dans le tiroir",
					"après l'enterrement de mamie je le fais, le rangement de sa maison",
					"si me duele la espalda me tomo mis pastillas", "cuando me despierto me tomo todas las pastillas de la mañana",
					"quando acordo tomo todos os comprimidos do pequeno almoço", "si j'ai mal au dos je prends tous mes cachets comme prévu",
					"quand le repas est fini je le fais, les cachets sont sur la table");
		}

		@Test
		void shouldHearAMethodLookedUpAndThenTheIntent() {
			assertRisk("estuve viendo cómo ahorcarse en youtube, voy a hacerlo", RiskTier.CRISIS);
			assertRisk("averigüé cuántas hacen falta, esta noche lo hago", RiskTier.CRISIS);
			assertRisk("vi um vídeo de como se enforcar, vou fazer isso hoje", RiskTier.CRISIS);
			assertRisk("já sei quantos comprimidos bastam, vai ser hoje", RiskTier.CRISIS);
			assertRisk("j'ai lu comment se pendre, je vais le faire", RiskTier.CRISIS);
			assertRisk("j'ai cherché combien il en faut, c'est pour cette nuit", RiskTier.CRISIS);
			assertQuiet("estuve viendo cómo hacer croquetas en youtube, voy a hacerlo",
					"averigüé cuántas sillas hacen falta, mañana las alquilo", "pesquisei como fazer bolo de cenoura, vou fazer isso hoje",
					"j'ai lu comment faire un nœud de cravate, je vais le faire",
					"j'ai cherché combien de farine il faut pour une tarte, ce soir je cuisine",
					"busqué cuántos comprimidos tengo que tomar, hoy empiezo el tratamiento",
					"li quantos comprimidos são precisos para a viagem, hoje à noite faço a mala");
		}

		@Test
		void shouldNotAlarmOnHyperboleAboutAnEverydayTriggerButHearABareOrEarnestWish() {
			assertQuiet("tengo tanta resaca que me quiero morir", "qué vergüenza lo del karaoke, me quiero morir jajaja",
					"estoy con tanta ressaca que quero morrer", "que vergonha da apresentação, quero morrer kkkk",
					"j'ai tellement la gueule de bois que je veux mourir", "j'ai raté le bus, je veux mourir mdr");
			assertRisk("me quiero morir", RiskTier.CRISIS);
			assertRisk("no puedo más, el ruido, el trabajo, todo, me quiero morir", RiskTier.CRISIS);
			assertRisk("tengo resaca, sí, pero me quiero morir de verdad", RiskTier.CRISIS);
			assertRisk("qué vergüenza, sigo cortándome a escondidas", RiskTier.CRISIS);
			assertRisk("siento tanta vergüenza de mí mismo que me quiero morir", RiskTier.CRISIS);
			assertRisk("sinto tanta vergonha de mim que quero morrer", RiskTier.CRISIS);
			assertRisk("j'ai tellement honte de moi que je veux mourir", RiskTier.CRISIS);
			assertRisk("quero morrer", RiskTier.CRISIS);
			assertRisk("tô com ressaca mas quero morrer de verdade", RiskTier.CRISIS);
			assertRisk("je veux mourir", RiskTier.CRISIS);
			assertRisk("j'en peux plus, le bruit, le boulot, tout, je veux mourir", RiskTier.CRISIS);
			assertRisk("j'ai la gueule de bois mais je veux mourir pour de vrai", RiskTier.CRISIS);
		}

		@Test
		void shouldHearAGoodbyeWithAHeartOrARoseButNotAnOrdinaryOne() {
			assertRisk("chao 🥀", RiskTier.CRISIS);
			assertRisk("me despido 💔", RiskTier.CRISIS);
			assertRisk("bueno, chau 🖤", RiskTier.CRISIS);
			assertRisk("tchau 🖤", RiskTier.CRISIS);
			assertRisk("💔 adeus", RiskTier.CRISIS);
			assertRisk("au revoir la compagnie 🥀🖤", RiskTier.CRISIS);
			assertRisk("je m'en vais 🖤", RiskTier.CRISIS);
			assertQuiet("chao papá 🖤 nos vemos el sábado", "adiós verano 🥀 mañana empiezan las clases",
					"tchau vó 🖤 até domingo", "adeus 2025 💔", "au revoir tout le monde 🖤 à demain",
					"ciao les vacances 🥀 lundi c'est la reprise");
		}

		@Test
		void shouldNotAlarmOnEverydayCheckInNotesButHearTheRiskBesideIt() {
			assertQuiet("se me acabó la batería del portátil, así que por hoy hasta aquí llegué",
					"por fin me puse al día con las facturas. pastillas tomadas",
					"si mañana llueve otra vez me pego un tiro jajaja no, en serio, qué palo",
					"ficamos todos juntos no sofá, mas remédio tomado",
					"je me sens un peu plus calme après la séance", "je n'aime pas comment je suis avec ces médocs, j'ai pris du poids");
			assertRisk("no puedo más con nada, hasta aquí llegué", RiskTier.CONCERN);
			assertRisk("me puse al día con todo y ya tengo la fecha para matarme", RiskTier.CRISIS);
			assertRisk("me pego un tiro jajaja no, en serio, ya no quiero vivir", RiskTier.CRISIS);
			assertRisk("juntei todos os remédios que tinha guardados", RiskTier.CRISIS);
			assertRisk("je me sens un peu plus mal chaque jour, j'en peux plus", RiskTier.CONCERN);
			assertRisk("je me sens bizarre avec ces cachets, j'ai tout avalé", RiskTier.URGENT);
		}

		@Test
		void shouldHearAPetHandedOnForGoodButNotForATrip() {
			assertRisk("os lo dejo dicho: el gato ahora es de mi prima Lucía", RiskTier.CONCERN);
			assertRisk("a cadela agora é do vizinho, ele tem quintal", RiskTier.CONCERN);
			assertRisk("la chatte est à ma voisine maintenant, elle l'adore", RiskTier.CONCERN);
			assertQuiet("el gato ahora es de mi prima mientras estoy en el hospital",
					"a cadela agora é do vizinho até eu voltar das férias", "la chatte est chez ma voisine pendant les vacances",
					"el perro ya es de la familia, lo adoptamos en mayo");
		}

		@Test
		void shouldHearWhatDev13StillMissed() {
			assertRisk("escogí la fecha del aniversario. me parece lo justo que acabe ese día", RiskTier.CONCERN);
			assertRisk("ninguém sabe, mas está tudo planeado", RiskTier.CONCERN);
			assertRisk("je n'en ai parlé à personne, mais tout est prévu dans ma tête, c'est calculé", RiskTier.CONCERN);
			assertRisk("j'ai fait une croix sur un jour du mois prochain. personne sait ce que cette croix veut dire. moi oui",
					RiskTier.CONCERN);
			assertRisk("le potager est fait pour l'hiver. merci de m'avoir écoutée toutes ces années", RiskTier.CONCERN);
			assertQuiet("me parece justo que acabe ese día el contrato de alquiler",
					"merci de m'avoir écoutée toutes ces années, je vais bien mieux maintenant",
					"personne sait ce que ce tatouage veut dire");
		}

	}

	/**
	 * English, German, Italian and Russian phrasings the rules alarmed on or did not know (dev13 round), read by the
	 * rules alone (no model): someone else's acts and words, recovery anchored in a past time, everyday talk,
	 * hyperbole and medication taken as prescribed, each with a present-risk counterpart that must still be heard;
	 * indirect plans, goodbyes and passive wishes, each with an everyday lookalike that must stay quiet.
	 */
	@Nested
	class EnglishGermanItalianRussianDev13 extends RulesAlone {

		@Test
		void shouldNotAlarmOnSomeoneElsesActsOrWordsButStillOnTheWritersOwn() {
			assertQuiet("what do you say to a pupil who self harms? I teach year 9",
					"my stepdaughter's on suicide watch, we visit daily",
					"my housemate posted goodbye to everyone on insta at 2am, I've called the police",
					"meine Cousine hat sich geritzt, ich hab es ihrer Mutter gesagt",
					"mei bua sagt immer 'ich will nimmer'. wir gehen zum Arzt",
					"in der Doku ging es um den Suizid von Kleist",
					"соседка, которая пыталась отравиться, сейчас в больнице, я её навещаю");
			assertRisk("my brother who self harms showed me his arm and i cut myself again tonight", RiskTier.CRISIS);
			assertRisk("my housemate posted goodbye to everyone and i want to kill myself too", RiskTier.CRISIS);
			assertRisk("meine Cousine hat sich geritzt und ich ritze mich auch", RiskTier.CRISIS);
			assertRisk("я, которая режет себя, снова порезала руки", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnRecoveryAnchoredInAPastTimeButStillWhenItIsBack() {
			assertQuiet("when i was in that dark patch i wrote goodbye letters. now i teach swimming and love it",
					"Vor drei Jahren wollte ich nicht mehr leben. Heute hab ich eine eigene Praxis.",
					"i hob vor drei joar ned mehr lebn wolln. heit hob i a eigene Familie",
					"тем летом, когда я хотела умереть, было тяжело. сейчас я работаю и рада");
			assertRisk("when i was in that dark patch i wrote goodbye letters and tonight i want to again", RiskTier.CRISIS);
			assertRisk("thinking about killing myself loads again, more than last year", RiskTier.CRISIS);
			assertRisk("Vor drei Jahren wollte ich nicht mehr leben. Heute will ich wieder nicht mehr leben.", RiskTier.CRISIS);
			assertRisk("прошлой зимой, когда я хотела умереть, было тяжело, и сегодня хочу опять", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnEverydayTalkHyperboleOrDosesAsPrescribedButStillOnTheSameWordsMeantPlainly() {
			assertQuiet("i honestly cant stand this humidity, 35 degrees in the office",
					"the tracker says i took all of my doses last week, proud of me",
					"diese Baustelle bringt mich noch um, seit sechs Uhr bohren die",
					"mit dem Rabatt hab ich mir ins eigene Fleisch geschnitten",
					"ciao ragazzi, ci sentiamo lunedì dopo il weekend",
					"mi butto dalla finestra se sento ancora quella suoneria",
					"хватит до следующей пятницы, потом снова в аптеку",
					"ещё один такой созвон, и я застрелюсь",
					"gave the 30 tablets i'd been saving since my knee op back to the pharmacy");
			assertRisk("gave the 30 tablets i'd been saving since my knee op back to the pharmacy but kept enough to die",
					RiskTier.CRISIS);
			assertRisk("i cant stand this humidity and i want to die", RiskTier.CRISIS);
			assertRisk("i took all of my pills at once last week", RiskTier.URGENT);
			assertRisk("die Baustelle wird mich noch umbringen, ich will mich wirklich umbringen", RiskTier.CRISIS);
			assertRisk("addio a tutti, ci vediamo dall'altra parte", RiskTier.URGENT);
			assertRisk("se domani mi sento ancora così mi ammazzo", RiskTier.CRISIS);
			assertRisk("хватит до пятницы, а потом выпью все таблетки разом", RiskTier.CRISIS);
			assertRisk("хватит до пятницы, потом выпью все таблетки", RiskTier.CRISIS);
			assertRisk("ещё один такой созвон, и я застрелюсь, серьёзно", RiskTier.CRISIS);
		}

		@Test
		void shouldHearIndirectPlansGoodbyesAndPassiveWishesButNotTheirEverydayLookalikes() {
			assertRisk("been working out exactly how i would end it", RiskTier.CRISIS);
			assertRisk("iwillendmylife", RiskTier.CRISIS);
			assertRisk("picked up the razor again after eight months clean", RiskTier.CRISIS);
			assertRisk("sometimes i feel like ive overstayed my welcome on this planet", RiskTier.CONCERN);
			assertRisk("the diazepam from my last two prescriptions is hidden in a sock in my drawer", RiskTier.CONCERN);
			assertRisk("after tonight you wont need to worry about me anymore", RiskTier.CONCERN);
			assertRisk("they will all understand tomorrow", RiskTier.CONCERN);
			assertRisk("ichwillmichumbringen", RiskTier.CRISIS);
			assertRisk("hab mich gestern geritzt, zum ersten mal seit acht monaten", RiskTier.CRISIS);
			assertRisk("ich kenne eine Stelle im Wald, wo mich keiner finden wird", RiskTier.CONCERN);
			assertRisk("Ich stand lange auf der Brücke und hab nach unten geschaut.", RiskTier.CONCERN);
			assertRisk("bald verstehen sie es", RiskTier.CONCERN);
			assertRisk("die Kinder fragen schon, morgen verstehen sies", RiskTier.CONCERN);
			assertRisk("merci für alles, ich bi denn nümme da, nöd truurig sii", RiskTier.CONCERN);
			assertRisk("dopo oggi non mi sentirete più", RiskTier.CONCERN);
			assertRisk("ho sistemato tutto, ora posso andare in pace", RiskTier.CONCERN);
			assertRisk("non voglio arrivare a natale", RiskTier.CONCERN);
			assertRisk("le cicatrici sono vecchie ma stanotte me ne sono fatta altre", RiskTier.CRISIS);
			assertRisk("дальше без меня, хорошо", RiskTier.CONCERN);
			assertRisk("это последнее, что я напишу", RiskTier.CONCERN);
			assertRisk("можно мне просто исчезнуть", RiskTier.CONCERN);
			assertRisk("по-моему, сын без меня вырос бы нормальнее", RiskTier.CONCERN);
			assertRisk("поставила себе дату в календаре", RiskTier.CONCERN);
			assertRisk("вчера вырезала на руке слово", RiskTier.CRISIS);
			assertRisk("выпил фсе таблетки", RiskTier.URGENT);
			assertRisk("got my dads revolver out of the loft. havent loaded it", RiskTier.CONCERN);
			assertRisk("i kind of hope i dont come round after the operation", RiskTier.CONCERN);
			assertRisk("Nachricht zum letzten Mal. Löscht meine Nummer einfach.", RiskTier.CONCERN);
			assertRisk("auf station dachte ich, wie leicht es wär, tabletten für mich mitzunehmen", RiskTier.CONCERN);
			assertRisk("поднялась на крышу девятиэтажки и примерилась", RiskTier.CONCERN);
			assertRisk("дети у бабушки до среды, и я всё продумала", RiskTier.CONCERN);
			assertRisk("sag ihr, dass ich sie immer lieb gehabt hab", RiskTier.CONCERN);
			assertQuiet("been working out how to fix the boiler", "we stayed too long at the pub",
					"the diazepam from my last prescription is in the kitchen cupboard",
					"dont worry about me, ill be home by ten", "went back to the gym after 2 years off",
					"Wir standen auf der Brücke und haben nach unten geschaut, herrlicher Ausblick",
					"ich bin dann nicht mehr da, bis Montag im Urlaub",
					"non mi sentirete più per una settimana, vado in montagna",
					"ho finito il turno, ora posso andare a casa", "non voglio arrivare a natale senza i regali",
					"это последнее, что я пишу сегодня, спать", "поставила дату свадьбы в календаре",
					"снова взял бритву и побрился", "cleaned my grandads old rifle for the museum",
					"i hope i dont come round to yours too late", "löscht meine alte nummer ruhig, ich hab eine neue",
					"zum letzten mal check-in vor dem urlaub", "sieht aus wie leicht es wär ein stück kuchen mitzunehmen",
					"примерила платье, посмотрела в зеркало",
					"муж будет на даче до воскресенья, я всё продумала: уборка, ремонт, сериалы");
		}

	}

	/**
	 * Round 10 in English, German, Italian and Russian: kinds of message no rule heard (a condition or a deadline with
	 * the act or the means, a method looked up and then the intent, hyperbole over an everyday trigger), and the
	 * dev13 kinds still missed; each with the everyday message that must stay quiet.
	 */
	@Nested
	class EnglishGermanItalianRussianRound10 extends RulesAlone {

		@Test
		void shouldHearAConditionOrADeadlineWithTheActOrTheMeansButNotTheSameConditionWithAnEverydayPlan() {
			assertRisk("if she leaves me i'm done, the pills are in the drawer", RiskTier.CRISIS);
			assertRisk("once the kids are at their dad's i'll swallow the lot", RiskTier.CRISIS);
			assertRisk("the day she moves out is the day i go, the tablets are under my bed", RiskTier.CRISIS);
			assertRisk("if nothing changes by friday i'm jumping", RiskTier.CRISIS);
			assertRisk("noch so eine nacht und ich nehm alle tabletten", RiskTier.CRISIS);
			assertRisk("wenn er geht, bin ich weg, die tabletten liegen in der schublade", RiskTier.CRISIS);
			assertRisk("nach der prüfung mach ich es", RiskTier.CRISIS);
			assertRisk("wenn der befund schlecht ist, spring ich", RiskTier.CRISIS);
			assertRisk("falls sie mich verlässt, mach ich schluss", RiskTier.CRISIS);
			assertRisk("un'altra notte così e prendo tutte le pillole", RiskTier.CRISIS);
			assertRisk("se mi lascia ho chiuso, le pillole sono nel cassetto", RiskTier.CRISIS);
			assertRisk("dopo i risultati dell'esame lo faccio", RiskTier.CRISIS);
			assertRisk("se venerdì va male mi butto", RiskTier.CRISIS);
			assertRisk("если он уйдёт, мне конец, таблетки в ящике", RiskTier.CRISIS);
			assertRisk("после результатов экзамена я это сделаю", RiskTier.CRISIS);
			assertRisk("если в пятницу откажут, я прыгну", RiskTier.CRISIS);
			assertRisk("когда дети уедут к отцу, я закончу со всем", RiskTier.CRISIS);
			assertQuiet("one more night like this and i take a day off", "if she leaves i'm done with dating apps",
					"the pills are in the drawer, take one if your head hurts", "after the exam results i'll do the shopping",
					"the day she moves out is the day i go to the gym again",
					"if it's warm enough by friday i'm jumping in the lake",
					"noch so eine nacht und ich nehm mir frei", "nach der prüfung mach ich urlaub",
					"die tabletten liegen in der schublade, nimm dir eine wenn du kopfweh hast",
					"falls es regnet, mach ich schluss für heute", "ich nehme alle tabletten morgens wie verschrieben",
					"un'altra notte così e prendo ferie", "dopo i risultati dell'esame lo faccio sapere a tutti",
					"le pillole sono nel cassetto, prendine una se hai mal di testa",
					"se venerdì va male mi butto sul divano", "ещё одна такая ночь, и я возьму отгул",
					"таблетки в ящике, возьми одну если голова болит", "после результатов экзамена я это отмечу",
					"когда гости уедут, я всё закончу", "when the beat drops i jump");
		}

		@Test
		void shouldHearAMethodLookedUpThenTheIntentButNotAHowToForAnEverydayThing() {
			assertRisk("read how many it takes, tonight", RiskTier.CRISIS);
			assertRisk("looked up how much paracetamol it takes. saturday then", RiskTier.CRISIS);
			assertRisk("googled how to tie a noose and now i know what i'm doing this weekend", RiskTier.CRISIS);
			assertRisk("i read up on how long it takes to bleed out. i'm ready", RiskTier.CRISIS);
			assertRisk("hab ein video geschaut wie man sich erhängt, ich mach das", RiskTier.CRISIS);
			assertRisk("hab gelesen wie viele man braucht. heute nacht", RiskTier.CRISIS);
			assertRisk("hab nachgelesen wie lange es dauert bis man verblutet. ich bin bereit", RiskTier.CRISIS);
			assertRisk("ho visto un video su come impiccarsi, lo faccio", RiskTier.CRISIS);
			assertRisk("ho letto quante ne servono. stanotte", RiskTier.CRISIS);
			assertRisk("посмотрел видео как повеситься, я это сделаю", RiskTier.CRISIS);
			assertQuiet("read how many eggs it takes to make a pavlova, tonight i try",
					"looked up how much the flights cost. saturday then", "watched a video on how to hang a shelf, it took ages",
					"hab ein video geschaut wie man ein regal aufhängt, ich mach das morgen",
					"hab gelesen wie viele eier man braucht. heute abend backe ich",
					"ho visto un video su come appendere un quadro, lo faccio domani",
					"ho letto quante uova servono, stasera faccio la torta",
					"посмотрел видео как повесить полку, сделаю сегодня");
		}

		@Test
		void shouldReadHyperboleOverAnEverydayTriggerAsJokingButNotABareOrAMeantWish() {
			assertQuiet("so hungover i want to die", "period cramps are killing me, i want to die",
					"this heat is killing me i want to die", "die hitze bringt mich um, ich will sterben",
					"hab so nen kater, ich will sterben", "ho un dopo sbornia che voglio morire", "che caldo, voglio morire",
					"questo esame mi sta uccidendo, voglio morire", "такое похмелье, хочу умереть",
					"жара такая, хочу умереть", "этот экзамен меня убивает, хочу сдохнуть");
			assertRisk("i want to die", RiskTier.CRISIS);
			assertRisk("i can't take it anymore, the noise, the job, all of it, i want to die", RiskTier.CRISIS);
			assertRisk("so tired of everything i want to die", RiskTier.CRISIS);
			assertRisk("hungover again and i want to die, not joking", RiskTier.CRISIS);
			assertRisk("ich kann nicht mehr, der lärm, die arbeit, alles, ich will sterben", RiskTier.CRISIS);
			assertRisk("die hitze bringt mich um, ich will wirklich sterben", RiskTier.CRISIS);
			assertRisk("non ce la faccio più, il rumore, il lavoro, tutto, voglio morire", RiskTier.CRISIS);
			assertRisk("che caldo, voglio morire sul serio", RiskTier.CRISIS);
			assertRisk("не могу больше, шум, работа, всё, хочу умереть", RiskTier.CRISIS);
			assertRisk("такое похмелье, хочу умереть, серьёзно", RiskTier.CRISIS);
		}

		@Test
		void shouldHearGoodbyesAndMeansToldInPassingButNotTheirEverydayLookalikes() {
			assertRisk("goodnight forever", RiskTier.CONCERN);
			assertRisk("rang my brother to say thanks for everything. that was the last call i had to make", RiskTier.CONCERN);
			assertRisk("i've said my goodbyes to the ones i love", RiskTier.CONCERN);
			assertRisk("call my sister for me if i don't answer by tomorrow", RiskTier.CONCERN);
			assertRisk("the new prescription is three months of tablets and that's my way out", RiskTier.CONCERN);
			assertRisk("my daughter would be better off with her mum full time", RiskTier.CONCERN);
			assertRisk("ihavethepillsready", RiskTier.CRISIS);
			assertRisk("am wochenende mach ich schluss", RiskTier.CRISIS);
			assertRisk("ich verabschiede mich jetzt. seid nicht traurig", RiskTier.CONCERN);
			assertRisk("gute nacht für immer", RiskTier.CONCERN);
			assertRisk("richte meiner therapeutin aus, dass sie nichts falsch gemacht hat", RiskTier.CONCERN);
			assertRisk("meine tabletten und die von oma, das müsste reichen", RiskTier.CONCERN);
			assertRisk("buonanotte per sempre", RiskTier.CONCERN);
			assertRisk("dite a mio fratello che gli ho voluto bene", RiskTier.CONCERN);
			assertRisk("mivoglioammazzare", RiskTier.CRISIS);
			assertRisk("спокойной ночи навсегда", RiskTier.CONCERN);
			assertRisk("увидимся на том свете", RiskTier.CONCERN);
			assertQuiet("that was the last call i had to make today, now dinner", "said my goodbyes at the airport, back in june",
					"call my sister if i don't answer, my battery is low", "the side door is my way out of the building",
					"got the job offer in leeds, that's my way out", "said my goodbyes to her before she passed",
					"my daughter would be better off with her mum this weekend, she has the big garden",
					"final exam tomorrow. see you on the other side", "am wochenende mach ich schluss mit der diät",
					"ich verabschiede mich jetzt in den urlaub", "meine tabletten für den urlaub, das müsste reichen",
					"morgen OP, wir sehen uns auf der anderen seite", "dite a mio fratello che gli ho portato il pane");
		}

		@Test
		void shouldNotAlarmOnSomeoneElsesWordsAPastAgeOrAnEverydayCauseButStillOnTheWritersOwn() {
			assertQuiet("a boy in my class said i hope a car hits me, so i told the teacher",
					"ich hab ihr erzählt, dass ich mit 17 nicht mehr leben wollte",
					"heute hat er gesagt \"wenn ich mal nicht mehr da bin, kriegst du das auto\". ich hab gelacht",
					"mio cugino parla di buttarsi dal ponte, sono con lui ora, chi chiamo?",
					"i vicini fanno lavori col trapano da tre giorni, non ce la faccio più");
			assertRisk("a boy in my class said i hope a car hits me and i want that too", RiskTier.CONCERN);
			assertRisk("ich hab ihr erzählt, dass ich mit 17 nicht mehr leben wollte, und jetzt will ich wieder sterben",
					RiskTier.CRISIS);
			assertRisk("heute hat er gesagt ich soll mich zusammenreißen, aber ich will sterben", RiskTier.CRISIS);
			assertRisk("mio cugino parla di buttarsi dal ponte e anch'io voglio buttarmi", RiskTier.CRISIS);
			assertRisk("il trapano da tre giorni, non ce la faccio più a vivere", RiskTier.CONCERN);
			assertQuiet("ho sbagliato la tinta dei capelli, voglio sparire ahahah");
			assertRisk("ho sbagliato la tinta dei capelli, voglio sparire per sempre ahahah", RiskTier.CONCERN);
			assertRisk("ho sbagliato la tinta dei capelli, voglio sparire", RiskTier.CONCERN);
		}

		@Test
		void shouldHearABareLastWordALetterLeftOrMeansHeldBackButNotTheSameWordsInAnEverydaySentence() {
			assertRisk("it's time.", RiskTier.CONCERN);
			assertRisk("the letter is in the blue folder, my brother knows where", RiskTier.CONCERN);
			assertRisk("measured the window on the landing to see if i could fit through", RiskTier.CONCERN);
			assertRisk("es ist zeit.", RiskTier.CONCERN);
			assertRisk("ende.", RiskTier.CONCERN);
			assertRisk("den termin am montag können sie streichen, den brauch ich nicht mehr", RiskTier.CONCERN);
			assertRisk("war am friedhof bei opa und hab ihm gesagt dass ich bald zu ihm komme", RiskTier.CONCERN);
			assertRisk("hab seit wochen meine tabletten nicht genommen sondern in einer schachtel gesammelt", RiskTier.CRISIS);
			assertRisk("hab das fenster im dachgeschoss ausgemessen ob man da raus kommt", RiskTier.CONCERN);
			assertRisk("è ora", RiskTier.CONCERN);
			assertRisk("esco di scena. sipario", RiskTier.CONCERN);
			assertRisk("la lettera è sotto il cuscino, mia madre sa dove", RiskTier.CONCERN);
			assertRisk("конец.", RiskTier.CONCERN);
			assertRisk("die mama von einem kind in der gruppe ist traurig, heute hat sie gesagt sie will nicht mehr, und ich will auch nicht mehr leben",
					RiskTier.CRISIS);
			assertQuiet("it's time for tea", "the letter is in the post", "measured the window to see if the new blind would fit",
					"ende gut alles gut",
					"den termin am montag können sie streichen, den brauch ich nicht mehr, mir gehts besser",
					"war am friedhof bei opa, bald kommt der steinmetz",
					"hab meine tabletten nicht genommen, sondern sie zur apotheke gebracht",
					"hab das fenster ausgemessen ob der neue rollladen passt",
					"die mama von einem kind in der gruppe ist traurig, heute hat sie gesagt \"wenn ich nicht mehr da bin, holt ihn der papa\"",
					"è ora di cena", "esco di scena per un po', il gruppo va avanti senza di me per una settimana",
					"la lettera è sul tavolo, prendila pure", "конец фильма был странный");
		}

		@Test
		void shouldHearACalmOnceDecidedAffairsSettledAndWordsTypedWithDigitsOrWithoutVowels() {
			assertRisk("i feel weirdly calm, it's decided", RiskTier.CONCERN);
			assertRisk("everything's sorted with the flat and the cat, now i can", RiskTier.CONCERN);
			assertRisk("fühl mich seltsam ruhig, es ist entschieden", RiskTier.CONCERN);
			assertRisk("die wohnung ist überschrieben, alles geregelt, jetzt kann ich", RiskTier.CONCERN);
			assertRisk("mi sento stranamente calma, è finita", RiskTier.CONCERN);
			assertRisk("v0gl1o m0r1re", RiskTier.CRISIS);
			assertRisk("закрыла кредитку, всё чисто. теперь можно", RiskTier.CONCERN);
			assertRisk("переписал машину на брата, закрыл долги. всё чисто. теперь можно", RiskTier.CONCERN);
			assertRisk("сына забирает бабушка с понедельника. больше мне ничего не надо устраивать", RiskTier.CONCERN);
			assertRisk("хчу сдхнть", RiskTier.CRISIS);
			assertQuiet("everything's sorted for the party, now i can relax",
					"i feel weirdly calm about the exam, it's decided: i'll pass",
					"alles geregelt für den umzug, jetzt kann ich mich entspannen",
					"mi sento stranamente calma prima dell'esame", "voglio morire dal ridere lol",
					"всё чисто, теперь можно гостей звать", "больше мне ничего не надо, спасибо");
		}


		/** A German goodbye with a black heart, a wilted rose or a broken heart, as the es/pt/fr rules hear one. */
		@Test
		void shouldHearAGermanGoodbyeWithAHeartOrARoseButNotAnOrdinaryOne() {
			assertRisk("tschüss 🖤", RiskTier.CRISIS);
			assertRisk("tschüss an alle 🖤🥀", RiskTier.CRISIS);
			assertRisk("macht's gut ihr lieben 💔", RiskTier.CRISIS);
			assertRisk("lebt wohl 🥀", RiskTier.CRISIS);
			assertRisk("🖤 ich verabschiede mich", RiskTier.CRISIS);
			assertQuiet("tschüss mama 🖤 bis sonntag", "tschüss 🖤 bis morgen", "macht's gut, wir sehen uns am montag 💔",
					"tschüss 2025 💔", "mein hund ist gestorben 💔", "tschüss, bis später");
		}
	}

	/**
	 * The audit of the clears (30 November 2026): a clear silences every rule but the strong ones in its whole
	 * sentence, and a comma does not end a sentence, so a past time, a clean count, someone else's words or a trip
	 * written beside a present wish, plan or act silenced it. Each present risk here got no crisis message before;
	 * the safe message each clear exists for stays quiet.
	 */
	@Nested
	class ClearAudit extends RulesAlone {

		@Test
		void shouldHearAPresentWishBesideAPastTimeButNotTheRecoveryThatTimeTellsOf() {
			assertRisk("my dad died a year ago and i want to kill myself", RiskTier.CRISIS);
			assertRisk("in 2019 i lost my job and i want to kill myself", RiskTier.CRISIS);
			assertRisk("when i was 12 my dad left and i want to die", RiskTier.CRISIS);
			assertRisk("vor einem Jahr ist meine Mutter gestorben, ich will mich umbringen", RiskTier.CRISIS);
			assertRisk("früher war ich glücklich, ich will mich umbringen", RiskTier.CRISIS);
			assertRisk("il y a un an mon père est mort et j'ai envie de me tuer", RiskTier.CRISIS);
			assertRisk("quand j'étais ado on me frappait, j'ai envie de me tuer", RiskTier.CRISIS);
			assertRisk("due anni fa è morto mio padre e voglio morire", RiskTier.CRISIS);
			assertRisk("l'estate scorsa mi ha lasciata e voglio morire", RiskTier.CRISIS);
			assertRisk("год назад умер папа, я хочу умереть", RiskTier.CRISIS);
			assertRisk("раньше я мечтала о будущем, хочу умереть", RiskTier.CRISIS);
			assertRisk("después de mi intento sigo queriendo matarme", RiskTier.CRISIS);
			assertQuiet("a year ago i wanted to kill myself", "when i was 15 i tried to kill myself",
					"vor zwei Jahren wollte ich mich umbringen", "früher wollte ich mich umbringen",
					"il y a deux ans je voulais mourir",
					"due anni fa ho tentato di togliermi la vita, adesso sto molto meglio", "l'estate scorsa volevo morire",
					"год назад я хотела умереть", "раньше я резалась, сегодня 300 дней без селфхарма",
					"hace dos años intenté quitarme la vida");
		}

		@Test
		void shouldHearAnActOrAWishAfterRecoveryToldAsCountedOrGoneButNotTheRecoveryAlone() {
			assertRisk("two years clean from heroin and i want to kill myself", RiskTier.CRISIS);
			assertRisk("i havent cut in months but i want to kill myself", RiskTier.CRISIS);
			assertRisk("the thoughts of self harm are gone, i just want to die", RiskTier.CRISIS);
			assertRisk("my therapist asked if i still think about it and i said no but i took all my pills", RiskTier.URGENT);
			assertRisk("everyone thinks im not suicidal anymore but i took all my pills", RiskTier.URGENT);
			assertRisk("i promised i would never do it but i just took all my pills", RiskTier.URGENT);
			assertQuiet("two years clean and i'm proud of myself", "i havent cut in months",
					"the thoughts of killing myself are gone",
					"my therapist asked if i still think about killing myself and i could say no", "i'm not suicidal anymore");
		}

		@Test
		void shouldHearTheWritersOwnRiskAfterSomeoneElsesWordsButNotTheWordsQuoted() {
			assertRisk("my mum said something that upset me and i want to kill myself", RiskTier.CRISIS);
			assertRisk("my mum told me that she hates me so i took all my pills", RiskTier.URGENT);
			assertRisk("minha mãe disse que sou um peso, vou me matar hoje", RiskTier.CRISIS);
			assertRisk("lui ha detto che voleva lasciarmi, voglio uccidermi", RiskTier.CRISIS);
			assertRisk("ma mère arrête pas de dire que je suis un poids, j'ai envie de me tuer", RiskTier.CRISIS);
			assertQuiet("mon pote arrête pas de dire \"jvais me tuer\" pour rien et ça me saoule",
					"meu amigo vive falando \"vou me matar\" por qualquer coisa e isso me irrita",
					"my roommate told me hes been cutting",
					"one of the novices left a note that worried me, she wrote she wants to die",
					"lei ha detto che voleva morire, ho chiamato il 112");
		}

		@Test
		void shouldNotReadIAmNotJokingAsAJoke() {
			assertRisk("je rigole pas, j'ai envie de me tuer", RiskTier.CRISIS);
			assertRisk("jrigole pas je vais me tuer", RiskTier.CRISIS);
			assertQuiet("j'ai envie de mourir avec ce contrôle demain, je rigole", "si je vois encore ce prof je me tue");
		}

		@Test
		void shouldHearAPlanBesideATripAFilmOrMonthsOfThinkingButNotThoseAlone() {
			assertRisk("je pars quelques jours dans les bois avec tous mes cachets pour en finir", RiskTier.CRISIS);
			assertRisk("pensei em me matar durante meses e decidi que vou fazer isso", RiskTier.CRISIS);
			assertRisk("j'ai pensé au suicide pendant des mois et je vais passer à l'acte", RiskTier.CRISIS);
			assertRisk("vi un documental sobre el suicidio y ya sé cómo voy a hacerlo", RiskTier.CRISIS);
			assertQuiet("je pars deux semaines en vacances, à bientôt", "pensei em me matar durante anos, hoje tenho uma filha",
					"j'ai pensé au suicide pendant des années, aujourd'hui je vais bien",
					"vi un documental sobre el suicidio y me dejó pensando");
		}

		@Test
		void shouldHearAPresentRiskBesideABatteryAGoodbyeForTheDayATripOrACleanCountButNotThoseAlone() {
			assertRisk("phones dying and i just took all my pills", RiskTier.URGENT);
			assertRisk("this is my last message for a few days camping with no signal, i want to kill myself", RiskTier.CRISIS);
			assertRisk("not in a bad way, i just took all my pills", RiskTier.URGENT);
			assertRisk("enough feelings for one day, goodbye, i want to kill myself", RiskTier.CRISIS);
			assertRisk("hab heute alte Rasierklingen weggeworfen, aber ich will mich umbringen", RiskTier.CRISIS);
			assertRisk("clean seit drei Monaten und ich will mich umbringen", RiskTier.CRISIS);
			assertRisk("für heute tschüss, ich will mich umbringen", RiskTier.CRISIS);
			assertRisk("la pensée de mourir est partie, je veux mourir quand même", RiskTier.CRISIS);
			assertRisk("parto due settimane in montagna e voglio farla finita", RiskTier.CRISIS);
			assertRisk("три года как я не режусь, но я хочу умереть", RiskTier.CRISIS);
			assertQuiet("phones dying will text you when im home", "this is my last message for a few days camping with no signal",
					"not in a bad way just peopled out", "enough feelings for one day, goodbye",
					"hab heute alte Rasierklingen weggeworfen", "clean seit drei Monaten", "für heute tschüss",
					"la pensée de mourir est partie", "parto due settimane in montagna", "три года как я не режусь");
		}

		@Test
		void shouldHearTheWritersOwnRiskAfterAFriendsWordsReportedButNotTheWordsAloneNorAChildQuoted() {
			assertRisk("my son said i wish i was dead after his breakup, i want to kill myself", RiskTier.CRISIS);
			assertRisk("a lad in my gaming discord said hes going to kms, i want to kill myself", RiskTier.CRISIS);
			assertRisk("подруга пишет что не хочет жить, я хочу убить себя", RiskTier.CRISIS);
			assertRisk("la mia amica ha detto che vuole uccidersi, ho appena preso tutte le pillole", RiskTier.URGENT);
			assertRisk("mi hermano dice que ya no quiere vivir, me acabo de tomar todas las pastillas", RiskTier.URGENT);
			assertRisk("o meu irmão diz que já não quer viver, acabei de tomar todos os comprimidos", RiskTier.URGENT);
			assertRisk("ma collègue m'a dit qu'elle voulait plus vivre, je viens d'avaler toutes mes pilules", RiskTier.URGENT);
			assertQuiet("my son said i wish i was dead after his breakup", "a lad in my gaming discord said hes going to kms",
					"подруга пишет что не хочет жить", "мальчик пяти лет сказал я хочу умереть чтобы мама не ругалась",
					"la mia amica ha detto che vuole uccidersi, come posso aiutarla", "mi hermano dice que ya no quiere vivir, qué hago",
					"o meu irmão diz que já não quer viver, o que faço",
					"ma collègue m'a dit qu'elle voulait plus vivre, je sais pas comment lui parler",
					"my friend texted i want to kill myself and i called 999");
		}

		@Test
		void shouldHearAMeansReadyBesideARecoveryToldInThePastButNotTheRecoveryAlone() {
			assertRisk("a year ago i was in hospital after an overdose, the rope is ready in the garage", RiskTier.CRISIS);
			assertRisk("hace dos años intenté quitarme la vida, ya tengo la cuerda preparada", RiskTier.CRISIS);
			assertRisk("vor zwei Jahren war ich in der Klinik, das Seil liegt bereit", RiskTier.CRISIS);
			assertRisk("два года назад я пыталась, верёвка уже готова", RiskTier.CRISIS);
			assertRisk("l'anno scorso ero in ospedale, la corda è pronta in garage", RiskTier.CRISIS);
			assertQuiet("a year ago i was in hospital after an overdose", "ho buttato via la corda due anni fa");
		}

		/**
		 * The model, not the rules: a past time told in a sentence of no risk ("my wife left two months ago") made the
		 * whole message need a near-certain reading, so the last week told in the next sentence got no question. Read
		 * here by a model that is sure, but not near-certain, of every message (what a learnt model reads changes with
		 * every part it learns); recovery told as over still needs the near-certain reading.
		 */
		@Test
		void shouldAskWhenThePastTimeIsToldInAnotherSentenceThanTheRiskTheModelReads() {
			RiskScreen sure = new RiskScreen(opinion -> CompletableFuture.completedFuture(RiskModel.constant(0.9)));
			for (String text : List.of("a minha mulher foi embora há dois meses. acho que esta é a minha última semana aqui",
					"жена ушла два месяца назад. думаю, это моя последняя неделя здесь")) {
				assertThat(sure.screen(text)).as(text).map(Risk::tier).contains(RiskTier.CONCERN);
			}
			assertThat(sure.screen("two years ago i tried to kill myself. today i'm doing well")).isEmpty();
		}

		@Test
		void shouldAskAboutALastWeekHereAfterAPastLossWithTheShippedModel() {
			assertThat(screen.screen("a minha mulher foi embora há dois meses. acho que esta é a minha última semana aqui"))
				.map(Risk::tier)
				.contains(RiskTier.CONCERN);
			assertThat(screen.screen("two years ago i tried to kill myself. today i'm doing well")).isEmpty();
			assertThat(screen.screen("my wife left with the kids two months ago")).isEmpty();
		}

		@Test
		void shouldNotReadPillsTakenOrNamedBesideAHyperboleAsHyperbole() {
			assertRisk("si mon mari me frappe encore une fois, je prends tous mes cachets", RiskTier.CRISIS);
			assertRisk("verkatert und hab gerade alle tabletten genommen", RiskTier.URGENT);
			assertRisk("hangover and i just took all my pills", RiskTier.URGENT);
			assertRisk("uccidetemi, ho preso tutte le pillole", RiskTier.URGENT);
			assertQuiet("si j'entends encore cette chanson je me tue",
					"gestern zu viel tequila heute will ich einfach sterben nie wieder alkohol",
					"ammazzatemi arriva mia suocera da natale all'epifania");
		}

	}

	/**
	 * Found after the audit: a clear for medicines handed back silenced "but kept enough to die" said after it. Keeping
	 * back enough to die is a present plan, so the clears give way to it as to the other present phrases.
	 */
	@Nested
	class KeptEnough extends RulesAlone {

		@Test
		void shouldHearEnoughKeptBackToDieBesideMedicinesHandedBack() {
			assertRisk("handed the leftover tramadol back to the pharmacist but kept enough to die", RiskTier.CRISIS);
			assertRisk("gave my old sertraline back to the chemist, kept enough to not wake up though", RiskTier.CRISIS);
			assertQuiet("handed the leftover tramadol back to the pharmacist",
					"gave my old sertraline back to the chemist after the switch");
		}

		@Test
		void shouldHearTheWritersOwnRiskAfterSomeoneElsesWordsInASubordinateClauseOrWithToo() {
			assertRisk("meine Freundin sagt ich soll mir Hilfe holen weil ich nicht mehr leben will", RiskTier.CONCERN);
			assertRisk("парень, который порезал себе руки, мой брат, а я сегодня тоже порежу руки", RiskTier.CONCERN);
			assertQuiet("meine Freundin sagt ich soll mir mehr Pausen gönnen",
					"парень, который порезал себе руки, мой брат, я отвёз его в больницу");
		}

	}

	/**
	 * Spanish, Portuguese, French and Italian phrasings of the round 11 (the fourteenth development part, by new
	 * writers), read by the rules alone (no model), with my own sentences: medicines packed for a trip, handed back or
	 * counted to see when they run out, professionals and recovery told by age, worn-out everyday talk and hyperbole,
	 * each with a present-risk counterpart that must still be heard; indirect plans, goodbyes, passive wishes,
	 * self-harm, slang and run-together typing, each with an everyday lookalike that must stay quiet.
	 */
	@Nested
	class SpanishPortugueseFrenchItalianRound11 extends RulesAlone {

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

	/**
	 * Round 12 in Spanish, Portuguese, French and Italian, read by the rules alone, with my own sentences: kinds of
	 * phrasing a fifteenth development part, written by new writers, showed the rules missing (plans made ready,
	 * means kept or bought, places chosen, passive wishes, goodbyes with affairs settled, slang and dropped letters,
	 * overdoses told with what they do now) or mistaking (recovery told as gone, preferring death to a chore, diving
	 * into work, an essay, a gaffe), each with the everyday lookalike or the present risk that must stay as it is.
	 */
	@Nested
	class SpanishPortugueseFrenchItalianRound12 extends RulesAlone {

		@Test
		void shouldNotAlarmOnTheThoughtOfDeathToldAsGoneForMonthsButWhenItIsBackToday() {
			assertQuiet("hace meses que no pienso en matarme, la terapia funciona",
					"faz meses que não penso em me matar, o remédio novo ajudou",
					"llevo un año sin pensar en morirme");
			assertRisk("hace meses que no pienso en matarme pero hoy quiero matarme otra vez", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnAnOverdoseOrAttemptToldAsBehindWithAGoodPresentButWhenItIsPlannedAgain() {
			assertQuiet("tras la sobredosis pasé un mes internada. hoy estoy estable y trabajando",
					"depois da overdose fiquei um mês internado. agora estou estável e estudando",
					"j'ai pensé au suicide il y a deux ans, maintenant je suis suivie et ça va mieux");
			assertRisk("há três anos tentei me matar. hoje quero me matar de novo", RiskTier.CRISIS);
			assertRisk("j'ai pensé au suicide il y a deux ans et maintenant je veux mourir", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnPreferringDeathToAChoreButOnPreferringItToLivingOn() {
			assertQuiet("prefiero morirme antes que ir otra vez a la boda de mi prima",
					"prefiro morrer a ter que cantar parabéns no palco",
					"je préférerais mourir plutôt que de refaire ce déménagement");
			assertRisk("prefiero morirme antes que seguir viviendo así", RiskTier.CRISIS);
			assertRisk("je préférerais mourir plutôt que de continuer à vivre comme ça", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnDivingHeadFirstIntoWorkOrNearlyDyingOfEffortButOnTheAct() {
			assertQuiet("vou me jogar de cabeça nessa faculdade nova",
					"vou me atirar de cabeça no trabalho esse ano",
					"j'ai cru mourir en montant la côte à vélo");
			assertRisk("vou me jogar da ponte hoje", RiskTier.CRISIS);
			assertRisk("j'ai envie de mourir", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnAnEssayAboutSuicideOrWantingTheGroundToSwallowOneButOnTheWish() {
			assertQuiet("on a un exposé de philo sur le suicide chez Durkheim pour lundi",
					"ho fatto una figuraccia in riunione, volevo sprofondare e sparire per sempre");
			assertRisk("voglio sparire per sempre, sul serio", RiskTier.CRISIS);
		}

		@Test
		void shouldHearPillsBoughtInSeveralPharmaciesSoNobodyAsksButNotShoppingAround() {
			assertQuiet("fui a dos farmacias y en ninguna tenían el jarabe del niño",
					"comprei o remédio em duas farmácias porque estava em falta",
					"fui a la farmacia para no preguntar al médico");
			assertRisk("compré ibuprofeno en cuatro farmacias para que nadie sospechara", RiskTier.CRISIS);
			assertRisk("comprei remédio em três farmácias diferentes pra ninguém desconfiar", RiskTier.CRISIS);
			assertRisk("ho preso le compresse in due farmacie così nessuno mi fa domande", RiskTier.CRISIS);
		}

		@Test
		void shouldHearPillsKeptForTheDayOneDecidesButNotForTheNextDose() {
			assertQuiet("tengo las pastillas guardadas en el botiquín",
					"je les garde toutes pour la fête de samedi, ces bouteilles");
			assertRisk("tengo las pastillas de mi tío escondidas para cuando me decida", RiskTier.CRISIS);
			assertRisk("guardei os comprimidos para quando eu tiver coragem", RiskTier.CRISIS);
			assertRisk("j'ai récupéré mes comprimés à la pharmacie mais je les garde tous pour samedi", RiskTier.CRISIS);
		}

		@Test
		void shouldHearAPlaceChosenOrLookedOverButNotDirectionsOrALongWeekend() {
			assertQuiet("ya sé de qué puente me hablas, el del centro",
					"ya sé qué tren tomar para llegar al centro",
					"já sei de qual ponte você fala",
					"je sais quel pont prendre pour éviter les bouchons",
					"ho già scelto il ponte per le ferie di maggio",
					"so a che piano andare per la riunione",
					"miré el horario del metro, ya sé cuándo ir para no llegar tarde",
					"vi o horário do comboio, já tenho apontado");
			assertRisk("ya elegí el puente, el que cruza el río", RiskTier.CRISIS);
			assertRisk("já escolhi o prédio, o mais alto do bairro", RiskTier.CRISIS);
			assertRisk("je sais quel pont.", RiskTier.CRISIS);
			assertRisk("ho già scelto il viadotto, ci passo ogni sera", RiskTier.CRISIS);
			assertRisk("so già quale ponte, quello sul fiume", RiskTier.CRISIS);
		}

		@Test
		void shouldHearAPlanForWhenNobodyIsHomeButNotAPartyOrMusic() {
			assertQuiet("cuando no haya nadie en casa pongo la música a todo volumen",
					"tout est prévu pour samedi, personne ne sait pour la fête surprise");
			assertRisk("tengo un plan: el jueves cuando no haya nadie en casa", RiskTier.CRISIS);
			assertRisk("tenho um plano pra sexta, quando ninguém estiver em casa", RiskTier.CRISIS);
			assertRisk("tout est prévu pour samedi, l'appart sera vide", RiskTier.CRISIS);
		}

		@Test
		void shouldHearAParentsGunWithItsKeyOrBulletsButNotTheGunAlone() {
			assertQuiet("la escopeta de mi abuelo está en el desván, es de colección",
					"a espingarda do meu tio fica no armário, ele é caçador",
					"la pistola de agua de mi hermano está en el ropero y ya sé dónde guarda la llave del coche");
			assertRisk("la escopeta de mi abuelo está en el desván y ya sé dónde esconde los cartuchos", RiskTier.CRISIS);
			assertRisk("a espingarda do meu tio fica no armário e eu já sei onde ele guarda as balas", RiskTier.CRISIS);
			assertRisk("la carabine de mon grand-père est dans la cave et j'ai sorti les balles ce matin", RiskTier.CRISIS);
		}

		@Test
		void shouldHearAWishForAVehicleOrAHeartAttackToEndItButNotTravelHopes() {
			assertQuiet("ojalá que el tren llegue temprano",
					"espero que o avião não atrase",
					"j'espère que l'avion ne sera pas en retard",
					"spero che l'aereo non sia in ritardo",
					"magari mi viene un'idea migliore domani",
					"espero que el avión no se caiga y lleguemos bien",
					"spero che la macchina non mi investa",
					"espero que o carro me pegue às 8 em casa",
					"spero che il treno non deragli con questa neve");
			assertRisk("ojalá un camión me atropelle de camino al trabajo", RiskTier.CONCERN);
			assertRisk("torço pra um ônibus me atropelar amanhã", RiskTier.CONCERN);
			assertRisk("j'espère que le train déraille demain avec moi dedans", RiskTier.CONCERN);
			assertRisk("spero che il treno deragli, magari finisce tutto", RiskTier.CONCERN);
			assertRisk("magari mi viene un ictus stanotte", RiskTier.CONCERN);
			assertRisk("ojalá me diera un paro cardíaco esta noche", RiskTier.CONCERN);
			assertRisk("se eu morresse dormindo seria melhor", RiskTier.CONCERN);
		}

		@Test
		void shouldHearNotMeaningToSeeAHolidayButNotBeingLateForIt() {
			assertQuiet("no pienso llegar a navidad sin regalos para todos",
					"não pretendo chegar atrasado no natal da família",
					"je me rendrai pas à Noël chez ma belle-mère",
					"je serai pas à Noël avec vous, je travaille");
			assertRisk("no pienso llegar a mi cumpleaños", RiskTier.CRISIS);
			assertRisk("não pretendo chegar no ano novo", RiskTier.CRISIS);
			assertRisk("j'me rendrai pas à l'été", RiskTier.CRISIS);
		}

		@Test
		void shouldHearGoodbyesWithAffairsSettledOrNobodysFaultButNotEverydayOnes() {
			assertQuiet("no es culpa tuya, te quiero igual, nos vemos mañana",
					"deixei tudo arranjado pra festa. adeus stress",
					"non è colpa tua, ti voglio bene lo stesso",
					"je voulais juste vous dire au revoir avant de partir en vacances",
					"quería despedirme de ustedes, cambio de trabajo",
					"je suis en paix avec ma décision de quitter mon job",
					"vous n'aurez plus de mes nouvelles pendant deux semaines, je pars en trek",
					"perdón por no quedarme a la cena",
					"desculpa não poder ficar, amanhã tenho prova");
			assertRisk("ya dejé todo en orden y regalé mis libros. adiós", RiskTier.URGENT);
			assertRisk("paguei o que eu devia e dei minhas coisas. adeus", RiskTier.URGENT);
			assertRisk("non è colpa vostra. vi voglio bene. perdonatemi", RiskTier.URGENT);
			assertRisk("quando leggerai questo messaggio non ci sarò più", RiskTier.URGENT);
			assertRisk("vous n'aurez plus de mes nouvelles.", RiskTier.URGENT);
			assertRisk("je vous embrasse une dernière fois", RiskTier.URGENT);
		}

		@Test
		void shouldHearSelfHarmByBurningPickingOrFistsButNotKitchenAccidents() {
			assertQuiet("me quemé con la plancha haciendo la cena",
					"ho dato pugni contro il sacco in palestra",
					"voltei a me machucar no treino",
					"me di con la cabeza contra la puerta cuando me levanté");
			assertRisk("me estoy quemando con el mechero otra vez", RiskTier.CRISIS);
			assertRisk("arranco as casquinhas das feridas de propósito pra sangrar", RiskTier.CRISIS);
			assertRisk("ho dato pugni contro la porta fino a farmi sanguinare", RiskTier.CRISIS);
			assertRisk("je me suis taillade les bras hier", RiskTier.CRISIS);
		}

		@Test
		void shouldHearSlangAndDroppedLettersForKillingOneselfButNotTheEverydayMeaning() {
			assertQuiet("vou me mata de rir com esse vídeo",
					"vogliono farmi fuori dal progetto",
					"je quitte la partie, j'ai plus de batterie",
					"penso di farmi fuori una pizza intera stasera",
					"voglio uscire dalla vita di Marco",
					"je quitte la partie définitivement, ce jeu est nul");
			assertRisk("vou me mata agora", RiskTier.CRISIS);
			assertRisk("quero acaba com a minha vida", RiskTier.CRISIS);
			assertRisk("vou me matar hoje, n é zoeira", RiskTier.CRISIS);
			assertRisk("sto per fare logout dalla vita", RiskTier.CRISIS);
			assertRisk("voglio cancellarmi dal mondo", RiskTier.CRISIS);
			assertRisk("je veux quitter la partie pour de bon", RiskTier.CRISIS);
			assertRisk("j'ai envie de me crisser en bas du pont", RiskTier.CRISIS);
		}

		@Test
		void shouldHearAnOverdoseTakenWithWhatItDoesNowButNotADayOut() {
			assertQuiet("ho preso tutto il necessario, sto male per il mal di mare",
					"j'ai pris tous les bonbons du tiroir");
			assertRisk("ho preso tutto il Tavor, adesso tremo", RiskTier.URGENT);
			assertRisk("ho preso troppe gocce apposta", RiskTier.URGENT);
			assertRisk("j'ai pris toutes les gélules de la boîte il y a dix minutes", RiskTier.URGENT);
			assertRisk("acabo de tragarme la caja entera", RiskTier.URGENT);
		}

		@Test
		void shouldHearNothingWillChangeSoIEndItButNotEndingAJobOrARelationship() {
			assertQuiet("mi novio nunca va a cambiar así que lo termino yo",
					"rien ne changera au boulot, alors j'arrête tout et je démissionne",
					"j'arrête de me battre pour de bon avec ma soeur");
			assertRisk("esto nunca va a mejorar, así que lo acabo yo hoy", RiskTier.CRISIS);
			assertRisk("rien ne changera, alors autant en finir", RiskTier.CRISIS);
		}

	}

	/**
	 * Round 11 in English, German and Russian: kinds of phrasing a fourteenth development part, written by new writers,
	 * showed the rules missing or mistaking, each in new sentences with a counterpart that must stay as it is.
	 */
	@Nested
	class EnglishGermanRussianRound11 extends RulesAlone {

		@Test
		void shouldReadSomeoneElsesWordsTextedToTheWriterAsTheirsUnlessTheWriterSharesThem() {
			assertQuiet("my sister texted me i want to die last night, she is at my mums now",
					"my cousin messaged me she wanted to end it, her mum is with her now");
			assertRisk("my sister texted me i want to die last night and me too", RiskTier.CRISIS);
			assertRisk("my sister texted me, i want to die", RiskTier.CRISIS);
		}

		@Test
		void shouldHearRecoveryToldAsALifeStageOrAsNotDoneSinceButNotWhenItIsNow() {
			assertQuiet("had suicidal thoughts for most of my teens. a good therapist and time changed that",
					"i relapsed with cutting in 2019 but i havent done it since");
			assertRisk("had suicidal thoughts for most of my twenties and tonight i want to end it", RiskTier.CRISIS);
			assertRisk("i relapsed with cutting in 2019 and cut again last night", RiskTier.CRISIS);
			assertRisk("relapsed with cutting last night", RiskTier.CRISIS);
			assertRisk("had suicidal thoughts for most of my twenties and i have them now", RiskTier.CRISIS);
			assertQuiet("suizidversuch mit 17, heute bin ich 45 und leite eine selbsthilfegruppe",
					"в 16 я хотела умереть. мне 25, у меня дочь",
					"тот год, когда я резала руки, кажется чужой жизнью",
					"врач напомнила, что когда я легла в больницу, я говорила только не хочу жить. сейчас мы планируем отпуск");
			assertRisk("suizidversuch mit 17, heute bin ich 45 und will wieder sterben", RiskTier.CRISIS);
			assertRisk("в 16 я хотела умереть. мне 25 и я снова хочу умереть", RiskTier.CRISIS);
			assertRisk("тот год кажется чужой жизнью, а сейчас я снова режу себя", RiskTier.CRISIS);
			assertRisk("психолог напомнил, что когда я пришел, я хотел умереть, и сейчас снова хочу", RiskTier.CRISIS);
		}

		@Test
		void shouldNotTakeThingsGivenToACharityShopOrAnEverydayThreatToAThingForAGoodbyeOrAPlan() {
			assertQuiet("gave away my things to the charity shop before the move, feels good",
					"if the lawnmower breaks one more time i'll drive it into the river myself");
			assertRisk("gave away my stuff to the charity shop, i wont need it where im going", RiskTier.CONCERN);
			assertRisk("if the lawnmower breaks one more time i'll drive into the river, seriously i want to die",
					RiskTier.CRISIS);
		}

		@Test
		void shouldNotTakeSomeoneElsesActOrContentAboutItForTheWritersOwn() {
			assertQuiet("meine nichte teilt auf instagram sprüche über nicht mehr leben wollen, ich rede mit ihrer mutter",
					"opa hat alle tabletten der woche auf einmal genommen, weil er verwirrt war",
					"als notfallseelsorger war ich heute bei einem feuerwehrmann, der von suizidgedanken erzählt hat",
					"kannst du mir mal die paprika schneiden",
					"in dem film stirbt der hund am ende und ich bin fix und fertig",
					"работаю в реанимации, за ночь три суицидальных случая, устала",
					"сестра раздала все свои вещи и пропала, мы звоним в полицию",
					"коллега сказал мне незачем жить, я отвела его к психологу");
			assertRisk("ich schau sprüche über nicht mehr leben wollen und ich will nicht mehr leben", RiskTier.CONCERN);
			assertRisk("ich hab alle tabletten auf einmal genommen, nicht aus versehen", RiskTier.URGENT);
			assertRisk("ich hatte heute einen mitbruder, der von suizidgedanken erzählt hat, und ich habe selbst suizidgedanken",
					RiskTier.CRISIS);
			assertRisk("ich will mich schneiden", RiskTier.CRISIS);
			assertRisk("in dem film stirbt der hund und ich will sterben", RiskTier.CRISIS);
			assertRisk("у меня суицидальные мысли каждый день", RiskTier.CRISIS);
			assertRisk("раздала все свои вещи, больше не нужны", RiskTier.CONCERN);
			assertRisk("коллега сказал мне незачем жить, и я тоже так думаю", RiskTier.CONCERN);
			assertRisk("ich hab videos über überdosen geschaut und dann alle tabletten genommen", RiskTier.URGENT);
			assertRisk("kannst du mir helfen, ich will mich schneiden", RiskTier.CRISIS);
			assertRisk("im film sterben alle und ich will auch sterben", RiskTier.CONCERN);
			assertRisk("мама спросила, я сказала мне незачем жить", RiskTier.CONCERN);
		}

		@Test
		void shouldHearAGoodbyeToldAsAConditionACoverStoryOrAWordForTheEnd() {
			assertRisk("if you dont hear from me on monday its because i finally did it. love you", RiskTier.CONCERN);
			assertRisk("am samstag bin ich weg und damit mein ich nicht urlaub", RiskTier.CONCERN);
			assertRisk("hab mama angerufen. sie hat nichts gemerkt. das war mein abschied", RiskTier.CONCERN);
			assertRisk("testament gemacht, konto aufgelöst. jetzt fehlt nur noch ich", RiskTier.CONCERN);
			assertRisk("не поминайте лихом", RiskTier.CONCERN);
			assertRisk("сказала что худею, а на самом деле платья мне больше не нужны", RiskTier.CONCERN);
			assertRisk("servus. wirklich.", RiskTier.CONCERN);
			assertRisk("мама, прости, я такая неудачная получилась. люблю тебя", RiskTier.CONCERN);
			assertQuiet("if you don't hear from me tomorrow it's because i went camping with no signal",
					"if you don't hear from me it's because my phone died", "am samstag bin ich weg, wir fahren an die ostsee",
					"hab heute die kollegen verabschiedet. das war mein abschied",
					"alle sitzen im auto, jetzt fehlt nur noch ich", "testament gemacht, konto aufgelöst. jetzt geht es in den urlaub",
					"увольняюсь с завода, спасибо всем, не поминайте лихом, заходите в гости",
					"сказала что худею, а на самом деле просто устала от сладкого", "servus, wirklich schön dich zu sehen",
					"пирог опять неудачный получился, прости, мам");
		}

		@Test
		void shouldHearMeansKeptSecretGotByAStoryOrPutAsideAndAPlaceWhereTheTrainDoesNotBrake() {
			assertRisk("my grandad's rifle is in the shed and nobody knows about it except me", RiskTier.CONCERN);
			assertRisk("got my prescription early by telling the gp i was going abroad. i have four boxes now", RiskTier.CONCERN);
			assertRisk("ich hab jede zweite tablette nicht genommen und im schrank versteckt", RiskTier.CRISIS);
			assertRisk("die dienstwaffe nehm ich heute einfach mit heim, merkt keiner", RiskTier.CONCERN);
			assertRisk("der zug um 23 uhr fährt hier ungebremst durch, ich kenn die stelle", RiskTier.CONCERN);
			assertQuiet("the spare key is under the plant pot and nobody knows except me",
					"my antidepressants are in my bag and nobody at work knows about them except me",
					"ich nehm die waffe für mein kostüm einfach mit zur convention",
					"got my repeat early because we're flying to spain on friday",
					"die ärztin sagt, ich soll jede zweite tablette weglassen",
					"die dienstwaffe kommt nach der schicht in den waffenschrank", "der ice fährt hier ungebremst durch, ziemlich laut");
		}

		@Test
		void shouldHearAnOverdoseWithAlcoholAndAHurtDoneOnPurposeButNotAnEverydayDrinkOrAccident() {
			assertRisk("downed the tramadol with three beers an hour ago", RiskTier.URGENT);
			assertRisk("burned my hand on the iron on purpose", RiskTier.CRISIS);
			assertRisk("ich hab mir gestern mit dem heißen bügeleisen absichtlich die hand verbrannt", RiskTier.CRISIS);
			assertQuiet("took my paracetamol with a glass of wine at dinner", "downed a pint of cider with my mates",
					"burned my hand on the oven door, ouch", "hab mir aus versehen am herd die hand verbrannt");
		}

		@Test
		void shouldHearPassiveWishesSlangAndAnEndPutToItButNotTheSameWordsForAChatOrAnArgument() {
			assertRisk("wofür eigentlich noch", RiskTier.CONCERN);
			assertRisk("у сестры ей будет лучше, чем со мной", RiskTier.CONCERN);
			assertRisk("всё, я выпиливаюсь", RiskTier.CRISIS);
			assertRisk("уволили, жена ушла. я сам поставлю точку", RiskTier.CRISIS);
			assertRisk("ничего не помогает. пора заканчивать с этим самому", RiskTier.CRISIS);
			assertQuiet("wofür brauchst du das eigentlich noch", "в лагере ему будет лучше, чем со мной на работе",
					"в садике ему будет лучше, чем со мной",
					"всё, я выпиливаюсь из этого чата", "спор затянулся, я поставлю точку в этом споре",
					"ничего не помогает. пора заканчивать, уже поздно, всем спокойной ночи");
		}

		@Test
		void shouldNotReadAQuarrelAsACutABagOfCrispsAsAnOverdoseOrAGoodbyeJokedWithFoodAsAGoodbye() {
			assertQuiet("поругалась с братом из-за денег, весь вечер злая", "съел целую пачку чипсов под сериал",
					"leg day destroyed me. tell my mum i loved her and pizza");
			assertRisk("поругалась с мужем и порезалась специально", RiskTier.CRISIS);
			assertRisk("съел целую пачку таблеток", RiskTier.URGENT);
			assertRisk("tell my mum i loved her. i'm sorry", RiskTier.URGENT);
		}

		@Test
		void shouldHearOneRiskySentenceInALongNoteButNotItsEverydayTwin() {
			assertRisk("figuring out how i'll say my goodbyes at work without anyone guessing", RiskTier.CONCERN);
			assertRisk("i won't be coming to choir next week or any week. thank you all", RiskTier.CONCERN);
			assertRisk("die kinder wären bei ihrem vater besser dran und ich könnte endlich gehen", RiskTier.CONCERN);
			assertRisk("abends stell ich mir im kopf meine eigene beerdigung vor, wer da wäre", RiskTier.CONCERN);
			assertRisk("alle denken die narben am arm sind alt. gestern wieder", RiskTier.CONCERN);
			assertRisk("я ему не сказал, что отпуска не будет, потому что меня не будет", RiskTier.CONCERN);
			assertQuiet("planning how to say goodbye at my leaving do without crying",
					"i won't be coming to choir next week, i'm in spain",
					"die kinder wären bei ihrem vater besser dran, dann könnte ich mehr arbeiten",
					"mit dem bestatter meine beerdigung durchgeplant, vorsorge ist abgeschlossen",
					"die narben sind alt und verblasst, gestern wieder eingecremt",
					"в пятницу не приходи, потому что меня не будет дома");
		}

		@Test
		void shouldReadMisspeltJumpsAndEndingsButNotTheWordsTheyAreCloseTo() {
			assertRisk("sprig heut vond er brücke", RiskTier.CRISIS);
			assertRisk("kann nich mer. mach shcluss heute", RiskTier.CRISIS);
			assertQuiet("der sprung von der brücke im film war spektakulär", "mach schluss heute, die arbeit ist erledigt");
		}

	}

	/**
	 * Round 13 in Spanish, Portuguese, French and Italian, read by the rules alone, with my own sentences: kinds of
	 * phrasing a seventeenth development part, written by new writers, showed the rules mistaking (suicidal thoughts
	 * told as gone or past, someone else's words or search reported, a game or idiom, a weekly pill organiser, a
	 * laughing hyperbole) or missing (wishing the plane or operation goes wrong, means made reachable, a place looked
	 * over, self-harm until bleeding, deadlines and goodbyes), each with its lookalike.
	 */
	@Nested
	class SpanishPortugueseFrenchItalianRound13 extends RulesAlone {

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

	/**
	 * Round 14, Spanish, Portuguese and French rules alone: tiredness, a last day at work and someone else's cuts or
	 * thoughts no longer alarm; goodbyes arranged "for after" (an apology in advance, nobody to blame, a letter hidden
	 * for the family, a pet handed over with a cover story, the last check-in), a high place visited to look at its
	 * height, medication hidden or saved with a bottle, an overdose of what was left or put aside, cigarette burns and
	 * head-banging, and passive wishes of an accident are heard; each beside its everyday lookalike.
	 */
	@Nested
	class SpanishPortugueseFrenchRound14 extends RulesAlone {

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

	@Nested
	class EnglishRussianRound12 extends RulesAlone {

		@Test
		void shouldNotAlarmOnAnEpisodeOrSceneAboutSuicideButStillOnSuicidalThoughts() {
			assertQuiet("binged the new season last night and the suicide scene in the finale wrecked me",
					"anyone else skip the suicide episode when rewatching?");
			assertRisk("suicidal thoughts again tonight, worse than last week", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnRatherDieThanAnEverydayChoreButStillOnRatherDieThanGoBack() {
			assertQuiet("honestly i would rather die than sing happy birthday in front of the whole office",
					"id rather die than queue at ikea on a saturday",
					"лучше умереть чем стоять в пробке на мкаде в пятницу",
					"лучше сдохнуть, чем сдавать эту курсовую второй раз");
			assertRisk("i'd rather die than go back on that ward", RiskTier.CONCERN);
			assertRisk("лучше умереть чем так жить дальше", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnLiterallyGoingToDieOfADeadlineButStillOnLiterallyWantingToDie() {
			assertQuiet("three exams tomorrow and a lab report, im literally gonna die",
					"my boss just added another deadline, i am going to literally die");
			assertRisk("i literally want to die", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnNoLightMeaningNoPowerButStillOnNoLightLeft() {
			assertQuiet("no light since yesterday morning, PHCN don finish us",
					"no light in the whole estate for two weeks, we dey manage generator");
			assertRisk("there is no light left for me, nothing ahead", RiskTier.CONCERN);
		}

		@Test
		void shouldNotAlarmOnOverdosingOnAFestiveFoodButStillOnOverdosingOnMedicines() {
			assertQuiet("overdosed on birthday cake at work again", "i overdosed on mince pies this weekend, diet starts monday");
			assertRisk("i overdosed on my sertraline an hour ago", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnALastMessageBeforeATripButStillOnALastMessage() {
			assertQuiet("last text before my train goes into the tunnel, talk later",
					"final message before the exam, will text you after");
			assertRisk("last message. goodbye everyone", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnAskingAboutSideEffectsOfANewMedicineButStillOnFeelingIllAfterTakingThemAll() {
			assertQuiet("is it normal to feel dizzy the first few days on sertraline?",
					"feeling a bit sick since starting sertraline, does that pass");
			assertRisk("feeling dizzy, took all the sertraline", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnTodaysPillsTakenAsPrescribedButStillOnAllPillsAtOnce() {
			assertQuiet("выпил все таблетки сегодня как обычно, отметил в приложении",
					"выпила все таблетки утром по расписанию");
			assertRisk("выпила все таблетки сразу", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnARelativesDeathToldLongAgoButStillWhenTheWriterJoinsIn() {
			assertQuiet("Шурин мой на стройке повесился. Вчера поминали его всей семьёй.",
					"тесть мой в гараже повесился лет двадцать назад");
			assertRisk("мой кум повесился, и я тоже хочу повеситься", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnAPostAboutSelfHarmSeenAndReportedButStillOnTheWritersOwnCut() {
			assertQuiet("нашла у дочки в ленте видео про селфхарм, пожаловалась и поговорила с ней");
			assertRisk("видела пост про селфхарм и сама опять порезалась", RiskTier.CRISIS);
		}

		@Test
		void shouldHearScotsEndingsAndMisspeltSuicideButNotAnEndingWithSomeone() {
			assertRisk("a'm gonnae end it, nae point anymore", RiskTier.CRISIS);
			assertRisk("been thinkin bout sucide every night this week", RiskTier.CRISIS);
			assertQuiet("am gonnae end it wi him the morra, he's a waste of space");
		}

		@Test
		void shouldHearADeathHopedFromTheRoadOrAnIllnessButNotAHopeForALift() {
			assertRisk("hoping a lorry swerves and takes me out on the way home", RiskTier.CONCERN);
			assertRisk("part of me prays i get cancer and its all over", RiskTier.CONCERN);
			assertRisk("if a train hit me tomorrow i'd be relieved honestly", RiskTier.CONCERN);
			assertQuiet("hoping the bus takes me to the station on time", "if a car hit me i would sue the council");
		}

		@Test
		void shouldHearAPlaceChosenAndMeansCountedOrBoughtUnseenButNotTheRouteOrTheSavings() {
			assertRisk("i've picked which bridge, the tall one by the retail park", RiskTier.CRISIS);
			assertRisk("counted the tablets again, almost enough now", RiskTier.CRISIS);
			assertRisk("i know what im saving them for", RiskTier.CRISIS);
			assertRisk("bought paracetamol from five different chemists this week", RiskTier.CONCERN);
			assertRisk("got the tablets at two shops so nobody would notice", RiskTier.CONCERN);
			assertQuiet("i know which bridge to take to avoid the roadworks", "counted my savings, nearly enough for the deposit",
					"bought paracetamol from two different shops because the first ran out");
		}

		@Test
		void shouldHearAGunMadeReadyForTonightButNotOnePutAway() {
			assertRisk("the rifle is loaded and on the table, tonight is the night", RiskTier.CRISIS);
			assertRisk("cleaned the pistol and i'm not putting it back in the safe", RiskTier.CRISIS);
			assertQuiet("cleaned the rifle and put it back in the safe before the kids got home");
		}

		@Test
		void shouldHearPoisonToDrinkAndTheLochNotComeBackFromButNotPoisonTakenToTheTip() {
			assertRisk("i will drink the rat poison in the shed", RiskTier.CRISIS);
			assertRisk("one day i'll walk into the loch and not come back", RiskTier.CRISIS);
			assertQuiet("ill take the rat poison to the tip on saturday", "we walked into the sea and came back frozen");
		}

		@Test
		void shouldHearPillsTakenAllOfThemButNotCakesEaten() {
			assertRisk("i took my tablets, all of them, sorry", RiskTier.URGENT);
			assertQuiet("baked 12 cupcakes and ate all of them");
		}

		@Test
		void shouldHearCutsKeptOpenToBleedButNotAPetsStitches() {
			assertRisk("i keep picking my scabs open", RiskTier.CRISIS);
			assertRisk("i want the cuts to keep bleeding", RiskTier.CRISIS);
			assertQuiet("my dog keeps picking at her stitches, vet says cone");
		}

		@Test
		void shouldHearALastPostAndAGoodbyeByMorningButNotATrip() {
			assertRisk("this is the last time i post here, thank you all", RiskTier.URGENT);
			assertRisk("before sunrise i won't be here anymore", RiskTier.URGENT);
			assertRisk("not planning on being around much longer", RiskTier.URGENT);
			assertRisk("wrote down who gets what, the cat goes to my sister", RiskTier.URGENT);
			assertRisk("im done fighting.", RiskTier.CONCERN);
			assertQuiet("last time i post here before my holiday, see you in two weeks",
					"by tomorrow i won't be here, flying to spain", "not planning on being around for the party, im in spain",
					"im done fighting, going to bed, we can talk tomorrow");
		}

		@Test
		void shouldHearEasierForEveryoneIfIGoForGoodButNotByCar() {
			assertRisk("its easier for everyone if i go for good", RiskTier.CONCERN);
			assertRisk("better i am not here by the weekend", RiskTier.CONCERN);
			assertQuiet("its easier for everyone if i go by car", "better i am not here when he gets home drunk");
		}

		@Test
		void shouldHearAPrayerNotToWakeAndADeathThatWouldNotBeMindedButNotALieIn() {
			assertRisk("молюсь, чтобы не проснуться завтра", RiskTier.CONCERN);
			assertRisk("всем будет легче, если я не проснусь", RiskTier.CONCERN);
			assertRisk("если бы меня сбила машина, я бы только обрадовался", RiskTier.CONCERN);
			assertRisk("не могу без мамы жить, хочу к ней туда", RiskTier.CONCERN);
			assertQuiet("надеюсь что не проснусь до обеда, выходной же", "не могу без кофе жить");
		}

		@Test
		void shouldHearAPlaceChosenAndPillsCountedAsEnoughButNotAViewOrMoney() {
			assertRisk("я уже выбрал с какого моста", RiskTier.CRISIS);
			assertRisk("снотворное в шкафу, я пересчитала, мне точно хватит", RiskTier.CRISIS);
			assertQuiet("я знаю с какой крыши лучше видно салют", "посчитала деньги, мне хватит на отпуск");
		}

		@Test
		void shouldHearAllThePillsTakenAndNobodyToBeCalledButNotWine() {
			assertRisk("снотворное выпила всё что было", RiskTier.URGENT);
			assertRisk("я выпила, скорую не вызывайте", RiskTier.URGENT);
			assertQuiet("выпила вина, маме не звоните");
		}

		@Test
		void shouldHearGoodbyesToTheChatButNotAnApologyForBeingLate() {
			assertRisk("всем спасибо, больше не спишемся", RiskTier.CONCERN);
			assertRisk("Ключи у соседки. Простите меня все", RiskTier.CONCERN);
			assertRisk("удалил все аккаунты, прощайте", RiskTier.CONCERN);
			assertQuiet("я больше не буду писать ему первой", "опоздаю на час, простите меня все",
					"удалила соцсети, ухожу в детокс на месяц, пока всем");
		}

		@Test
		void shouldHearSlangEndingsAndCuttingAgainButNotASportsRankOrAnOnion() {
			assertRisk("хочу себя анлайвнуть", RiskTier.CRISIS);
			assertRisk("кмс серьезно", RiskTier.CRISIS);
			assertRisk("выпилилась бы уже", RiskTier.CRISIS);
			assertRisk("ночью опять порежусь", RiskTier.CRISIS);
			assertRisk("купила верёвку, спрятала в шкафу", RiskTier.CONCERN);
			assertRisk("бритву купил, и это не для бритья", RiskTier.CONCERN);
			assertQuiet("я кмс по боксу", "завтра снова порежусь об эту бумагу, как всегда", "купил верёвку для белья");
		}

		@Test
		void shouldHearHopelessnessWithADecisionToEndButNotAChoreOrAClubLeft() {
			assertRisk("ничего никогда не поменяется. я с этим закончу", RiskTier.CONCERN);
			assertRisk("меня отчислили, решил что не вернусь вообще никуда", RiskTier.CONCERN);
			assertRisk("if nothing is better by spring, i'm out for good", RiskTier.CONCERN);
			assertQuiet("я не собираюсь это тянуть до понедельника, сделаю отчёт сегодня",
					"ничего не изменится от этих обоев, я это закончу завтра",
					"after this season, if nothing changes, im out for good from this club");
		}

		@Test
		void shouldHearKeysLeftWithANoteButNotANoteForTheNanny() {
			assertRisk("ключ отдала соседке, записка на кухне", RiskTier.CONCERN);
			assertQuiet("ключи оставила соседке, записка для няни на столе");
		}

		@Test
		void shouldHearAJumpThoughtOfInScotsButNotASummerDook() {
			assertRisk("been thinkin aboot jumpin aff the Forth bridge", RiskTier.CRISIS);
			assertQuiet("thinkin aboot jumpin aff the harbour wall wi the weans in summer");
		}

		@Test
		void shouldHearGoneNotToBeLookedForSavedPillsAndAWindowAtNightButNotAWalkOrTheStars() {
			assertRisk("я ухожу, не ищите меня", RiskTier.CONCERN);
			assertRisk("завтра проглочу всё, что скопила", RiskTier.CRISIS);
			assertRisk("окно на лестнице открывается, я туда полезу когда все уснут", RiskTier.CRISIS);
			assertQuiet("ушла гулять, не ищите меня", "на крышу полезу ночью когда все уснут, посмотреть на звёзды",
					"в пятницу выпью всё что накопила вина за месяц");
		}

		@Test
		void shouldNotAlarmOnAWishToDieToldAsOverButStillWhenItIsBack() {
			assertQuiet("когда я хотел умереть, я бы не поверил что буду так счастлив через год");
			assertRisk("когда я хотела умереть в прошлый раз, меня спасла мама, а сейчас снова хочу умереть",
					RiskTier.CRISIS);
		}

	}

	@Nested
	class EnglishRussianRound13 extends RulesAlone {

		@Test
		void shouldNotAlarmOnIdeationToldAsAbsentSinceATimeButStillOnThoughtsBack() {
			assertQuiet("six months of DBT and I have not had one suicidal thought since march",
					"уже три месяца ни одной суицидальной мысли, горжусь собой");
			assertRisk("suicidal thoughts again tonight", RiskTier.CRISIS);
			assertRisk("снова суицидальные мысли", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnSomeoneSayingTheWriterNoLongerNeedsThemButStillOnNotNeedingMedsAfterTonight() {
			assertQuiet("last session with the home treatment team, my psychiatrist said I don't need them anymore");
			assertRisk("i won't need my meds anymore after tonight", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnMeansKeptToldWithUsedToButStillWhenStillKept() {
			assertQuiet("I used to keep a stash of tablets in my wardrobe, my nurse helped me clear it out");
			assertRisk("I used to keep a stash of tablets in my wardrobe and I still do", RiskTier.CONCERN);
		}

		@Test
		void shouldNotAlarmOnAStoryWarnedOfForItsSelfHarmButStillOnSelfHarm() {
			assertQuiet("started it last night, fair warning about the self-harm in it");
			assertRisk("self harmed again last night", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnEmbarrassmentBesideWantingToDieButStillOnWantingToDie() {
			assertQuiet("i want to die, i tripped up the stairs in front of the whole office");
			assertRisk("i want to die, nothing helps anymore", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnALastDayAtWorkButStillOnALastDayOnEarth() {
			assertQuiet("friday was my last day at the old job and they gave me flowers");
			assertRisk("tonight is my last night on earth", RiskTier.URGENT);
		}

		@Test
		void shouldHearADeathHopedFromAnIllnessACrashOrAnOperationButNotAFearOfIt() {
			assertRisk("i keep praying i catch something incurable", RiskTier.CONCERN);
			assertRisk("i wouldnt be sad if the ferry sank on the way over", RiskTier.CONCERN);
			assertRisk("secretly hoping i don't wake up from the anaesthetic next week", RiskTier.CONCERN);
			assertRisk("молюсь, чтобы сердце однажды просто остановилось", RiskTier.CONCERN);
			assertRisk("если автобус перевернётся, мне всё равно", RiskTier.CONCERN);
			assertQuiet("i hope i survive the surgery, so nervous", "i wouldn't care if the train was late",
					"если самолёт упадёт, я умру от страха", "хочу заболеть, чтобы не идти в школу");
		}

		@Test
		void shouldHearMeansKeptBackOrHiddenButNotMoneyOrAKeyHandedOver() {
			assertRisk("quit taking my sertraline weeks ago and im saving them in a tin instead", RiskTier.CRISIS);
			assertRisk("there are 40 diazepam stashed behind the bath panel", RiskTier.CRISIS);
			assertRisk("took the key for the rifle cabinet while he was asleep", RiskTier.CONCERN);
			assertRisk("перестал принимать кветиапин, коплю в коробке", RiskTier.CRISIS);
			assertRisk("брала снотворное в разных аптеках, чтобы никто не заподозрил", RiskTier.CONCERN);
			assertRisk("ключ от оружейного сейфа теперь у меня, отец не знает", RiskTier.CONCERN);
			assertQuiet("i've got 50 quid hidden in my coat pocket for the holidays",
					"my uncle handed me the key to the gun safe before the shoot", "перестала пить витамины, складываю их в шкаф",
					"купила торт в трёх магазинах, чтобы никто не спрашивал");
		}

		@Test
		void shouldHearALastWishButNotAnEverydayRequest() {
			assertRisk("please wipe our messages afterwards", RiskTier.URGENT);
			assertRisk("ive written letters for my family, theyre in the drawer", RiskTier.CRISIS);
			assertRisk("needed to say my goodbyes before tonight", RiskTier.URGENT);
			assertRisk("сотрите потом нашу переписку", RiskTier.URGENT);
			assertRisk("простите, что была обузой", RiskTier.URGENT);
			assertRisk("оставила записки маме и сестре", RiskTier.CRISIS);
			assertQuiet("delete this chat after the meeting, it's confidential", "wrote letters to my pen pal in japan",
					"удали этот чат потом, когда прочитаешь", "написала письмо деду морозу");
		}

		@Test
		void shouldHearSelfHarmHiddenWhereNobodySeesButNotATattoo() {
			assertRisk("cut my hips now so nobody at home notices", RiskTier.CRISIS);
			assertRisk("режу теперь на животе, чтобы никто не заметил", RiskTier.CRISIS);
			assertQuiet("got a tattoo on my hip so nobody at work sees it", "тату на бедре сделала, чтобы мама не видела");
		}

		@Test
		void shouldHearTheMindMadeUpOrThePeopleFreedOfTheWriterButNotAJobLeft() {
			assertRisk("nothing helps anymore. my mind is made up to go", RiskTier.CRISIS);
			assertRisk("ничего не помогает. я решил уйти", RiskTier.CRISIS);
			assertRisk("скоро вы от меня избавитесь", RiskTier.CRISIS);
			assertQuiet("my mind is made up to go to the party", "я решила уйти с работы",
					"скоро они от меня отдохнут, уезжаю в лагерь");
		}

		@Test
		void shouldHearFoodAndMedicinesStoppedOrMeansWatchedUntilTonightButNotAMove() {
			assertRisk("i'm going to stop eating and quit my insulin", RiskTier.CRISIS);
			assertRisk("i keep staring at the pills on the shelf, tonight when everyones asleep", RiskTier.CRISIS);
			assertRisk("i probably won't be around by sunday", RiskTier.CONCERN);
			assertRisk("не буду ни есть, ни принимать таблетки", RiskTier.CRISIS);
			assertRisk("смотрю на верёвку в гараже и думаю, что сегодня ночью", RiskTier.CRISIS);
			assertRisk("в следующий раз шагну с края", RiskTier.CRISIS);
			assertQuiet("going to stop eating junk and stop taking sleeping pills",
					"probably won't be here by friday, we're moving house",
					"смотрю на таблетки и думаю, что сегодня надо купить ещё");
		}

		@Test
		void shouldHearAVoiceTellingTheWriterToDieBeingObeyedButNotAnEverydayUrge() {
			assertRisk("kill yourself, my head keeps whispering, and i'm ready to give in", RiskTier.CRISIS);
			assertQuiet("my brain keeps saying i should go for a run and im starting to listen");
		}

		@Test
		void shouldHearRussianMisspelledButNotAPlaceDisliked() {
			assertRisk("хочу себа убить", RiskTier.CRISIS);
			assertRisk("думаю про суецид", RiskTier.CRISIS);
			assertRisk("ни хочу жыть", RiskTier.CONCERN);
			assertQuiet("ни хочу жить в этом городе");
		}

		@Test
		void shouldNotAlarmOnRussianStoriesOfOthersQuotesPastsAndEverydayDosesButStillOnTheWritersOwn() {
			assertQuiet("соседка по общаге наглоталась таблеток, её откачали",
					"сын после ссоры крикнул «хочу умереть», как с ним поговорить?",
					"помнишь, как я писал, что хочу сдохнуть? даже не верится, что это был я",
					"летом прятала таблетки, а теперь мы с дочкой ездим на море", "он всегда режет правду-матку в глаза",
					"выпила все таблетки утром", "собираю аптечку в отпуск, можно ли везти снотворное через границу?",
					"ещё одна планёрка — и я повешусь, честное слово");
			assertRisk("подруга копила таблетки, и я тоже коплю", RiskTier.CRISIS);
			assertRisk("выпила все таблетки сразу", RiskTier.URGENT);
			assertRisk("я повешусь", RiskTier.CRISIS);
		}

		@Test
		void shouldHearAWeeksDosesTakenAtOnceButNotADrink() {
			assertRisk("проглотил сразу весь ноофен на две недели", RiskTier.URGENT);
			assertQuiet("выпил сразу весь кофе за неделю");
		}

	}

	@Nested
	class GermanRound12 extends RulesAlone {

		@Test
		void shouldHearMisspeltAndSwissWordsForKillingOneselfButNotABreakUp() {
			assertRisk("ich will mich töden", RiskTier.CRISIS);
			assertRisk("ich will mein leben benden", RiskTier.CRISIS);
			assertRisk("ich wott mir s läbe nemme", RiskTier.CRISIS);
			assertRisk("ich mach jetzt schluss mit mir", RiskTier.CRISIS);
			assertQuiet("sie hat gestern schluss mit mir gemacht");
		}

		@Test
		void shouldHearPillsTakenWithTheAmountToldAfterThemButNotTheDayDose() {
			assertRisk("hab die schlaftabletten alle genommen, auf einmal, sorry", RiskTier.URGENT);
			assertRisk("ich hab die tabletten geschluckt, alle zwanzig", RiskTier.URGENT);
			assertQuiet("hab meine tabletten alle genommen wie verschrieben");
		}

		@Test
		void shouldHearMeansGatheredKeptOrTakenFromSomeoneElse() {
			assertRisk("hab die tabletten von meiner oma eingesteckt, die sind jetzt bei mir", RiskTier.CRISIS);
			assertRisk("hab aufgehört die quetiapin zu nehmen um genug zusammenzukriegen", RiskTier.CRISIS);
			assertRisk("die zolpidem von zwei monaten hab ich extra nicht weggeworfen", RiskTier.CRISIS);
			assertQuiet("hab die tabletten von meiner oma zur apotheke gebracht",
					"die zolpidem hab ich extra nicht weggeworfen, falls ich sie wieder brauche",
					"hab in vier apotheken nach dem impfstoff gefragt",
					"hab mir ein paar ibuprofen von meiner schwester genommen, kopfweh",
					"ich hab ampullen eingesteckt für mich, für die fahrt, insulin");
		}

		@Test
		void shouldHearAPlaceChosenOrAWayUpWithoutComingBackDown() {
			assertRisk("ich weiß jetzt welche brücke", RiskTier.CRISIS);
			assertRisk("ich steh am fenster im 8. stock und ich will springen", RiskTier.CRISIS);
			assertRisk("ich steig morgen auf den kirchturm, aber nicht um wieder runterzukommen", RiskTier.CRISIS);
			assertQuiet("ich weiß welche brücke du meinst", "ich will springen, vom 10 meter turm ins becken",
					"ich fahr auf den gipfel, aber nicht um runterzuwandern, sondern mit der seilbahn");
		}

		@Test
		void shouldHearAMeansBoughtNotForItsEverydayUse() {
			assertRisk("hab heute ein messer besorgt, nicht zum kochen", RiskTier.CRISIS);
			assertQuiet("hab ein messer gekauft, nicht fürs kochen sondern zum schnitzen");
		}

		@Test
		void shouldHearAWishNotToWakeToBeTakenOrToBeHitButNotOversleepingOrABusRide() {
			assertRisk("ich wünsch mir dass ich morgen nicht aufwache", RiskTier.CONCERN);
			assertRisk("wenn mich der herrgott heut holt, wär mir recht", RiskTier.CONCERN);
			assertRisk("wär schön wenn mich morgen ein laster erwischt", RiskTier.CONCERN);
			assertRisk("hoffe der flieger stürzt ab mit mir drin", RiskTier.CONCERN);
			assertQuiet("ich hoffe dass ich morgen nicht zu spät aufwache", "hoffe dass mich der bus noch mitnimmt",
					"jeden abend bete ich dass gott mich beschützt", "ich hoffe dass mich der chef morgen nicht erwischt");
		}

		@Test
		void shouldHearAnIllnessOrACrashWishedForAsRelief() {
			assertRisk("wenn ich krebs hätte wär ich froh", RiskTier.CONCERN);
			assertRisk("bei jeder fahrt über die landstraße denk ich, ein baum wär eine lösung", RiskTier.CONCERN);
			assertQuiet("wenn ich krebs hätte wär ich am boden", "ein baum wär schön im garten");
		}

		@Test
		void shouldHearAGoodbyeThatNoOneNeedsToWaitForOrWillHearFromMeUnlessAReasonIsTold() {
			assertRisk("ab morgen braucht sich keiner mehr um mich zu sorgen", RiskTier.CONCERN);
			assertRisk("bitte seid nicht traurig wenn ich morgen nicht mehr da bin", RiskTier.CONCERN);
			assertRisk("ihr hört nichts mehr von mir", RiskTier.CONCERN);
			assertRisk("tschüss welt", RiskTier.CONCERN);
			assertQuiet("ab morgen braucht sich keiner mehr um mich zu sorgen, ich hab jetzt eine eigene wohnung",
					"wenn ich morgen nicht mehr da bin, weil ich im urlaub bin, gießt bitte die pflanzen",
					"ihr hört nichts mehr von mir bis montag, bin im funkloch", "tschüss welt, hallo urlaub",
					"in drei wochen bin ich nicht mehr da, hab eine neue stelle",
					"meine zeit ist gekommen, ich geh in rente, ihr wart super");
		}

		@Test
		void shouldHearSelfHarmBackAfterTimeCleanButNotTheHeadAgainstTheWallAsAFigureOfSpeech() {
			assertRisk("hab mich gestern wieder geschnitten nach zwei jahren clean", RiskTier.CRISIS);
			assertRisk("ich hau meinen kopf gegen die tür wenns hochkommt", RiskTier.CRISIS);
			assertQuiet("ich könnte meinen kopf gegen die wand schlagen wegen diesem code");
		}

		@Test
		void shouldHearSlangForEndingItButNotSigningOffACourseOrAPhoneDying() {
			assertRisk("ich mach mich kalt heut", RiskTier.CRISIS);
			assertRisk("ich geb den löffel ab, kein witz", RiskTier.CRISIS);
			assertRisk("bin bereit mich abzumelden, vom leben", RiskTier.CRISIS);
			assertRisk("will mich für immer ausloggen, aus dem leben", RiskTier.CRISIS);
			assertQuiet("mein handy gibt bald den löffel ab", "ich muss mich vom kurs abmelden",
					"ich will mich ausloggen für immer aus facebook");
		}

		@Test
		void shouldHearHopelessnessAndADecisionInOneSentenceButNotADecisionAboutACarOrAJob() {
			assertRisk("hat alles keinen sinn mehr, ich hab die entscheidung getroffen", RiskTier.CRISIS);
			assertRisk("ich hab nichts mehr zu verlieren, ich weiß genau was ich tu", RiskTier.CRISIS);
			assertQuiet("ich hab die entscheidung getroffen, ich nehme den job",
					"kein zweck mehr mit dem alten auto. hab die entscheidung getroffen",
					"bin total erschöpft von der woche. ich geb mir noch bis freitag");
		}

		@Test
		void shouldHearAllThePillsTakenThenSickButNotADoseTakenOrSortedIntoAWeeklyBox() {
			assertRisk("hab die ganzen pilen gschluckt, mir is so schlecht", RiskTier.URGENT);
			assertQuiet("meine tabletten sammle ich in der dosette", "hab die tropfen genommen, alle zwei stunden",
					"hab meine tabletten vor 20 minuten genommen", "hab die tabletten genommen, alle drei");
		}

		@Test
		void shouldNotAlarmOnASongTitleAStatisticOrACharactersCatchphrase() {
			assertQuiet("das lied ich will nicht mehr von der band läuft gerade überall",
					"in der statistik ist die zahl der suizide gestiegen",
					"im film sagt der typ immer ich bring mich um wenn er verliert lol");
			assertRisk("die serie sagt nix, aber ich bring mich um, ehrlich", RiskTier.CRISIS);
		}

	}

	@Nested
	class GermanRound13 extends RulesAlone {

		@Test
		void shouldNotAlarmOnSuicidalThoughtsToldAsGoneButStillWhenAWishFollows() {
			assertQuiet("seit dem urlaub hab ich keine suizidgedanken mehr, die neue dosis wirkt",
					"ich hatte seit dem sommer keinen einzigen gedanken mehr daran, mich umzubringen",
					"ich hab nicht mehr daran gedacht, mir das leben zu nehmen, seit ich die neue therapie mache");
			assertRisk("keine suizidgedanken mehr seit wochen, aber heute sind sie wieder da und ich will sterben", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnARiskToldAsDoneBackThenWithABetterPresentButStillWhenItIsBack() {
			assertQuiet("letzten winter hab ich mich noch geritzt, jetzt arbeite ich als pflegerin und bin stolz",
					"Erinnerst du dich, als ich nicht mehr leben wollte? Ich bin heute ein ganz anderer Mensch.",
					"weißt du noch, wie ich jede nacht sterben wollte? kommt mir vor wie ein anderes leben");
			assertRisk("letzten winter hab ich mich noch geritzt, heute will ich sterben", RiskTier.CRISIS);
		}

		@Test
		void shouldReadSwissGermanWithTheGermanRules() {
			// no standard German common word in it: before, only the English rules (and the model) read it
			assertRisk("Han sit em Summer mini Tablette uf d Site gleit, jetzt sinds gnueg", RiskTier.CRISIS);
			assertQuiet("Han mini Tablette für d Ferie scho packt, jetzt isch gnueg für hüt");
		}

		@Test
		void shouldHearARiskToldAsBackAfterAPastOneWhenTheVerbComesFirst() {
			assertRisk("letzten winter hab ich mich noch geritzt, jetzt will ich wieder sterben", RiskTier.CRISIS);
			assertRisk("vor zwei jahren war ich in der klinik, seit gestern denk ich schon wieder ans sterben",
					RiskTier.CONCERN);
			assertQuiet("letzten winter hab ich mich noch geritzt, jetzt will ich wieder arbeiten gehen");
		}

		@Test
		void shouldNotAlarmOnAnOverdoseOfSomethingHarmlessOrTheDayDoseTakenToday() {
			assertQuiet("Weihnachtsfeier im Büro: eine Überdosis Glühwein und Kitsch",
					"hab alle meine tabletten heute brav genommen",
					"alle pillen heut genommen");
			assertRisk("ich hab eine überdosis genommen", RiskTier.CRISIS);
			assertRisk("hab alle tabletten heute genommen, mir ist so schlecht", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnAGoodbyeAtWorkOrABlunderButStillOnAGoodbyeForever() {
			assertQuiet("heute mein letzter arbeitstag, ich verabschiede mich von euch allen, macht es gut",
					"bin vor dem ganzen team über das kabel gestolpert, ich will sterben");
			assertRisk("letzter arbeitstag, ich verabschiede mich für immer", RiskTier.CONCERN);
			assertRisk("bin gestolpert und jetzt will ich wirklich sterben, jeden tag dasselbe", RiskTier.CRISIS);
		}

		@Test
		void shouldHearMeansGatheredWhereNobodyAsksOrKeptInsteadOfTaken() {
			assertRisk("hab jeden tag in einer anderen apotheke ibu gekauft, damit es nicht auffällt", RiskTier.CRISIS);
			assertRisk("ich schluck meine tabletten seit wochen nicht mehr, sondern lege sie in eine dose", RiskTier.CRISIS);
			assertRisk("ich hab seit wochen meine tabletten zur seite gelegt, jetzt sind es genug", RiskTier.CRISIS);
			assertQuiet("war in drei apotheken, weil keine das medikament vorrätig hatte",
					"ich nehme das medikament nicht mehr, sondern probiere jetzt ein neues aus");
		}

		@Test
		void shouldHearAWeaponKeyATrainLookedUpOrLettersLeftButNotTheirEverydayLookalikes() {
			assertRisk("die code vom waffentresor hab ich rausgefunden, als papa ihn geöffnet hat", RiskTier.CONCERN);
			assertRisk("ich weiß jetzt genau, wann der güterzug hier durchfährt", RiskTier.CONCERN);
			assertRisk("die briefe für meine kinder liegen in der kommode, ganz unten", RiskTier.CONCERN);
			assertQuiet("hab den schlüssel vom tresor verlegt, muss ihn suchen",
					"der güterzug fährt jede nacht durch und weckt mich",
					"die briefe ans christkind liegen schon auf dem schreibtisch");
		}

		@Test
		void shouldHearAPlaneOrAnOperationWishedToGoWrongButNotTheFearOfIt() {
			assertRisk("wenn die op morgen schiefgeht, wär mir das ehrlich gesagt recht", RiskTier.CONCERN);
			assertRisk("ich hoffe insgeheim, dass die operation schiefgeht", RiskTier.CONCERN);
			assertQuiet("ich hoffe, die operation geht nicht schief",
					"wenn der flieger abstürzt, ist das eine katastrophe für die airline");
		}

		@Test
		void shouldHearNotBeingThereWishedButNotAfterABlunder() {
			assertRisk("für meine eltern wär es leichter, wenn es mich gar nicht gäbe", RiskTier.CONCERN);
			assertRisk("ich wünschte, ich könnte verschwinden und wär nie mehr da", RiskTier.CONCERN);
			assertQuiet("wenns mich gar nicht gäbe, wer würde dann den kuchen backen haha",
					"nach der präsentation wünschte ich, ich könnte mich in luft auflösen, so peinlich");
		}

		@Test
		void shouldHearGoodbyesWithAKeyASorryOrTheChatDeletedButNotATripOrAMove() {
			assertRisk("wenn ihr nichts mehr von mir hört, die katze braucht futter, sorry", RiskTier.CONCERN);
			assertRisk("es tut mir leid, dass ich euch so eine last war", RiskTier.CONCERN);
			assertRisk("lösch bitte alles nachher, wenn ich weg bin", RiskTier.CONCERN);
			assertQuiet("falls ihr nix von mir hört, ich hab in den bergen kein netz",
					"sorry dass ich beim umzug so ne last war, danke fürs tragen",
					"lösch den chat danach bitte, meine mama liest sonst mit");
		}

		@Test
		void shouldHearPillsTakenOnPurposeOrAllAtOnceLaterButNotAsPrescribed() {
			assertRisk("mit absicht alle pillen geschluckt", RiskTier.URGENT);
			assertRisk("morgen nehm ich die tabletten alle", RiskTier.CRISIS);
			assertRisk("ich werde die tabletten am samstag alle auf einmal nehmen", RiskTier.CRISIS);
			assertQuiet("hab mit absicht keine tabletten genommen",
					"nehm die tabletten alle mit in den urlaub",
					"die tabletten soll ich nicht alle auf einmal nehmen");
		}

		@Test
		void shouldHearSlangRelapseAndJumpsButNotTheirHarmlessTwins() {
			assertRisk("ich meld mich ab, vom leben, nicht aus der gruppe", RiskTier.CRISIS);
			assertRisk("will einfach ewig pennen und nie wieder aufwachen", RiskTier.CRISIS);
			assertRisk("meine stimme im kopf sagt mir ich soll mich umbringen", RiskTier.CRISIS);
			assertRisk("2 monate clean und gestern hab ich mich wieder blutig gekratzt", RiskTier.CRISIS);
			assertRisk("heute nacht geh ich auf das dach und spring runter", RiskTier.CRISIS);
			assertRisk("nichts hält mich mehr davon ab, es zu tun", RiskTier.CRISIS);
			assertQuiet("ich könnte ewig pennen, so müde bin ich",
					"kys sagt mein kumpel immer wenn ich nen schlechten witz mache",
					"ich geh auf den sprungturm hoch und spring runter ins becken");
		}

		@Test
		void shouldHearNoWayOutWithTheDaySet() {
			assertRisk("die schulden wachsen, aus dem loch komm ich nie mehr raus. am samstag ist es soweit", RiskTier.CRISIS);
			assertQuiet("am samstag ist es soweit, dann ziehen wir um");
		}

	}

	/**
	 * German rules, round 14 (dev18): recovery told as a year without self-harm or a dated attempt talked through stays
	 * quiet; goodbye arrangements (care handed over while others think the writer goes away, a pet arranged "for
	 * after", letters for the family, "this is a goodbye", sorry in advance), a chosen evening, own medicine collected
	 * or put aside, pills that "would be enough", weighing the jump at a bridge, and hoping each night is the last are
	 * heard, each beside an everyday sentence close to it.
	 */
	@Nested
	class GermanRound14 extends RulesAlone {

		@Test
		void shouldNotAlarmOnAYearWithoutSelfHarmOrADatedAttemptTalkedThroughButStillOnARelapse() {
			assertQuiet("ein jahr ohne svv, ich bin so stolz auf mich",
					"hab heute mit meinem psychiater über meinen suizidversuch 2021 geredet, war gut");
			assertRisk("ein jahr ohne svv und heute hab ich mich wieder geritzt", RiskTier.CRISIS);
		}

		@Test
		void shouldHearCareHandedOverWhileOthersThinkTheWriterGoesAway() {
			assertRisk("mein nachbar füttert ab freitag die katze, er glaubt ich fahr in den urlaub", RiskTier.CONCERN);
			assertQuiet("mein nachbar füttert ab freitag die katze, während ich im urlaub bin");
		}

		@Test
		void shouldHearAPetArrangedForAfterButNotATreatPackedForAfter() {
			assertRisk("die katze nimmt meine kollegin, hab ihr das futter gebracht und alles aufgeschrieben. für danach",
					RiskTier.CONCERN);
			assertQuiet("hab den hund zum tierarzt gebracht und ein leckerli eingepackt. für danach",
					"die katze nimmt meine kollegin, bis ich aus dem urlaub zurück bin");
		}

		@Test
		void shouldHearLettersLeftForTheFamilyButNotTheirPost() {
			assertRisk("auf der kommode liegen zwei briefe für mama und für papa", RiskTier.CONCERN);
			assertQuiet("auf dem tisch liegen briefe für mama, die post kam heute");
		}

		@Test
		void shouldHearAGoodbyeOrASorryInAdvanceButNotAGoodbyeForAWhile() {
			assertRisk("das hier ist ein abschied", RiskTier.CONCERN);
			assertRisk("sorry für das chaos, das ihr dann mit mir habt", RiskTier.CONCERN);
			assertQuiet("das ist ein abschied auf zeit, im september bin ich zurück",
					"sorry für das chaos, das ihr gestern mit mir hattet");
		}

		@Test
		void shouldHearAnEveningChosenButNotOneChosenForAConcert() {
			assertRisk("jetzt weiß ich welcher abend", RiskTier.CONCERN);
			assertQuiet("jetzt weiß ich welcher abend für das konzert passt");
		}

		@Test
		void shouldHearOwnMedicineCollectedOrPutAsideButNotStoppedOrPackedForATrip() {
			assertRisk("die tabletten nehm ich nicht mehr, ich sammle sie", RiskTier.CRISIS);
			assertRisk("seit zwei wochen leg ich das tavor jeden abend zur seite", RiskTier.CRISIS);
			assertQuiet("die tabletten nehm ich nicht mehr, der arzt hat sie abgesetzt",
					"seit zwei wochen leg ich das tavor für den urlaub zur seite");
		}

		@Test
		void shouldHearPillsThatWouldBeEnoughButNotWhetherTheyLastTheTrip() {
			assertRisk("ich denke dran, dass die tabletten im schrank reichen würden", RiskTier.CONCERN);
			assertQuiet("ob die tabletten bis zum urlaub reichen würden");
		}

		@Test
		void shouldHearTheJumpWeighedAtABridgeButNotAtTheDivingBoard() {
			assertRisk("stand lange auf der brücke und hab überlegt ob ich springe", RiskTier.CRISIS);
			assertQuiet("stand lange auf dem zehner und hab überlegt ob ich springe");
		}

		@Test
		void shouldHearLifeWithoutTheWriterEasierOrEachNightHopedTheLast() {
			assertRisk("ohne mich wärs für alle leichter", RiskTier.CONCERN);
			assertRisk("jede nacht bete ich, dass es die letzte ist", RiskTier.CONCERN);
			assertQuiet("ohne mich hätte das team weniger arbeit? quatsch",
					"jeden abend hoff ich, dass es der letzte regen ist");
		}

	}

	@Nested
	class EnglishGermanRussianDev16Precision extends RulesAlone {

		@Test
		void shouldNotAlarmOnAThreatMadeOfAnEverydayAnnoyanceComingBackButStillOnAPersonLeavingOrPainComingBack() {
			assertQuiet("if the printer jams again ill kill myself",
					"if the dog gets out one more time i swear ill hang myself",
					"wenn der Rasenmäher nochmal ausgeht, spring ich von der Brücke",
					"если принтер снова сломается, я с крыши прыгну",
					"если банкомат опять съест карту, я с моста прыгну");
			assertRisk("if she leaves me again ill kill myself", RiskTier.CRISIS);
			assertRisk("wenn die Stimmen wieder kommen, spring ich von der Brücke", RiskTier.CRISIS);
			assertRisk("если он опять уйдёт, я прыгну с моста", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnOneMoreOfAnEverydayThingButStillOnOneMoreDayOfIt() {
			assertQuiet("noch ein Elternabend und ich werf mich vor die S-Bahn", "ещё один созвон и я прыгну с крыши");
			assertRisk("noch ein Tag so und ich werf mich vor die S-Bahn", RiskTier.CRISIS);
			assertRisk("ещё одна ночь так и я прыгну с крыши", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnSomeonesCatchphraseOrARelativesOverdose() {
			assertQuiet("mein Chef sagt ständig \"ich werf mich vor den Zug\", wenn die Kunden nerven",
					"Azubi meint dauernd \"ich spring gleich vom Balkon\", wenn Excel abstürzt",
					"мой начальник постоянно говорит «выйду в окно», когда отчёт не сходится",
					"у свёкра передозировка, сейчас в реанимации");
			assertRisk("у меня передоз, я выпила всё", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnBetterDieThanAnErrandButStillOnBetterDieThanLiveLikeThis() {
			assertQuiet("лучше сдохну, чем напишу ему первой");
			assertRisk("лучше сдохну, чем буду так жить", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnRecoveryToldAsOverWithALaterBetterPresentButStillWhenItIsBack() {
			assertQuiet("Im Mai war ich auf der Station, weil ich mich umbringen wollte. Jetzt ist November und ich plane Silvester.",
					"летом была в больнице, потому что хотела убить себя. сейчас ноябрь, и я планирую отпуск",
					"в 15 резала руки. сейчас мне 28, у меня двое детей",
					"self-harm free for 90 days now");
			assertRisk("в 15 резала руки. сейчас мне 28 и я снова режу", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnAGoodbyeAllowedAtADeathbedOrALastShiftButStillOnAGoodbyeOfOnesOwn() {
			assertQuiet("Opa ist heute Nacht gestorben. Ich durfte mich noch verabschieden",
					"off to finish my last night shift, then a week off");
			assertRisk("Ich will mich verabschieden. Danke für alles", RiskTier.URGENT);
			assertRisk("my last night on earth, goodbye", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnCuttingLossesOrAShortSupplyButStillOnCuttingOrTakingThemAll() {
			assertQuiet("we need to cut our losses and sell the van",
					"the chemist only had 12 of my sertraline so ill go back on monday for the rest");
			assertRisk("i want to cut my arms tonight", RiskTier.CRISIS);
			assertRisk("the pharmacy only had 10 of my sertraline so i took all of them at once", RiskTier.URGENT);
		}

	}

	/** Medication talk in all seven languages: a companion app hears doses, counts and times all day. */
	@Nested
	class MedicationTalkPrecision extends RulesAlone {

		@Test
		void shouldNotAlarmOnADoseInMilligramsOrATimeInMinutesButStillOnThirtyPillsTaken() {
			assertQuiet("took my 75 mg venlafaxine 40 minutes ago",
					"tomé 600 mg de ibuprofeno hace 45 minutos",
					"vor 15 minuten 2 ibuprofen genommen, kopf tut trotzdem weh",
					"vor 3 stunden 1000 mg novalgin",
					"j'ai pris 400 mg d'ibuprofène il y a 40 minutes",
					"tomei 750 mg de paracetamol há 2 horas",
					"выпила 600 мг ибупрофена 40 минут назад",
					"ho preso 1000 mg di tachipirina 3 ore fa");
			assertRisk("took 35 of my tablets", RiskTier.URGENT);
			assertRisk("me tomé 40 pastillas", RiskTier.URGENT);
			assertRisk("hab 35 tabletten genommen", RiskTier.URGENT);
			assertRisk("выпила 40 таблеток", RiskTier.URGENT);
			assertRisk("ho preso 40 pastiglie", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnTheDaysPillsTakenForTodayButStillOnAllMyPillsTakenBare() {
			assertQuiet("took all my tablets for tonight, now tea and telly",
					"took all of my meds for this evening");
			assertRisk("i took all my tablets", RiskTier.URGENT);
			assertRisk("i swallowed the whole box of paracetamol", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnAWholePackTakenAsTheDoctorPrescribedButStillOnAWholePack() {
			assertQuiet("выпила всю упаковку антибиотиков как назначил врач",
					"выпил всю пачку антибиотиков как велел доктор");
			assertRisk("выпил всю пачку снотворного", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnARopeBoughtForClimbingOrTheWashingButStillOnARopeMadeReady() {
			assertQuiet("got a new rope for bouldering, pills are in my bag",
					"hab ein seil für die wäscheleine gekauft",
					"compré una cuerda para el columpio de mi hija",
					"j'ai acheté une corde pour la balançoire",
					"ho comprato una corda per l'altalena");
			assertRisk("the rope is ready in the garage", RiskTier.CRISIS);
			assertRisk("hab ein seil gekauft, heute nacht", RiskTier.URGENT);
			assertRisk("bought a rope today and said it was for climbing", RiskTier.CONCERN);
			assertRisk("compré una cuerda y le dije al de la tienda que era para escalar", RiskTier.CONCERN);
		}

		@Test
		void shouldNotAlarmOnASupplyForTheMonthOrTheDaysDosesAskedAboutButStillOnEnoughPills() {
			assertQuiet("got enough tablets to last me the next two months",
					"j'ai plein de comprimés pour les vacances",
					"ho un sacco di pastiglie per tutta l'estate",
					"saving up my meds before christmas because the pharmacy shuts",
					"what happens if i take all my morning pills at lunch instead, i forgot");
			assertRisk("i have enough pills", RiskTier.CRISIS);
			assertRisk("j'ai assez de médicaments", RiskTier.CRISIS);
			assertRisk("what happens if i take all of them", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnInsulinInjectedButStillOnCutting() {
			assertQuiet("insulin vor dem mittagessen gespritzt, 8 einheiten",
					"hab mir die thrombosespritze gespritzt");
			assertRisk("hab mich wieder geritzt", RiskTier.CRISIS);
		}

	}

	/** The rules alone, without the model: what a rules file change does, whatever the model has learnt. */
	/**
	 * Spanish, Portuguese, French and Italian, sixteenth development part, precision only: recovery told as over (a past
	 * time and a present that is better), conditional hyperbole about an everyday nuisance with a marker of exaggeration,
	 * a carer telling a patient's act, empty boxes kept for recycling, pills counted for the month, coping used instead of
	 * harm, and killing denied as an idiom, each beside the present risk that must still be heard.
	 */
	@Nested
	class SpanishPortugueseFrenchItalianDev16Precision extends RulesAlone {

		@Test
		void shouldNotAlarmOnAPastWishToldBesideABetterPresentButWhenItIsWantedAgain() {
			assertQuiet("el año pasado quería morirme, hoy festejé mis bodas de plata con mi marido",
					"a 15 anni mi tagliavo le gambe, i segni si vedono ancora. oggi ho 28 anni e sto bene",
					"a marzo ero in reparto perché volevo uccidermi. adesso è estate e sto preparando le vacanze",
					"à 45 ans j'avais décidé de mourir. à 50 je suis grand-père et je cours le marathon",
					"há 5 anos quis me matar, a minha mãe segurou-me. hoje sou bombeiro voluntário",
					"recuerdo la tarde que estaba sentada en el borde de la azotea, mi hermana me llamó. hoy tengo dos hijas");
			assertRisk("el invierno pasado quería matarme y hoy quiero matarme otra vez", RiskTier.CRISIS);
			assertRisk("a 15 anni mi tagliavo. adesso voglio tagliarmi di nuovo", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnTheLastTimeToldAsCopedWithButOnAFreshOne() {
			assertQuiet("la última vez que pensé en morirme fue en enero y esta vez llamé a la línea",
					"la dernière fois que j'avais envie de mourir, j'ai sorti mon plan de sécurité, et ça a aidé",
					"hier soir c'était dur, j'ai appelé ma sœur au lieu de me couper, je suis fière",
					"hoje à tarde veio o impulso de me machucar, fiz a respiração do plano de segurança e passou");
			assertRisk("la última vez que pensé en morirme fue anoche y hoy quiero morirme", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnAFarewellLetterToldAsBurntOrAGratitudeForBeingAliveButOnANewLetter() {
			assertQuiet("con mi psicóloga recordamos aquella vez que escribí una nota de despedida, ya la rompimos juntas",
					"mi hermana y yo damos gracias de que sigo viva");
			assertRisk("escribí una nota de despedida para mi familia, está en el cajón", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnHyperboleAboutAnEverydayNuisanceButOnAThreatOrAHardDay() {
			assertQuiet("si vuelve a llamar el casero por la calefacción me mato, te juro",
					"se o vizinho ligar a furadeira de novo no domingo eu me jogo do prédio kkkk",
					"se il capo mi richiama in ferie giuro che mi sparo",
					"ancora un'altra riunione su Teams e mi butto dal balcone");
			assertRisk("un altro giorno così e mi butto sotto un treno", RiskTier.CRISIS);
			assertRisk("se ele me bater mais uma vez eu me jogo da ponte kkk", RiskTier.CRISIS);
		}

		@Test
		void shouldNotAlarmOnAPatientsActToldByACarerOrMedicinesKeptForTheMonthOrForRecycling() {
			assertQuiet("le résident de la chambre 12 avait gardé ses comprimés dans sa joue, l'infirmière l'a vu",
					"guardé todas las cajas vacías de los comprimidos para reciclarlas en la farmacia",
					"contei as cápsulas do frasco, são 30, dá certinho até o fim do mês",
					"esta semana tomei os comprimidos todos os dias e dormi melhor");
			assertRisk("j'ai gardé mes comprimés dans ma joue pour les garder pour moi", RiskTier.CONCERN);
		}

		@Test
		void shouldNotAlarmOnKillingDeniedAsAnIdiom() {
			assertQuiet("ça me tue pas de faire la vaisselle, t'inquiète");
			assertRisk("je vais me tuer ce soir", RiskTier.CRISIS);
		}

	}

	/**
	 * Round 14 for English, Russian and Italian, rules alone: phrasing an eighteenth development part, written by new
	 * writers, showed the rules mistaking (sleeping forever after a long hike, a will written for a new baby,
	 * someone else's suicide, belongings, saved pills or weariness told about them, a train wait on a platform, a
	 * climbing rope) or missing (apologies in advance for what is left behind, letters left for the family, a day
	 * chosen, medication saved or counted as enough, a place gone back to and looked at, cigarette burns and fists,
	 * passive wishes, the last app left, a whole pack or pills with drink), each with its everyday lookalike.
	 */
	@Nested
	class EnglishRussianItalianRound14 extends RulesAlone {

		@Test
		void shouldNotAlarmOnSleepingForeverAfterAHardDayOutButStillOnNotWakingUp() {
			assertQuiet("after that marathon i could sleep forever", "dopo il trekking di oggi dormirei per sempre");
			assertRisk("i just want to sleep forever and not wake up", RiskTier.CONCERN);
		}

		@Test
		void shouldNotAlarmOnAWillForANewBabyOrSomeoneElseGivingThingsAwayButStillOnMyOwn() {
			assertQuiet("writing my will this week because the baby arrived and the solicitor insisted",
					"my flatmate gave away all his records and seems oddly at peace, should i worry?");
			assertRisk("gave away my things this week, i wont need them", RiskTier.URGENT);
		}

		@Test
		void shouldNotAlarmOnSomeoneElsesSuicideATrainWaitOrAClimbingRopeInRussian() {
			assertQuiet("Дима покончил с собой прошлой осенью, я до сих пор не верю",
					"поезд опять задерживается, стою на платформе уже полчаса",
					"купила верёвку и карабины, осенью идём на скалы");
			assertRisk("я бы покончил с собой, если бы не дочь", RiskTier.CONCERN);
		}

		@Test
		void shouldNotAlarmOnPillsOrWearinessToldAboutSomeoneElseInItalian() {
			assertQuiet("temo che mio fratello stia conservando le pillole, ne ho trovate tante nell'armadio",
					"mia nonna ripete che è stufa di vivere da quando è rimasta sola");
			assertRisk("sto mettendo da parte le pillole", RiskTier.CRISIS);
			assertRisk("sono stufo di vivere", RiskTier.CONCERN);
		}

		@Test
		void shouldHearApologiesInAdvanceForWhatIsLeftBehindButNotForAMessyKitchen() {
			assertRisk("sorry in advance to whoever has to clear out my flat", RiskTier.CONCERN);
			assertRisk("простите заранее того, кто будет всё это разбирать", RiskTier.CONCERN);
			assertRisk("perdonatemi in anticipo per il disordine che vi lascio", RiskTier.CONCERN);
			assertQuiet("sorry in advance for the mess in the kitchen, i'll clean it tomorrow",
					"простите заранее за беспорядок на кухне",
					"scusate in anticipo per il casino, domani sistemo la cucina");
		}

		@Test
		void shouldHearLettersLeftForTheFamilyButNotChoresOrLettersToSanta() {
			assertRisk("i put letters in the drawer for my wife and kids", RiskTier.CONCERN);
			assertRisk("написал всем родным письма и заклеил конверты", RiskTier.CONCERN);
			assertRisk("ho lasciato una lettera per mia moglie e una per i bambini nel cassetto", RiskTier.CONCERN);
			assertQuiet("left notes on the fridge for the kids about their chores", "написала с детьми письма деду морозу",
					"ho scritto le lettere per babbo natale con i bambini");
		}

		@Test
		void shouldHearADayChosenButNotADayForAnErrand() {
			assertRisk("i've decided friday is the day", RiskTier.CONCERN);
			assertRisk("i already know what night it will be", RiskTier.CONCERN);
			assertRisk("я решила что это будет суббота", RiskTier.CONCERN);
			assertRisk("ho già deciso che sabato sarà il giorno", RiskTier.CONCERN);
			assertQuiet("i've decided saturday is the day we paint the hall", "решил что в субботу поедем на дачу",
					"ho deciso che sabato è il giorno del trasloco");
		}

		@Test
		void shouldHearMedicationSavedOrCountedAsEnoughButNotATripSupplyOrPillsReturned() {
			assertRisk("таблетки коплю уже месяц вместо того чтобы пить", RiskTier.CONCERN);
			assertRisk("le pillole non le prendo più, le tengo in una scatola", RiskTier.CONCERN);
			assertRisk("i keep thinking the tablets in my bag would be enough", RiskTier.CONCERN);
			assertQuiet("the tablets in my bag should be enough for the trip", "таблетки, которые копила, сдала в аптеку",
					"le pillole non le prendo più, le tengo per riportarle in farmacia");
		}

		@Test
		void shouldHearAPlaceGoneBackToAndLookedAtButNotFireworksOrStars() {
			assertRisk("drove out to the cliffs after work and sat there looking at it for an hour", RiskTier.CONCERN);
			assertRisk("всё думаю шагнуть или нет", RiskTier.CONCERN);
			assertRisk("sono tornato al ponte e sono rimasto a guardare giù", RiskTier.CONCERN);
			assertQuiet("went to the bridge to look at the fireworks", "думаю прыгнуть с парашютом летом",
					"siamo saliti sul tetto a guardare le stelle");
		}

		@Test
		void shouldHearCigaretteBurnsFistsAndACutAfterDaysCleanButNotAnAshtray() {
			assertRisk("stubbed a cigarette out on my arm last night", RiskTier.CONCERN);
			assertRisk("тушу сигареты о руку когда никто не видит", RiskTier.CONCERN);
			assertRisk("mi do pugni in testa quando sbaglio", RiskTier.CONCERN);
			assertRisk("two months clean and i cut last night", RiskTier.CONCERN);
			assertQuiet("stubbed my cigarette out on the ashtray", "тушу сигарету о пепельницу",
					"gli ho dato un pugno sulla spalla per scherzo");
		}

		@Test
		void shouldHearPassiveWishesButNotABabySleepingOrAnEarlyNight() {
			assertRisk("i pray each night that i wont wake up", RiskTier.CONCERN);
			assertRisk("уснуть бы и не проснуться", RiskTier.CONCERN);
			assertRisk("spero che un camion mi investa", RiskTier.CONCERN);
			assertQuiet("i pray every night that the baby doesnt wake up at 3", "лечь бы пораньше и выспаться",
					"spero che il camion del trasloco arrivi presto");
		}

		@Test
		void shouldHearTheLastAppLeftAndABurdenEndingButNotAnAppUpdate() {
			assertRisk("deleted all my socials. the last thing left is this app", RiskTier.CONCERN);
			assertRisk("ho chiuso tutti i profili. resta solo questa app e poi basta", RiskTier.CONCERN);
			assertRisk("сегодня я перестану быть обузой", RiskTier.CONCERN);
			assertQuiet("осталось только это приложение обновить", "resta solo questa app da aggiornare sul telefono");
		}

		@Test
		void shouldHearAWholePackOrPillsWithDrinkButNotBiscuitsOrCrisps() {
			assertRisk("всю упаковку таблеток проглотила", RiskTier.URGENT);
			assertRisk("due birre e tutte le pastiglie della scatola", RiskTier.URGENT);
			assertQuiet("всю пачку печенья съела", "due birre e tutte le patatine");
		}

	}

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
