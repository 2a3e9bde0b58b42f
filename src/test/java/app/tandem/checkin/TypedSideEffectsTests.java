package app.tandem.checkin;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.tandem.i18n.Language;
import app.tandem.i18n.Messages;
import app.tandem.i18n.MessagesTestAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Side effects typed as a list at the side-effects question, in each language Tandem speaks.
 */
class TypedSideEffectsTests {

	static final Messages MESSAGES = MessagesTestAccess.english();

	static final List<String> HEADACHE_AND_NAUSEA = List.of("headache", "nausea");

	@Test
	void shouldReadTwoSideEffectsJoinedByTheWordForAndInEachLanguage() {
		assertThat(read("headache and nausea", Language.EN)).contains(HEADACHE_AND_NAUSEA);
		assertThat(read("Kopfschmerzen und Übelkeit", Language.DE)).contains(HEADACHE_AND_NAUSEA);
		assertThat(read("dolor de cabeza y náuseas", Language.ES)).contains(HEADACHE_AND_NAUSEA);
		assertThat(read("maux de tête et nausée", Language.FR)).as("singular").contains(HEADACHE_AND_NAUSEA);
		assertThat(read("mal di testa e nausea", Language.IT)).contains(HEADACHE_AND_NAUSEA);
		assertThat(read("dor de cabeça e náusea", Language.PT_BR)).contains(HEADACHE_AND_NAUSEA);
		assertThat(read("dor de cabeça e náuseas", Language.PT_PT)).contains(HEADACHE_AND_NAUSEA);
		assertThat(read("головная боль и тошнота", Language.RU)).contains(HEADACHE_AND_NAUSEA);
		assertThat(read("headache and nausea", Language.DE)).as("English everywhere").contains(HEADACHE_AND_NAUSEA);
	}

	@Test
	void shouldReadALongerListAndALabelWithACommaInIt() {
		assertThat(read("Headaches, nausea & dizziness.", Language.EN))
			.contains(List.of("headache", "nausea", "dizziness"));
		assertThat(read("тошнота и беспокойство, неусидчивость", Language.RU))
			.contains(List.of("nausea", "restlessness"));
	}

	@Test
	void shouldLeaveAListWithAnUnknownWordOrASingleSideEffectUnread() {
		assertThat(read("headache and a bit of nausea", Language.EN)).isEmpty();
		assertThat(read("headache and tinnitus", Language.EN)).isEmpty();
		assertThat(read("nausea", Language.EN)).isEmpty();
		assertThat(read("nausea and nausea", Language.EN)).isEmpty();
	}

	private static java.util.Optional<List<String>> read(String text, Language language) {
		return TypedSideEffects.in(MESSAGES, language.locale(), language).read(text);
	}

}
