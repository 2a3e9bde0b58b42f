package app.tandem.safety;

import java.util.Locale;

/**
 * The two standard screening questionnaires, scored 0–3 per item over the last two weeks. Item wording lives in
 * the message bundle ({@code phq9.item.1} …); bands follow the instruments' published cut-offs.
 */
enum Questionnaire {

	PHQ9(9, new int[] { 5, 10, 15, 20 }, new String[] { "minimal", "mild", "moderate", "moderately-severe", "severe" }),
	GAD7(7, new int[] { 5, 10, 15 }, new String[] { "minimal", "mild", "moderate", "severe" });

	private final int items;

	private final int[] cutOffs;

	private final String[] bands;

	Questionnaire(int items, int[] cutOffs, String[] bands) {
		this.items = items;
		this.cutOffs = cutOffs;
		this.bands = bands;
	}

	int items() {
		return items;
	}

	int maxScore() {
		return items * 3;
	}

	/** The band a total falls in, e.g. {@code moderate}. */
	String band(int total) {
		int band = 0;
		while (band < cutOffs.length && total >= cutOffs[band]) {
			band++;
		}
		return bands[band];
	}

	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Questionnaire of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
