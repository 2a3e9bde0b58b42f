package app.tandem.safety;

import org.junit.jupiter.api.Test;

import app.tandem.i18n.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KnownAtStartTests {

	@Test
	void shouldGiveBackWhatEachProfileSaidByChat() {
		KnownAtStart.Builder loaded = new KnownAtStart.Builder();
		for (long chat = 3_000; chat > 0; chat--) {
			loaded.add(chat, "ZA", false, Language.values()[(int) (chat % Language.values().length)]);
		}
		loaded.add(-1001234567890L, "DE", false, Language.values()[0]);
		loaded.add(7_000_000_001L, null, true, null);
		loaded.add(42, "AT", true, null);

		KnownAtStart atStart = loaded.build();

		assertThat(atStart.size()).isEqualTo(3_002);
		assertThat(atStart.get(-1001234567890L)).isEqualTo(new KnownAtStart.Entry("DE", false, Language.values()[0]));
		assertThat(atStart.get(7_000_000_001L)).isEqualTo(new KnownAtStart.Entry(null, true, null));
		assertThat(atStart.get(2_999)).isEqualTo(new KnownAtStart.Entry("ZA", false, Language.values()[2_999 % Language.values().length]));
		assertThat(atStart.get(42)).as("the first entry of a chat wins")
			.isEqualTo(new KnownAtStart.Entry("ZA", false, Language.values()[42 % Language.values().length]));
		assertThat(atStart.get(3_001)).isNull();
	}

	@Test
	void shouldForgetAnErasedChat() {
		KnownAtStart.Builder loaded = new KnownAtStart.Builder();
		loaded.add(1, "GB", false, null);
		loaded.add(2, "DE", false, null);
		KnownAtStart atStart = loaded.build();

		atStart.forget(1);
		atStart.forget(3);

		assertThat(atStart.get(1)).isNull();
		assertThat(atStart.get(2)).isEqualTo(new KnownAtStart.Entry("DE", false, null));
	}

	@Test
	void shouldHoldOnlyTwoLetterCountryCodes() {
		assertThat(KnownAtStart.fits("GB")).isTrue();
		assertThat(KnownAtStart.fits(null)).isTrue();
		assertThat(KnownAtStart.fits("gb")).isFalse();
		assertThat(KnownAtStart.fits("GBR")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new KnownAtStart.Builder().add(1, "GBR", false, null));
	}

}
