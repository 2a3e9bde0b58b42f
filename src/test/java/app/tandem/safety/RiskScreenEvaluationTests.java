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
 * prints recall and false alarms per kind and per language, for the development parts (tuned on) and the held-out
 * part (never tuned on; its messages are never printed), and whether the held-out part meets the safety issue's bar.
 */
class RiskScreenEvaluationTests {

	/** The bar the safety issue sets for the held-out part: overall, and for every kind and every language. */
	static final Bar ISSUE_BAR = new Bar(0.95, 0.90, 0.05);

	/**
	 * What the held-out part must not fall below: the figures measured when the rules were last changed, rounded
	 * down. A change that loses recall or adds false alarms fails here; the issue's bar is printed beside it.
	 */
	static final Bar HELD_OUT_FLOOR = new Bar(0.84, 0.70, 0.02);

	/** The development parts, tuned on, must stay near-perfect: a rule edit that breaks one fails here. */
	static final Bar DEVELOPMENT_FLOOR = new Bar(0.97, 0.90, 0.01);

	/** Kinds of safe message that must never raise a false alarm. */
	static final Set<String> NEVER_ALARMED = Set.of("grief", "medication", "everyday");

	/** The person in the corpus takes these; their names count as means like "pills". */
	static final List<String> MEDICATIONS = List.of("Sertraline 50 mg", "Quetiapine", "Lithium", "Lorazepam",
			"Venlafaxine");

	final RiskScreen screen = new RiskScreen();

	@Test
	void developmentPartsStayAboveTheirFloor() throws IOException {
		List<Evaluation> developmentParts = new ArrayList<>();
		for (String part : List.of("/safety/screen-dev.tsv", "/safety/screen-dev2.tsv", "/safety/screen-dev3.tsv",
				"/safety/screen-dev4.tsv")) {
			Evaluation dev = evaluate(part, true);
			dev.print("development " + part);
			developmentParts.add(dev);
		}
		developmentParts.forEach(dev -> assertMeets(dev, DEVELOPMENT_FLOOR));
	}

	@Test
	void heldOutPartStaysAboveItsFloor() throws IOException {
		Evaluation held = evaluate("/safety/screen-heldout.tsv", false);
		held.print("held-out");
		System.out.println("  the safety issue's bar (recall >= 95 %, >= 90 % per kind and language, false alarms <= 5 %) is "
				+ (meets(held, ISSUE_BAR) ? "met" : "NOT met yet"));

		assertMeets(held, HELD_OUT_FLOOR);
	}

	private static boolean meets(Evaluation evaluation, Bar bar) {
		try {
			assertMeets(evaluation, bar);
			return true;
		}
		catch (AssertionError ex) {
			return false;
		}
	}

	private static void assertMeets(Evaluation evaluation, Bar bar) {
		assertThat(evaluation.all.recall()).as("recall").isGreaterThanOrEqualTo(bar.recall());
		assertThat(evaluation.all.falseAlarmRate()).as("false alarms").isLessThanOrEqualTo(bar.falseAlarms());
		evaluation.byLanguage.forEach((language, tally) -> assertThat(tally.recall()).as("recall in %s", language)
			.isGreaterThanOrEqualTo(bar.recallPerGroup()));
		evaluation.byKind.forEach((kind, tally) -> {
			if (tally.positives > 0) {
				assertThat(tally.recall()).as("recall for %s", kind).isGreaterThanOrEqualTo(bar.recallPerGroup());
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

	/** Minimum recall overall and per kind and language, and maximum false alarms overall. */
	record Bar(double recall, double recallPerGroup, double falseAlarms) {
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
