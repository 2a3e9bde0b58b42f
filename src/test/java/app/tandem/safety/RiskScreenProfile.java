package app.tandem.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Not a test: the slowest rules on a long note, for tuning. */
class RiskScreenProfile {

	@Test
	void profile() {
		String note = (RiskScreenBenchmark.NOTE + RiskScreenBenchmark.NOTE + RiskScreenBenchmark.NOTE).substring(0, 2000);
		List<String> sentences = ScreenText.sentences(note);
		List<Object[]> costs = new ArrayList<>();
		long total = 0;
		for (String language : RiskScreen.LANGUAGES) {
			ScreenRules rules = ScreenRules.load(language);
			List<java.util.regex.Pattern> all = new ArrayList<>();
			rules.rules.forEach(r -> all.add(r.pattern()));
			all.addAll(rules.guards); all.addAll(rules.clears); all.addAll(rules.hopeless); all.addAll(rules.intent); all.addAll(rules.jokes);
			int i = 0;
			for (java.util.regex.Pattern p : all) {
				i++;
				for (int w = 0; w < 50; w++) { for (String s : sentences) p.matcher(s).find(); }
				long start = System.nanoTime();
				for (int w = 0; w < 100; w++) { for (String s : sentences) p.matcher(s).find(); }
				long nanos = (System.nanoTime() - start) / 100;
				total += nanos;
				costs.add(new Object[] { nanos, language + "#" + i + " " + p.pattern().substring(0, Math.min(120, p.pattern().length())) });
			}
		}
		for (String language : RiskScreen.LANGUAGES) {
			ScreenRules rules = ScreenRules.load(language);
			long passing = sentences.stream().filter(x -> rules.any.matcher(x).find()).count();
			long start = System.nanoTime();
			for (int w = 0; w < 100; w++) { for (String x : sentences) rules.any.matcher(x).find(); }
			System.out.printf("%s: %d of %d sentences pass the first scan, which takes %.2f ms%n", language, passing, sentences.size(), (System.nanoTime() - start) / 100 / 1e6);
			sentences.stream().filter(x -> rules.any.matcher(x).find()).limit(3).forEach(x -> System.out.println("   " + x));
		}
		costs.sort(Comparator.comparing((Object[] c) -> (Long) c[0]).reversed());
		System.out.printf("total %.2f ms over %d sentences%n", total / 1e6, sentences.size());
		costs.stream().limit(25).forEach(c -> System.out.printf("%8.1f us  %s%n", (Long) c[0] / 1e3, c[1]));
	}

}
