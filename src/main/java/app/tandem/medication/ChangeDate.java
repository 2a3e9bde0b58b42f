package app.tandem.medication;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a dose change starts, as typed: {@code today}, {@code tomorrow}, {@code yesterday}, {@code since Monday}
 * (the last Monday, today included; also {@code last Monday}), {@code from Monday} (the next one, today included), {@code 2026-11-23}; and a
 * dose typed with its day, {@code 75 mg from tomorrow}.
 */
final class ChangeDate {

	/** How far back a change may be dated. */
	static final int MAX_PAST_DAYS = 365;

	/** How far ahead a change may be dated. */
	static final int MAX_FUTURE_DAYS = 60;

	private static final Pattern WITH_DAY = Pattern.compile("(.+?)\\s+((?:from|since|starting|as of)\\b.*)",
			Pattern.CASE_INSENSITIVE);

	private ChangeDate() {
	}

	/** "75 mg from tomorrow" gives {@code ["75 mg", "from tomorrow"]}; a dose alone gives {@code ["75 mg"]}. */
	static String[] splitDose(String typed) {
		Matcher matcher = WITH_DAY.matcher(typed.strip());
		return matcher.matches() ? new String[] { matcher.group(1), matcher.group(2) } : new String[] { typed.strip() };
	}

	static Optional<LocalDate> parse(String typed, LocalDate today) {
		String lower = typed.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
		String text = lower.replaceFirst("^(from|since|starting( from)?|as of|on)\\s+", "").strip();
		boolean past = lower.startsWith("since") || text.startsWith("last ");
		Optional<LocalDate> date = switch (text) {
			case "today", "now" -> Optional.of(today);
			case "tomorrow" -> Optional.of(today.plusDays(1));
			case "yesterday" -> Optional.of(today.minusDays(1));
			default -> weekday(text).map(day -> today.with(past ? TemporalAdjusters.previousOrSame(day)
					: TemporalAdjusters.nextOrSame(day))).or(() -> iso(text));
		};
		return date.filter(d -> !d.isBefore(today.minusDays(MAX_PAST_DAYS)) && !d.isAfter(today.plusDays(MAX_FUTURE_DAYS)));
	}

	private static Optional<DayOfWeek> weekday(String text) {
		String word = text.replaceFirst("^(last|this|next)\\s+", "");
		if (word.length() < 3) {
			return Optional.empty();
		}
		return Arrays.stream(DayOfWeek.values())
			.filter(day -> day.name().toLowerCase(Locale.ROOT).startsWith(word))
			.findFirst();
	}

	private static Optional<LocalDate> iso(String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
