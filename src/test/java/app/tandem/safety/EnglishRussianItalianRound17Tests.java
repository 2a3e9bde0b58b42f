package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 17 for English, Russian and Italian, rules alone: the twenty-first development part showed the rules alarming
 * on recovery told as over and on hyperbole, and missing slang and lapses beside recovery. Round 17 quiets old writings
 * reread or deleted (a diary, drafts, a status "from 2015", facebook memories, a chat from a past year), thoughts gone
 * "since march" or "non ci sono più da tanto", a year off self-harm, a past self named by its school year ("freshman
 * year me"), a doctor's question about suicidal thoughts answered no (in all three languages), an overdose told as
 * waking up in hospital followed by a year or "doing fine", "тогда я думал", a year as a heading ("2021: ..."), a
 * safety plan made with the doctor, a threat after a petty trigger (the wifi, ranked, a professor, a drummer brother,
 * the next piece of advice from a mother-in-law, a mouse cord, "uccidetemi" about a family chat), and giving away old or
 * outgrown things. It hears a lapse after a clean time ("clean for months and cut again", "без порезов ... сорвалась"),
 * barcode / штрихкод / codice a barre on the body, "play in traffic", uninstalling oneself, "выхожу из жизни", a
 * one-way ticket to the sky, eternal sleep, "niente respawn", a flight from the balcony, passive wishes ("wishing i could
 * stop being here", "hoping for no wake up", "лучше бы меня просто не было", "sarebbe meglio non esserci più"),
 * prescribed pills kept back, a date picked when the house will be empty, and who is to take the cat.
 */
class EnglishRussianItalianRound17Tests extends RulesAlone {

	@Test
	void shouldHearAWishReadInAnOldDiaryThatIsStillTrueButNotTheOldDiaryAlone() {
		assertRisk("i want to die again tonight, just like back then", RiskTier.CRISIS);
		assertQuiet("reread my old journal from 2016 where i wanted to die every night. so proud of that kid",
				"cleared out my old notebooks, pages of wanting to die. feels like another life");
	}

	@Test
	void shouldHearSuicidalThoughtsTonightButNotNoSuicidalThoughtsSinceASeason() {
		assertRisk("suicidal thoughts again tonight", RiskTier.CRISIS);
		assertQuiet("doctor was happy, no suicidal thoughts since christmas",
				"zero dark thoughts since the med change, feeling human");
	}

	@Test
	void shouldHearSelfHarmAfterACleanSpellButNotACelebratedYearOff() {
		assertRisk("six weeks clean and then i cut again yesterday", RiskTier.CRISIS);
		assertQuiet("two years off the self harm this week, got a cake to celebrate");
	}

	@Test
	void shouldHearAPresentPlanButNotASchoolYearSelfWhoSearchedForWays() {
		assertRisk("i looked up ways to die last night", RiskTier.CRISIS);
		assertQuiet("sixth form me was researching ways to die and now im teaching a class of my own");
	}

	@Test
	void shouldHearSuicidalFeelingsButNotADoctorsQuestionAnsweredNo() {
		assertRisk("im feeling suicidal again", RiskTier.CRISIS);
		assertQuiet("the nurse asked if i still have suicidal thoughts and i could truthfully say no",
				"врач спросил про суицидальные мысли, и я спокойно сказала нет",
				"la psicologa in seduta: pensieri suicidi? io no, per niente");
	}

	@Test
	void shouldHearAnOverdoseTonightButNotOneToldAsOverByTheYear() {
		assertRisk("took a load of pills tonight and feel weird", RiskTier.URGENT);
		assertQuiet("swallowed a load of tablets and woke up in hospital. that was 2017. doing well now, two kids");
	}

	@Test
	void shouldHearAThreatWithoutAPettyTriggerButNotTheWifiOrTheProfessor() {
		assertRisk("im yeeting myself off the bridge tonight", RiskTier.CRISIS);
		assertQuiet("if the printer jams one more time im throwing myself out the window",
				"se il prof mi interroga ancora mi butto dalla finestra giuro",
				"la vicina suona il piano da ore, se non la smette mi butto dal balcone");
	}

	@Test
	void shouldHearGivingAwayEverythingButNotOldGamesAfterAnUpgrade() {
		assertRisk("giving away all my stuff, wont need it where im going", RiskTier.URGENT);
		assertQuiet("giving away my old switch games to my nephew since i got a steam deck",
				"раздаю вещи сына, из которых он вырос, пишите");
	}

	@Test
	void shouldHearBarcodeCutsButNotABarcodeOnAParcel() {
		assertRisk("did barcode on my arm again tonight", RiskTier.CRISIS);
		assertRisk("сделала штрихкод на руке", RiskTier.CRISIS);
		assertRisk("stanotte ancora codice a barre sulle cosce, non riesco a smettere", RiskTier.CRISIS);
		assertQuiet("the barcode on the parcel wont scan at the post office",
				"штрихкод на упаковке не читается", "il codice a barre sulla confezione è rovinato");
	}

	@Test
	void shouldHearPlayingInTrafficButNotKidsPlayingNearTheRoad() {
		assertRisk("im gonna go play in traffic, not the meme", RiskTier.CRISIS);
		assertQuiet("the kids used to play in the street before the traffic got bad");
	}

	@Test
	void shouldHearUninstallingMyselfButNotUninstallingAnApp() {
		assertRisk("i just want to uninstall myself", RiskTier.CRISIS);
		assertRisk("voglio disinstallarmi, basta", RiskTier.CRISIS);
		assertQuiet("going to uninstall tiktok for a month", "devo disinstallare quel gioco, mi ruba ore");
	}

	@Test
	void shouldHearQuittingTheGameCalledLifeButNotQuittingAGame() {
		assertRisk("всё, ухожу из жизни", RiskTier.CRISIS);
		assertQuiet("выхожу из игры, завтра рано вставать", "ухожу из офиса пораньше");
	}

	@Test
	void shouldHearNoRespawnButNotRespawningInAGame() {
		assertRisk("chiudo tutto, niente respawn", RiskTier.CRISIS);
		assertQuiet("il respawn in questa mappa è lentissimo");
	}

	@Test
	void shouldHearAOneWayTicketToTheSkyButNotAOneWayTrainTicket() {
		assertRisk("domani prendo un biglietto di sola andata per lassù", RiskTier.CRISIS);
		assertQuiet("ho preso un biglietto di sola andata per milano, mi trasferisco");
	}

	@Test
	void shouldHearEternalSleepWantedButNotANap() {
		assertRisk("vorrei farmi un sonno eterno", RiskTier.CRISIS);
		assertQuiet("vorrei farmi un sonnellino prima di cena");
	}

	@Test
	void shouldHearAFlightFromTheBalconyButNotAFlightToRome() {
		assertRisk("penso di fare un volo dal terrazzo stanotte", RiskTier.CRISIS);
		assertQuiet("domani faccio un volo per roma, poi torno");
	}

	@Test
	void shouldHearALapseAfterACleanSpellInRussianButNotTheCleanTimeAlone() {
		assertRisk("полгода без порезов, но вчера опять порезалась", RiskTier.CRISIS);
		assertQuiet("уже полгода без порезов, горжусь собой");
	}

	@Test
	void shouldHearSelfHarmAbbreviatedInRussianButNotTheWordAlone() {
		assertRisk("сх снова, рукава спасают", RiskTier.CRISIS);
		assertQuiet("сх в нашем городе это сельское хозяйство");
	}

	@Test
	void shouldHearWishingToStopBeingHereButNotStoppingBeingLate() {
		assertRisk("keep wishing i could stop being here", RiskTier.CONCERN);
		assertQuiet("wish i could stop being late to everything");
	}

	@Test
	void shouldHearHopingForNoWakeUpButNotHopingForALieIn() {
		assertRisk("took my sleepers with gin hoping not to wake up", RiskTier.CONCERN);
		assertQuiet("hoping for a lie in tomorrow, no alarm");
	}

	@Test
	void shouldHearBetterIfIWasNotThereInRussianButNotAParty() {
		assertRisk("думаю, лучше бы меня вообще не было", RiskTier.CONCERN);
		assertQuiet("лучше бы я не пошла на эту вечеринку");
	}

	@Test
	void shouldHearBetterNotToExistInItalianButNotBetterNotToBeAtAMeeting() {
		assertRisk("ogni sera penso che sarebbe meglio non esistere", RiskTier.CONCERN);
		assertQuiet("sarebbe meglio non esserci alla riunione di domani", "sarebbe meglio non uscire con questa pioggia");
	}

	@Test
	void shouldHearPillsKeptBackInsteadOfTakenButNotPillsTakenAsPrescribed() {
		assertRisk("il medico me le ha date, non le prendo e le nascondo nel cassetto", RiskTier.CRISIS);
		assertQuiet("le prendo tutte le sere come mi ha detto il medico");
	}

	@Test
	void shouldHearADayPickedWhenAloneButNotAWeekendPickedForAParty() {
		assertRisk("chose the night when nobody is home", RiskTier.CRISIS);
		assertQuiet("picked the weekend for the party, everyone can come");
	}

	@Test
	void shouldHearKnowingWhereNowButNotKnowingTheWay() {
		assertRisk("went to look at the quarry again. i know where now", RiskTier.CONCERN);
		assertQuiet("i know where the new cafe is now, next to the station");
	}

	@Test
	void shouldHearWhoTakesThePetWhenGoneButNotWhoFeedsItOnHoliday() {
		assertRisk("made a note of who gets my dog and where the papers are", RiskTier.CONCERN);
		assertRisk("сказала маме, кто заберет кота", RiskTier.CONCERN);
		assertRisk("ho scritto chi deve prendere il mio gatto", RiskTier.CONCERN);
		assertQuiet("wrote down who gets the dog while we are on holiday",
				"договорились, кто заберет кота на время отпуска", "ho deciso chi tiene il gatto durante le vacanze");
	}

	@Test
	void shouldHearAPastThoughtThatIsBackInRussianButNotTheThoughtToldAsThen() {
		assertRisk("тогда я думала, что без меня будет легче, и сейчас снова так думаю", RiskTier.CONCERN);
		assertQuiet("тогда я думал, что всем без меня будет легче. сейчас понимаю, как ошибался");
	}

	@Test
	void shouldHearThoughtsOfEndingItNowButNotThoughtsGoneForLong() {
		assertRisk("voglio farla finita stasera", RiskTier.CRISIS);
		assertQuiet("i pensieri di farla finita sono spariti da mesi, finalmente");
	}

	@Test
	void shouldHearAHangingThreatButNotAMouseCord() {
		assertRisk("я повешусь сегодня ночью", RiskTier.CRISIS);
		assertQuiet("начальник опять прислал правки, повешусь на проводе от мышки",
				"прыгну с моста после очередного созвона с заказчиком 🙃");
	}

	@Test
	void shouldHearASafetyPlanInUseButNotTheSafetyPlanWritten() {
		assertQuiet("написали с психологом план безопасности: если раздаю вещи, звоню сестре");
	}

	@Test
	void shouldHearOldChatsStillTrueButNotOldChatsReread() {
		assertQuiet("перечитала старую переписку за 2019, там сплошное хочу исчезнуть. как хорошо что это прошло");
	}

}
