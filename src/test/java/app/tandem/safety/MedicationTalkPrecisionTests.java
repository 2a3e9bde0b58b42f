package app.tandem.safety;

import org.junit.jupiter.api.Test;

class MedicationTalkPrecisionTests extends RulesAlone {

	@Test
	void shouldNotAlarmOnADoseInMilligramsOrATimeInMinutesButStillOnThirtyPillsTaken() {
		assertQuiet("took my 75 mg venlafaxine 40 minutes ago",
				"tomé 600 mg de ibuprofeno hace 45 minutos",
				"vor 15 minuten 2 ibuprofen genommen, kopf tut trotzdem weh",
				"vor 3 stunden 1000 mg novalgin",
				"j'ai pris 400 mg d'ibuprofène il y a 40 minutes",
				"tomei 750 mg de paracetamol há 2 horas",
				"выпила 600 мг ибупрофена 40 минут назад",
				"ho preso 1000 mg di tachipirina 3 ore fa");
		assertRisk("took 35 of my tablets", RiskTier.URGENT);
		assertRisk("me tomé 40 pastillas", RiskTier.URGENT);
		assertRisk("hab 35 tabletten genommen", RiskTier.URGENT);
		assertRisk("выпила 40 таблеток", RiskTier.URGENT);
		assertRisk("ho preso 40 pastiglie", RiskTier.URGENT);
	}

	@Test
	void shouldNotAlarmOnTheDaysPillsTakenForTodayButStillOnAllMyPillsTakenBare() {
		assertQuiet("took all my tablets for tonight, now tea and telly",
				"took all of my meds for this evening");
		assertRisk("i took all my tablets", RiskTier.URGENT);
		assertRisk("i swallowed the whole box of paracetamol", RiskTier.URGENT);
	}

	@Test
	void shouldNotAlarmOnAWholePackTakenAsTheDoctorPrescribedButStillOnAWholePack() {
		assertQuiet("выпила всю упаковку антибиотиков как назначил врач",
				"выпил всю пачку антибиотиков как велел доктор");
		assertRisk("выпил всю пачку снотворного", RiskTier.URGENT);
	}

	@Test
	void shouldNotAlarmOnARopeBoughtForClimbingOrTheWashingButStillOnARopeMadeReady() {
		assertQuiet("got a new rope for bouldering, pills are in my bag",
				"hab ein seil für die wäscheleine gekauft",
				"compré una cuerda para el columpio de mi hija",
				"j'ai acheté une corde pour la balançoire",
				"ho comprato una corda per l'altalena");
		assertRisk("the rope is ready in the garage", RiskTier.CRISIS);
		assertRisk("hab ein seil gekauft, heute nacht", RiskTier.URGENT);
		assertRisk("bought a rope today and said it was for climbing", RiskTier.CONCERN);
		assertRisk("compré una cuerda y le dije al de la tienda que era para escalar", RiskTier.CONCERN);
	}

	@Test
	void shouldNotAlarmOnASupplyForTheMonthOrTheDaysDosesAskedAboutButStillOnEnoughPills() {
		assertQuiet("got enough tablets to last me the next two months",
				"j'ai plein de comprimés pour les vacances",
				"ho un sacco di pastiglie per tutta l'estate",
				"saving up my meds before christmas because the pharmacy shuts",
				"what happens if i take all my morning pills at lunch instead, i forgot");
		assertRisk("i have enough pills", RiskTier.CRISIS);
		assertRisk("j'ai assez de médicaments", RiskTier.CRISIS);
		assertRisk("what happens if i take all of them", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnInsulinInjectedButStillOnCutting() {
		assertQuiet("insulin vor dem mittagessen gespritzt, 8 einheiten",
				"hab mir die thrombosespritze gespritzt");
		assertRisk("hab mich wieder geritzt", RiskTier.CRISIS);
	}

}
