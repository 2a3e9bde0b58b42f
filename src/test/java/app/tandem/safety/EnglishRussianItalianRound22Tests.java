package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 22 for English, Russian and Italian, rules alone: the twenty-sixth development part showed the rules missing
 * a pet left in someone's care "if i'm not around" ("если что, позаботься о…", "se non ci sarò più, pensi tu a…"),
 * thanks to the listener closed with goodbye, a prized thing given to a brother, "not going to be around much longer",
 * "the long nap", saved pills counted, "b alve" and "nn vogl piu vivre", falling asleep and never waking
 * ("уснуть и больше никогда не просыпаться"), the place known for when I make up my mind ("когда решусь", "quando
 * sarà il momento"), a letter left for mum, "после сессии меня уже не будет", a few of my pills put aside, everything
 * settled with a letter and the cat, "togliere il disturbo" for good and "allora la chiudo io" after nothing worked;
 * and alarming on blood everywhere from chopping onions, a Sunday plan to sleep forever, goodbyes on a last day at
 * work, a novel read with suicides in it, suicidal thoughts at university told over with "now I am truly well", "la
 * faccio finita con la palestra", a goodbye a grieving sister never got to say and pills so sleepy "dormirei per
 * sempre". Round 22 hears those and stays quiet on a pet minded for a weekend away, a thank-you for today, a dog's long
 * nap, pills counted after the pharmacy, a job left, a rest day's lie-in, a cut thumb, a leaving do, a holiday decided,
 * a note about bread, a business trip, a move to another town, a book re-read, a house move planned, a dog minded for
 * an evening, leaving a party, quitting cigarettes, antihistamines that make me sleepy, a school novel, pills put aside
 * for a trip and a house move sorted.
 */
class EnglishRussianItalianRound22Tests extends RulesAlone {

	@Test
	void shouldHearAPetLeftIfImNotAroundButNotForAWeekendAway() {
		assertRisk("please make sure somebody walks Bruno if im not around anymore", RiskTier.URGENT);
		assertRisk("se non ci sarò più, ti occupi tu del cane?", RiskTier.URGENT);
		assertRisk("если что, позаботьтесь о Рыжике", RiskTier.CONCERN);
		assertQuiet("could you look after the rabbit while i'm away this weekend",
				"se non ci sono stasera, ti occupi tu del cane?",
				"если что, присмотри за котом пока я в командировке");
	}

	@Test
	void shouldHearThanksClosedWithGoodbyeButNotThanksForToday() {
		assertRisk("you have been more patient with me than my own family. goodbye", RiskTier.CONCERN);
		assertQuiet("you were a great help today, goodbye");
	}

	@Test
	void shouldHearTheLongNapButNotADogsNap() {
		assertRisk("thinking of taking the big nap this weekend, for good", RiskTier.CRISIS);
		assertQuiet("dog had a long nap on the sofa after the park");
	}

	@Test
	void shouldHearSavedPillsCountedButNotPillsCountedAfterThePharmacy() {
		assertRisk("decided this weekend is the time. i keep counting the tablets i've stashed", RiskTier.CRISIS);
		assertQuiet("counted my tablets after the pharmacy run, they gave me 28 not 30");
	}

	@Test
	void shouldHearNotAroundMuchLongerButNotAtThisCompany() {
		assertRisk("im not gonna be around for much longer, i've made my peace with it", RiskTier.URGENT);
		assertQuiet("im not going to be around much longer at this company, interviewing elsewhere");
	}

	@Test
	void shouldHearSleepingForeverTonightButNotARestDaysLieIn() {
		assertRisk("gonna sleep forever tonight, bye everyone", RiskTier.CRISIS);
		assertQuiet("saturday plans: sleep forever, no alarms, pyjamas all day");
	}

	@Test
	void shouldHearBloodEverywhereFromCuttingButNotFromTheKitchen() {
		assertRisk("cut myself again, blood everywhere", RiskTier.URGENT);
		assertQuiet("sliced my thumb on the mandoline, blood everywhere, plaster on, i'll live");
	}

	@Test
	void shouldHearGoodbyeEveryoneForeverButNotAtALeavingDo() {
		assertRisk("so sick of it all, bye everyone forever", RiskTier.URGENT);
		assertQuiet("leaving do tonight, said bye to everyone in the office, got flowers");
	}

	@Test
	void shouldHearMisspeltWishNotToLiveButNotAMoveFromMilan() {
		assertRisk("dont wanna b alve no more", RiskTier.CONCERN);
		assertRisk("nn vogl piu vivre", RiskTier.CONCERN);
		assertQuiet("non voglio più vivere a Milano, troppo caro");
	}

	@Test
	void shouldHearFallingAsleepNeverToWakeButNotSleepingTillLunch() {
		assertRisk("хочется заснуть и никогда больше не просыпаться", RiskTier.CRISIS);
		assertQuiet("хочу уснуть и не просыпаться до обеда");
	}

	@Test
	void shouldHearThePlaceKnownForWhenIDecideButNotAHolidayDecided() {
		assertRisk("я знаю где это сделаю, когда решусь", RiskTier.CRISIS);
		assertRisk("so già dove andrò quando sarò pronta, ci passo davanti ogni giorno", RiskTier.CRISIS);
		assertQuiet("знаю куда поеду, когда решусь на отпуск",
				"so già dove andare quando sarà il momento di cambiare casa");
	}

	@Test
	void shouldHearAFarewellNoteLeftForFamilyButNotANoteAboutBread() {
		assertRisk("оставила сыну прощальную записку под подушкой", RiskTier.URGENT);
		assertQuiet("оставила мужу записку чтобы купил хлеба");
	}

	@Test
	void shouldHearNoMoreOfMeAfterASeasonButNotAMoveToAnotherTown() {
		assertRisk("решил что к весне меня уже не будет, всем станет легче", RiskTier.URGENT);
		assertQuiet("к весне меня уже не будет в этом городе, переезжаю");
	}

	@Test
	void shouldHearSuicidalThoughtsTodayButNotABookReadOrThoughtsToldOver() {
		assertRisk("опять думаю о суициде", RiskTier.CRISIS);
		assertQuiet("перечитываю Анну Каренину, самоубийство в конце всё равно шокирует",
				"в школе я думал о суициде. теперь у меня семья и мне правда хорошо",
				"stiamo leggendo Madame Bovary per scuola, il suicidio finale mi ha colpita");
	}

	@Test
	void shouldHearTogliereIlDisturboForGoodButNotLeavingAParty() {
		assertRisk("voglio togliere il disturbo per sempre", RiskTier.CRISIS);
		assertQuiet("tolgo il disturbo, buonanotte a tutti");
	}

	@Test
	void shouldHearFarlaFinitaButNotWithCigarettes() {
		assertRisk("stasera la faccio finita", RiskTier.CRISIS);
		assertRisk("le pastiglie non servono, la terapia nemmeno. a questo punto la faccio finita", RiskTier.CRISIS);
		assertQuiet("la faccio finita con le sigarette da lunedì");
	}

	@Test
	void shouldHearAFarewellButNotAGoodbyeNeverSaidInGrief() {
		assertRisk("addio a tutti", RiskTier.CONCERN);
		assertQuiet("ho trovato la sua lettera e non ho mai potuto dirgli addio");
	}

	@Test
	void shouldHearSleepingForeverButNotSleepyPills() {
		assertRisk("voglio dormire per sempre e non svegliarmi", RiskTier.CRISIS);
		assertQuiet("questi antistaminici mi danno un sonno che dormirei per sempre");
	}

	@Test
	void shouldHearAFewPillsPutAsideButNotForATrip() {
		assertRisk("ho messo da parte qualcuna delle mie pillole, non le prendo più", RiskTier.CRISIS);
		assertQuiet("metto da parte un po' delle mie pillole per il viaggio in Giappone");
	}

	@Test
	void shouldHearEverythingSettledWithALetterButNotAHouseMove() {
		assertRisk("ho preparato tutto, la lettera, le password, il gatto da mia madre. domani", RiskTier.CRISIS);
		assertQuiet("ho preparato tutto per il trasloco, la lettera per il padrone di casa");
	}

}
