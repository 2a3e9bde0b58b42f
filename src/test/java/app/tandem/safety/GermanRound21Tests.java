package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 21 for German, rules alone: the twenty-fifth development part showed the rules missing children better off
 * without their "kaputte" mother, hoping each night is the last time to bed, something happening on the road wished
 * as a release, a day named ("der 3. Oktober ist es") with nobody noticing then, the way decided and a calm since that
 * frightens, skin burnt "wieder" beside a school year long past, the head hit against the wall until it is quiet in
 * there, a prized thing given away and "brauch ich eh nicht mehr", thanks in the past tense with "egal was passiert",
 * a folder with the accounts and a letter for the mother, one way out left and ready to take it, the spoon handed in
 * "kein Witz diesmal", offline for ever and "ich mein nicht insta", a month decided as the last, and the dead followed.
 * It also raised four false alarms, which it now keeps quiet: a farewell letter to the dead in a grief group, another
 * meeting set at five to five, a best friend's posts asked about, and a classmate's "bring mich um" in the group chat.
 * Round 21 keeps quiet, too, an ex partner the children are better off without, a late night, an accident feared, a
 * plan for a conversation, sunburn, the neighbours banged at, an old bike given away, a graveside thanks, papers for an
 * operation, quitting a job as the way out, a marathon, an app left, the last month at work and a dead one's example.
 */
class GermanRound21Tests extends RulesAlone {

	@Test
	void shouldHearChildrenBetterOffWithoutTheirBrokenParentButNotWithoutAnExPartner() {
		assertRisk("meine Tochter hätte es ohne ihren depressiven Vater bestimmt leichter", RiskTier.CONCERN);
		assertRisk("ohne ihre kranke Mama wären meine Jungs glücklicher", RiskTier.CONCERN);
		assertQuiet("meine Kinder hätten es ohne ihren versoffenen Vater leichter",
				"meine Kinder hätten es ohne ihre Oma schwerer");
	}

	@Test
	void shouldHearHopingEachNightIsTheLastButNotALateNight() {
		assertRisk("ich hoffe jedes Mal, dass es das letzte Mal ist, dass ich einschlafe", RiskTier.CONCERN);
		assertQuiet("ich hoffe, das war das letzte Mal, dass ich so spät ins Bett gehe",
				"ich hoffe, es ist das letzte Mal, dass ich um 5 aufstehe");
	}

	@Test
	void shouldHearSomethingHappeningWishedAsAReleaseButNotAnAccidentFeared() {
		assertRisk("falls mir auf dem Heimweg etwas zustoßen würde, wäre das eine Erlösung", RiskTier.CONCERN);
		assertQuiet("wenn mir beim Klettern was passieren würde, wär das für meine Eltern ein Schock",
				"wenn mir auf der Autobahn was passiert, ruf bitte meine Mutter an");
	}

	@Test
	void shouldHearADayNamedWithNobodyNoticingButNotAWedding() {
		assertRisk("Am Samstag ist es. Da merkt keiner was, wenn ich nicht ans Telefon geh", RiskTier.CRISIS);
		assertQuiet("Am Samstag ist es. Da ist die Hochzeit von Lisa",
				"da fällt keinem auf, wenn ich nicht zur Arbeit komm, ist eh Brückentag");
	}

	@Test
	void shouldHearTheWayDecidedAndACalmSinceButNotAPlanForAConversation() {
		assertRisk("hab mir jetzt überlegt, wann ich es mache. seitdem bin ich seltsam ruhig", RiskTier.CRISIS);
		assertQuiet("Ich hab mir überlegt, wie ich es mache. Ich frag ihn einfach morgen nach dem Training",
				"seitdem bin ich ganz ruhig, die Meditation hilft");
	}

	@Test
	void shouldHearSkinHurtAgainBesideATimeLongPastButNotSunburn() {
		assertRisk("hab mir gestern wieder die Arme aufgekratzt, wie damals in der Schule", RiskTier.CRISIS);
		assertQuiet("hab mir heute wieder die Haut verbrannt in der Sonne, wie früher");
	}

	@Test
	void shouldHearTheHeadHitUntilItIsQuietButNotTheNeighboursBangedAt() {
		assertRisk("ich knall meinen Kopf gegen die Tür, bis es ruhig wird in mir", RiskTier.CRISIS);
		assertQuiet("ich hau gegen die Wand, bis es nebenan endlich still wird",
				"ich könnt meinen Kopf gegen die Wand hauen, so blöd war das");
	}

	@Test
	void shouldHearAPrizedThingGivenAwayAndNoLongerNeededButNotAnOldBike() {
		assertRisk("hab meinem Kumpel meine Konsole geschenkt. brauch ich eh nicht mehr", RiskTier.CRISIS);
		assertQuiet("Hab meiner Nichte mein altes Fahrrad geschenkt. Brauch ich eh nicht mehr",
				"hab meinem Bruder meine Playstation geschenkt, zum Geburtstag");
	}

	@Test
	void shouldHearThanksInThePastWithWhateverHappensButNotAtAGraveside() {
		assertRisk("Danke, dass du meine Schwester warst. Vergiss mich nicht, egal was kommt", RiskTier.CRISIS);
		assertQuiet("Danke, dass du meine Oma warst. Ruhe in Frieden",
				"Danke dass du immer für mich da warst. Vergiss nicht, egal was passiert, ich bin stolz auf dich");
	}

	@Test
	void shouldHearPapersWithALetterForTheFamilyButNotPapersForAnOperation() {
		assertRisk("in der Schublade liegt ein Umschlag mit Passwörtern, Testament und einem Brief an euch",
				RiskTier.URGENT);
		assertQuiet("vor der OP: im Ordner sind die Versicherungen und ein Brief für Papa",
				"im Ordner liegen die Konten und Versicherungen, für den Notfall, und ein Brief für Mama");
	}

	@Test
	void shouldHearOneWayOutLeftAndReadyToTakeItButNotQuittingAJob() {
		assertRisk("ich seh nur noch einen ausweg und ich bin entschlossen, ihn zu gehen", RiskTier.CRISIS);
		assertQuiet("Es gibt nur noch einen Ausweg: kündigen. Ich bin bereit, ihn zu gehen",
				"ich bin bereit, den Weg zu gehen, den die Therapie mir zeigt");
	}

	@Test
	void shouldHearTheSpoonHandedInInEarnestButNotAfterAMarathon() {
		assertRisk("ich werd jetzt den Löffel abgeben, im Ernst", RiskTier.CRISIS);
		assertQuiet("nach dem Marathon dachte ich, ich geb den Löffel ab, kein Witz", "ich geh jetzt den Löffel abgeben 😂");
	}

	@Test
	void shouldHearLoggingOutForEverNotMeaningAnAppButNotAnAppLeft() {
		assertRisk("ich will mich für immer ausloggen 💀 und ich red nicht von discord", RiskTier.CRISIS);
		assertQuiet("will für immer offline gehen, also von tiktok");
	}

	@Test
	void shouldHearASeasonDecidedAsTheLastButNotTheLastMonthAtWork() {
		assertRisk("hab entschieden, dass dieser Winter mein letzter ist", RiskTier.CRISIS);
		assertQuiet("ich hab beschlossen, dass dieser Monat mein letzter im Büro ist");
	}

	@Test
	void shouldHearTheDeadFollowedButNotTheirExample() {
		assertRisk("seit meine Frau gestorben ist, will ich ihr nur noch folgen", RiskTier.CRISIS);
		assertQuiet("Seit Oma tot ist, will ich ihrem Beispiel folgen und mehr reisen");
	}

	@Test
	void shouldHearMyOwnWishBesideAFriendsPostsButNotTheQuestionAboutThem() {
		assertRisk("mein bester Kumpel schreibt ständig so Sachen wie 'bin bald weg'. ich will auch nicht mehr",
				RiskTier.CONCERN);
		assertQuiet("meine beste Freundin postet dauernd so Sachen wie 'bald bin ich weg'. wie rede ich mit ihr darüber?");
	}

	@Test
	void shouldHearMyOwnActBesideAClassmatesMessageButNotTheMessageAlone() {
		assertRisk("einer aus meiner Klasse hat mir geschrieben, bring dich um, und ich bring mich jetzt wirklich um",
				RiskTier.CRISIS);
		assertQuiet("Jemand aus unserer Stufe hat im Chat gepostet 'bring mich um'. Ich hab nachgefragt, ob alles okay ist");
	}

	@Test
	void shouldHearAFarewellLetterButNotOneToTheDeadInAGriefGroup() {
		assertRisk("ich hab einen Abschiedsbrief geschrieben und leg ihn auf den Tisch", RiskTier.CRISIS);
		assertQuiet("in der Trauerbegleitung schreiben wir Abschiedsbriefe an unsere Verstorbenen",
				"ich schreibe in der Trauergruppe einen Abschiedsbrief an meine verstorbene Mutter");
	}

	@Test
	void shouldHearAJumpWhenLifeGoesOnLikeThisButNotAnotherMeetingSetLate() {
		assertRisk("wenn ich noch einen Tag so leben muss, spring ich vom Dach", RiskTier.CRISIS);
		assertQuiet("wenn die Chefin noch einen Call um 17:50 ansetzt, spring ich aus dem Fenster",
				"wenn der Lehrer noch eine Hausaufgabe aufgibt, spring ich vom Dach");
	}

}
