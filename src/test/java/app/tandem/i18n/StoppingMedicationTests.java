package app.tandem.i18n;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StoppingMedicationTests {

	@ParameterizedTest
	@ValueSource(strings = { "I think I'll just stop taking my meds", "want to come off my antidepressants",
			"quiero dejar los antidepresivos", "voy a dejar de tomar la medicación ya",
			"ich will die Tabletten einfach absetzen", "ich höre auf mit den Medikamenten",
			"ich will meine Tabletten nicht mehr nehmen", "j'arrête mon traitement, j'en ai marre",
			"je vais arrêter les médocs", "vou parar os remédios por conta própria", "vou largar a medicação",
			"smetto i farmaci da domani", "voglio sospendere le pastiglie", "брошу пить таблетки",
			"хочу отменить антидепрессанты", "таблетки больше не буду пить" })
	void shouldHearTalkOfStoppingAMedicationInEveryLanguage(String text) {
		assertThat(StoppingMedication.in(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I had to stop at the pharmacy on the way home to pick up my pills",
			"my pills stop working by the evening", "took my meds, can't stop yawning", "stop asking me about sleep",
			"la farmacia estaba cerrada, mañana compro las pastillas", "ich habe meine Tabletten genommen",
			"j'ai pris mes médicaments ce matin", "tomei os remédios às 8", "ho preso le pastiglie",
			"выпил таблетки утром", "" })
	void shouldNotHearItInOrdinaryMedicationTalk(String text) {
		assertThat(StoppingMedication.in(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "gonna quit quetiapine", "deixar a quetiapina" })
	void shouldCountThePersonsOwnMedicationNames(String text) {
		assertThat(StoppingMedication.in(text, Set.of("quetiapine", "quetiapina"))).isTrue();
		assertThat(StoppingMedication.in(text)).isFalse();
	}

}
