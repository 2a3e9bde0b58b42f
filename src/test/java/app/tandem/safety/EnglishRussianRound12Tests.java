package app.tandem.safety;

import org.junit.jupiter.api.Test;

class EnglishRussianRound12Tests extends RulesAlone {

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
