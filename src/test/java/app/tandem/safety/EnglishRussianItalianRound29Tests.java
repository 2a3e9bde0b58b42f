package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 29 for English, Russian and Italian, rules alone: the thirty-third development part, with long daily check-in
 * notes in both halves, showed the rules missing a risk sentence buried in such a note (thinking how one would do it,
 * no longer caring whether one wakes up, a gun taken out of the safe of an evening to sit with, a day picked on which
 * to end it all, pills taken on purpose "more than allowed", greeting people as if for the last time), a wish to fall
 * ill and die quietly, things made easier for the children if one vanished, being sorry to have woken up, a cutting
 * habit done again on the thighs, skin torn off the arms, a mother's pills swallowed, all of them, a father's love
 * sent on through a stranger, and hopelessness joined to a wish not to stay long, to wait for the right moment or to
 * get out of the way. It also raised false alarms, which it now keeps quiet: a string of fairy lights found on moving
 * day, too many painkillers taken without realising a cold remedy held the same drug, the idiom of enough rope to
 * hang oneself with, a winter remembered in which one thought only of death, a parent who "wanted to kill" a teacher
 * over a mark, a sunburnt back, a knee grazed on an artificial pitch and scars of self-harm given up years ago.
 * Round 29 keeps quiet, too, a cut while cooking, a long day that is "killing me", being "done with" a chore, a
 * rifle cleaned, a date picked for a party and a chat one will not write in again for a plain reason.
 */
class EnglishRussianItalianRound29Tests extends RulesAlone {

	@Test
	void shouldHearThinkingHowIdDoItButNotHowIdDoItDifferently() {
		assertRisk("Worked a double. I keep thinking about how I'd do it and when.", RiskTier.CRISIS);
		assertQuiet("Boss gave the project to Tom, I keep thinking about how I'd do it differently",
				"the new recipe is killing me, been thinking about how to do it without an oven");
	}

	@Test
	void shouldHearNotCaringWhetherIWakeButNotAboutWakingEarly() {
		assertRisk("School run, laundry, tea. Honestly I've stopped caring if I wake up at all.", RiskTier.CONCERN);
		assertQuiet("On holiday now, I've stopped caring whether I wake up early or not, bliss",
				"long day, dead tired, this week is killing me but I'm done with the ironing at least");
	}

	@Test
	void shouldHearARopeAboutToBeUsedButNotFairyLightsOrTheIdiom() {
		assertRisk("finally bought the rope, it is in the boot of my car", RiskTier.CRISIS);
		assertQuiet("unpacked the last box and got the rope lights up over the bed, cosy",
				"my boss is giving me enough rope to hang myself with on this launch, fine by me");
	}

	@Test
	void shouldHearTooManyPillsOnPurposeButNotWithoutRealising() {
		assertRisk("I took too many sleeping pills on purpose last night", RiskTier.URGENT);
		assertQuiet("took too many paracetamol for my back without realising the flu sachets had it too, GP says I'm fine");
	}

	@Test
	void shouldHearNothingGettingBetterWithADecisionButNotATiredChore() {
		assertRisk("nothing's ever getting better and I'm finished. I've decided", RiskTier.CRISIS);
		assertQuiet("cut my thumb chopping onions, plaster on, dinner still turned out fine",
				"can't go on like this with the noisy neighbours, I've decided to move");
	}

	@Test
	void shouldHearPillsTakenOnPurposeButNotByMistakeInRussian() {
		assertRisk("вчера нарочно выпила таблеток больше, чем можно, весь день тошнит", RiskTier.URGENT);
		assertQuiet("вчера по ошибке выпила больше, чем надо, позвонила врачу, сказал ничего страшного");
	}

	@Test
	void shouldHearAGunTakenOutToSitWithButNotToCleanIt() {
		assertRisk("каждый вечер достаю ружьё и сижу с ним на кухне", RiskTier.CRISIS);
		assertQuiet("перед охотой достал ружьё из сейфа, почистил и смазал");
	}

	@Test
	void shouldHearADayPickedToEndItButNotForAParty() {
		assertRisk("уже выбираю день, когда всё закончить", RiskTier.CRISIS);
		assertQuiet("выбираем день, когда всем удобно собраться на дачу", "порезала палец, когда резала лук, ерунда");
	}

	@Test
	void shouldHearAWishToFallIllAndDieButNotToDieLaughing() {
		assertRisk("вот бы попасть под машину и просто умереть", RiskTier.CONCERN);
		assertQuiet("вот бы в отпуск поскорее, эта неделя меня убивает");
	}

	@Test
	void shouldHearALoveSentOnButNotANoteForTheTeacher() {
		assertRisk("передайте дочке, что мама её очень любила", RiskTier.CONCERN);
		assertQuiet("передайте учительнице, что мама заберёт дочку в пять");
	}

	@Test
	void shouldHearNotStayingLongWhenBeyondHelpButNotAtAParty() {
		assertRisk("мне уже не помочь. я не собираюсь здесь задерживаться", RiskTier.CRISIS);
		assertQuiet("я не собираюсь здесь задерживаться, после ужина поеду домой");
	}

	@Test
	void shouldHearAThoughtOfVanishingForTheChildrenButNotFromAMeeting() {
		assertRisk("per tutti sarebbe più semplice se io sparissi", RiskTier.CONCERN);
		assertQuiet("sarebbe più semplice se io sparissi dalla riunione dopo pranzo");
	}

	@Test
	void shouldHearSorryToHaveWokenButNotForWakingLate() {
		assertRisk("mi dispiace di essermi svegliato anche oggi", RiskTier.CONCERN);
		assertQuiet("mi dispiace di essermi svegliata tardi, arrivo alle dieci");
	}

	@Test
	void shouldHearCuttingOnTheThighsButNotASunburnOrAGrazedKnee() {
		assertRisk("ieri ho rifatto quella cosa sulle braccia", RiskTier.CRISIS);
		assertQuiet("mi sono bruciato tutto il naso al sole in montagna",
				"mi sono tagliata il dito tagliando il pane, niente di grave",
				"non mi faccio del male da tre anni e oggi l'ho raccontato alla psicologa");
	}

	@Test
	void shouldHearPillsSwallowedAllOfThemButNotAsPrescribed() {
		assertRisk("ho mandato giù le pastiglie della nonna, tutte", RiskTier.URGENT);
		assertQuiet("ho preso le pastiglie come sempre, tutte le mattine alle otto");
	}

	@Test
	void shouldHearWaitingForTheRightMomentWhenHopelessButNotToAskSomeoneOut() {
		assertRisk("ho smesso di sperare. sto solo aspettando il momento giusto", RiskTier.CRISIS);
		assertQuiet("sto aspettando il momento giusto per chiederle di uscire", "questo caldo mi sta uccidendo, giornata infinita");
	}

	@Test
	void shouldHearGettingOutOfTheWayWhenUselessButNotInTheKitchen() {
		assertRisk("giuro che mi tolgo di mezzo, non servo a nulla", RiskTier.CRISIS);
		assertQuiet("mi tolgo di mezzo così finite di cucinare");
	}

	@Test
	void shouldHearSomeoneWhoWantedToKillMeAsQuietButMyOwnWishAsRisk() {
		assertRisk("volevo uccidermi ieri sera", RiskTier.CRISIS);
		assertQuiet("il mio capo voleva uccidermi per il ritardo, ho riso");
	}
}
