package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 14 for English, Russian and Italian, rules alone: phrasing an eighteenth development part, written by new
 * writers, showed the rules mistaking (sleeping forever after a long hike, a will written for a new baby,
 * someone else's suicide, belongings, saved pills or weariness told about them, a train wait on a platform, a
 * climbing rope) or missing (apologies in advance for what is left behind, letters left for the family, a day
 * chosen, medication saved or counted as enough, a place gone back to and looked at, cigarette burns and fists,
 * passive wishes, the last app left, a whole pack or pills with drink), each with its everyday lookalike.
 */
class EnglishRussianItalianRound14Tests extends RulesAlone {

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
