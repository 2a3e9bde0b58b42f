package app.tandem.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import app.tandem.safety.RiskScreenEvaluationTests.Evaluation;

/**
 * How the screen does on a writer its model has not learnt from, measured on development data only: each training
 * part (each written by different writers) is screened by a screen whose model learnt from all the other parts
 * (leave one part out). The rules were written against these parts, so the figures flatter the rules; they compare
 * model settings and features fairly, without a look at the held-out parts.
 * <p>
 * {@code mvn -B test -Dtest=ScreenCrossValidationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; settings can be
 * varied with {@code -Dcv.epochs}, {@code -Dcv.l2}, {@code -Dcv.rate}, {@code -Dcv.bits}, {@code -Dcv.riskWeight},
 * {@code -Dcv.runs}. Besides the screen's figures it prints the model's alone and the recall rules and model reach at
 * 1 to 7 % false alarms, which compares models at equal false alarms.
 */
class ScreenCrossValidationBenchmark {

	@Test
	void eachPartScreenedByAModelThatNeverLearntFromIt() throws IOException {
		RiskModel.Settings shipped = TrainedModel.SETTINGS;
		RiskModel.Settings settings = new RiskModel.Settings(Integer.getInteger("cv.bits", shipped.bits()),
				Integer.getInteger("cv.epochs", shipped.epochs()),
				Double.parseDouble(System.getProperty("cv.rate", "" + shipped.learningRate())),
				Double.parseDouble(System.getProperty("cv.l2", "" + shipped.l2())),
				Double.parseDouble(System.getProperty("cv.riskWeight", "" + shipped.riskWeight())), shipped.seed(),
				Integer.getInteger("cv.runs", shipped.runs()));
		System.out.println("settings " + settings);
		SecondOpinion reader = new RiskScreen(screen -> CompletableFuture.completedFuture(null)).secondOpinion();
		List<String> parts = TrainedModel.parts();
		Map<String, List<RiskModel.Example>> examples = new LinkedHashMap<>();
		for (String part : parts) {
			examples.put(part, TrainedModel.examples(reader, List.of(part)));
		}
		Evaluation pooled = new Evaluation(false);
		Evaluation rulesOnly = new Evaluation(false);
		Evaluation modelAlone = new Evaluation(false);
		List<Double> missedRisk = new ArrayList<>();
		List<Double> quietSafe = new ArrayList<>();
		// the model's raw reading of each risk message a rule heard: what a veto by the model would have silenced
		List<Double> heardByRules = new ArrayList<>();
		int[] caught = new int[2];
		Set<String> medications = MedicationWords.of(RiskScreenEvaluationTests.MEDICATIONS);
		RiskScreen withoutModel = new RiskScreen(screen -> CompletableFuture.completedFuture(null));
		long start = System.nanoTime();
		for (String part : parts) {
			List<RiskModel.Example> others = new ArrayList<>();
			examples.forEach((name, those) -> {
				if (!name.equals(part)) {
					others.addAll(those);
				}
			});
			RiskModel model = RiskModel.train(others, settings);
			RiskScreen screen = new RiskScreen(opinion -> CompletableFuture.completedFuture(model));
			Evaluation fold = new Evaluation(false);
			for (String[] row : rows("/safety/training/" + part)) {
				boolean risky = row[1].equals("1");
				boolean flagged = screen.screen(row[3], RiskScreenEvaluationTests.MEDICATIONS).isPresent();
				fold.count(row[0], row[2], risky, flagged, row[3]);
				pooled.count(row[0], row[2], risky, flagged, row[3]);
				boolean rules = withoutModel.screen(row[3], RiskScreenEvaluationTests.MEDICATIONS).isPresent();
				rulesOnly.count(row[0], row[2], risky, rules, row[3]);
				if (risky || !rules) {
					double reading = screen.secondOpinion().reading(row[3], medications);
					modelAlone.count(row[0], row[2], risky, reading >= TrainedModel.THRESHOLD, row[3]);
					if (!rules) {
						(risky ? missedRisk : quietSafe).add(reading);
					}
				}
				if (rules) {
					caught[risky ? 0 : 1]++;
					if (risky) {
						List<String> input = reader.modelInput(row[3], medications);
						heardByRules.add(input.isEmpty() ? 1.0 : model.highest(input));
					}
				}
			}
			System.out.printf("left out %-18s recall %-18s false alarms %s%n", part, fold.all.recallText(),
					fold.all.falseAlarmText());
		}
		System.out.printf("rules alone: recall %s, false alarms %s%n", rulesOnly.all.recallText(),
				rulesOnly.all.falseAlarmText());
		pooled.print("every part left out in turn");
		modelAlone.print("the model alone (every risk message; safe ones the rules leave alone)");
		printAtEqualFalseAlarms(caught[0], missedRisk, caught[1], quietSafe);
		printVetoCost(heardByRules);
		System.out.printf("took %d s%n", (System.nanoTime() - start) / 1_000_000_000);
	}

	/**
	 * The recall of the rules and the model together when the model's threshold is set so that the whole raises a
	 * given share of false alarms: compares models whatever their calibration (the higher thresholds beside a sign
	 * are left out, so the figures are a little above the screen's).
	 *
	 * @param missedRisk the model's readings of the risk messages the rules miss
	 * @param quietSafe the model's readings of the safe messages the rules leave alone
	 */
	private static void printAtEqualFalseAlarms(int riskCaught, List<Double> missedRisk, int safeAlarmed,
			List<Double> quietSafe) {
		List<Double> safe = quietSafe.stream().sorted(Comparator.reverseOrder()).toList();
		int allRisk = riskCaught + missedRisk.size();
		int allSafe = safeAlarmed + safe.size();
		for (double falseAlarms : new double[] { 0.01, 0.02, 0.03, 0.04, 0.05, 0.07 }) {
			int allowed = (int) Math.round(falseAlarms * allSafe) - safeAlarmed;
			double threshold = safe.get(Math.max(0, Math.min(safe.size() - 1, allowed)));
			long heard = missedRisk.stream().filter(reading -> reading > threshold).count();
			System.out.printf("rules + model at %.0f %% false alarms: threshold %.3f, recall %.1f %%%n", falseAlarms * 100,
					threshold, 100.0 * (riskCaught + heard) / allRisk);
		}
	}

	/**
	 * Why the model never overrules a rule: how many of the risk messages the rules hear the model (which never
	 * learnt from their part) reads as near-certainly safe. On 2 December 2026 (34 parts) 14 of 12,623 below 0.05,
	 * 45 below 0.1 — self-harm told with a "lol", a plan in everyday words, a goodbye with no word of death — against
	 * 9 and 14 of the 33 false alarms the rules raised on the twenty-ninth and thirtieth parts when they were fresh
	 * (read by models that had not learnt those parts): a veto would trade risks told plainly for questions asked in
	 * vain, so the model only ever adds the concern tier where no rule fired.
	 */
	private static void printVetoCost(List<Double> heardByRules) {
		for (double below : new double[] { 0.01, 0.02, 0.05, 0.1, 0.2 }) {
			long silenced = heardByRules.stream().filter(reading -> reading < below).count();
			System.out.printf("a veto below %.2f would silence %d of the %d risk messages the rules hear%n", below,
					silenced, heardByRules.size());
		}
	}

	private static List<String[]> rows(String resource) throws IOException {
		try (InputStream in = ScreenCrossValidationBenchmark.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t", 4))
				.toList();
		}
	}

}
