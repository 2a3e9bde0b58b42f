package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 25 for English, Russian and Italian, rules alone: the twenty-ninth development part showed the rules missing
 * a scan hoped to show something bad, a plan ready and only waiting until the house is asleep or empty (in all three
 * languages), a bye said to someone before going, affairs put in order with "this is it", not being here by the end
 * of the month and at peace with it, "лучше бы я не проснулась", an incurable illness wished for, "выпиливаться" and
 * leaving "the chat of life", hidden cuts on the thighs, "ни семьи, ни работы, ни смысла" with not going on, an
 * earthquake that did not bring the house down on one, deciding to stop living, "non ci sarò più. ciao", a plan
 * decided and calming to think of, a will made at 24 that is "not for the trip", and the future "mi ucciderò", which
 * was read as a misspelling. It also raised false alarms, which it now keeps quiet: dying if a sister spoils a
 * finale, a hairdresser's bad cut, a father shouting "ammazzatemi" at a football match, a weight off one's mind, and
 * three recoveries told as over ("I don't believe that anymore", "adesso so che non è vero", "поймала себя на том,
 * что мне хорошо").
 * Round 25 keeps quiet, too, a biopsy hoped to come back clear, a party waiting for the parents to go to bed, a bye
 * at a station, kind words before a conference, papers in order for a move, a contract ending, waking up too early,
 * the flu, dinner ready, a fretsaw, a class chat, a series not worth going on with, a present nearly seen, snow that
 * did not fall, stopping smoking, a party when the parents are out, a changed gym day, a holiday said goodbye to,
 * and a holiday decided.
 */
class EnglishRussianItalianRound25Tests extends RulesAlone {

	@Test
	void shouldHearATestHopedToShowCancerButNotOneHopedToComeBackClear() {
		assertRisk("honestly im hoping the biopsy comes back as cancer", RiskTier.CONCERN);
		assertQuiet("really hoping the biopsy comes back clear, im so worried it is cancer");
	}

	@Test
	void shouldHearAPlanReadyUntilTheParentsSleepButNotAPartyPlan() {
		assertRisk("the plan is ready. now just waiting until my parents go to bed", RiskTier.CRISIS);
		assertQuiet("everything is ready for the party, just waiting until my parents go to bed so we can sneak out");
	}

	@Test
	void shouldHearAByeToSomebodyButNotAtTheStation() {
		assertRisk("I just wanted to say goodbye to somebody", RiskTier.CONCERN);
		assertRisk("you have been so kind to me. take care x", RiskTier.CONCERN);
		assertQuiet("you have been so kind to me this week, take care of yourself at the conference");
	}

	@Test
	void shouldHearAffairsInOrderAndThisIsItButNotPapersForAMove() {
		assertRisk("my affairs are in order now. this is it", RiskTier.CRISIS);
		assertQuiet("everything is in order for the move. this is it!");
	}

	@Test
	void shouldHearNotBeingAroundPastChristmasButNotAContractEnding() {
		assertRisk("I won't be around past christmas, and I've made peace with it", RiskTier.CRISIS);
		assertQuiet("I won't be here by the end of the month because my contract ends, and I've made peace with it");
	}

	@Test
	void shouldHearWantingToActuallyDieButNotOverCroissants() {
		assertRisk("some days I want to actually die", RiskTier.CRISIS);
		assertQuiet("if the bakery is out of croissants again I will actually die");
	}

	@Test
	void shouldHearBeingBetterOffGoneButNotABeliefLeftBehind() {
		assertRisk("everyone would be better off without me", RiskTier.CONCERN);
		assertQuiet("I used to think everyone would be better off without me. I don't believe that anymore.");
	}

	@Test
	void shouldHearWishingNotToHaveWokenButNotWakingTooEarly() {
		assertRisk("лучше бы я вчера просто не проснулся", RiskTier.CONCERN);
		assertQuiet("лучше бы я не проснулся так рано, теперь весь день клюю носом");
	}

	@Test
	void shouldHearAnIncurableIllnessWishedForButNotTheFlu() {
		assertRisk("если бы я заболел чем-нибудь смертельным, всем было бы легче", RiskTier.CONCERN);
		assertQuiet("если бы я заболел гриппом, было бы проще объяснить начальнику");
	}

	@Test
	void shouldHearEverythingReadyUntilTheHusbandSleepsButNotDinner() {
		assertRisk("всё готово, жду пока муж уснёт", RiskTier.CRISIS);
		assertQuiet("всё готово к ужину, жду когда муж вернётся с работы");
	}

	@Test
	void shouldHearSelfDeletingSlangButNotAFretsaw() {
		assertRisk("наверное пора выпиливаться", RiskTier.CRISIS);
		assertRisk("я выхожу из чата жизни", RiskTier.CRISIS);
		assertQuiet("на трудах пора выпиливать лобзиком полочку", "пора выпиливаться из этого чата, один спам",
				"я выхожу из чата класса, там один спам");
	}

	@Test
	void shouldHearNothingLeftAndNotGoingOnButNotASeries() {
		assertRisk("ни работы, ни денег, ни сил. продолжать не собираюсь", RiskTier.CRISIS);
		assertQuiet("этот сериал продолжать не собираюсь, скучно", "ни работы, ни денег после переезда, но скоро зарплата");
	}

	@Test
	void shouldHearCutsNearlySeenButNotAPresent() {
		assertRisk("мама чуть не увидела порезы на руке", RiskTier.CRISIS);
		assertQuiet("мама чуть не увидела подарок, который я спрятал");
	}

	@Test
	void shouldHearThoughtsOfDeathButNotWhenFeelingWellNow() {
		assertRisk("я думала о смерти каждый день", RiskTier.CRISIS);
		assertQuiet("Год назад я думала о смерти каждый день. Сегодня гуляла в парке и поймала себя на мысли, что мне спокойно");
	}

	@Test
	void shouldHearARegretNothingFellOnMeButNotSnow() {
		assertRisk("peccato che non sia caduto tutto addosso a me", RiskTier.CONCERN);
		assertQuiet("peccato che non sia caduta la neve a Natale");
	}

	@Test
	void shouldHearDecidingToStopLivingButNotStoppingSmoking() {
		assertRisk("ho deciso di smettere di vivere", RiskTier.CRISIS);
		assertRisk("la verità è che mi ucciderò prima dell'estate", RiskTier.CRISIS);
		assertQuiet("ho deciso di smettere di fumare");
	}

	@Test
	void shouldHearEverythingReadyUntilHeSleepsButNotAParty() {
		assertRisk("ho tutto pronto, aspetto solo che mio marito si addormenti", RiskTier.CRISIS);
		assertQuiet("ho tutto pronto per la festa, aspetto solo che i miei escano");
	}

	@Test
	void shouldHearAGoodbyeForeverButNotLeavingTheOffice() {
		assertRisk("non ci sarò più. addio a tutti", RiskTier.CRISIS);
		assertRisk("volevo solo salutare qualcuno prima di andarmene", RiskTier.CONCERN);
		assertQuiet("non ci sarò più il martedì in palestra, ciao",
				"volevo solo salutare qualcuno prima di andare in vacanza");
	}

	@Test
	void shouldHearAWayDecidedThatCalmsButNotAHolidayDecided() {
		assertRisk("ho deciso quando. ci penso ogni notte e il pensiero mi calma", RiskTier.CRISIS);
		assertQuiet("ho deciso dove andare in vacanza. ci penso ogni sera e mi calma");
	}

	@Test
	void shouldHearBeingABurdenButNotAWeightOffOnesMind() {
		assertRisk("mi sento un peso per tutti", RiskTier.CONCERN);
		assertQuiet("finalmente mi sono tolto un peso", "credevo che tutti sarebbero stati meglio senza di me. ora so che mi sbagliavo");
	}

	@Test
	void shouldHearWantingToDieButNotAfterTheHairdresser() {
		assertRisk("voglio morire", RiskTier.CRISIS);
		assertQuiet("la parrucchiera mi ha rovinato la frangia, voglio morire",
				"mio zio urla 'ammazzatemi' ogni volta che il Milan perde");
	}

}
