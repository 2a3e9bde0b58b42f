package app.tandem.safety;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegexTrieTests {

	@Test
	void shouldMatchExactlyTheWordsTheAlternationMatched() {
		String alternation = "(?:kill|killing|kil|end|ending|suicid\\S*|off|offing) myself";
		Pattern original = Pattern.compile(alternation);
		Pattern trie = Pattern.compile(RegexTrie.optimize(alternation));

		for (String text : List.of("kill myself", "killing myself", "kil myself", "end myself", "ending myself",
				"suicidal myself", "suicide myself", "off myself", "offing myself", "kills myself", "ki myself",
				"endin myself", "of myself", "myself")) {
			assertThat(trie.matcher(text).matches()).as(text).isEqualTo(original.matcher(text).matches());
		}
		assertThat(RegexTrie.optimize(alternation)).doesNotContain("killing|");
	}

	@Test
	void shouldLeaveGroupsWithRegexInsideAsTheyAre() {
		String pattern = "(?:muert[oa]|vivo|viva) (?:a|b)";

		assertThat(RegexTrie.optimize(pattern)).isEqualTo(pattern);
	}

}
