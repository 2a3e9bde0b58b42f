package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 22 for German, rules alone: the twenty-sixth development part showed the rules missing being gone and nobody
 * noticing, an illness wished for that would do it, pills put aside instead of taken, the place known "for when it is
 * time", affairs settled (accounts, insurance) with a letter to the family, a medicine kept back "for when it is
 * time", treatment that helps nothing and then ending it oneself, "kms" said in earnest beside a skull, my gathered
 * pills, and all of it ended "for ever" in a long day's note. It also raised four false alarms, which it now keeps
 * quiet: a will made at the notary, new pills that make one sleep "ewig", pills once hoarded and handed in at the
 * pharmacy with the therapist, and a series watched to the end that shows a suicide.
 * Round 22 keeps quiet, too, a day or a holiday away that nobody notices, an illness hoped to be over, pills put
 * aside for a side effect told to the doctor, knowing where to go when the baby comes, errands with a birthday
 * letter, a contract ended oneself, and a job or a course of study ended soon.
 */
class GermanRound22Tests extends RulesAlone {

	@Test
	void shouldHearBeingGoneAndNobodyNoticingButNotADayOffOrAHoliday() {
		assertRisk("falls ich nicht mehr da wär, würde mich niemand vermissen", RiskTier.CONCERN);
		assertRisk("wenn ich einfach tot wäre, würd es eh keiner merken", RiskTier.CONCERN);
		assertQuiet("wenn ich am Montag weg wär, würde das im Team keinem auffallen",
				"wenn ich im Urlaub weg wär, würds keinem auffallen, so wenig ist gerade los");
	}

	@Test
	void shouldHearAnIllnessWishedForThatWouldDoItButNotOneHopedOver() {
		assertRisk("ich wünsche mir oft einen Unfall, der mich einfach erledigt", RiskTier.CONCERN);
		assertRisk("hoffe auf irgendeine Krankheit, die mich dahinrafft", RiskTier.CONCERN);
		assertQuiet("ich hoffe, dass ich keine Krankheit kriege, die mich umbringt",
				"ich wünsch mir einen Roboter, der das Bügeln für mich erledigt");
	}

	@Test
	void shouldHearPillsPutAsideInsteadOfTakenButNotForASideEffectToldToTheDoctor() {
		assertRisk("die Antidepressiva hab ich seit Wochen beiseitegelegt statt sie zu nehmen", RiskTier.CRISIS);
		assertQuiet("die Tabletten hab ich weggelegt statt sie zu nehmen, mir war so übel, die Ärztin sucht was anderes");
	}

	@Test
	void shouldHearMyGatheredPillsButNotWhenHandedIn() {
		assertRisk("meine gebunkerten Pillen liegen hinten im Schrank", RiskTier.CRISIS);
		assertQuiet("meine gesammelten Tabletten hab ich gestern in der Apotheke abgegeben");
	}

	@Test
	void shouldHearAMedicineKeptBackForWhenItIsTimeButNotABagPackedForTheBirth() {
		assertRisk("setz mein Seroquel heimlich ab und heb es mir auf, bis es soweit ist", RiskTier.CRISIS);
		assertQuiet("hab die Kliniktasche gepackt und heb sie im Flur auf für wenns soweit ist");
	}

	@Test
	void shouldHearThePlaceKnownForWhenItIsTimeButNotTheBirthOrRetirement() {
		assertRisk("ich weiß inzwischen genau wo ich hinfahr wenn es soweit ist", RiskTier.CONCERN);
		assertQuiet("ich weiß schon wo ich hingeh wenns soweit ist, ins Geburtshaus am Park",
				"weiß schon wo ich hinfahr wenn es so weit ist mit der Rente, an die Algarve");
	}

	@Test
	void shouldHearAffairsSettledWithALetterToTheFamilyButNotErrandsOrAMove() {
		assertRisk("hab alles erledigt, Konten, Versicherungen und einen Brief an meine Eltern", RiskTier.CONCERN);
		assertQuiet("hab alles geregelt für den Umzug, Konto umgemeldet, Brief an meine Vermieterin ist raus",
				"hab alles erledigt, Post, Konto, auch den Brief an meine Oma zum Geburtstag");
	}

	@Test
	void shouldHearTreatmentThatHelpsNothingAndEndingItOneselfButNotAContract() {
		assertRisk("die Tabletten bringen nix, die Therapie hilft auch nicht. Ich beende das selber.", RiskTier.CRISIS);
		assertRisk("Der Psychiater hat nichts gebracht, die Klinik auch nicht. Dann beende ich es eben selbst.",
				RiskTier.CRISIS);
		assertQuiet("Der Handwerker hat nix gebracht. Dann beende ich das halt selbst mit der Wand.",
				"die Firma reagiert nicht, dann beende ich den Vertrag halt selbst");
	}

	@Test
	void shouldHearKmsSaidInEarnestBesideASkullButNotKmsAlone() {
		assertRisk("nichts hat mehr einen Sinn, kms ngl 💀", RiskTier.CRISIS);
		assertQuiet("die kms ist ne tolle Band aus Hamburg");
	}

	@Test
	void shouldHearAllOfItEndedForEverButNotAJobOrStudiesEnded() {
		assertRisk("auf der Fahrt heim war mir klar, dass ich das alles morgen beende, endgültig", RiskTier.CRISIS);
		assertQuiet("ich hab beschlossen, dass ich das alles bald beende mit dem Studium und was Neues anfange",
				"hab gestern beschlossen, dass ich das ganze bald beende, den Job kündige ich zum Ende des Monats");
	}

	@Test
	void shouldHearAWillWrittenBesideLettersButNotOneMadeAtTheNotary() {
		assertRisk("ich hab gestern mein Testament geschrieben, die Briefe liegen bereit", RiskTier.CRISIS);
		assertQuiet("war heute beim Notar und hab mein Testament aufgesetzt, wegen dem Haus",
				"meine Anwältin meinte, ich soll endlich ein Testament machen, hab ich jetzt erledigt");
	}

	@Test
	void shouldHearWantingToSleepForEverButNotCouldSleepForAgesFromNewPills() {
		assertRisk("ich möchte ewig schlafen und nie mehr aufwachen", RiskTier.CONCERN);
		assertQuiet("seit dem neuen Medikament könnte ich echt ewig schlafen, der Arzt meint das wird besser",
				"nach drei Nachtschichten könnte ich ewig schlafen");
	}

	@Test
	void shouldHearPillsHoardedButNotWhenHandedInAtThePharmacyAndGladOfIt() {
		assertRisk("ich hab Pillen gehortet und weiß auch schon wofür", RiskTier.CRISIS);
		assertQuiet("Erinnerst du dich, wie ich letzten Herbst Pillen gehortet hab? Hab sie zusammen mit meiner "
				+ "Ärztin in der Apotheke zurückgegeben. Bin echt froh darüber.");
	}

	@Test
	void shouldHearSuicideThoughtsButNotASeriesWatchedToTheEnd() {
		assertRisk("ich denk schon wieder dauernd an Suizid", RiskTier.CONCERN);
		assertQuiet("hab die Staffel zu Ende geschaut, krass wie die den Selbstmord darstellen",
				"hab 13 reasons why gebinged, die Szene mit dem Suizid war heftig");
	}

}
