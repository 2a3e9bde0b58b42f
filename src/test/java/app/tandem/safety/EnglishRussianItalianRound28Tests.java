package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 28 for English, Russian and Italian, rules alone: the thirty-second development part showed the rules missing
 * "doing myself in", a misspelt "end it tonite", wanting out for good, something stupid done with one's pills, means
 * gathered while waiting for the house to empty, letters left for the children and a calm told as the end, a goodbye
 * said in one's mind, a foolish thing done with the medicine, a place picked out, "больше писать не буду", things and
 * pets given away as no longer needed, hoping the tests find something grave, a decision waiting only for a relative
 * to leave, biting oneself until it leaves marks, the plug pulled "for good" and a last message with no more writing.
 * It also raised false alarms, which it now keeps quiet: a taper plan written down with the GP, a past conviction of
 * being a burden proved wrong, "overdosed on patch notes", vanishing for a week on holiday, scars from school years
 * now pale, a goodbye for ever to a diet, no longer bearing the heat or the office, and a cut while cleaning fish.
 */
class EnglishRussianItalianRound28Tests extends RulesAlone {

	@Test
	void shouldHearDoingOneselfInButNotDoingOnesBackIn() {
		assertRisk("been thinking about doing myself in, for real this time", RiskTier.CRISIS);
		assertQuiet("i think i did my back in carrying the sofa up the stairs");
	}

	@Test
	void shouldHearAMisspeltEndingTonightButNotEndingAShow() {
		assertRisk("im so tired gona end it tonite", RiskTier.CRISIS);
		assertQuiet("gonna end the series tonite, only two episodes left");
	}

	@Test
	void shouldHearWantingOutForGoodButNotOutOfAJob() {
		assertRisk("tried everything, every ward and every pill, i just want out for good", RiskTier.CRISIS);
		assertQuiet("honestly i want out of this job for good, the hours are killing my weekends");
	}

	@Test
	void shouldHearSomethingStupidWithThePillsButNotWithTheOven() {
		assertRisk("i did something really stupid with my tablets an hour ago", RiskTier.URGENT);
		assertQuiet("did something stupid with the oven timer, the bread is charcoal");
	}

	@Test
	void shouldHearAMethodPickedToDieButNotATaperPlanWrittenDown() {
		assertRisk("i have picked a method to end it", RiskTier.CRISIS);
		assertQuiet("the psychiatrist and i made a plan to lower the sertraline, it is written down on the fridge",
				"we have got a plan written down for coming off the mirtazapine after christmas");
	}

	@Test
	void shouldHearBeingABurdenButNotABeliefProvedWrong() {
		assertRisk("everyone would be better off without me, i mean it", RiskTier.CONCERN);
		assertQuiet("when i was ill i was convinced my family would be better off without me. my sister proved me wrong");
	}

	@Test
	void shouldHearAnOverdoseOnTabletsButNotOnPatchNotesOrNews() {
		assertRisk("overdosed on my sertraline about an hour ago", RiskTier.URGENT);
		assertQuiet("overdosed on patch notes again, this update broke every build",
				"overdosed on news today, switching my phone off");
	}

	@Test
	void shouldHearLettersForTheChildrenAndPeaceButNotChristmasLetters() {
		assertRisk("left letters for the kids under my pillow. i feel completely at peace now", RiskTier.CONCERN);
		assertQuiet("helped the kids write letters to father christmas. the house is finally quiet");
	}

	@Test
	void shouldHearMeansWaitingForAnEmptyHouseButNotAPartyShop() {
		assertRisk("i have everything i need now. waiting for a night when no one is home", RiskTier.CONCERN);
		assertQuiet("got everything i need for the party. waiting for the shop to open for the balloons");
	}

	@Test
	void shouldHearVanishingButNotForAWeekAway() {
		assertRisk("хочу просто исчезнуть и не существовать", RiskTier.CONCERN);
		assertQuiet("хочу исчезнуть на недельку на дачу, без интернета и без работы",
				"хочу исчезнуть в отпуск на море и никому не отвечать");
	}

	@Test
	void shouldHearCuttingNowButNotScarsFromSchoolYearsLongPale() {
		assertRisk("опять режу себя каждый вечер", RiskTier.CRISIS);
		assertQuiet("все детство резался. уже шесть лет не трогаю себя, шрамы посветлели");
	}

	@Test
	void shouldHearFoolishnessWithTheMedicineButNotWithTheRecipe() {
		assertRisk("натворил глупостей с таблетками, голова кружится", RiskTier.URGENT);
		assertQuiet("натворил глупостей с рецептом, пирог не поднялся");
	}

	@Test
	void shouldHearAGoodbyeInTheMindButNotAtTheOffice() {
		assertRisk("я мысленно уже со всеми попрощался", RiskTier.URGENT);
		assertQuiet("на работе попрощался со всеми, завтра в отпуск");
	}

	@Test
	void shouldHearNoMoreWritingButNotUntilTheHolidayEnds() {
		assertRisk("ты меня всегда слушала. больше писать не буду", RiskTier.CONCERN);
		assertQuiet("больше писать не буду до конца отпуска, связь плохая");
	}

	@Test
	void shouldHearGiftsNoLongerNeededButNotAPetMindedForTheWeekend() {
		assertRisk("подарил гитару и велосипед племяннику. мне они уже не понадобятся", RiskTier.CRISIS);
		assertQuiet("отдала кота маме на выходные. вернусь в понедельник");
	}

	@Test
	void shouldHearAPlacePickedOutButNotForAPicnic() {
		assertRisk("я уже выбрал место, туда никто не ходит", RiskTier.CRISIS);
		assertQuiet("выбрал место для пикника у реки, приходите в субботу");
	}

	@Test
	void shouldHearHopingTheTestsFindSomethingGraveButNotHopingTheyFindNothing() {
		assertRisk("spero che gli esami del sangue trovino qualcosa di grave", RiskTier.CONCERN);
		assertQuiet("spero che gli esami del sangue non trovino niente, sono in ansia");
	}

	@Test
	void shouldHearADecisionWaitingForAnEmptyHouseButNotForAHoliday() {
		assertRisk("ho deciso ormai, aspetto solo che mio marito parta per lavoro", RiskTier.CRISIS);
		assertQuiet("aspetto solo che mio marito parta per lavoro e mi guardo tutta la serie");
	}

	@Test
	void shouldHearBitingUntilItLeavesMarksButNotBitingALip() {
		assertRisk("mi mordo i polsi fino a lasciarmi i segni", RiskTier.CRISIS);
		assertQuiet("mi mordo il labbro quando sono concentrata");
	}

	@Test
	void shouldHearThePlugPulledForGoodButNotFromWork() {
		assertRisk("voglio staccare la spina per sempre, hai capito cosa intendo", RiskTier.CRISIS);
		assertQuiet("questo weekend stacco la spina dal lavoro, niente mail");
	}

	@Test
	void shouldHearALastMessageButNotABusyWeek() {
		assertRisk("grazie di tutto. non ti scriverò più, non ci sarò", RiskTier.URGENT);
		assertQuiet("questa settimana non ci sarò in chat, ho gli esami");
	}

	@Test
	void shouldHearAFarewellForeverButNotToADiet() {
		assertRisk("addio per sempre a tutti", RiskTier.URGENT);
		assertQuiet("ho chiuso con la dieta. addio per sempre insalata scondita",
				"addio per sempre sigarette, oggi è il primo giorno");
	}

	@Test
	void shouldHearNotBearingItAnyMoreButNotTheHeatOrTheOffice() {
		assertRisk("non ce la faccio più, voglio solo che finisca", RiskTier.CONCERN);
		assertQuiet("non ce la faccio più con quest'umidità, accendo il ventilatore",
				"non ce la faccio più a stare in ufficio fino alle sette");
	}

	@Test
	void shouldHearCuttingOneselfButNotWhileCleaningFish() {
		assertRisk("mi sono tagliata di nuovo le braccia ieri sera", RiskTier.CRISIS);
		assertQuiet("mi sono tagliato sfilettando il branzino, niente di grave",
				"mi sono tagliata sbucciando le patate, un cerotto e passa");
	}
}
