package app.tandem.medication;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.tandem.i18n.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dose times as people type them, in their language or in English.
 */
class MedicationInputTests {

	static final List<LocalTime> EIGHT_AND_EIGHT = List.of(LocalTime.of(8, 0), LocalTime.of(20, 0));

	@Test
	void shouldReadTwoDoseTimesJoinedByTheWordForAndInThePersonsLanguage() {
		assertThat(MedicationInput.times("8 Uhr und 20 Uhr", Language.DE)).contains(EIGHT_AND_EIGHT);
		assertThat(MedicationInput.times("8 de la mañana y 8 de la noche", Language.ES)).contains(EIGHT_AND_EIGHT);
		assertThat(MedicationInput.times("8h et 20h", Language.FR)).contains(EIGHT_AND_EIGHT);
		assertThat(MedicationInput.times("8h e 20h", Language.PT_BR)).contains(EIGHT_AND_EIGHT);
		assertThat(MedicationInput.times("8 утра и 8 вечера", Language.RU)).contains(EIGHT_AND_EIGHT);
		assertThat(MedicationInput.times("8am and 8pm", Language.DE)).as("English everywhere").contains(EIGHT_AND_EIGHT);
	}

	@Test
	void shouldReadHowOftenAfterANameInEachLanguageAndKeepWhatComesBefore() {
		assertThat(MedicationInput.often("Sertraline 50mg twice a day", Language.EN))
			.contains(new MedicationInput.WithOften("Sertraline 50mg", MedicationInput.Often.TWICE));
		assertThat(MedicationInput.often("Sertraline 50mg at bedtime", Language.EN))
			.contains(new MedicationInput.WithOften("Sertraline 50mg", MedicationInput.Often.BEDTIME));
		assertThat(MedicationInput.often("Sertralin 50 mg zweimal täglich", Language.DE))
			.contains(new MedicationInput.WithOften("Sertralin 50 mg", MedicationInput.Often.TWICE));
		assertThat(MedicationInput.often("Quetiapin 25 mg vor dem Schlafengehen", Language.DE))
			.contains(new MedicationInput.WithOften("Quetiapin 25 mg", MedicationInput.Often.BEDTIME));
		assertThat(MedicationInput.often("Sertralina 50 mg dos veces al dia", Language.ES)).map(MedicationInput.WithOften::often)
			.contains(MedicationInput.Often.TWICE);
		assertThat(MedicationInput.often("Sertraline 50 mg, au coucher", Language.FR))
			.contains(new MedicationInput.WithOften("Sertraline 50 mg", MedicationInput.Often.BEDTIME));
		assertThat(MedicationInput.often("Sertralina 50 mg duas vezes ao dia", Language.PT_BR)).map(MedicationInput.WithOften::often)
			.contains(MedicationInput.Often.TWICE);
		assertThat(MedicationInput.often("Сертралин 50 мг перед сном", Language.RU))
			.contains(new MedicationInput.WithOften("Сертралин 50 мг", MedicationInput.Often.BEDTIME));
		assertThat(MedicationInput.often("Sertralina 50 mg due volte al giorno", Language.IT)).map(MedicationInput.WithOften::often)
			.contains(MedicationInput.Often.TWICE);
		assertThat(MedicationInput.often("Sertraline 50mg", Language.EN)).isEmpty();
		assertThat(MedicationInput.often("twice a day", Language.EN)).as("nothing before it").isEmpty();
	}

	@Test
	void shouldReadADoseUnitTypedInAnyLanguageTandemSpeaks() {
		assertThat(DoseAmount.parse("1 Tablette")).contains(new DoseAmount(BigDecimal.ONE, "tablet"));
		assertThat(DoseAmount.parse("2 comprimés")).contains(new DoseAmount(new BigDecimal(2), "tablet"));
		assertThat(DoseAmount.parse("1 compressa")).contains(new DoseAmount(BigDecimal.ONE, "tablet"));
		assertThat(DoseAmount.parse("10 gotas")).contains(new DoseAmount(BigDecimal.TEN, "drop"));
		assertThat(DoseAmount.parse("2 таблетки")).contains(new DoseAmount(new BigDecimal(2), "tablet"));
		assertThat(DoseAmount.parse("50 мг")).contains(new DoseAmount(new BigDecimal(50), "mg"));
		assertThat(DoseAmount.parse("2 Löffel")).isEmpty();
	}

	@Test
	void shouldStillRefuseWhatIsNotATime() {
		assertThat(MedicationInput.times("morgens und abends vielleicht", Language.DE)).isEmpty();
		assertThat(MedicationInput.times("08:00, 20:00", Language.EN)).contains(EIGHT_AND_EIGHT);
	}

}
