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
		}
	}

}
