package app.tandem.safety;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Misspelt risk words read as the word they are closest to. */
class FuzzyWordsTests {

	@Test
	void shouldReadAMisspeltRiskWordAsTheWordItIsClosestTo() {
		FuzzyWords words = new FuzzyWords(Set.of("overdose", "suicide", "pills"));

		assertThat(words.correct("overdoze")).isEqualTo("overdose");
		assertThat(words.correct("sucide")).isEqualTo("suicide");
		assertThat(words.correct("overdoses")).as("an ending the rules spell out themselves").isEqualTo("overdoses");
		assertThat(words.correct("pizza")).as("a first letter that matches is not enough").isEqualTo("pizza");
	}

	@Test
	void shouldLeaveARealWordOfTheLanguageAsItIsThoughOneSwapFromARiskWord() {
		FuzzyWords words = new FuzzyWords(Set.of("sterben"), Set.of("streben"));

		assertThat(words.correct("streben")).isEqualTo("streben");
		assertThat(words.correct("stebren")).as("still a misspelling").isEqualTo("sterben");
	}

	/**
	 * "ucciderni" is one letter from both "uccidermi" and "uccidersi", which different rules read: the screen read
	 * it as either, depending on the order an immutable set happened to have in that run of the JVM.
	 */
	@Test
	void shouldReadATokenAsCloseToTwoWordsAsTheFirstOfThemInEveryRun() {
		List<String> tied = List.of("ucciderni", "abcdex", "bcdefx", "cdefgx", "defghx", "efghix", "fghijx", "ghijkx",
				"hijklx", "ijklmx");
		Set<String> lexicon = new LinkedHashSet<>(List.of("uccidersi", "uccidermi"));
		for (String token : tied.subList(1, tied.size())) {
			String stem = token.substring(0, 5);
			lexicon.add(stem + "z");
			lexicon.add(stem + "y");
		}
		FuzzyWords words = new FuzzyWords(lexicon);

		assertThat(words.correct("ucciderni")).isEqualTo("uccidermi");
		for (String token : tied.subList(1, tied.size())) {
			assertThat(words.correct(token)).as(token).isEqualTo(token.substring(0, 5) + "y");
		}
	}

}
