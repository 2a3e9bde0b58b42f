package app.tandem.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the committed corpus through the risk screen and prints recall and false-positive rate per language. Fails
 * below 95 % recall or above 10 % false positives in any language.
 */
class RiskScreenCorpusTests {

	static final double MIN_RECALL = 0.95;

	static final double MAX_FALSE_POSITIVES = 0.10;

	final RiskScreen screen = new RiskScreen();

	@Test
	void shouldMeetTheRecallAndFalsePositiveBarInEveryLanguage() throws IOException {
		Map<String, Tally> tallies = new TreeMap<>();
		List<String> misses = new ArrayList<>();
		for (String[] row : corpus()) {
			Tally tally = tallies.computeIfAbsent(row[0], language -> new Tally());
			boolean expected = row[1].equals("1");
			boolean flagged = screen.screen(row[2]).isPresent();
			tally.count(expected, flagged);
			if (expected != flagged) {
				misses.add(row[0] + (expected ? " missed: " : " false alarm: ") + row[2]);
			}
		}

		tallies.forEach((language, tally) -> System.out.printf("risk screen %s: recall %.1f %% (%d/%d), "
				+ "false positives %.1f %% (%d/%d)%n", language, 100 * tally.recall(), tally.truePositives,
				tally.positives, 100 * tally.falsePositiveRate(), tally.falsePositives, tally.negatives));
		misses.forEach(miss -> System.out.println("  " + miss));

		assertThat(tallies.keySet()).contains("en", "es", "de", "fr", "pt", "ru");
		tallies.forEach((language, tally) -> {
			assertThat(tally.recall()).as("recall in %s", language).isGreaterThanOrEqualTo(MIN_RECALL);
			assertThat(tally.falsePositiveRate()).as("false positives in %s", language)
				.isLessThanOrEqualTo(MAX_FALSE_POSITIVES);
		});
	}

	private static List<String[]> corpus() throws IOException {
		try (InputStream in = RiskScreenCorpusTests.class.getResourceAsStream("/safety/screening-corpus.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t", 3))
				.toList();
		}
	}

	static final class Tally {

		int positives;

		int truePositives;

		int negatives;

		int falsePositives;

		void count(boolean expected, boolean flagged) {
			if (expected) {
				positives++;
				truePositives += flagged ? 1 : 0;
			}
			else {
				negatives++;
				falsePositives += flagged ? 1 : 0;
			}
		}

		double recall() {
			return (positives == 0) ? 1 : (double) truePositives / positives;
		}

		double falsePositiveRate() {
			return (negatives == 0) ? 0 : (double) falsePositives / negatives;
		}

	}

}
