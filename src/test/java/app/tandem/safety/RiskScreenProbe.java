package app.tandem.safety;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Not a test: prints what the screen finds in {@code -Dprobe="text|text"}, for tuning the rules. */
class RiskScreenProbe {

	@Test
	void probe() {
		RiskScreen screen = new RiskScreen();
		for (String text : System.getProperty("probe", "").split("\\|")) {
			System.out.println(text + " => " + screen.screen(text, List.of("Sertraline")) + " "
					+ screen.explain(text, List.of("Sertraline")) + " " + ScreenText.sentences(text));
			for (String language : RiskScreen.LANGUAGES) {
				ScreenRules rules = ScreenRules.load(language);
				for (String sentence : ScreenText.sentences(text)) {
					rules.guards.stream().filter(g -> g.matcher(sentence).find()).forEach(g -> System.out.println("  guard " + language + ": " + g.matcher(sentence).results().map(r -> r.group()).toList()));
					rules.clears.stream().filter(g -> g.matcher(sentence).find()).forEach(g -> System.out.println("  clear " + language + ": " + g.matcher(sentence).results().map(r -> r.group()).toList()));
					rules.jokes.stream().filter(g -> g.matcher(sentence).find()).forEach(g -> System.out.println("  joke " + language));
				}
			}
		}
	}

}
