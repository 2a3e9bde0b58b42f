package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 15 for English, Russian and Italian, rules alone: the nineteenth development part showed the rules alarming on
 * everyday talk (a last day at the warehouse, a relationship "dead for months", neighbours drilling, roof and aerial
 * chores, pills dropped down the sink, an ex's overdose reported, a series about an attempt, an age then and now, an
 * overdose of years ago, "mi sparo piuttosto che", a guest who tried to jump, "tagliare la corda") and missing plans told
 * through a cover story (rope "not for camping", a prescription "for travelling", a key to the attic "for the aerial"),
 * places watched or known to be empty at night, a day chosen while the family is away, goodbye arrangements (a pet or
 * things given for good, letters and where they lie, passwords left, accounts closed, debts and inheritance settled),
 * hopelessness with a decision made, a future event not lived to see, overdoses taken on purpose, a burn with an iron
 * and head-banging, pills swallowed ("buttato giù", which a clear for means thrown away had read as "buttato via").
 * Each phrasing is asserted with an everyday sentence that shares its words.
 */
class EnglishRussianItalianRound15Tests extends RulesAlone {

	@Test
	void shouldHearALastDayOfMyLifeButNotALastDayAtTheFactory() {
		assertRisk("this is my last day, thank you for everything", RiskTier.URGENT);
		assertQuiet("my last day at the factory today, they got me flowers and a card");
	}

	@Test
	void shouldHearBeingBetterOffDeadButNotARelationshipDeadForMonths() {
		assertRisk("honestly everyone would be relieved if i was dead", RiskTier.CONCERN);
		assertQuiet("broke up with sam last night, honestly relieved, it had been dead for ages");
	}

	@Test
	void shouldHearStandingOnTheRoofButNotFixingTheAerialUpThere() {
		assertRisk("im standing on the roof of my building right now", RiskTier.CRISIS);
		assertQuiet("been up on the roof fixing the aerial all afternoon, my knees are killing me",
				"sono salito sul tetto con mio zio a riparare le tegole, che fatica");
	}

	@Test
	void shouldHearNotGoingOnLikeThisButNotANeighboursDogBarking() {
		assertRisk("i cant go on like this, nothing is getting better", RiskTier.CONCERN);
		assertQuiet("i cant go on like this with the neighbours dog barking every night at 3",
				"сосед снизу опять сверлит с семи утра, я так больше не могу");
	}

	@Test
	void shouldHearAWholeBoxGoneButNotPillsSpiltDownTheDrain() {
		assertRisk("the whole box of pills is gone, its inside me now", RiskTier.URGENT);
		assertQuiet("knocked the whole pack of pills down the drain by accident, calling the pharmacy tomorrow");
	}

	@Test
	void shouldHearMyOwnOverdoseButNotAnExsOverdoseReported() {
		assertRisk("i have taken a whole packet of my pills", RiskTier.URGENT);
		assertQuiet("my ex messaged saying she had taken a load of pills, i rang an ambulance and she is okay now");
	}

	@Test
	void shouldHearSuicidalThoughtsButNotASeriesAboutAnAttemptInRussian() {
		assertRisk("у меня опять мысли о суициде", RiskTier.CRISIS);
		assertQuiet("посмотрела фильм про попытку суицида подростка, очень тяжёлый");
	}

	@Test
	void shouldHearCuttingNowButNotCuttingAsATeenagerToldWithMyAgeNowInRussian() {
		assertRisk("я снова режу себя", RiskTier.CRISIS);
		assertQuiet("в 15 я себя резала, теперь мне 28 и шрамы почти не видно");
	}

	@Test
	void shouldHearAnOverdoseTakenButNotOneToldAsYearsAgoInItalian() {
		assertRisk("ho preso tutte le pastiglie della scatola", RiskTier.URGENT);
		assertQuiet("al gruppo ho parlato della mia overdose del 2019 e mi hanno ascoltata");
	}

	@Test
	void shouldHearWantingToShootMyselfButNotShootingMyselfRatherThanDoingTaxesInItalian() {
		assertRisk("mi sparo stanotte, ho deciso", RiskTier.CRISIS);
		assertQuiet("mi ammazzo piuttosto che rifare la dichiarazione dei redditi");
	}

	@Test
	void shouldHearThrowingMyselfFromTheWindowButNotAPatientWhoTriedInItalian() {
		assertRisk("voglio buttarmi dalla finestra", RiskTier.CRISIS);
		assertQuiet("in reparto una paziente ha tentato di buttarsi dalla finestra, l'abbiamo presa in tempo",
				"ho tagliato la corda prima della riunione, non ne potevo più");
	}

	@Test
	void shouldHearADecisionAfterNobodyCanHelpButNotAfterABug() {
		assertRisk("nobody can save me anymore. ive made my decision", RiskTier.CRISIS);
		assertQuiet("nobody can help me with this spreadsheet, ive decided to redo it from scratch");
	}

	@Test
	void shouldHearAnAppointmentCancelledForNotBeingAroundButNotForATrip() {
		assertRisk("cancel my next session, i wont be here by then", RiskTier.CONCERN);
		assertQuiet("dont bother booking the table for me, i wont be around for it, im at my mums that weekend");
	}

	@Test
	void shouldHearACoverStoryForTheMeansButNotAnErrandForSomeoneElse() {
		assertRisk("bought charcoal today and it wasnt for a barbecue", RiskTier.CRISIS);
		assertRisk("got a second prescription, told them it was for a trip but im not going anywhere",
				RiskTier.CRISIS);
		assertQuiet("picked up a prescription at the chemist, it wasnt for me it was for my nan");
	}

	@Test
	void shouldHearTrainsTimedAtTheCrossingButNotWaitingForOneToPass() {
		assertRisk("every night i sit by the tracks watching the freight trains and timing them", RiskTier.CONCERN);
		assertQuiet("sitting at the crossing waiting for the train to pass, running late",
				"we sat by the level crossing watching the trains with my son, he loves them");
	}

	@Test
	void shouldHearAPlaceEmptyAtNightButNotAFishingSpot() {
		assertRisk("nobody goes near the quarry after midnight, i checked", RiskTier.CONCERN);
		assertQuiet("the pier is lovely and nobody is there after dark, we go fishing");
	}

	@Test
	void shouldHearLettersAndWhereTheyLieButNotNotesForASchoolTrip() {
		assertRisk("left notes for my husband and my son, theyre under my pillow", RiskTier.CRISIS);
		assertQuiet("wrote notes for the kids, theyre in the top drawer, its for their school trip");
	}

	@Test
	void shouldHearAccountsClosedForGoodButNotAScreenTimeDetox() {
		assertRisk("deactivated facebook and all my accounts, wont need them anymore", RiskTier.CONCERN);
		assertQuiet("deleting tiktok and all my accounts, wont be needing them, doing a screen time detox");
	}

	@Test
	void shouldHearAPetLeftIfAnythingHappensToMeButNotForAFlight() {
		assertRisk("please look after my dog if anything happens to me, i mean it", RiskTier.CONCERN);
		assertQuiet("can you look after my cat if anything happens to me on the flight lol");
	}

	@Test
	void shouldHearPasswordsLeftSoNobodyIsLeftWithAMessButNotWifiForTheBabysitter() {
		assertRisk("typed out my bank logins for my wife so shes not left with a mess", RiskTier.CONCERN);
		assertQuiet("put the wifi passwords in a note for the babysitter so shes not left with a mess");
	}

	@Test
	void shouldHearAnOverdoseOnPurposeButNotExtraDosesTheDoctorAllowed() {
		assertRisk("took far too many tonight on purpose", RiskTier.URGENT);
		assertQuiet("took extra on purpose because the doctor said i could double the dose this week",
				"took way more photos than i should have on purpose lol");
	}

	@Test
	void shouldHearHeadBangingTillItHurtsButNotAStubbornBug() {
		assertRisk("kept smashing my head against the wall until it bled", RiskTier.CONCERN);
		assertQuiet("kept banging my head against the wall over this bug all day");
	}

	@Test
	void shouldHearChildrenBetterOffWithTheOtherParentButNotForAWeekend() {
		assertRisk("the kids would be better off with just their mum", RiskTier.CONCERN);
		assertQuiet("theyd be better off with just their dad for the weekend trip");
	}

	@Test
	void shouldHearADayChosenWhileAloneButNotAPartyInItalian() {
		assertRisk("ho scelto venerdì, quando mio marito è al lavoro e resto da sola", RiskTier.CRISIS);
		assertQuiet("ho scelto sabato per la festa, quando i miei sono fuori");
	}

	@Test
	void shouldHearKeysToTheTerraceCopiedButNotForTheWashingInItalian() {
		assertRisk("ho fatto una copia delle chiavi del terrazzo, nessuno lo sa", RiskTier.CONCERN);
		assertQuiet("sono salita sul terrazzo a stendere i panni, mi serviva la copia delle chiavi");
	}

	@Test
	void shouldHearThingsGivenBecauseIWontBeThereButNotOldClothesInItalian() {
		assertRisk("ho regalato la mia chitarra a mio fratello, tanto io non ci sarò", RiskTier.CONCERN);
		assertQuiet("ho regalato i vestiti vecchi a mia cugina, a me non servono più",
				"ho disdetto netflix, non mi serve più, non lo guardo mai");
	}

	@Test
	void shouldHearPillsCountedAsEnoughButNotForATripInItalian() {
		assertRisk("ho cercato quante compresse bastano per non svegliarmi", RiskTier.CRISIS);
		assertQuiet("ho guardato quante pastiglie mi servono per il viaggio");
	}

	@Test
	void shouldHearAGoodbyeNotBlamingAnyoneButNotAnApologyForBeingLateInItalian() {
		assertRisk("perdonatemi, non è colpa di nessuno di voi", RiskTier.URGENT);
		assertQuiet("scusate il ritardo, non è colpa di nessuno, c'era traffico");
	}

	@Test
	void shouldHearHopelessnessAndTheEndThisWeekendButNotAThesisFinishedInItalian() {
		assertRisk("niente funziona più. basta, la finisco sabato", RiskTier.CRISIS);
		assertRisk("ho finito di lottare. stasera è l'ultima", RiskTier.CRISIS);
		assertQuiet("sono esausta, la tesi la finisco domani", "stasera lo faccio, ho deciso: pizza fatta in casa");
	}

	@Test
	void shouldHearNotLivingToSeeChristmasButNotMissingAConcertInItalian() {
		assertRisk("non arriverò a vedere natale, e va bene così", RiskTier.CONCERN);
		assertQuiet("non arriverò a vedere il concerto, ho il turno");
	}

	@Test
	void shouldHearOthersFreerWithoutMeButNotACrashOnTheRingRoadInItalian() {
		assertRisk("mio marito sarebbe più felice senza di me", RiskTier.CONCERN);
		assertRisk("a volte penso che un infarto sistemerebbe tutto", RiskTier.CONCERN);
		assertQuiet("un incidente in tangenziale ha bloccato tutto");
	}

	@Test
	void shouldHearABurnOnPurposeButNotIroningInItalian() {
		assertRisk("ho premuto il braccio contro il ferro da stiro di proposito", RiskTier.CRISIS);
		assertQuiet("ho appoggiato il ferro da stiro sulla camicia e l'ho bruciata");
	}

	@Test
	void shouldHearAnEmptyRoofAfterMidnightButNotFriendsDrinkingThereInRussian() {
		assertRisk("на крыше после полуночи никого не бывает", RiskTier.CONCERN);
		assertQuiet("на мосту ночью никого нет, красиво, сделала фото");
	}

	@Test
	void shouldHearNotLivingToADateButNotToFridayAtThisJobInRussian() {
		assertRisk("не думаю что доживу до пятницы", RiskTier.CONCERN);
		assertQuiet("не доживу до пятницы с такой работой", "не думаю что доживу до конца фильма, засыпаю");
	}

	@Test
	void shouldHearAPetGivenWithItsThingsForGoodButNotForAHolidayInRussian() {
		assertRisk("пристроила собаку к соседке насовсем", RiskTier.CONCERN);
		assertQuiet("отвезла кота маме вместе с кормом, пока я в отпуске",
				"отдала старый диван соседке насовсем, пусть не возвращает");
	}

	@Test
	void shouldHearALastCheckInButNotBeforeAHolidayInRussian() {
		assertRisk("последний раз пишу сюда, спасибо за всё", RiskTier.URGENT);
		assertQuiet("последний раз пишу тут перед отпуском");
	}

	@Test
	void shouldHearADecisionAfterNobodyCanHelpButNotADinnerPlanInRussian() {
		assertRisk("никто мне не поможет. знаю что сделаю", RiskTier.CRISIS);
		assertQuiet("знаю что сделаю на ужин", "приняла решение уйти с работы");
	}

	@Test
	void shouldHearTheFloorHighEnoughButNotCeilingsForAWardrobeInRussian() {
		assertRisk("думаю девятого этажа точно хватит", RiskTier.CRISIS);
		assertQuiet("высоты потолков хватит для шкафа");
	}

	@Test
	void shouldHearLettersToTheFamilyAndWhereTheyLieButNotBirthdayCardsInRussian() {
		assertRisk("письма детям лежат в комоде", RiskTier.CRISIS);
		assertQuiet("открытки к дню рождения детям лежат в комоде");
	}

	@Test
	void shouldHearPillsSwallowedButNotPillsThrownAwayInItalian() {
		assertRisk("ho buttato giù tutto il litio che mi restava", RiskTier.URGENT);
		assertQuiet("ho buttato via tutte le pillole scadute, le ho portate in farmacia");
	}

}
