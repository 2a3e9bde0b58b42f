package app.tandem.safety;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the screen grades what it finds. How much it finds is measured on the corpus (RiskScreenEvaluationTests).
 */
class RiskScreenTests {

	final RiskScreen screen = new RiskScreen();

	@Test
	void shouldGradeAnOverdoseAlreadyTakenAsUrgentInEveryLanguage() {
		for (String text : List.of("i took all my pills an hour ago", "me tomé toda la caja de pastillas",
				"hab die ganze packung tabletten genommen", "j'ai avalé toute la boîte de cachets",
				"tomei a cartela inteira de comprimidos", "ho preso tutte le pillole della scatola",
				"я выпила все таблетки", "ya vypila vse tabletki")) {
			assertThat(screen.screen(text)).as(text).map(Risk::tier).contains(RiskTier.URGENT);
		}
	}

	@Test
	void shouldReadThePersonsOwnMedicationAsAMeans() {
		String text = "took the whole box of fluanxol";

		assertThat(screen.screen(text, List.of("Fluanxol 1 mg"))).map(Risk::signal).contains(RiskSignal.OVERDOSE_TAKEN);
	}

	@Test
	void shouldGradeActiveThoughtsAsCrisisAndMakeThemUrgentWithATime() {
		assertThat(screen.screen("i want to kill myself")).map(Risk::tier).contains(RiskTier.CRISIS);
		assertThat(screen.screen("i'm going to kill myself tonight")).map(Risk::tier).contains(RiskTier.URGENT);
	}

	@Test
	void shouldReadAMixedLanguageMessageWithEveryLanguageInIt() {
		assertThat(screen.screen("honestly today was long y la verdad ya no quiero vivir")).isPresent();
		assertThat(screen.screen("ich kann nicht mehr, I just want to die")).isPresent();
	}

	@Test
	void shouldReadTellingEmojiAsWords() {
		assertThat(screen.screen("🌉 tonight.")).map(Risk::tier).contains(RiskTier.URGENT);
		assertThat(screen.screen("took them all 💊💊💊 just now")).map(Risk::tier).contains(RiskTier.URGENT);
	}

	@Test
	void shouldGradePassiveThoughtsAsConcern() {
		assertThat(screen.screen("honestly i'm so tired of living")).map(Risk::tier).contains(RiskTier.CONCERN);
	}

	@Test
	void shouldFindOneRiskySentenceInALongNote() {
		String note = RiskScreenBenchmark.NOTE + " I have been saving up my pills for weeks. " + RiskScreenBenchmark.NOTE;

		assertThat(screen.screen(note)).map(Risk::signal).contains(RiskSignal.PLAN);
		assertThat(screen.screen(RiskScreenBenchmark.NOTE + RiskScreenBenchmark.NOTE)).isEmpty();
	}

	@Test
	void shouldLeaveSomeoneElsesCrisisAFilmAJokeAndRecoveryAlone() {
		for (String text : List.of("my friend says she wants to kill herself, what do I do",
				"that film about a guy who overdoses was so sad", "this meeting is killing me lol",
				"two years ago I tried to kill myself, today I ran a marathon", "took all my meds today ✅")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
	}

	@Test
	void shouldLeaveRecoveryProfessionalsAndIdiomsAloneInSpanishFrenchItalianAndPortuguese() {
		for (String text : List.of("hace dos veranos quería morirme, este verano aprendo a nadar",
				"ya no tengo esas ideas de antes de matarme, estoy mucho mejor",
				"como enfermera atiendo a muchos chicos con ideación suicida",
				"el cantante murió de sobredosis y su último disco es precioso",
				"y a trois ans je voulais mourir, maintenant je fais du vélo",
				"je n'ai plus envie de me couper depuis que je nage",
				"la facture d'électricité me tue", "j'ai fait une overdose de chocolat à Pâques",
				"tre inverni fa volevo farla finita, oggi corro la mezza maratona",
				"nel periodo peggiore volevo buttarmi dal balcone, oggi vado al mare",
				"não tenho mais vontade de me cortar desde que comecei a pintar",
				"no dezembro passado eu pensava em morrer, agora estou bem",
				"sou professora e tenho alunos com ideias suicidas, é pesado")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
	}

	@Test
	void shouldStillHearTheSameWordsWhenTheyAreAboutNow() {
		for (String text : List.of("ya no tengo ganas de vivir como antes",
				"soy una paciente con ideación suicida y hoy está peor",
				"j'ai de plus en plus envie de mourir", "ma vie me tue, je veux mourir",
				"à 81 ans j'ai assez vécu, je prie pour ne pas voir le matin",
				"non ho più voglia di vivere", "já não guardo os comprimidos escondidos, tomei todos agora",
				"quiero matarme", "je veux me tuer ce soir", "voglio uccidermi", "quero me matar")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldNotReadGermanWantingAsEnglishDying() {
		for (String text : List.of("Ich will die Pizza", "ich will die neue Serie heute noch sehen",
				"ich will die Tabletten einfach absetzen", "Ich will die Katze nicht mehr nachts füttern")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
		assertThat(screen.screen("i will die tonight")).isPresent();
		assertThat(screen.screen("ich will einfach nicht mehr")).isPresent();
	}

}
