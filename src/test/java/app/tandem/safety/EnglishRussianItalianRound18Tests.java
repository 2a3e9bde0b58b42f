package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 18 for English, Russian and Italian, rules alone: the twenty-second development part showed the rules missing
 * slang, misspellings, places picked out, goodbyes and hopelessness with intent, and alarming on recovery told as over
 * and on a climbing rope. Round 18 hears ending it thought about in text-speak ("thinkin bout endin it al") or named
 * as a plan ("planning to end it after exams"), an accident wished for in slang ("if a truck cleaned me up ... i
 * wouldnt even mind"), not being here as what would make things not matter, a bridge or cliffs looked up again,
 * possessions given or sold with no need of them again, everything tried with no more waiting (in all three
 * languages), gamer slang ("респавна не будет", "выхожу из катки навсегда"), "выпиливаюсь" as a last word (typed in
 * Latin letters too), the night named with slips ("всьо закончу ... ночю"), "зачем жыть" and "лучше бы миня не было",
 * thanks and "это конец" / "è la fine", a note's "если ты это читаешь", a roof or a viaduct picked out ("теперь знаю
 * куда", "adesso so dove"), "nun voglio campà cchiù", "a mazzare", a pill holder emptied, and "kms" with "davvero
 * stavolta" in spite of a skull. It stays quiet on ending it thought about no more ("weeks without thinking about
 * ending it"), ending a relationship, "выпиливаюсь из чата", a project with no future, work finished tomorrow, a
 * climbing rope for the crag, a holder emptied as the doctor said, "è la fine del mondo", and waking up glad after
 * hoping not to wake ("i used to pray i wouldnt wake up", "prima speravo di non svegliarmi").
 */
class EnglishRussianItalianRound18Tests extends RulesAlone {

	@Test
	void shouldHearEndingItThoughtAboutInTextSpeakButNotWeeksWithoutThatThought() {
		assertRisk("been thinkin bout ending it all this week", RiskTier.CRISIS);
		assertRisk("cant stop thinking about ending everything", RiskTier.CRISIS);
		assertQuiet("three months without thinking about ending it, proud of myself");
	}

	@Test
	void shouldHearAPlanToEndItButNotARelationshipEnded() {
		assertRisk("i'm planning to end it once the kids are asleep", RiskTier.CRISIS);
		assertRisk("i intend to end it before my birthday", RiskTier.CRISIS);
		assertQuiet("thinking about ending it with my boyfriend, he never listens",
				"planning to end it with him after the holidays");
	}

	@Test
	void shouldHearAnAccidentWishedForInSlang() {
		assertRisk("if a bus took me out tomorrow honestly i wouldnt care", RiskTier.CONCERN);
		assertRisk("if some lorry wiped me out on the motorway i dont think id even mind", RiskTier.CONCERN);
	}

	@Test
	void shouldHearNotBeingHereAsWhatWouldMakeThingsEasier() {
		assertRisk("sometimes i think if i wasnt around all of this would be easier", RiskTier.CONCERN);
		assertRisk("if i just werent here none of it would matter", RiskTier.CONCERN);
	}

	@Test
	void shouldHearCliffsLookedUpAgainButNotABridgeLookedUpForARace() {
		assertRisk("googling the cliffs near my flat again", RiskTier.CRISIS);
		assertQuiet("googled the bridge opening times for the marathon");
	}

	@Test
	void shouldHearThingsGivenAwayWithNoNeedOfThemAgain() {
		assertRisk("sold my bike to a mate. wont need it", RiskTier.CONCERN);
		assertRisk("gave my records to my brother and my coat to sam. i wont be needing them", RiskTier.CONCERN);
	}

	@Test
	void shouldHearEverythingTriedAndNoMoreWaitingInThreeLanguages() {
		assertRisk("nothing works, ive tried everything. im done waiting", RiskTier.CRISIS);
		assertRisk("все перепробовала. больше не жду", RiskTier.CRISIS);
		assertRisk("ho provato tutto, non ho futuro. non aspetto più", RiskTier.CRISIS);
		assertQuiet("будущего у этого проекта нет");
	}

	@Test
	void shouldHearWakingUpGladAsRecoveryToldAsOver() {
		assertQuiet("i used to hope i wouldnt wake up. today i woke up grateful and made pancakes",
				"prima speravo di non svegliarmi. adesso mi sveglio serena e faccio colazione con calma",
				"pensavo che sarebbero stati meglio senza di me. la terapia mi ha aiutato, ora non lo penso più");
	}

	@Test
	void shouldHearGamerSlangForLeavingLife() {
		assertRisk("респавна больше не будет, ливаю из игры навсегда", RiskTier.CRISIS);
	}

	@Test
	void shouldHearVypilivayusAsALastWordButNotLeavingAChat() {
		assertRisk("ya vypilivayus, vsem spasibo", RiskTier.CRISIS);
		assertQuiet("выпиливаюсь из чата, всем пока");
	}

	@Test
	void shouldHearTheNightNamedButNotWorkFinishedTomorrow() {
		assertRisk("этой ночью всё закончу", RiskTier.CRISIS);
		assertQuiet("я всё решил, завтра всё закончу с обоями");
	}

	@Test
	void shouldHearNoReasonToLiveTypedWithSlips() {
		assertRisk("незнаю зачем жыть", RiskTier.CONCERN);
		assertRisk("лучше бы миня не было", RiskTier.CONCERN);
	}

	@Test
	void shouldHearThanksAndTheEndButNotThanksUntilTomorrow() {
		assertRisk("спасибо вам за всё. это конец", RiskTier.URGENT);
		assertRisk("grazie per tutto. è la fine", RiskTier.CONCERN);
		assertQuiet("спасибо за всё, до завтра", "ho perso il treno, è la fine del mondo");
	}

	@Test
	void shouldHearANotesWordsToWhoeverReadsIt() {
		assertRisk("если вы это читаете, простите меня", RiskTier.URGENT);
	}

	@Test
	void shouldHearAPlacePickedOut() {
		assertRisk("присмотрел мост за городом, теперь знаю откуда", RiskTier.CRISIS);
		assertRisk("sono passata sul ponte della ferrovia ieri sera. ora so quale", RiskTier.CRISIS);
	}

	@Test
	void shouldHearDialectAndSlipsInItalian() {
		assertRisk("non vojo campà cchiù", RiskTier.CONCERN);
		assertRisk("stanotte mi vado a mazzare", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAHolderEmptiedButNotOneTakenAsTheDoctorSaid() {
		assertRisk("ho ingoiato tutte quelle che c'erano nel flacone", RiskTier.URGENT);
		assertRisk("dopo cena ho preso tutte quelle che c'erano nella scatola", RiskTier.URGENT);
		assertQuiet("ho preso tutte quelle che c'erano nel blister come mi ha detto il medico");
	}

	@Test
	void shouldHearKmsForRealThisTimeInSpiteOfASkull() {
		assertRisk("kms giuro stavolta 💀", RiskTier.CRISIS);
	}

	@Test
	void shouldStayQuietOnAClimbingRope() {
		assertQuiet("domenica arrampicata in falesia, mi serve una corda nuova da 70 metri");
	}

}
