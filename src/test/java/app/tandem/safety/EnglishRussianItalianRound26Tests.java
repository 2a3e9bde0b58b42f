package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 26 for English, Russian and Italian, rules alone: the thirtieth development part showed the rules missing
 * what was left in a box swallowed, an illness hoped to come and take one, nobody having to put up with one any
 * more, nothing left to stay for, a heart wished to stop, things given away and "I'm ready", everything bought and
 * only waiting for a room-mate to leave, no way out seen, not wanting to and not going to go on, nobody noticing if
 * one disappeared, an accident that would not be minded, stopping existing, a sleep one does not wake from, not
 * being there by the end of the month after failing at everything, not leaving a mess and then doing it this week,
 * and a censored word for suicide. It also raised false alarms, which it now keeps quiet: one tablet too many for a
 * toothache, a tablet popped from its blister, the year of the last self-harm, a stash one used to keep, pills
 * handed to the doctor, thoughts had in the army, a diary written at fifteen, a football team one cannot bear to
 * watch, a dose tapered slowly, "addio mondo crudele" in the heat and a cousin who used to talk of ending it.
 * Round 26 keeps quiet, too, a racing heart, moving out, a birthday present, a party left, a shopping list, a move
 * to a new flat, a metro exit, a cat that goes missing, a new car, a holiday at the end of the month, a transfer
 * to another shop and an early alarm.
 */
class EnglishRussianItalianRound26Tests extends RulesAlone {

	@Test
	void shouldHearWhatWasLeftSwallowedButNotOneTooManyForAToothache() {
		assertRisk("necked whatever was left of the strip after dinner, feeling really drowsy", RiskTier.URGENT);
		assertQuiet("took one too many painkillers for my tooth by accident, the pharmacist says it's fine",
				"popped the blister pack and the capsule rolled under the sink");
	}

	@Test
	void shouldHearAHeartWishedToStopButNotARacingOne() {
		assertRisk("some nights i just wish my heart would give out", RiskTier.CONCERN);
		assertRisk("вот бы сердце ночью остановилось", RiskTier.CONCERN);
		assertRisk("magari mi si fermasse il cuore stanotte", RiskTier.CONCERN);
		assertQuiet("i wish my heart would stop racing before exams", "spero che il cuore si calmi prima della visita");
	}

	@Test
	void shouldHearNobodyHavingToPutUpWithMeButNotMovingOut() {
		assertRisk("nobody will have to deal with me anymore", RiskTier.CONCERN);
		assertQuiet("when i move into my own flat nobody will have to put up with me anymore haha");
	}

	@Test
	void shouldHearAnIllnessHopedToTakeMeButNotABirthdayPresent() {
		assertRisk("i keep hoping i catch something and it just kills me", RiskTier.CONCERN);
		assertQuiet("hoping i get something nice for my birthday and it takes me ages to unwrap");
	}

	@Test
	void shouldHearNothingLeftToLiveForButNotAFriendsWordsOrAParty() {
		assertRisk("honestly there is nothing left to live for", RiskTier.CONCERN);
		assertRisk("non ho più niente per cui vivere", RiskTier.CONCERN);
		assertQuiet("my friend said he's got nothing left to live for, so i stayed over at his",
				"there's nothing left to stay for at the party so we went home",
				"non c'è niente per cui valga la pena uscire stasera");
	}

	@Test
	void shouldHearSelfHarmLastNightButNotTheYearItLastHappened() {
		assertRisk("i self harmed again last night", RiskTier.CRISIS);
		assertQuiet("the last time i self harmed was 2019 and i'm proud of that");
	}

	@Test
	void shouldHearPillsStashedButNotAStashOneUsedToKeep() {
		assertRisk("i'm stashing my pills in a shoebox", RiskTier.CRISIS);
		assertQuiet("i used to keep a stash of tablets under my bed");
	}

	@Test
	void shouldHearAGoodbyeInTaRaButNotUntilMonday() {
		assertRisk("ta ra everyone, this is it", RiskTier.CONCERN);
		assertQuiet("ta ra everyone, see you monday");
	}

	@Test
	void shouldHearEverythingBoughtAndWaitingButNotGuestsArriving() {
		assertRisk("всё уже купил. жду только пока жена уедет к маме", RiskTier.CRISIS);
		assertQuiet("всё уже купила к празднику, жду когда гости приедут");
	}

	@Test
	void shouldHearThingsGivenAwayAndReadyButNotAMove() {
		assertRisk("раздала все свои вещи подругам. я готова", RiskTier.CRISIS);
		assertQuiet("раздала все свои вещи перед переездом, теперь я готова к новой жизни");
	}

	@Test
	void shouldHearNoWayOutSeenButNotAMetroExit() {
		assertRisk("выхода больше не вижу", RiskTier.CONCERN);
		assertQuiet("выход из метро не вижу, подскажите");
	}

	@Test
	void shouldHearThoughtsOfSuicideNowButNotInChildhood() {
		assertRisk("у меня снова мысли о самоубийстве", RiskTier.CRISIS);
		assertQuiet("в детстве были мысли о самоубийстве, давно прошло");
	}

	@Test
	void shouldHearPillsSavedButNotHandedToTheDoctor() {
		assertRisk("коплю таблетки в ящике стола", RiskTier.CRISIS);
		assertQuiet("собрала все старые таблетки и отдала врачу");
	}

	@Test
	void shouldHearNotWantingToLiveButNotADiaryAtFourteen() {
		assertRisk("я не хочу жить", RiskTier.CONCERN);
		assertQuiet("лет в 14 писал в тетради, что не хочу жить, смешно вспоминать");
	}

	@Test
	void shouldHearNobodyNoticingIfIDisappearedButNotACat() {
		assertRisk("se sparissi domani nessuno se ne accorgerebbe", RiskTier.CONCERN);
		assertQuiet("se sparisce il gatto nessuno se ne accorge");
	}

	@Test
	void shouldHearASleepWithoutWakingButNotADeepOne() {
		assertRisk("voglio un sonno da cui non mi sveglio più", RiskTier.CRISIS);
		assertQuiet("ho fatto un sonno così profondo che non mi svegliava nemmeno la sveglia");
	}

	@Test
	void shouldHearAnAccidentNotMindedButNotANewCar() {
		assertRisk("se mi capitasse un incidente in autostrada non mi dispiacerebbe", RiskTier.CONCERN);
		assertQuiet("se mi capitasse un incidente in autostrada mi dispiacerebbe per la macchina nuova");
	}

	@Test
	void shouldHearNotCopingButNotWatchingATeamLose() {
		assertRisk("non ce la faccio più", RiskTier.CONCERN);
		assertQuiet("non ce la faccio più a vederli perdere così");
	}

	@Test
	void shouldHearADayChosenButNotADoseTaperedSlowly() {
		assertRisk("ho già scelto il giorno per farla finita", RiskTier.CRISIS);
		assertQuiet("abbiamo deciso di ridurre piano il dosaggio del farmaco");
	}

	@Test
	void shouldHearAGoodbyeToTheWorldButNotTheCruelWorldJoke() {
		assertRisk("addio mondo, per sempre", RiskTier.URGENT);
		assertQuiet("addio mondo crudele, domani ho l'esame di diritto");
	}

	@Test
	void shouldHearEndingItButNotAnAuntsOldTalk() {
		assertRisk("voglio farla finita", RiskTier.CRISIS);
		assertQuiet("mia zia parlava di farla finita anni fa, ora sta bene");
	}

	@Test
	void shouldHearNotBeingThereForAnyoneButNotATransfer() {
		assertRisk("da domani non ci sarò più per nessuno", RiskTier.CONCERN);
		assertQuiet("da lunedì non ci sarò più in negozio, mi hanno trasferita");
	}

	@Test
	void shouldHearFailureAndTheEndOfTheMonthButNotAHoliday() {
		assertRisk("ho fallito in tutto. a fine mese non ci sarò", RiskTier.CRISIS);
		assertQuiet("a fine mese non ci sarò, vado in ferie in Puglia");
	}

	@Test
	void shouldHearACensoredWordForSuicideButNotABirthday() {
		assertRisk("penso al s*icidio tutto il giorno ormai", RiskTier.CRISIS);
		assertQuiet("penso al suo compleanno tutto il giorno ormai");
	}

	@Test
	void shouldHearNotWantingToWakeButNotAnEarlyAlarm() {
		assertRisk("volevo non svegliarmi più", RiskTier.CONCERN);
		assertQuiet("volevo non svegliarmi presto domenica");
	}

}
