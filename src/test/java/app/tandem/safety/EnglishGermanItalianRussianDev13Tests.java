package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * English, German, Italian and Russian phrasings the rules alarmed on or did not know (dev13 round), read by the
 * rules alone (no model): someone else's acts and words, recovery anchored in a past time, everyday talk,
 * hyperbole and medication taken as prescribed, each with a present-risk counterpart that must still be heard;
 * indirect plans, goodbyes and passive wishes, each with an everyday lookalike that must stay quiet.
 */
class EnglishGermanItalianRussianDev13Tests extends RulesAlone {

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
