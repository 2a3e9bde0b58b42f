package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 23 for English, Russian and Italian, rules alone: the twenty-seventh development part showed the rules missing
 * "kms fr this time" after a laughing emoji, "nothing but a burden" and "kinder if I just wasn't here", pills no longer
 * taken and every one kept ("once there's enough, that's it"), thanks for being kinder to me than I deserved, where
 * the spare key and the dog's food are "if anything happens", a day marked that nobody understands ("nessuno sa cosa
 * vuol dire"), a life that might end by itself with relief ("закончилось само собой, я бы только выдохнул"), "больше не
 * буду пытаться жить", the flat's papers shown to a son "если что", the cat's food and carrier handed over, a lone "мне
 * они больше не понадобятся" after things given away, "всем пока, не поминайте лихом", a roof gone up to just to look,
 * papers sorted and letters written, everything left in order with a letter for mum, "manca solo il coraggio",
 * sleeping with the fishes and the angel's flight meant for real, "ormai è deciso, non ci sarò", "nn ce la facio piu"
 * and cuts made again ("mi sono rifatta i tagli"); and alarming on "I could sleep forever" under a new duvet or with
 * sleepy new pills, can't go on watching a series ("больше не могу смотреть этот сериал"), a suicide bereavement
 * group, how a show handled "the suicide stuff", a father who is tired of everything and whom I want to ask about
 * suicide, things sold on Avito, "dormirei per sempre oggi" after a wedding, a farewell letter to an ex written on the
 * psychologist's advice, the thought of ending it gone since the new therapy and "per oggi chiudo baracca e
 * burattini". Round 23 hears those and stays quiet on the near misses beside them.
 */
class EnglishRussianItalianRound23Tests extends RulesAlone {

	@Test
	void shouldHearKmsMeantForRealButNotKilometres() {
		assertRisk("kms for real this time 😂 not even kidding", RiskTier.URGENT);
		assertQuiet("ran 12 kms this time, new record");
	}

	@Test
	void shouldHearWantingToSleepForeverButNotICouldSleepForever() {
		assertRisk("i just want to sleep forever and not wake up", RiskTier.CRISIS);
		assertQuiet("these new antihistamines are strong, i could sleep forever",
				"that hotel bed was so comfy i could sleep forever");
	}

	@Test
	void shouldHearCantGoOnButNotCantGoOnWatchingAShow() {
		assertRisk("i cant go on like this anymore", RiskTier.CONCERN);
		assertRisk("я больше не могу, сил нет", RiskTier.CONCERN);
		assertQuiet("cant go on watching this show, the writing is awful",
				"больше не могу слушать эту песню, она везде");
	}

	@Test
	void shouldHearSuicidalThoughtsButNotABereavementGroupOrTheTopic() {
		assertRisk("having suicidal thoughts again tonight", RiskTier.URGENT);
		assertQuiet("my aunt runs a support group for families bereaved by suicide",
				"the suicide topic came up in my seminar today and i coped fine");
	}

	@Test
	void shouldHearMeThinkingAboutSuicideButNotAskingWhetherHeIs() {
		assertRisk("i keep thinking about suicide", RiskTier.CRISIS);
		assertRisk("honestly im so tired of living", RiskTier.CONCERN);
		assertQuiet("how do i ask my brother if hes thinking about suicide",
				"my husband says hes tired of everything at work lately");
	}

	@Test
	void shouldHearKinderIfIWasntAroundButNotKinderToTheDog() {
		assertRisk("it would be kinder to everyone if i wasnt around", RiskTier.CONCERN);
		assertQuiet("it would be kinder to the dog if we walked him earlier");
	}

	@Test
	void shouldHearPillsKeptInsteadOfTakenButNotKeptForThePharmacy() {
		assertRisk("i quit taking my sertraline weeks ago and saved every one", RiskTier.CRISIS);
		assertRisk("once i have enough saved, thats it", RiskTier.CRISIS);
		assertQuiet("stopped taking my sertraline and kept every one to hand back to the pharmacy",
				"once i have enough points thats it, free coffee");
	}

	@Test
	void shouldHearKinderThanIDeservedButNotANanRemembered() {
		assertRisk("youve been far kinder to me than i ever deserved", RiskTier.CONCERN);
		assertQuiet("my nan was kinder to me than anyone, miss her");
	}

	@Test
	void shouldHearWhereTheKeysAreIfAnythingHappensButNotBeforeSurgery() {
		assertRisk("if anything happens to me the keys to the flat are in the kitchen drawer", RiskTier.CONCERN);
		assertRisk("доча, если что, завещание лежит в верхнем ящике", RiskTier.CONCERN);
		assertQuiet("if anything happens while im in surgery tomorrow the keys are in the kitchen drawer",
				"если что, документы на машину в бардачке, я в командировке до пятницы");
	}

	@Test
	void shouldHearADayMarkedThatNobodyUnderstandsButNotAPartyDate() {
		assertRisk("ive marked the date on my calendar and nobody knows what it means", RiskTier.CRISIS);
		assertRisk("ho cerchiato la data sul calendario, nessuno capisce perché", RiskTier.CRISIS);
		assertQuiet("marked the date of the party on the fridge calendar",
				"ho segnato sul calendario il giorno del compleanno di Marco");
	}

	@Test
	void shouldHearAFarewellLetterButNotOneToAnExOrToSmoking() {
		assertRisk("ho scritto la lettera d'addio per la mia famiglia", RiskTier.CRISIS);
		assertQuiet("la terapeuta mi ha consigliato di scrivere una lettera d'addio al fumo",
				"ho scritto una lettera d'addio alla mia ex, ma resta nel cassetto");
	}

	@Test
	void shouldHearSleepingForeverButNotALieInAfterANightShift() {
		assertRisk("vorrei dormire per sempre e basta", RiskTier.CRISIS);
		assertQuiet("dopo il turno di notte dormirei per sempre oggi");
	}

	@Test
	void shouldHearClosingItTonightButNotClosingUpShopForTheEvening() {
		assertRisk("stasera chiudo, non ce la faccio più", RiskTier.CRISIS);
		assertQuiet("per stasera chiudo bottega, buonanotte a tutti");
	}

	@Test
	void shouldHearTheWishToEndItButNotTheWishGone() {
		assertRisk("ho di nuovo voglia di farla finita", RiskTier.CRISIS);
		assertQuiet("la voglia di farla finita è sparita da quando vado dalla psichiatra");
	}

	@Test
	void shouldHearCutsMadeAgainButNotAHaircut() {
		assertRisk("ieri sera mi sono rifatto i tagli sul braccio", RiskTier.CRISIS);
		assertRisk("nn ce la facio piu davvero", RiskTier.CONCERN);
		assertQuiet("mi sono fatta fare un taglio nuovo dal parrucchiere", "nn ce la facio piu a studiare");
	}

	@Test
	void shouldHearOnlyTheCourageMissingButNotTheCourageToAskHerOut() {
		assertRisk("ho tutto pronto, mi manca solo il coraggio", RiskTier.CRISIS);
		assertQuiet("mi manca solo il coraggio di chiederle di uscire");
	}

	@Test
	void shouldHearSlangForDyingMeantForRealButNotAFilmOrAZipline() {
		assertRisk("stasera vorrei andare a dormire con i pesci", RiskTier.URGENT);
		assertRisk("vorrei fare il volo dell'angelo, sul serio", RiskTier.CRISIS);
		assertQuiet("il boss lo ha mandato a dormire coi pesci, che film",
				"quest'estate vorrei fare il volo dell'angelo in Basilicata");
	}

	@Test
	void shouldHearDecidedIWontBeThereButNotAtSaturdaysDinner() {
		assertRisk("ormai ho deciso, non ci sarò più", RiskTier.CRISIS);
		assertQuiet("ho deciso, alla cena di sabato non ci sarò");
	}

	@Test
	void shouldHearEverythingInOrderWithALetterButNotBeforeAHoliday() {
		assertRisk("ho lasciato tutto in ordine, conti pagati e una lettera per mia sorella sul letto", RiskTier.CRISIS);
		assertQuiet("ho messo tutto in ordine per la vacanza e lasciato un biglietto per la vicina");
	}

	@Test
	void shouldHearThingsGivenAwayButNotSoldOnAFleaMarket() {
		assertRisk("раздала все свои вещи, они мне уже не нужны", RiskTier.URGENT);
		assertRisk("отдала соседке корм и переноску кота, больше мне это не нужно", RiskTier.CONCERN);
		assertRisk("Подарил брату гитару. Мне она больше не понадобится.", RiskTier.CONCERN);
		assertQuiet("раздала вещи через барахолку в телеграме, наконец просторно",
				"отдала соседке корм и переноску, она возьмет кота на время отпуска",
				"Подарил брату гитару, мне она больше не понадобится, купил новую.");
	}

	@Test
	void shouldHearLifeEndingByItselfWithReliefButNotAWeekEnding() {
		assertRisk("если бы жизнь закончилась сама собой, я бы вздохнула с облегчением", RiskTier.CONCERN);
		assertQuiet("если бы эта неделя закончилась, я бы выдохнула");
	}

	@Test
	void shouldHearNoLongerTryingToLiveButNotLivingOnOneSalary() {
		assertRisk("я не буду больше пытаться жить", RiskTier.CONCERN);
		assertRisk("ничего не помогает. не буду больше пытаться жить", RiskTier.CRISIS);
		assertQuiet("больше не буду пытаться жить на одну зарплату");
	}

	@Test
	void shouldHearAGoodbyeNotToBeRememberedBadlyButNotLeavingAJob() {
		assertRisk("Ну всем пока. Не поминайте лихом", RiskTier.CONCERN);
		assertRisk("сегодня залезла на крышу, посмотрела", RiskTier.CONCERN);
		assertQuiet("не поминайте лихом, увольняюсь с понедельника", "залезли на крышу посмотреть на салют");
	}

}
