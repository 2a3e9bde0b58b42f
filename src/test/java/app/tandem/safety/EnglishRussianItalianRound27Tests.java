package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 27 for English, Russian and Italian, rules alone: the thirty-first development part, its safe half weighted
 * to medication talk, everyday notes and grief, showed the rules missing not minding if something happened on the
 * road, children better off with a different mother, reading up which of one's own medicines would do it, the time
 * the house is empty worked out with the mind made up, doing it when the husband is away, knowing how one will go,
 * "going to roskomnadzor", wondering every night how to end it all, skin scratched till it bleeds (also typed in Latin
 * letters), drops kept in a drawer to end it, therapy and medicines of no use with the end known and near, and
 * visiting a grandparent "up there" tonight. It also raised false alarms, which it now keeps quiet: too many
 * painkillers for a bad back checked with a helpline, an old stash found and taken to the pharmacy, goodbyes said at a
 * leaving do, a friend lost to suicide, years counted since a last relapse, and a weekend away in the mountains.
 * Round 27 keeps quiet, too, the families around them: an extra dose taken by mistake and checked with a pharmacist,
 * medicines handed back, tapering with the prescriber, a child or a pet that found a pill, a farewell lunch, relatives
 * who died by suicide, and vanishing to the seaside for a few days.
 */
class EnglishRussianItalianRound27Tests extends RulesAlone {

	@Test
	void shouldHearTooManyPillsOnPurposeButNotAnExtraDoseCheckedWithAPharmacist() {
		assertRisk("took too many of my sleeping pills on purpose tonight", RiskTier.URGENT);
		assertQuiet("took an extra sertraline by mistake this morning, the pharmacist said it was nothing to worry about",
				"think i took too many co-codamol for my toothache, rang 111 and they said i was under the limit",
				"took a double dose of my meds by accident last night, rang 111 and they said i'd be fine");
	}

	@Test
	void shouldHearAWholeBoxSwallowedButNotADoubleDoseTakenBySlip() {
		assertRisk("ho preso tutte le pastiglie della scatola stanotte", RiskTier.URGENT);
		assertRisk("выпила всю пачку таблеток", RiskTier.URGENT);
		assertQuiet("ho preso per sbaglio una doppia dose, il farmacista ha detto che non succede niente",
				"случайно выпила двойную дозу, позвонила в аптеку, сказали ничего страшного");
	}

	@Test
	void shouldHearAStashKeptButNotAnOldOneHandedIn() {
		assertRisk("i've been keeping a stash of my pills in a shoebox", RiskTier.CRISIS);
		assertQuiet("came across an old stash of tablets in the bathroom cupboard, dropped them off at the chemist",
				"gave my leftover painkillers back to the pharmacy");
	}

	@Test
	void shouldHearPillsKeptForTheEndButNotAPillFoundByAChildOrAPet() {
		assertRisk("i'm saving my pills for when i'm ready", RiskTier.CRISIS);
		assertQuiet("my toddler found one of my tablets on the rug, poison control said she'll be fine",
				"the dog swallowed one of my tablets, the vet said he'll be ok",
				"mio figlio ha trovato una pastiglia sul tappeto, il centro antiveleni dice che non è grave",
				"ребёнок нашёл таблетку на ковре, в токсикологии сказали, что всё в порядке");
	}

	@Test
	void shouldHearMedicinesOfNoUseWithTheEndNearButNotTaperingWithThePrescriber() {
		assertRisk("le pillole non servono, lo psicologo non serve. so come andrà a finire e manca poco",
				RiskTier.CRISIS);
		assertQuiet("tapering my sertraline with my gp, half a tablet now", "sto scalando la paroxetina con lo psichiatra",
				"снижаю дозу вместе с психиатром, по полтаблетки",
				"la dieta non serve, la palestra non serve. manca poco alle vacanze");
	}

	@Test
	void shouldHearGoodbyesToTheOnesWhoMatterButNotAtALeavingDo() {
		assertRisk("i've said my goodbyes to the ones who matter", RiskTier.CONCERN);
		assertQuiet("leaving do at the office tonight, said my goodbyes and got a bit teary",
				"it's my farewell lunch tomorrow, the team booked a table",
				"festa d'addio in ufficio, ho salutato tutti, un po' commossa",
				"на работе устроили проводы, попрощалась со всеми, немного грустно");
	}

	@Test
	void shouldHearSuicidalThoughtsButNotARelativeLostToSuicide() {
		assertRisk("been having suicidal thoughts again since the funeral", RiskTier.CRISIS);
		assertQuiet("we lost my uncle to suicide in the spring, the support group helps",
				"my cousin died by suicide years ago and we still light a candle for him",
				"ho perso un amico per suicidio l'anno scorso, il gruppo di sostegno mi aiuta",
				"друг покончил с собой год назад, хожу в группу поддержки");
	}

	@Test
	void shouldHearARelapseLastNightButNotYearsCountedSinceTheLastOne() {
		assertRisk("relapsed into cutting again last night", RiskTier.CRISIS);
		assertQuiet("two years since my last relapse into cutting, treated myself to a new tattoo");
	}

	@Test
	void shouldHearNotMindingIfSomethingHappenedButNotAFavourAskedBeforeAHike() {
		assertRisk("if anything happened to me on the drive home i really wouldn't mind", RiskTier.CONCERN);
		assertQuiet("if anything happens to me on the hike, would you mind calling my sister");
	}

	@Test
	void shouldHearAParentWhoIsNotMeButNotSomeoneElseAskedToHelp() {
		assertRisk("my son deserves a better dad. one who isn't me", RiskTier.CONCERN);
		assertRisk("i bambini starebbero meglio senza un padre come me", RiskTier.CONCERN);
		assertQuiet("ask someone who isn't me", "the quiz needs a host. someone who isn't me",
				"i bambini starebbero meglio senza il traffico del centro");
	}

	@Test
	void shouldHearWhichTabletsWouldDoItButNotWhichWouldInteract() {
		assertRisk("looked up which of my tablets would do the job", RiskTier.CRISIS);
		assertQuiet("looked up which of my tablets would interact with grapefruit");
	}

	@Test
	void shouldHearAnEmptyFlatWithTheMindMadeUpButNotForThePainters() {
		assertRisk("figured out when the flat will be empty. my mind is made up", RiskTier.CRISIS);
		assertQuiet("figured out when the flat will be empty so the painters can come in. not changing my mind about the colour");
	}

	@Test
	void shouldHearDoingItWhenEveryoneSleepsButNotASurprise() {
		assertRisk("решил, сделаю это ночью, когда все уснут", RiskTier.CRISIS);
		assertQuiet("решила, сделаю это в субботу, когда муж уедет, устрою ему сюрприз");
	}

	@Test
	void shouldHearKnowingHowIWillDieButNotHowILeaveWork() {
		assertRisk("я уже знаю, как умру", RiskTier.CRISIS);
		assertQuiet("я знаю, как уйду с работы пораньше");
	}

	@Test
	void shouldHearGoingToRoskomnadzorButNotWithAComplaint() {
		assertRisk("пора в роскомнадзор, серьёзно", RiskTier.CRISIS);
		assertQuiet("иду в роскомнадзор с жалобой на сайт");
	}

	@Test
	void shouldHearWonderingHowToEndItAllButNotBeforeTheHoliday() {
		assertRisk("каждую ночь думаю, как бы всё прекратить, и почти решилась", RiskTier.CRISIS);
		assertQuiet("думаю, как бы всё закончить до отпуска");
	}

	@Test
	void shouldHearSkinScratchedTillItBleedsButNotAMosquitoBite() {
		assertRisk("opyat raschesala nogi do krovi special'no", RiskTier.CRISIS);
		assertRisk("mi sto grattando le braccia fino al sangue apposta", RiskTier.CRISIS);
		assertQuiet("вчера расчесала комариный укус, чешется",
				"mi sto grattando le gambe fino a farle sanguinare per le punture di zanzara");
	}

	@Test
	void shouldHearPillsKeptToEndItButNotReceiptsKeptToEndAQuarrel() {
		assertRisk("le pastiglie le conservo nell'armadio per farla finita", RiskTier.CRISIS);
		assertQuiet("conservo le ricevute nel cassetto per farla finita con questa storia del rimborso");
	}

	@Test
	void shouldHearWantingToVanishButNotToTheLakeForAFewDays() {
		assertRisk("voglio solo sparire", RiskTier.CONCERN);
		assertQuiet("vorrei sparire al lago per qualche giorno, senza social");
	}

	@Test
	void shouldHearJoiningGrandmaUpThereTonightButNotAVisitToTheMountains() {
		assertRisk("voglio andare a trovare la nonna lassù, stasera", RiskTier.CRISIS);
		assertQuiet("voglio andare a trovare la nonna lassù in montagna domenica");
	}

}
