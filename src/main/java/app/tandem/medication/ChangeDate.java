package app.tandem.medication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.tandem.i18n.Language;
import app.tandem.i18n.Words;

/**
 * The day a dose change starts, as typed: {@code today}, {@code tomorrow}, {@code yesterday}, {@code since Monday}
 * (the last Monday, today included; also {@code last Monday}), {@code from Monday} (the next one, today included), {@code 2026-11-23}; and a
 * dose typed with its day, {@code 75 mg from tomorrow}; in English or in the person's language (the words in
 * {@code i18n/words_<tag>.properties}, weekday names from java.time).
 */
final class ChangeDate {

	/** How far back a change may be dated. */
	static final int MAX_PAST_DAYS = 365;

	/** How far ahead a change may be dated. */
	static final int MAX_FUTURE_DAYS = 60;

	private ChangeDate() {
	}

	/** "75 mg from tomorrow" gives {@code ["75 mg", "from tomorrow"]}; a dose alone gives {@code ["75 mg"]}. */
	static String[] splitDose(String typed) {
		return splitDose(typed, Language.EN);
	}

	/** As {@link #splitDose(String)}, with the person's words for "from" and "since" ({@code 75 mg ab morgen}). */
	static String[] splitDose(String typed, Language language) {
		String[] words = typed.strip().split("\\s+");
		List<String> starts = new ArrayList<>(Words.of(language, "date.from"));
		starts.addAll(Words.of(language, "date.since"));
		for (int i = 1; i < words.length; i++) {
			String rest = String.join(" ", Arrays.asList(words).subList(i, words.length));
			String folded = Words.fold(rest);
			// "1 compressa da 50 mg" is a dose, not a dose and a day: only a day that reads as one splits it off.
			if (starts.stream().anyMatch(start -> folded.startsWith(start + " "))
					&& dayOf(rest, LocalDate.EPOCH, language).isPresent()) {
				return new String[] { String.join(" ", Arrays.asList(words).subList(0, i)), rest };
			}
		}
		return new String[] { typed.strip() };
	}

	static Optional<LocalDate> parse(String typed, LocalDate today) {
		return parse(typed, today, Language.EN);
	}

	/** A day typed in the person's language or in English: {@code ab morgen}, {@code desde el lunes}, {@code вчера}. */
	static Optional<LocalDate> parse(String typed, LocalDate today, Language language) {
		return dayOf(typed, today, language)
			.filter(d -> !d.isBefore(today.minusDays(MAX_PAST_DAYS)) && !d.isAfter(today.plusDays(MAX_FUTURE_DAYS)));
	}

	private static Optional<LocalDate> dayOf(String typed, LocalDate today, Language language) {
		String text = Words.fold(typed).replaceAll("[.!]+$", "");
		boolean past = false;
		String since = leading(text, Words.of(language, "date.since"));
		if (!since.equals(text)) {
			past = true;
			text = since;
		}
		else {
			text = leading(text, Words.of(language, "date.from"));
		}
		String last = trailing(leading(text, Words.of(language, "date.last")), Words.of(language, "date.last"));
		past = past || !last.equals(text);
		text = leading(last, Words.of(language, "date.this"));
		boolean backwards = past;
		if (Words.of(language, "date.today").contains(text)) {
			return Optional.of(today);
		}
		if (Words.of(language, "date.tomorrow").contains(text)) {
			return Optional.of(today.plusDays(1));
		}
		if (Words.of(language, "date.yesterday").contains(text)) {
			return Optional.of(today.minusDays(1));
		}
		return Words.weekday(text, language, 3)
			.map(day -> today.with(backwards ? TemporalAdjusters.previousOrSame(day) : TemporalAdjusters.nextOrSame(day)))
			.or(() -> iso(typed.strip()));
	}

	/** The text without the longest of the words at its end ("el viernes pasado", "lunedì scorso"). */
	private static String trailing(String text, Set<String> words) {
		return words.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.filter(word -> text.endsWith(" " + word))
			.findFirst()
			.map(word -> text.substring(0, text.length() - word.length() - 1).strip())
			.orElse(text);
	}

	/** The text without the longest of the words at its start. */
	private static String leading(String text, Set<String> words) {
		return words.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.filter(word -> text.startsWith(word + " "))
			.findFirst()
			.map(word -> text.substring(word.length() + 1).strip())
			.orElse(text);
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
