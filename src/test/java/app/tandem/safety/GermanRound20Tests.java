package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 20 for German, rules alone: the twenty-fourth development part showed the rules missing a car or a lorry that
 * "mitnimmt" wished for with more words in between, being "einfach weg" for ever wished, a "richtiger" or "letzter"
 * Abgang, "bin raus" with a coffin, being done with everything and wanting only to die said with a skull, many
 * treatments counted and then "das wars für mich", the act told bare after a condition far in the sentence ("dann mach
 * ich's. der plan steht"), too much swallowed on purpose, a note to whoever reads it with the pets and keys seen to,
 * everyone called to hear their voices once more, a goodbye with "ihr wart immer gut zu mir", the day chosen for when
 * the partner is away, and a place looked at and left unnamed that "fühlt sich richtig an". Round 20 hears those
 * kinds and keeps quiet a lift somewhere, a holiday away, an exit from the stage, a game lost, a pet sitter's note, a
 * call to hear one voice, a goodbye before a journey and a plan for cleaning while the partner is away.
 */
class GermanRound20Tests extends RulesAlone {

	@Test
	void shouldHearBeingHitByALorryWishedButNotALift() {
		assertRisk("wenn mich heute nacht auf der bundesstraße ein laster mitnimmt, wär mir das ehrlich gesagt ganz recht",
				RiskTier.CONCERN);
		assertRisk("falls mich auf dem heimweg einer umnietet, wär mir das egal", RiskTier.CONCERN);
		assertQuiet("wenn mich morgen einer zur arbeit mitnimmt, wär mir das recht",
				"wenn mich jemand bis nach münchen mitnimmt, wäre das echt okay");
	}

	@Test
	void shouldHearBeingGoneForEverWishedButNotAFewDaysAway() {
		assertRisk("wäre schön, einfach nicht mehr da zu sein. für immer", RiskTier.CONCERN);
		assertRisk("wär besser, einfach weg zu sein für immer", RiskTier.CONCERN);
		assertQuiet("wär schön, mal ein paar tage weg zu sein", "wäre schön, einfach weg zu sein, irgendwo am meer");
	}

	@Test
	void shouldHearAFinalAbgangButNotAnExitFromTheStage() {
		assertRisk("ich mach den abgang, und zwar einen endgültigen", RiskTier.CRISIS);
		assertRisk("ich mach heut nacht meinen letzten abgang", RiskTier.URGENT);
		assertQuiet("der schauspieler hatte einen letzten abgang von der bühne");
	}

	@Test
	void shouldHearBeingOutWithACoffinButNotAGameLost() {
		assertRisk("ich bin weg. endgültig. ⚰️", RiskTier.CRISIS);
		assertRisk("ich bin durch ⚰️", RiskTier.CRISIS);
		assertQuiet("bin raus ⚰️ lol das spiel war so schlecht", "bin raus für heute, gute nacht");
	}

	@Test
	void shouldHearDoneWithEverythingAndWantingToDieEvenWithASkull() {
		assertRisk("bin echt fertig mit allem, will einfach nur noch sterben 💀", RiskTier.CRISIS);
		assertRisk("fertig mit der welt, ich will nur noch tot sein", RiskTier.CRISIS);
		assertQuiet("ich bin fertig mit allem für heute");
	}

	@Test
	void shouldHearTreatmentsCountedAndThenDoneButNotTreatmentsThatHelped() {
		assertRisk("drei kliniken, sieben medikamente, zwei therapeutinnen. das wars für mich", RiskTier.CRISIS);
		assertRisk("zig therapien und nichts hat sich geändert. ich hab fertig mit allem. das wars für mich",
				RiskTier.CRISIS);
		assertQuiet("drei therapien haben mir echt geholfen", "ich hab fertig mit dem aufsatz, das wars für heute");
	}

	@Test
	void shouldHearTheActToldBareAfterAFarConditionButNotAChoreDoneOneself() {
		assertRisk("falls die bewerbung wieder abgelehnt wird und alles umsonst war, dann mach ich es. der plan steht",
				RiskTier.CRISIS);
		assertRisk("wenn mein antrag wieder abgelehnt wird, dann mach ichs. der plan steht", RiskTier.CRISIS);
		assertQuiet("wenn der klempner wieder nichts macht, dann mach ich es selber",
				"wenn sich keiner meldet und nichts passiert, dann mach ich es",
				"wenn das referat wieder nix wird, dann mach ich es halt allein");
	}

	@Test
	void shouldHearTooMuchSwallowedOnPurposeButNotTooMuchSugar() {
		assertRisk("ich hab mit absicht alle meine tabletten auf einmal geschluckt", RiskTier.URGENT);
		assertRisk("hab bewusst zu viele von den schlaftabletten genommen", RiskTier.URGENT);
		assertQuiet("ich hab aus versehen zu viel zucker genommen");
	}

	@Test
	void shouldHearANoteToWhoeverFindsItButNotAPetSittersNote() {
		assertRisk("wer auch immer diesen brief findet: die katze braucht zweimal am tag futter", RiskTier.URGENT);
		assertRisk("an den, der das hier liest: das passwort für mein konto liegt in der schublade", RiskTier.URGENT);
		assertQuiet("an alle: die katze kriegt zweimal am tag futter, bin bis sonntag in berlin");
	}

	@Test
	void shouldHearEveryoneCalledToHearTheirVoicesOnceMoreButNotABirthdayInvitation() {
		assertRisk("hab gestern alle angerufen, die mir was bedeuten. wollte die stimmen ein letztes mal hören",
				RiskTier.CRISIS);
		assertQuiet("hab gestern alle angerufen, die mir wichtig sind, und zum geburtstag eingeladen",
				"ich ruf dich an, ich will deine stimme noch mal hören bevor ich schlafe");
	}

	@Test
	void shouldHearAGoodbyeWithThanksInThePastButNotBeforeAJourney() {
		assertRisk("wollte euch noch ein letztes mal tschüss sagen. ihr wart immer so lieb zu mir", RiskTier.CRISIS);
		assertQuiet("ich wollte noch mal tschüss sagen bevor ich nach kanada fliege",
				"danke euch, ihr wart immer so lieb zu mir");
	}

	@Test
	void shouldHearTheDayChosenForWhenThePartnerIsAwayButNotForPainting() {
		assertRisk("ich hab beschlossen, dass ich es am samstag durchziehe, wenn mein mann auf montage ist",
				RiskTier.CRISIS);
		assertQuiet(
				"ich hab beschlossen, dass ich es am samstag mache, wenn mein mann weg ist, dann hab ich zeit zum streichen");
	}

	@Test
	void shouldHearAPlaceLookedAtAndLeftUnnamedThatFeelsRightButNotANewSchool() {
		assertRisk("hab mir gestern ausgesucht wo. fühlt sich ruhig an", RiskTier.CRISIS);
		assertQuiet("hab mir die neue schule angeschaut. es fühlt sich gut an", "es fühlt sich richtig an");
	}

	@Test
	void shouldHearANoteToWhoeverFindsItWrittenShorter() {
		assertRisk("wer immer das findet: die blumen müssen gegossen werden, der schlüssel liegt unter der matte",
				RiskTier.URGENT);
		assertQuiet("wer das liest ist doof");
	}

	@Test
	void shouldHearTheVoicesOnceMoreAndAFinalAbflugInOtherWords() {
		assertRisk("hab allen angerufen die mir am herzen liegen. wollte ihre stimmen noch einmal hören", RiskTier.CRISIS);
		assertRisk("ich mach meinen letzten abflug, und zwar einen richtigen", RiskTier.CRISIS);
		assertQuiet("hab absichtlich mehr genommen, weil der kuchen so gut war");
	}

}
