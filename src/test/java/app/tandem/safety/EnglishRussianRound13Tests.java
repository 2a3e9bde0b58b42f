package app.tandem.safety;

import org.junit.jupiter.api.Test;

class EnglishRussianRound13Tests extends RulesAlone {

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
