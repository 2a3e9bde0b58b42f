package app.tandem.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the risk screen on the project's evaluation corpus (written by helpers who never saw the rules) and
 * prints recall and false alarms per kind and per language, for the development part (tuned on) and the held-out
 * part (never tuned on; its messages are never printed). The held-out part must meet the bar the safety issue set.
 */
class RiskScreenEvaluationTests {

	static final double MIN_RECALL = 0.95;

	static final double MIN_RECALL_PER_GROUP = 0.90;

	static final double MAX_FALSE_ALARMS = 0.05;

	/** Kinds of safe message that must never raise a false alarm. */
	static final Set<String> NEVER_ALARMED = Set.of("grief", "medication", "everyday");

	/** The person in the corpus takes these; their names count as means like "pills". */
	static final List<String> MEDICATIONS = List.of("Sertraline 50 mg", "Quetiapine", "Lithium", "Lorazepam",
			"Venlafaxine");

	final RiskScreen screen = new RiskScreen();

	@Test
	void developmentParts() throws IOException {
		evaluate("/safety/screen-dev.tsv", true).print("development");
		evaluate("/safety/screen-dev2.tsv", true).print("second development");
	}

	@Test
	void heldOutPartMeetsTheBar() throws IOException {
		Evaluation held = evaluate("/safety/screen-heldout.tsv", false);
		held.print("held-out");

		assertThat(held.all.recall()).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
		assertThat(held.all.falseAlarmRate()).as("false alarms").isLessThanOrEqualTo(MAX_FALSE_ALARMS);
		held.byLanguage.forEach((language, tally) -> assertThat(tally.recall()).as("recall in %s", language)
			.isGreaterThanOrEqualTo(MIN_RECALL_PER_GROUP));
		held.byKind.forEach((kind, tally) -> {
			if (tally.positives > 0) {
				assertThat(tally.recall()).as("recall for %s", kind).isGreaterThanOrEqualTo(MIN_RECALL_PER_GROUP);
			}
			if (NEVER_ALARMED.contains(kind)) {
				assertThat(tally.falseAlarms).as("false alarms for %s", kind).isZero();
			}
		});
	}

	private Evaluation evaluate(String resource, boolean showMessages) throws IOException {
		Evaluation evaluation = new Evaluation(showMessages);
		for (String[] row : rows(resource)) {
			boolean risky = row[1].equals("1");
			boolean flagged = screen.screen(row[3], MEDICATIONS).isPresent();
			String why = (showMessages && flagged && !risky) ? " " + screen.explain(row[3], MEDICATIONS) : "";
			evaluation.count(row[0], row[2], risky, flagged, row[3] + why);
		}
		return evaluation;
	}

	private static List<String[]> rows(String resource) throws IOException {
		try (InputStream in = RiskScreenEvaluationTests.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t", 4))
				.toList();
		}
	}

	static final class Evaluation {

		final boolean showMessages;

		final Tally all = new Tally();

		final Map<String, Tally> byLanguage = new TreeMap<>();

		final Map<String, Tally> byKind = new TreeMap<>();

		final List<String> mistakes = new ArrayList<>();

		Evaluation(boolean showMessages) {
			this.showMessages = showMessages;
		}

		void count(String language, String kind, boolean risky, boolean flagged, String text) {
			all.count(risky, flagged);
			byLanguage.computeIfAbsent(language, l -> new Tally()).count(risky, flagged);
			byKind.computeIfAbsent(kind, k -> new Tally()).count(risky, flagged);
			if (risky != flagged) {
				mistakes.add(language + " " + kind + (risky ? " MISSED: " : " FALSE ALARM: ") + text);
			}
		}

		void print(String part) {
			System.out.printf("risk screen, %s part: recall %s, false alarms %s%n", part, all.recallText(),
					all.falseAlarmText());
			byLanguage.forEach((language, tally) -> System.out.printf("  %-16s recall %-16s false alarms %s%n",
					language, tally.recallText(), tally.falseAlarmText()));
			byKind.forEach((kind, tally) -> System.out.printf("  %-16s %s%n", kind,
					(tally.positives > 0) ? "recall " + tally.recallText() : "false alarms " + tally.falseAlarmText()));
			if (showMessages) {
				mistakes.forEach(mistake -> System.out.println("    " + mistake));
			}
		}

	}

	static final class Tally {

		int positives;

		int detected;

		int negatives;

		int falseAlarms;

		void count(boolean risky, boolean flagged) {
			if (risky) {
				positives++;
				detected += flagged ? 1 : 0;
			}
			else {
				negatives++;
				falseAlarms += flagged ? 1 : 0;
			}
		}

		double recall() {
			return (positives == 0) ? 1 : (double) detected / positives;
		}

		double falseAlarmRate() {
			return (negatives == 0) ? 0 : (double) falseAlarms / negatives;
		}

		String recallText() {
			return String.format("%.1f %% (%d/%d)", 100 * recall(), detected, positives);
		}

		String falseAlarmText() {
			return String.format("%.1f %% (%d/%d)", 100 * falseAlarmRate(), falseAlarms, negatives);
		}

	}

}
