package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 16 for English, Russian and Italian, rules alone: the twentieth development part showed the rules alarming on
 * everyday and recovery talk (pills pressed out of their blisters into a weekly organiser, passwords written down for a
 * husband against a broken phone, suicidal thoughts "mostly gone since the med change", a wish not to wake up told as
 * over by a morning run, a wedding date chosen, a letter read at a brother's grave) and missing plans and goodbyes told
 * indirectly: pills hidden instead of swallowed, shopping round different chemists so nobody notices, a date after
 * which nobody will have to worry, nobody looking till it is over, every last pill needed for the plan, enough put by, a
 * place by the cliff and no coming back, letters the children will find later, passwords and affairs left for once the
 * writer is not around, a voice heard one last time, a pet given away for good, "so nobody has to clear up after me",
 * passive wishes (sleep and not come back, no point being around, a lorry welcome, a lighter world without me, a life
 * wished over), hopelessness with an end named (nothing has shifted, not sticking around, "this is where i stop"),
 * overdoses told by "the whole lot", "on purpose", with wine all at once or kept secret, scratching to blood, "хочу в
 * окно, не образно", and "давно думаю" (which a past-time clear had read as recovery). Each phrasing is asserted with an
 * everyday sentence that shares its words.
 */
class EnglishRussianItalianRound16Tests extends RulesAlone {

	@Test
	void shouldHearAllThePillsSwallowedButNotPillsSortedIntoAWeeklyOrganiser() {
		assertRisk("swallowed all the tablets in the packet about an hour ago", RiskTier.URGENT);
		assertQuiet("popped all my tablets out of the foil and filled the dosette box for the week",
				"pressed all the pills out of their blister packs into mums pill organiser, so fiddly");
	}

	@Test
	void shouldHearPasswordsLeftForAfterButNotPasswordsWrittenAgainstALostPhone() {
		assertRisk("put my bank details and passwords in an envelope for my brother to deal with when im gone",
				RiskTier.CONCERN);
		assertQuiet("gave my wife all my logins in case my laptop dies again, she always forgets them");
	}

	@Test
	void shouldHearSuicidalThoughtsNowButNotThoughtsThatHaveFaded() {
		assertRisk("the suicidal thoughts are bad again tonight", RiskTier.CRISIS);
		assertQuiet("my psychiatrist is pleased, the suicidal thoughts have faded since the new dose",
				"i pensieri suicidi si sono calmati da quando vado in terapia",
				"суицидальные мысли почти ушли после смены лекарства");
	}

	@Test
	void shouldHearAWishNotToWakeUpButNotOneToldAsOverByAMorningRun() {
		assertRisk("every night i wish i wouldnt wake up", RiskTier.CONCERN);
		assertRisk("i used to wish i would never wake up. now im running out of reasons to stay", RiskTier.CONCERN);
		assertQuiet("i used to wish i would never wake up. now im up early to go running before work. funny how things change");
	}

	@Test
	void shouldHearPillsHiddenInsteadOfTakenButNotPillsPackedForATrip() {
		assertRisk("ive been slipping my sertraline into a sock every night instead of taking it", RiskTier.CRISIS);
		assertQuiet("put my tablets in the wash bag so i dont forget them on the trip");
	}

	@Test
	void shouldHearShoppingRoundChemistsUnnoticedButNotShoppingRoundForStock() {
		assertRisk("going to several pharmacies so nobody notices how many painkillers im getting", RiskTier.CRISIS);
		assertQuiet("tried three different pharmacies because none had my inhaler in stock");
	}

	@Test
	void shouldHearNobodyToWorryAfterADateButNotAfterAnExam() {
		assertRisk("the date is set. after the 20th nobody will have to worry about me", RiskTier.CRISIS);
		assertQuiet("after friday my exams are over and mum can stop worrying about my revision");
	}

	@Test
	void shouldHearNobodyLookingTillItIsOverButNotADayOffForABreak() {
		assertRisk("switched my phone off so no one comes looking until its all over", RiskTier.CRISIS);
		assertQuiet("booked friday off so nobody bothers me till monday, need a proper rest");
	}

	@Test
	void shouldHearEnoughPutByButNotEnoughForTheHoliday() {
		assertRisk("two more weeks of repeats and ive got enough put away", RiskTier.CRISIS);
		assertQuiet("ive got enough tablets for the whole holiday, picked up the repeat today");
	}

	@Test
	void shouldHearEveryLastOneForThePlanButNotForATrip() {
		assertRisk("i wont tell the doctor, i need every last one for what i have in mind", RiskTier.CRISIS);
		assertQuiet("need every last one of these batteries for the camping trip");
	}

	@Test
	void shouldHearSleepAndNotComeBackButNotSleepingInUntilNoon() {
		assertRisk("i wish i could fall asleep and never wake up", RiskTier.CONCERN);
		assertRisk("would love to close my eyes and just not come back", RiskTier.CONCERN);
		assertQuiet("could fall asleep on the sofa and not wake up until noon, so tired after that shift");
	}

	@Test
	void shouldHearNoPointBeingAroundButNotNoPointBeingAtTheMeeting() {
		assertRisk("i dont see the point of being around much longer", RiskTier.CONCERN);
		assertQuiet("cant see the point of being at the meeting if nobody reads the agenda");
	}

	@Test
	void shouldHearALifeWishedOverButNotAWeekWishedOver() {
		assertRisk("i just want my life to end", RiskTier.CRISIS);
		assertQuiet("i just want this week to be over, work has been mad");
	}

	@Test
	void shouldHearHopelessnessWithAnEndButNotAMatchLeftEarly() {
		assertRisk("years of meds and nothing has budged. im not sticking around for another year of this",
				RiskTier.CRISIS);
		assertQuiet("the match was dire so im not sticking around for the second half");
	}

	@Test
	void shouldHearTheWholeLotTakenButNotTheWholeLotOfShopping() {
		assertRisk("downed my quetiapine with vodka, the whole lot", RiskTier.URGENT);
		assertRisk("took the sleeping pills deliberately tonight", RiskTier.URGENT);
		assertQuiet("carried the shopping up three flights, the whole lot, my arms are dead");
	}

	@Test
	void shouldHearAVoiceHeardOneLastTimeButNotAGranInTheHospice() {
		assertRisk("called my dad just to hear his voice one last time", RiskTier.CONCERN);
		assertQuiet("went to see nan in the hospice to see her face one last time, she knew me");
	}

	@Test
	void shouldHearAPetGivenAwayForGoodButNotOneRehomedForAnAllergy() {
		assertRisk("gave the dog to my neighbour, told him its for good", RiskTier.CONCERN);
		assertQuiet("rehomed the cat for good because the baby turned out allergic");
	}

	@Test
	void shouldHearADayDecidedWithEnoughHadButNotAPartyDay() {
		assertRisk("ive decided it will be saturday, ive had enough of all of it", RiskTier.CRISIS);
		assertQuiet("weve decided the party will be on saturday at the pub");
	}

	@Test
	void shouldHearADateChosenButNotAWeddingDateInItalian() {
		assertRisk("ho scelto la data, il 12, dopo la laurea di mio figlio", RiskTier.CRISIS);
		assertQuiet("Finalmente abbiamo fissato la data, ci sposiamo in chiesa a settembre");
	}

	@Test
	void shouldHearLettersLeftForTheFamilyButNotALetterReadAtAGraveInItalian() {
		assertRisk("ho lasciato una lettera per mia madre nel cassetto. la troverà domani", RiskTier.CRISIS);
		assertQuiet("ho scritto una lettera a mia nonna che non c'è più e l'ho portata al cimitero");
	}

	@Test
	void shouldHearChemistsRoundedUnnoticedButNotForStockInItalian() {
		assertRisk("vado in farmacie diverse per non far capire a nessuno quante pastiglie compro", RiskTier.CRISIS);
		assertRisk("compro in varie farmacie così nessuno si accorge di quanti antidolorifici prendo", RiskTier.CRISIS);
		assertQuiet("ho girato farmacie diverse perché l'insulina era finita dappertutto");
	}

	@Test
	void shouldHearNobodyToWorryAfterButNotAfterTheExamInItalian() {
		assertRisk("dopo sabato nessuno dovrà preoccuparsi di me", RiskTier.CRISIS);
		assertQuiet("dopo l'esame di sabato mia madre smetterà di preoccuparsi per me");
	}

	@Test
	void shouldHearNoComingBackFromTheCliffButNotFromHolidayInItalian() {
		assertRisk("vado al ponte stanotte e non torno più", RiskTier.CRISIS);
		assertQuiet("vado al mare a luglio e non torno più in città fino a settembre, che bello");
	}

	@Test
	void shouldHearATruckWelcomeButNotATruckFearedInItalian() {
		assertRisk("se un tir mi mette sotto stasera, pazienza", RiskTier.CONCERN);
		assertQuiet("se un camion mi mette sotto in bici mi ammazza, per questo metto il casco");
	}

	@Test
	void shouldHearALifeWishedOverAndTakenButNotAWeekInItalian() {
		assertRisk("vorrei che la mia vita finisse adesso", RiskTier.CRISIS);
		assertRisk("penso che domani mi toglierò la vita", RiskTier.CRISIS);
		assertQuiet("vorrei che questa settimana finisse subito, troppo lavoro");
	}

	@Test
	void shouldHearAnOverdoseOnPurposeButNotADoseTakenOnTimeInItalian() {
		assertRisk("ho ingoiato tutta la scatola di pillole apposta", RiskTier.URGENT);
		assertRisk("litio e vodka, tutti insieme", RiskTier.URGENT);
		assertQuiet("ho preso le pillole della sera con un bicchiere di vino a cena, come sempre");
	}

	@Test
	void shouldHearScratchingToBloodButNotForEczemaInItalian() {
		assertRisk("mi sono graffiata le cosce fino al sangue stanotte", RiskTier.CRISIS);
		assertQuiet("mi sono grattata le braccia fino al sangue per le punture di zanzara");
	}

	@Test
	void shouldHearThoughtsNowButNotThoughtsGoneInItalian() {
		assertRisk("ho pensieri di suicidio ogni sera", RiskTier.CRISIS);
		assertQuiet("i pensieri di suicidio sono spariti da quando prendo il litio");
	}

	@Test
	void shouldHearChemistsRoundedUnnoticedButNotForStockInRussian() {
		assertRisk("покупаю в разных аптеках, чтобы никто не заметил сколько таблеток я беру", RiskTier.CRISIS);
		assertQuiet("обошла разные аптеки, нигде нет нужного инсулина");
	}

	@Test
	void shouldHearNobodyToWorryAfterButNotAfterTheSessionInRussian() {
		assertRisk("после субботы никому не придется за меня переживать", RiskTier.CRISIS);
		assertQuiet("после сессии мама наконец перестанет переживать");
	}

	@Test
	void shouldHearALorryWelcomeButNotAFearOfTrafficInRussian() {
		assertRisk("если меня завтра переедет грузовик, ну и ладно", RiskTier.CONCERN);
		assertQuiet("боюсь, что если меня переедет машина на этом переходе, никто не остановится");
	}

	@Test
	void shouldHearALifeWishedOverButNotAWeekInRussian() {
		assertRisk("скорее бы моя жизнь закончилась", RiskTier.CRISIS);
		assertQuiet("скорее бы эта неделя закончилась, устала");
	}

	@Test
	void shouldHearTheWindowSaidSeriouslyButNotAsAJokeInRussian() {
		assertRisk("хочется в окно, серьезно", RiskTier.CRISIS);
		assertQuiet("открыла окно, хочется свежего воздуха");
	}

	@Test
	void shouldHearPillsSavedUpButNotSavedForTheDachaInRussian() {
		assertRisk("таблетки уже накопил, скоро все закончится", RiskTier.CRISIS);
		assertRisk("vse tabletki pripryatala, v voskresenye vse", RiskTier.CRISIS);
		assertQuiet("таблетки накопила на дачу, чтобы не ездить в аптеку");
	}

	@Test
	void shouldHearThinkingLongAndDecidedButNotAWishOfLongAgoInRussian() {
		assertRisk("хочу выпилиться, давно об этом думаю", RiskTier.CRISIS);
		assertQuiet("давно хотела выпилиться, а теперь учусь и работаю, всё иначе");
	}

	@Test
	void shouldHearWineAndPillsAllAtOnceButNotAGlassWithDinnerInRussian() {
		assertRisk("феназепам с водкой, все разом", RiskTier.URGENT);
		assertQuiet("выпила бокал вина за ужином, таблетки приму утром");
	}

	@Test
	void shouldHearNobodyToClearUpAfterButNotAfterAPartyInRussian() {
		assertRisk("всё отмыла и раздала, чтобы потом никому не разгребать", RiskTier.CONCERN);
		assertQuiet("после вечеринки всё отмыла, гости помогли");
	}
}
