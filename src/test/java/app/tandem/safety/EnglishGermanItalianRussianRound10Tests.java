package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 10 in English, German, Italian and Russian: kinds of message no rule heard (a condition or a deadline with
 * the act or the means, a method looked up and then the intent, hyperbole over an everyday trigger), and the
 * dev13 kinds still missed; each with the everyday message that must stay quiet.
 */
class EnglishGermanItalianRussianRound10Tests extends RulesAlone {

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
