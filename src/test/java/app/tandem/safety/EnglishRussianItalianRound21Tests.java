package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 21 for English, Russian and Italian, rules alone: the twenty-fifth development part showed the rules missing
 * a bus hoped to swerve into me, God asked not to let me wake ("dico al Signore di portarmi via"), the how settled and
 * only the when left, an empty house or flat named as the time ("квартира будет пустая, тогда и сделаю"), an
 * appointment cancelled and things told as no longer needed ("tanto non mi servono più"), a pet asked to be taken "not
 * for the weekend, for good", a friend thanked in the past tense, a date fixed by an exam, debts closed and the note
 * written, more pills than prescribed, passwords left with a letter for mum, no use in trying with the mind made up
 * ("толку ноль… я для себя всё решил"), the safety plan no longer needed and a decision that brings calm, the exit
 * from "the chat of life", living till a season and no further, "schastlivee" typed in Latin letters, the Italian
 * "sh" for self-harm and "non ci sarò più" after a season; and alarming on "лучше повеситься, чем…" and "preferisco
 * spararmi che…" said of an everyday chore, on pills hoarded in the past and now kept by the husband, and on an urge
 * to self-harm that was resisted. Round 21 hears those and stays quiet on hoping a driver does not swerve into me,
 * waking late, a surprise party worked out, an empty house for a party, physio cancelled because the knee is fine, a
 * pet minded for the weekend, grief for a grandfather, a trip decided after the exams, a flat emptied for repairs, a
 * letter to the bank, pills mixed up by mistake or more prescribed by the doctor, a wifi password for the babysitter, a broken laptop,
 * a safety plan the psychologist says is no longer needed, a decision about work, a school group chat left, a summer
 * at the dacha, happier in a new job, a fever the Lord is asked to take away, a recipe decided, a guitar given away
 * because the piano took its place, a hush, not being at the office on Fridays, hyperbole about a party or an exam,
 * pills now handed out by mum and an urge to cut answered by a run.
 */
class EnglishRussianItalianRound21Tests extends RulesAlone {

	@Test
	void shouldHearAVehicleHopedToSwerveIntoMeButNotOneHopedToMissMe() {
		assertRisk("some mornings i catch myself hoping the lorry will veer into me at the crossing", RiskTier.CONCERN);
		assertQuiet("on my bike i always hope the bus driver doesnt swerve into me");
	}

	@Test
	void shouldHearGodAskedNotToLetMeWakeButNotToWakeLate() {
		assertRisk("i keep begging god not to let me wake up tomorrow", RiskTier.CONCERN);
		assertRisk("chiedo ogni notte al Signore di portarmi via", RiskTier.CONCERN);
		assertQuiet("i asked god not to let me wake up late for the interview",
				"chiedo al Signore di portarmi via questa febbre");
	}

	@Test
	void shouldHearTheHowSettledAndTheWhenLeftButNotAPartyPlanned() {
		assertRisk("i've worked out the how already. just the when is left", RiskTier.CRISIS);
		assertQuiet("we worked out the how for the surprise party, now to pick a date");
	}

	@Test
	void shouldHearAnEmptyHouseNamedAsTheTimeButNotAPartyNight() {
		assertRisk("mum is on nights all week and the flat will be empty, so thats when", RiskTier.CRISIS);
		assertRisk("в пятницу соседи уедут, квартира будет пустая, тогда и сделаю", RiskTier.CRISIS);
		assertQuiet("the house will be empty on saturday, thats when we are having the party",
				"родители уедут на дачу, квартира будет пустая, тогда и сделаю ремонт в ванной");
	}

	@Test
	void shouldHearAnAppointmentCancelledAsNotNeededButNotBecauseTheKneeIsFine() {
		assertRisk("cancelled my physio for next week, wont need it", RiskTier.CONCERN);
		assertQuiet("cancelled my physio for next week because my knee is fine now");
	}

	@Test
	void shouldHearAPetAskedToBeTakenForGoodButNotForTheWeekend() {
		assertRisk("could you take Pepper for me, for good? her lead is on the hook", RiskTier.CONCERN);
		assertRisk("сможешь взять Барсика? не на неделю, насовсем", RiskTier.CONCERN);
		assertRisk("puoi prendere tu Fufi? non per qualche giorno, per sempre.", RiskTier.CONCERN);
		assertQuiet("could you take Pepper for me for the weekend? we're off to the coast",
				"сможешь взять Барсика на неделю? я в отпуск");
	}

	@Test
	void shouldHearAFriendThankedInThePastButNotInGrief() {
		assertRisk("you were honestly the best mate i ever had", RiskTier.CONCERN);
		assertQuiet("grandad, you were the best friend i ever had, rest in peace");
	}

	@Test
	void shouldHearADateFixedByAnExamButNotATripAfterIt() {
		assertRisk("решила, что после сессии.", RiskTier.CONCERN);
		assertQuiet("решила, что после сессии поеду к бабушке");
	}

	@Test
	void shouldHearDebtsClosedAndTheNoteWrittenButNotALetterToTheBank() {
		assertRisk("вернула все долги, закрыла кредит, письмо уже написала", RiskTier.CRISIS);
		assertQuiet("погасила долг за интернет и написала письмо в банк, чтобы закрыли счёт");
	}

	@Test
	void shouldHearMorePillsThanPrescribedButNotByMistakeOrByTheDoctor() {
		assertRisk("только что нарочно выпил намного больше таблеток, чем прописал врач", RiskTier.URGENT);
		assertRisk("ho preso apposta molte più pastiglie di quelle prescritte", RiskTier.URGENT);
		assertQuiet("выпила больше таблеток, чем надо, перепутала утренние и вечерние",
				"il medico mi ha prescritto più pastiglie di quelle che prendevo prima");
	}

	@Test
	void shouldHearPasswordsLeftWithALetterButNotAWifiPasswordForTheBabysitter() {
		assertRisk("le password del conto e una lettera per papà sono nella scatola blu", RiskTier.CONCERN);
		assertRisk("оставила пароли от почты и письмо для сестры на полке", RiskTier.CONCERN);
		assertQuiet("ho scritto la password del wifi su un biglietto per la babysitter",
				"написала пароль от вайфая на записке для няни");
	}

	@Test
	void shouldHearNoUseInTryingWithTheMindMadeUpButNotABrokenLaptop() {
		assertRisk("пять лет таблеток, толку никакого. больше не буду бороться", RiskTier.CRISIS);
		assertQuiet("чинил ноутбук весь вечер, толку ноль");
	}

	@Test
	void shouldHearTheSafetyPlanNotNeededButNotWhenThePsychologistSaysSo() {
		assertRisk("план безопасности мне уже не нужен", RiskTier.CONCERN);
		assertRisk("il piano di sicurezza non mi servirà più", RiskTier.CONCERN);
		assertQuiet("психолог сказала, что план безопасности мне больше не нужен, мне лучше",
				"il piano di sicurezza non mi serve più in tasca, l'ho imparato a memoria");
	}

	@Test
	void shouldHearADecisionThatBringsPeaceButNotADecisionAboutWork() {
		assertRisk("ho preso la mia decisione e mi sento in pace", RiskTier.CONCERN);
		assertQuiet("ho preso la mia decisione sul lavoro e sono in pace");
	}

	@Test
	void shouldHearTheExitFromTheChatOfLifeButNotFromAGroupChat() {
		assertRisk("всё, выхожу из чата жизни", RiskTier.CRISIS);
		assertQuiet("выхожу из чата класса, там одна реклама");
	}

	@Test
	void shouldHearLivingTillASeasonAndNoFurtherButNotASummerAtTheDacha() {
		assertRisk("до весны дотяну, а потом не хочу", RiskTier.CONCERN);
		assertQuiet("до весны доживу на даче, а дальше посмотрим");
	}

	@Test
	void shouldHearLatinTypedHappierWithoutMeButNotHappierInANewJob() {
		assertRisk("bez menya vsem budet schastlivee", RiskTier.CONCERN);
		assertQuiet("s novoj rabotoj ya stal schastlivee");
	}

	@Test
	void shouldHearSomethingHappeningToMeAsNoLossButNotAPetProvidedForATrip() {
		assertRisk("se mi capitasse qualcosa in autostrada non mi dispiacerebbe", RiskTier.CONCERN);
		assertQuiet("se mi succedesse qualcosa in viaggio, il cane va da mia sorella");
	}

	@Test
	void shouldHearTheHowDecidedAndNoMoreUseForThingsButNotARecipeOrAGuitarReplaced() {
		assertRisk("ho già deciso come farlo", RiskTier.CRISIS);
		assertRisk("ho regalato la chitarra a mio cugino. non mi servirà più", RiskTier.CONCERN);
		assertQuiet("ho già deciso come farlo, il tiramisù, con le fragole",
				"ho regalato la chitarra a mio cugino perché non mi serve più da quando suono il piano");
	}

	@Test
	void shouldHearShAgainAndNotBeingHereAfterASeasonButNotAHushOrTheOffice() {
		assertRisk("fatto sh di nuovo, stanotte", RiskTier.CRISIS);
		assertRisk("ho deciso che dopo natale non ci sarò più", RiskTier.CONCERN);
		assertQuiet("sh, di nuovo il vicino con il trapano", "ho deciso che dopo natale non ci sarò più in ufficio il venerdì");
	}

	@Test
	void shouldHearBetterDeadThanLivingButNotHyperboleAboutAPartyOrAnExam() {
		assertRisk("лучше повеситься, чем так жить", RiskTier.CRISIS);
		assertRisk("preferisco spararmi che continuare così", RiskTier.CRISIS);
		assertQuiet("лучше застрелиться, чем ещё раз идти на этот корпоратив", "preferirei impiccarmi che rifare la maturità");
	}

	@Test
	void shouldHearMeansKeptAgainAndAnUrgeActedOnButNotWhenToldAsPastOrResisted() {
		assertRisk("раньше копила таблетки, а теперь опять коплю", RiskTier.CRISIS);
		assertRisk("avevo voglia di farmi del male e invece mi sono tagliata di nuovo", RiskTier.CRISIS);
		assertQuiet("раньше прятала таблетки, теперь их выдаёт мама по одной",
				"ieri sera avevo voglia di tagliarmi ma invece sono uscita a correre");
	}

}
