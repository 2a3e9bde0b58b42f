package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 28 for German, rules alone: the thirty-second development part showed the rules missing harm done to oneself
 * told as "mir was anzutun", a crash on the motorway that would not matter, an Austrian wish to be "nimma do", a
 * search for methods written down, a weekend chosen when the wife is away, a day taken off "nicht zum Erholen", hot
 * water let run over the arm on purpose, a record collection given away with the cat brought to a sister, a will made
 * in a hurry, and an apology to everyone before "ich bin dann weg". It also raised a false alarm, which it now keeps
 * quiet: self-harm said to be long over, beside a tattoo over old scars.
 * Round 28 keeps quiet, too, no thoughts of harm on a hard day, waking up in hospital after an operation, a crash in a
 * fully insured hire car, methods to learn for an exam, a weekend chosen to paint the bathroom, a day off for a move,
 * a scald while cooking, a birthday present and a dog minded during a holiday, a will that is in no hurry, leaving
 * for the day with "bis morgen", and a wish to be out of the office.
 */
class GermanRound28Tests extends RulesAlone {

	@Test
	void shouldHearHarmDoneToOneselfButNotNoThoughtsOfIt() {
		assertRisk("ich hab letzte nacht versucht, mir mit den schlaftabletten was anzutun", RiskTier.CRISIS);
		assertQuiet("anstrengende woche, aber keine gedanken dran, mir was anzutun, die skills helfen",
				"ich hab mir heute was gutes angetan und war in der therme");
	}

	@Test
	void shouldHearWakingInHospitalAfterAnOverdoseButNotAfterAnOperation() {
		assertRisk("nach der überdosis bin ich auf der intensiv wieder aufgewacht, leider", RiskTier.URGENT);
		assertQuiet("nach der op bin ich mit schmerztabletten im krankenhaus aufgewacht, alles gut verlaufen");
	}

	@Test
	void shouldHearACrashThatWouldNotMatterButNotAnInsuredHireCar() {
		assertRisk("wenn mich auf dem weg zur arbeit ein laster mitnimmt, wärs mir ehrlich gesagt recht",
				RiskTier.CONCERN);
		assertQuiet("wenn mir einer in den mietwagen reinkracht, wärs mir egal, ist eh vollkasko",
				"wenn mich der kontrolleur erwischt, wärs mir egal, hab ja ein ticket");
	}

	@Test
	void shouldHearAWishToBeGoneButNotOutOfTheOffice() {
		assertRisk("i wünsch ma so oft, i wär nimmi do", RiskTier.CONCERN);
		assertQuiet("ich wünschte, ich wär heute nicht mehr da im büro, so zäh ist der tag");
	}

	@Test
	void shouldHearMethodsLookedUpButNotMethodsForAnExam() {
		assertRisk("hab mich gestern über methoden informiert, die schnell gehen", RiskTier.CONCERN);
		assertQuiet("hab nach methoden gegen prüfungsangst gesucht, die atemübung hilft",
				"hab nach methoden gesucht, um schneller für die klausur zu lernen");
	}

	@Test
	void shouldHearADayChosenWhenTheOthersAreAwayButNotToPaintTheBathroom() {
		assertRisk("hab mir den abend ausgesucht, an dem mein mann auf montage ist", RiskTier.CONCERN);
		assertQuiet("hab das wochenende ausgesucht, an dem mein mann auf montage ist, um endlich das bad zu streichen");
	}

	@Test
	void shouldHearADayOffNotToRestButNotOneForAMove() {
		assertRisk("hab mir den montag frei genommen, aber nicht zum ausruhen", RiskTier.CONCERN);
		assertQuiet("hab mir den montag freigenommen, nicht zum erholen, sondern für den umzug");
	}

	@Test
	void shouldHearHotWaterOnPurposeButNotAScaldWhileCooking() {
		assertRisk("hab mir extra kochendes wasser über die hand geschüttet, damit ich was spür", RiskTier.CRISIS);
		assertQuiet("hab mir beim kochen heißes wasser über die hand gekippt, aus versehen, tut voll weh");
	}

	@Test
	void shouldHearThingsGivenAwayAndAPetBroughtButNotForAHolidayOrABirthday() {
		assertRisk("hab meine gitarre verschenkt und den hund zu meinem bruder gebracht", RiskTier.CONCERN);
		assertQuiet("hab meinen alten fernseher verschenkt und den hund zu meiner mutter gebracht, wir fliegen in den urlaub",
				"hab meinem papa zum geburtstag meine alte kamera geschenkt und den hund zu meiner oma gebracht");
	}

	@Test
	void shouldHearAWillMadeInAHurryButNotOneThatCanWait() {
		assertRisk("mein testament ist fertig, hab dem notar gesagt, es eilt", RiskTier.CONCERN);
		assertQuiet("mein testament hab ich beim notar gemacht, eilt nicht, wollte es nur geregelt haben",
				"opa hat sein testament beim notar gemacht, es eilt, er ist sehr krank");
	}

	@Test
	void shouldHearAnApologyToEveryoneBeforeLeavingButNotUntilTomorrow() {
		assertRisk("an euch alle: tut mir leid. ich bin dann weg", RiskTier.CRISIS);
		assertQuiet("an alle: tut mir leid, bin dann weg, bis morgen im training",
				"sorry leute, ich bin dann weg, muss noch einkaufen");
	}

	@Test
	void shouldHearSelfHarmNotOverButNotSelfHarmLongOver() {
		assertRisk("das ritzen ist nicht vorbei, hab mich gestern wieder geschnitten", RiskTier.CRISIS);
		assertQuiet("hab mir ein tattoo über die alten narben stechen lassen, das ritzen ist zum glück lange vorbei");
	}
}
