package app.tandem.safety;

import org.junit.jupiter.api.Test;

class GermanRound13Tests extends RulesAlone {

	@Test
	void shouldNotAlarmOnSuicidalThoughtsToldAsGoneButStillWhenAWishFollows() {
		assertQuiet("seit dem urlaub hab ich keine suizidgedanken mehr, die neue dosis wirkt",
				"ich hatte seit dem sommer keinen einzigen gedanken mehr daran, mich umzubringen",
				"ich hab nicht mehr daran gedacht, mir das leben zu nehmen, seit ich die neue therapie mache");
		assertRisk("keine suizidgedanken mehr seit wochen, aber heute sind sie wieder da und ich will sterben", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnARiskToldAsDoneBackThenWithABetterPresentButStillWhenItIsBack() {
		assertQuiet("letzten winter hab ich mich noch geritzt, jetzt arbeite ich als pflegerin und bin stolz",
				"Erinnerst du dich, als ich nicht mehr leben wollte? Ich bin heute ein ganz anderer Mensch.",
				"weißt du noch, wie ich jede nacht sterben wollte? kommt mir vor wie ein anderes leben");
		assertRisk("letzten winter hab ich mich noch geritzt, heute will ich sterben", RiskTier.CRISIS);
	}

	@Test
	void shouldReadSwissGermanWithTheGermanRules() {
		// no standard German common word in it: before, only the English rules (and the model) read it
		assertRisk("Han sit em Summer mini Tablette uf d Site gleit, jetzt sinds gnueg", RiskTier.CRISIS);
		assertQuiet("Han mini Tablette für d Ferie scho packt, jetzt isch gnueg für hüt");
	}

	@Test
	void shouldHearARiskToldAsBackAfterAPastOneWhenTheVerbComesFirst() {
		assertRisk("letzten winter hab ich mich noch geritzt, jetzt will ich wieder sterben", RiskTier.CRISIS);
		assertRisk("vor zwei jahren war ich in der klinik, seit gestern denk ich schon wieder ans sterben",
				RiskTier.CONCERN);
		assertQuiet("letzten winter hab ich mich noch geritzt, jetzt will ich wieder arbeiten gehen");
	}

	@Test
	void shouldNotAlarmOnAnOverdoseOfSomethingHarmlessOrTheDayDoseTakenToday() {
		assertQuiet("Weihnachtsfeier im Büro: eine Überdosis Glühwein und Kitsch",
				"hab alle meine tabletten heute brav genommen",
				"alle pillen heut genommen");
		assertRisk("ich hab eine überdosis genommen", RiskTier.CRISIS);
		assertRisk("hab alle tabletten heute genommen, mir ist so schlecht", RiskTier.URGENT);
	}

	@Test
	void shouldNotAlarmOnAGoodbyeAtWorkOrABlunderButStillOnAGoodbyeForever() {
		assertQuiet("heute mein letzter arbeitstag, ich verabschiede mich von euch allen, macht es gut",
				"bin vor dem ganzen team über das kabel gestolpert, ich will sterben");
		assertRisk("letzter arbeitstag, ich verabschiede mich für immer", RiskTier.CONCERN);
		assertRisk("bin gestolpert und jetzt will ich wirklich sterben, jeden tag dasselbe", RiskTier.CRISIS);
	}

	@Test
	void shouldHearMeansGatheredWhereNobodyAsksOrKeptInsteadOfTaken() {
		assertRisk("hab jeden tag in einer anderen apotheke ibu gekauft, damit es nicht auffällt", RiskTier.CRISIS);
		assertRisk("ich schluck meine tabletten seit wochen nicht mehr, sondern lege sie in eine dose", RiskTier.CRISIS);
		assertRisk("ich hab seit wochen meine tabletten zur seite gelegt, jetzt sind es genug", RiskTier.CRISIS);
		assertQuiet("war in drei apotheken, weil keine das medikament vorrätig hatte",
				"ich nehme das medikament nicht mehr, sondern probiere jetzt ein neues aus");
	}

	@Test
	void shouldHearAWeaponKeyATrainLookedUpOrLettersLeftButNotTheirEverydayLookalikes() {
		assertRisk("die code vom waffentresor hab ich rausgefunden, als papa ihn geöffnet hat", RiskTier.CONCERN);
		assertRisk("ich weiß jetzt genau, wann der güterzug hier durchfährt", RiskTier.CONCERN);
		assertRisk("die briefe für meine kinder liegen in der kommode, ganz unten", RiskTier.CONCERN);
		assertQuiet("hab den schlüssel vom tresor verlegt, muss ihn suchen",
				"der güterzug fährt jede nacht durch und weckt mich",
				"die briefe ans christkind liegen schon auf dem schreibtisch");
	}

	@Test
	void shouldHearAPlaneOrAnOperationWishedToGoWrongButNotTheFearOfIt() {
		assertRisk("wenn die op morgen schiefgeht, wär mir das ehrlich gesagt recht", RiskTier.CONCERN);
		assertRisk("ich hoffe insgeheim, dass die operation schiefgeht", RiskTier.CONCERN);
		assertQuiet("ich hoffe, die operation geht nicht schief",
				"wenn der flieger abstürzt, ist das eine katastrophe für die airline");
	}

	@Test
	void shouldHearNotBeingThereWishedButNotAfterABlunder() {
		assertRisk("für meine eltern wär es leichter, wenn es mich gar nicht gäbe", RiskTier.CONCERN);
		assertRisk("ich wünschte, ich könnte verschwinden und wär nie mehr da", RiskTier.CONCERN);
		assertQuiet("wenns mich gar nicht gäbe, wer würde dann den kuchen backen haha",
				"nach der präsentation wünschte ich, ich könnte mich in luft auflösen, so peinlich");
	}

	@Test
	void shouldHearGoodbyesWithAKeyASorryOrTheChatDeletedButNotATripOrAMove() {
		assertRisk("wenn ihr nichts mehr von mir hört, die katze braucht futter, sorry", RiskTier.CONCERN);
		assertRisk("es tut mir leid, dass ich euch so eine last war", RiskTier.CONCERN);
		assertRisk("lösch bitte alles nachher, wenn ich weg bin", RiskTier.CONCERN);
		assertQuiet("falls ihr nix von mir hört, ich hab in den bergen kein netz",
				"sorry dass ich beim umzug so ne last war, danke fürs tragen",
				"lösch den chat danach bitte, meine mama liest sonst mit");
	}

	@Test
	void shouldHearPillsTakenOnPurposeOrAllAtOnceLaterButNotAsPrescribed() {
		assertRisk("mit absicht alle pillen geschluckt", RiskTier.URGENT);
		assertRisk("morgen nehm ich die tabletten alle", RiskTier.CRISIS);
		assertRisk("ich werde die tabletten am samstag alle auf einmal nehmen", RiskTier.CRISIS);
		assertQuiet("hab mit absicht keine tabletten genommen",
				"nehm die tabletten alle mit in den urlaub",
				"die tabletten soll ich nicht alle auf einmal nehmen");
	}

	@Test
	void shouldHearSlangRelapseAndJumpsButNotTheirHarmlessTwins() {
		assertRisk("ich meld mich ab, vom leben, nicht aus der gruppe", RiskTier.CRISIS);
		assertRisk("will einfach ewig pennen und nie wieder aufwachen", RiskTier.CRISIS);
		assertRisk("meine stimme im kopf sagt mir ich soll mich umbringen", RiskTier.CRISIS);
		assertRisk("2 monate clean und gestern hab ich mich wieder blutig gekratzt", RiskTier.CRISIS);
		assertRisk("heute nacht geh ich auf das dach und spring runter", RiskTier.CRISIS);
		assertRisk("nichts hält mich mehr davon ab, es zu tun", RiskTier.CRISIS);
		assertQuiet("ich könnte ewig pennen, so müde bin ich",
				"kys sagt mein kumpel immer wenn ich nen schlechten witz mache",
				"ich geh auf den sprungturm hoch und spring runter ins becken");
	}

	@Test
	void shouldHearNoWayOutWithTheDaySet() {
		assertRisk("die schulden wachsen, aus dem loch komm ich nie mehr raus. am samstag ist es soweit", RiskTier.CRISIS);
		assertQuiet("am samstag ist es soweit, dann ziehen wir um");
	}

}
