package app.tandem.medication;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import app.tandem.i18n.Messages;
import app.tandem.i18n.MessagesTestAccess;

import static org.assertj.core.api.Assertions.assertThat;

class DoseAmountTextTests {

	final Messages messages = MessagesTestAccess.english();

	@Test
	void shouldWriteCountedUnitsFromTheBundleWithTheLanguagesPlural() {
		assertThat(dose("1 tablet").text(messages.in(Locale.ENGLISH))).isEqualTo("1 tablet");
		assertThat(dose("2 tabs").text(messages.in(Locale.ENGLISH))).isEqualTo("2 tablets");
		assertThat(dose("0.5 tablet").text(messages.in(Locale.ENGLISH))).isEqualTo("0.5 tablets");
		assertThat(dose("1 unit").text(messages.in(Locale.ENGLISH))).isEqualTo("1 unit");
	}

	@Test
	void shouldWriteSymbolUnitsWithTheLanguagesDecimalsAndNoGrouping() {
		assertThat(dose("1500 mg").text(messages.in(Locale.ENGLISH))).isEqualTo("1500 mg");
		assertThat(dose("0.5 mg").text(messages.in(Locale.GERMAN))).isEqualTo("0,5 mg");
		assertThat(dose("0.5 mg").text(messages.in(Locale.ENGLISH))).isEqualTo("0.5 mg");
	}

	private static DoseAmount dose(String typed) {
		return DoseAmount.parse(typed).orElseThrow();
	}

}
