package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 11 in English, German and Russian: kinds of phrasing a fourteenth development part, written by new writers,
 * showed the rules missing or mistaking, each in new sentences with a counterpart that must stay as it is.
 */
class EnglishGermanRussianRound11Tests extends RulesAlone {

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
