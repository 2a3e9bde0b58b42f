package app.tandem.medication;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.tandem.i18n.Wording;
import app.tandem.i18n.Words;

/**
 * A dose as the prescription says it: {@code 50 mg}, {@code 1 tablet}, {@code 10 ml}.
 */
public record DoseAmount(BigDecimal amount, String unit) {

	private static final Pattern DOSE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*([\\p{L}µ]+)\\.?");

	private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("mg", "mg"), Map.entry("mcg", "mcg"),
			Map.entry("µg", "mcg"), Map.entry("ug", "mcg"), Map.entry("g", "g"), Map.entry("ml", "ml"),
			Map.entry("iu", "IU"), Map.entry("units", "units"), Map.entry("unit", "units"),
			Map.entry("tablet", "tablet"), Map.entry("tablets", "tablet"), Map.entry("tab", "tablet"),
			Map.entry("tabs", "tablet"), Map.entry("pill", "tablet"), Map.entry("pills", "tablet"),
			Map.entry("capsule", "capsule"), Map.entry("capsules", "capsule"), Map.entry("caps", "capsule"),
			Map.entry("drop", "drop"), Map.entry("drops", "drop"), Map.entry("puff", "puff"),
			Map.entry("puffs", "puff"), Map.entry("patch", "patch"), Map.entry("sachet", "sachet"));

	/** Units said in words (and counted: one tablet, two tablets); the rest are symbols ("mg"). */
	private static final Set<String> COUNTED = Set.of("tablet", "capsule", "drop", "puff", "patch", "sachet", "units");

	/** The same units as typed in every language Tandem speaks ("Tabletten", "comprimés", "таблетки", "мг"). */
	private static final Map<String, String> UNITS_IN_WORDS = unitsInWords();

	static final BigDecimal MAX = new BigDecimal("100000");

	public DoseAmount {
		BigDecimal plain = amount.stripTrailingZeros();
		amount = (plain.scale() < 0) ? plain.setScale(0) : plain;
	}

	/** Reads a typed dose; empty when the number or the unit cannot be read. */
	public static Optional<DoseAmount> parse(String text) {
		Matcher matcher = DOSE.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String typed = matcher.group(2);
		String unit = UNITS.getOrDefault(typed, UNITS_IN_WORDS.get(Words.fold(typed)));
		BigDecimal amount = new BigDecimal(matcher.group(1).replace(',', '.'));
		if (unit == null || amount.signum() <= 0 || amount.compareTo(MAX) > 0) {
			return Optional.empty();
		}
		return Optional.of(new DoseAmount(amount, unit));
	}

	private static Map<String, String> unitsInWords() {
		Map<String, String> units = new HashMap<>();
		for (String unit : List.of("tablet", "capsule", "drop", "puff", "patch", "sachet", "units", "mg", "ml", "mcg")) {
			Words.inAnyLanguage("unit." + unit).forEach(word -> units.putIfAbsent(word, unit));
		}
		return Map.copyOf(units);
	}

	/** This dose in the person's language: "2 tablets", "2 Tabletten", "0,5 mg". */
	public String text(Wording words) {
		return COUNTED.contains(unit) ? words.get("dose.unit." + unit, amount) : words.get("dose.amount", amount, unit);
	}

	/** The dose in Tandem's stored, English form ("2 tablets"), for exports; people read {@link #text}. */
	@Override
	public String toString() {
		String number = amount.toPlainString();
		boolean countable = unit.equals("tablet") || unit.equals("capsule") || unit.equals("drop")
				|| unit.equals("puff") || unit.equals("patch") || unit.equals("sachet");
		return number + " " + ((countable && amount.compareTo(BigDecimal.ONE) != 0) ? unit + "s" : unit);
	}

}
