package app.tandem.time;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local time of day as typed: {@code 20:00}, {@code 8pm}, {@code 8:30 pm}, {@code 2000}, {@code 20.30},
 * {@code 20h}, {@code 8}.
 */
public final class ClockTimeInput {

	private static final Pattern TIME = Pattern
		.compile("(\\d{1,2})(?:\\s*[:.h]\\s*(\\d{2}))?\\s*(am|a\\.m\\.|pm|p\\.m\\.|h)?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{2})(\\d{2})");

	private ClockTimeInput() {
	}

	public static Optional<LocalTime> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String text = input.strip().toLowerCase(Locale.ROOT);
		Matcher compact = COMPACT.matcher(text);
		if (compact.matches()) {
			return of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)));
		}
		Matcher matcher = TIME.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(matcher.group(1));
		int minute = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0;
		String suffix = matcher.group(3);
		if (suffix != null && !"h".equals(suffix)) {
			if (hour < 1 || hour > 12) {
				return Optional.empty();
			}
			hour = (hour % 12) + (suffix.startsWith("p") ? 12 : 0);
		}
		return of(hour, minute);
	}

	private static Optional<LocalTime> of(int hour, int minute) {
		if (hour > 23 || minute > 59) {
			return Optional.empty();
		}
		return Optional.of(LocalTime.of(hour, minute));
	}

}
