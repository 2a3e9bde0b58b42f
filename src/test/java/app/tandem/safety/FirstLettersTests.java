package app.tandem.safety;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstLettersTests {

	@Test
	void shouldReadTheFirstLettersOffWordAlternations() {
		assertThat(FirstLetters.of("(?:took|tired|end) me|kms")).containsExactly('e', 'k', 't');
		assertThat(FirstLetters.of("(?:my )?life")).isNull();
		assertThat(FirstLetters.of("\\S+ pills")).isNull();
	}

	@Test
	void shouldMatchTheSameTextsWhenDispatchedByLetter() {
		List<String> alternatives = List.of("(?:took|tired|end) (?:\\S+ ){0,2}me", "kms", "(?:my )?life", "tonight");
		Pattern original = Pattern.compile("(?:" + String.join("|", alternatives) + ")");

		for (String text : List.of("took me", "tired of me", "end it for me", "kms", "life", "my life", "tonight",
				"toni", "tired", "ending me", "k")) {
			boolean dispatched = FirstLetters.byLetter(alternatives)
				.entrySet()
				.stream()
				.anyMatch(group -> Pattern.compile((group.getKey() == FirstLetters.UNKNOWN)
						? "(?:" + String.join("|", group.getValue()) + ")" : FirstLetters.trie(group.getValue(), 4))
					.matcher(text)
					.matches());
			assertThat(dispatched).as(text).isEqualTo(original.matcher(text).matches());
		}
	}

	@Test
	void shouldLeaveOutLookaroundsSoAFirstScanCanOnlySayYesTooOften() {
		assertThat(Lookarounds.remove("(?<!not )kill(?! time) (?:my)?self")).isEqualTo("kill (?:my)?self");
	}

}
