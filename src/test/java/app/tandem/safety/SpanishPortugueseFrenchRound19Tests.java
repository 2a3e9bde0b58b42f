package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 19 for Spanish, Portuguese and French, rules alone: the twenty-third development part showed the rules missing
 * sleeping and not waking, being alone as the moment to do it, relief or a better family without me, more than one's
 * medicine swallowed on purpose, self-harm to stop thinking, letters ready, hopelessness with "this time to the end",
 * and slang (unalive, "virar estrelinha", a one-way ticket, "quitter le game"); and alarming on "voy a morir de
 * estrés", a video game's boss that "me mató", a cut while shaving and a nurse's suicidal patient. Round 19 hears
 * those kinds and stays quiet on hyperbole after a petty trigger, a game's boss, a cut told with an everyday task,
 * a patient or colleague told of in the third person, a double dose as prescribed, a grandmother who "virou
 * estrelinha", "perdón por todo el lío" and "jusqu'au bout" of a marathon.
 */
class SpanishPortugueseFrenchRound19Tests extends RulesAlone {

	@Test
	void shouldHearSleepingAndNotWakingButNotAChildSleepingLate() {
		assertRisk("ojalá me acueste hoy y ya no me despierte nunca", RiskTier.CONCERN);
		assertRisk("me quiero ir a dormir y no volver más", RiskTier.CONCERN);
		assertQuiet("mi sobrino se duerme y no se despierta hasta las diez");
	}

	@Test
	void shouldHearBeingAloneAsTheMomentToDoIt() {
		assertRisk("cuando me quede solo en casa este finde lo voy a hacer", RiskTier.CRISIS);
		assertRisk("la semana que viene me quedo sola y lo hago de una vez", RiskTier.CRISIS);
		assertRisk("quando eu ficar sozinha em casa vou aproveitar pra fazer", RiskTier.CRISIS);
	}

	@Test
	void shouldHearNotCaringIfACarComes() {
		assertRisk("cruzo la avenida sin mirar, me da igual si me pilla un camión", RiskTier.CONCERN);
		assertRisk("vivo torcendo pra esse avião cair comigo dentro", RiskTier.CONCERN);
	}

	@Test
	void shouldHearWhyStillHereAndEndingItInChatSpelling() {
		assertRisk("para que sigo aqui la verdad", RiskTier.CONCERN);
		assertRisk("ya quiero acabar con to esto", RiskTier.CRISIS);
		assertRisk("me voy a hacer unalive", RiskTier.CRISIS);
	}

	@Test
	void shouldStayQuietOnStressHyperboleAGameBossAndAMessApologisedFor() {
		assertQuiet("voy a morir de estrés con tantos exámenes", "me mató otra vez el jefe final del juego, mañana sigo",
				"perdón por todo el jaleo del grupo, ya lo he arreglado");
	}

	@Test
	void shouldStillHearAnApologyForEverythingAsAGoodbye() {
		assertRisk("perdón por todo, adiós", RiskTier.URGENT);
	}

	@Test
	void shouldHearReliefOrABetterFamilyWithoutMe() {
		assertRisk("minha família ia ficar aliviada se eu não existisse", RiskTier.CONCERN);
		assertRisk("mon mari serait plus heureux si j'étais plus là", RiskTier.CONCERN);
		assertRisk("si je mourais demain, tant mieux", RiskTier.CONCERN);
	}

	@Test
	void shouldHearMoreThanOnesMedicineOnPurposeButNotADoseAsPrescribedOrByMistake() {
		assertRisk("tomei o dobro da minha medicação de propósito", RiskTier.URGENT);
		assertRisk("j'ai pris mes cachets en trop, exprès", RiskTier.URGENT);
		assertQuiet("tomei o dobro da dose porque o médico mandou",
				"j'ai pris un cachet en trop par erreur, le pharmacien dit que ça va");
	}

	@Test
	void shouldHearACutToStopThinkingButNotACutWhileCooking() {
		assertRisk("je me suis coupée pour ne plus penser à rien", RiskTier.CRISIS);
		assertRisk("me corteii outra vez", RiskTier.CRISIS);
		assertQuiet("je me suis coupée en épluchant les carottes");
	}

	@Test
	void shouldHearLettersReady() {
		assertRisk("la lettre pour mes enfants est écrite", RiskTier.CRISIS);
	}

	@Test
	void shouldHearHopelessnessWithThisTimeToTheEndButNotAMarathon() {
		assertRisk("rien ne change jamais. cette fois je vais jusqu'au bout", RiskTier.CRISIS);
		assertRisk("nada melhora. esta noite acaba", RiskTier.CRISIS);
		assertQuiet("je vais jusqu'au bout de mon marathon cette fois");
	}

	@Test
	void shouldHearSlangForDyingButNotGriefOrAPatient() {
		assertRisk("bora virar estrelinha hoje", RiskTier.CRISIS);
		assertRisk("quero uma passagem só de ida pro céu", RiskTier.CRISIS);
		assertRisk("je quitte le game pour de bon ce soir", RiskTier.CRISIS);
		assertRisk("j'ai envie de prendre un aller simple pour l'au-delà", RiskTier.CRISIS);
		assertQuiet("minha avó virou estrelinha ano passado, saudade",
				"ma collègue m'a parlé d'un patient suicidaire aujourd'hui");
	}

	@Test
	void shouldHearNotBackingOutWithNothingLeftToLose() {
		assertRisk("esta vez no me rajo, ya no tengo nada que perder", RiskTier.CRISIS);
		assertRisk("j'ai tout essayé, dix traitements. je lâche pour de bon ce soir", RiskTier.CRISIS);
	}

	@Test
	void shouldHearALastMessageButNotTheLastOneForToday() {
		assertRisk("esto es lo último que les escribo", RiskTier.CONCERN);
		assertQuiet("esto es lo último que escribo hoy, mañana sigo con el informe");
	}

	@Test
	void shouldHearNobodyHavingTroubleWithMe() {
		assertRisk("ninguém mais vai ter trabalho comigo depois de amanhã", RiskTier.CONCERN);
	}

	@Test
	void shouldHearSleepingPillsBeyondThePrescriptionOnPurpose() {
		assertRisk("tomei bem mais do que devia de propósito", RiskTier.URGENT);
		assertRisk("j'ai avalé mes somnifères au-delà de l'ordonnance, volontairement", RiskTier.URGENT);
	}

	@Test
	void shouldHearABurnToPunishMyselfButNotAnOvenOrARazor() {
		assertRisk("je me suis brûlé le bras pour me punir", RiskTier.CRISIS);
		assertQuiet("je me suis brûlé le bras en sortant le gratin du four", "je me suis coupé en me rasant ce matin");
	}

	@Test
	void shouldStayQuietOnATeacherTellingOfAPupilAndOnCleaningAlone() {
		assertQuiet("je suis prof, un élève très suicidaire m'inquiète",
				"se eu sair hoje vou aproveitar que fico sozinha pra fazer uma faxina");
	}

}
