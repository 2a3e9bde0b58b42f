package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 29 for German, rules alone: the thirty-third development part, with long daily check-in notes in both halves,
 * showed the rules missing a wish not to have survived an accident, indifference to "something happening" while
 * driving, the act timed after a family celebration so as not to spoil it, a search for where to get a rope, a packet
 * from the bathroom taken with the head swimming, sleeping pills taken too many on purpose, a bare goodbye with an
 * apology, "ich mach mich heut nacht weg", hopelessness told together with a decision made ("ich weiß, was ich tun
 * werd", "einen Entschluss gefasst", "mit allem abgeschlossen und weiß schon wie").
 * Round 29 keeps quiet a day one would not have survived without coffee, a dented car one does not care about, a
 * move put off until after a wedding, a rope for the washing line or a hammock, a packet of crisps, a dose taken too
 * much by mistake, a goodbye with an apology for leaving early, leaving for a party tonight, a project one has given
 * up on and a decision to change jobs.
 */
class GermanRound29Tests extends RulesAlone {

	@Test
	void shouldHearAWishNotToHaveSurvivedButNotADayWithoutCoffee() {
		assertRisk("ich wünschte, ich hätte den sturz vom gerüst nicht überlebt", RiskTier.CONCERN);
		assertQuiet("ohne kaffee hätte ich den montag nicht überlebt",
				"ich wünsch mir, dass die pflanze den winter überlebt hätte",
				"lieber hätte ich den film nicht gesehen, der war schrecklich");
	}

	@Test
	void shouldHearIndifferenceToAnAccidentButNotToADentedCar() {
		assertRisk("auf der autobahn denk ich manchmal, wär mir egal, wenn jetzt was passiert", RiskTier.CONCERN);
		assertQuiet("die delle ist mir egal, wenn nur dem auto nichts passiert",
				"wär doch egal, wenn was mit dem alten handy passiert, ich kauf eh ein neues",
				"ist egal wenn jetzt was passiert beim umzug, wir sind versichert");
	}

	@Test
	void shouldHearTheActTimedAfterACelebrationButNotAMove() {
		assertRisk("ich hab beschlossen es erst nach dem geburtstag meiner mutter zu tun, damit ich ihr den tag nicht kaputt mach",
				RiskTier.CRISIS);
		assertQuiet("wir haben beschlossen den umzug erst nach der hochzeit zu machen, damit der stress nicht alles kaputt macht",
				"ich hab mir vorgenommen es nach der prüfung zu machen, dann hab ich mehr zeit");
	}

	@Test
	void shouldHearASearchForARopeButNotForAHammock() {
		assertRisk("hab gestern gegoogelt wo ich einen strick herbekomme", RiskTier.CRISIS);
		assertQuiet("ich hab geschaut wo ich ein seil herbekomm für die hängematte im garten",
				"such grad wo man ein seil kaufen kann, zum klettern am wochenende",
				"hab gegoogelt wie man einen knoten ins seil macht, für das boot");
	}

	@Test
	void shouldHearThePacketFromTheBathroomButNotAPacketOfCrisps() {
		assertRisk("hab die ganze packung aus dem badezimmer geschluckt, mir ist schwindlig", RiskTier.URGENT);
		assertQuiet("hab mir die packung chips reingehauen, jetzt ist mir schlecht",
				"die packung ibuprofen liegt im bad, hab eine genommen wie verschrieben",
				"ich hab die dose aus dem bad genommen und aufgefüllt");
	}

	@Test
	void shouldHearTooManyPillsOnPurposeButNotByMistake() {
		assertRisk("ich hab die tabletten genommen, viel zu viele, mit absicht", RiskTier.URGENT);
		assertQuiet("hab aus versehen eine tablette zu viel genommen, apotheke sagt das ist harmlos",
				"die tablette hab ich mit absicht erst abends genommen, sonst werd ich müde",
				"ich nehm meine tabletten mit absicht immer zum essen");
	}

	@Test
	void shouldHearABareGoodbyeWithAnApologyButNotLeavingEarly() {
		assertRisk("Tschüss. Sorry für alles.", RiskTier.CONCERN);
		assertQuiet("tschüss, sorry dass ich heute so früh weg muss",
				"sorry, muss los. tschüss und bis morgen",
				"Ciao! Tut mir leid wegen gestern, melde mich morgen");
	}

	@Test
	void shouldHearGettingAwayTonightButNotToAParty() {
		assertRisk("ich mach mich heute nacht endgültig weg", RiskTier.CRISIS);
		assertQuiet("ich mach mich heute früher weg zur party",
				"mach mich jetzt weg, muss zur schicht",
				"ich mach mich heut nacht weg nach hause, bin müde",
				"mach mich gleich auf den weg zu dir");
	}

	@Test
	void shouldHearHopelessnessWithADecisionButNotGivingUpOnAProject() {
		assertRisk("ich hab aufgehört zu kämpfen. ich weiß, was ich tun werde.", RiskTier.CRISIS);
		assertRisk("es wird eh nichts mehr. ich hab einen entschluss gefasst.", RiskTier.CRISIS);
		assertRisk("ich hab mit dem leben abgeschlossen und weiß auch schon wie", RiskTier.CRISIS);
		assertQuiet("mit dem projekt hab ich aufgehört zu kämpfen, ich weiß jetzt, was ich stattdessen machen werde",
				"das wird nix mehr mit dem urlaub. ich hab einen entschluss gefasst: ich wechsle den job",
				"ich hab mit dem thema abgeschlossen und weiß auch schon wie ich weitermache",
				"ich weiß schon wie, das rezept ist einfach");
	}
}
