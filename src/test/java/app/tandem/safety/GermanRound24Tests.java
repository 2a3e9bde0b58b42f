package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 24 for German, rules alone: the twenty-eighth development part showed the rules missing a rope bought while
 * playing along with the cashier's guess ("na, Umzug?" – "ja klar"), pills kept back and now put ready in an envelope
 * for a set day, a letter left for one's daughter that it is not her fault, "diesmal steh ich nicht mehr auf", a cat
 * handed on "falls mal was is", a wish that someone rams one on the motorway, a car-park roof visited again to look
 * down, and a date set after one's mother's birthday so as not to spoil it. It also raised a false alarm, which it
 * now keeps quiet: after a night shift, not waking up today because one sleeps "im Koma bis Montag".
 * Round 24 keeps quiet, too, a rope for the washing line, pills brought back to the pharmacy, a letter from a school,
 * an early alarm, a cat minded during a stay in hospital, a colleague rammed in a game, a view from a roof and a
 * piece of news put off until after a birthday party.
 */
class GermanRound24Tests extends RulesAlone {

	@Test
	void shouldHearARopeWithACoverStoryButNotOneForTheWashingLine() {
		assertRisk("hab nen strick besorgt, die verkäuferin fragt ob fürs camping und ich nur jaja", RiskTier.CRISIS);
		assertQuiet("im baumarkt ein seil gekauft, für die wäscheleine im garten",
				"strick besorgt zum klettern am wochenende, endlich wieder bouldern");
	}

	@Test
	void shouldHearKeptBackPillsPutReadyButNotOnesBroughtBack() {
		assertRisk("die gesammelten pillen liegen jetzt griffbereit im nachttisch", RiskTier.CRISIS);
		assertQuiet("die gesammelten tabletten hab ich heute in der apotheke abgegeben, für sonntag war mir das zu riskant");
	}

	@Test
	void shouldHearALetterThatItIsNotHisFaultButNotALetterFromSchool() {
		assertRisk("ich hab meinem sohn einen brief geschrieben, dass es nicht seine schuld ist", RiskTier.CONCERN);
		assertQuiet("die schule hat uns einen brief geschrieben, dass der ausfall nicht unsere schuld ist");
	}

	@Test
	void shouldHearNotGettingUpThisTimeButNotAnEarlyAlarm() {
		assertRisk("mach jetzt die augen zu und diesmal wach ich nicht mehr auf", RiskTier.CRISIS);
		assertQuiet("diesmal steh ich nicht mehr um 5 auf, der wecker bleibt aus");
	}

	@Test
	void shouldHearAPetHandedOnInCaseButNotDuringAStayInHospital() {
		assertRisk("wenn mal was ist, soll mein hund bitte zu meiner schwester kommen", RiskTier.CONCERN);
		assertQuiet("falls mal was ist während ich in der klinik bin, kommt der hund zu meiner schwester");
	}

	@Test
	void shouldHearAWishToBeRammedButNotInAGame() {
		assertRisk("ich hoffe echt, dass mich morgen auf dem heimweg ein laster überfährt", RiskTier.CONCERN);
		assertQuiet("ich hoffe dass mich der kollege im spiel nicht wieder rammt, der fährt wie ein irrer");
	}

	@Test
	void shouldHearARoofRevisitedToLookDownButNotForTheView() {
		assertRisk("bin schon wieder auf die brücke und hab lange runtergeschaut", RiskTier.CRISIS);
		assertQuiet("waren wieder aufm hochhaus und haben runtergeschaut, die aussicht über die stadt ist der wahnsinn");
	}

	@Test
	void shouldHearADateSetAfterABirthdayButNotNewsPutOff() {
		assertRisk("Nach Papas Geburtstag, den will ich ihm nicht versauen.", RiskTier.CONCERN);
		assertQuiet("das mit der kündigung sag ich erst nach papas geburtstag, den will ich ihm nicht versauen");
	}

	@Test
	void shouldHearNeverWakingUpButNotSleepingUntilMonday() {
		assertRisk("ich will einfach nicht mehr aufwachen", RiskTier.CONCERN);
		assertQuiet("nach der nachtschicht wach ich heut nicht mehr auf, schlaf bis sonntag durch",
				"wenn ich nicht mehr aufwache liege ich halt im koma bis mittag");
	}
}
