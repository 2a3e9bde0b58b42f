package app.tandem.checkin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.tandem.conversation.ConversationState;

/**
 * What a check-in in progress remembers between steps, kept in the conversation state: the entry's date, the side
 * effects chosen so far, which one's severity is being asked, whether "Other…" is waiting for words, and whether the
 * entry is for an earlier day than the one it is filled in on (a back-fill: the questions speak about that day).
 */
record CheckInDraft(LocalDate date, List<String> chosen, int severityIndex, boolean awaitingOther,
		List<String> medications, boolean pastDay) {

	static final String OTHER_PREFIX = "other:";

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

	static CheckInDraft of(ConversationState state) {
		return new CheckInDraft(LocalDate.parse(state.draft("date")), list(state.draft("chosen")),
				Integer.parseInt(state.answers().getOrDefault("severity", "0")),
				Boolean.parseBoolean(state.draft("awaitingOther")), list(state.draft("meds")),
				Boolean.parseBoolean(state.draft("pastDay")));
	}

	static CheckInDraft first(LocalDate date, boolean pastDay) {
		return new CheckInDraft(date, List.of(), 0, false, List.of(), pastDay);
	}

	private static List<String> list(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split("\\|"));
	}

	static Map<String, String> start(LocalDate date, boolean pastDay) {
		return Map.of("date", date.toString(), "chosen", "", "severity", "0", "awaitingOther", "false", "pastDay",
				Boolean.toString(pastDay));
	}

	/** The date as it appears in button data, so a button of another day's check-in is recognised as closed. */
	String dateKey() {
		return COMPACT.format(date);
	}

	CheckInDraft toggle(String effect) {
		List<String> next = new ArrayList<>(chosen);
		if (!next.remove(effect)) {
			next.add(effect);
		}
		return new CheckInDraft(date, List.copyOf(next), severityIndex, false, medications, pastDay);
	}

	CheckInDraft withOther(String words) {
		List<String> next = new ArrayList<>(chosen);
		next.add(OTHER_PREFIX + words.replace('|', '/'));
		return new CheckInDraft(date, List.copyOf(next), severityIndex, false, medications, pastDay);
	}

	CheckInDraft waitingForOther() {
		return new CheckInDraft(date, chosen, severityIndex, true, medications, pastDay);
	}

	CheckInDraft atSeverity(int index) {
		return new CheckInDraft(date, chosen, index, false, medications, pastDay);
	}

	/** The person's medications at the moment they are asked which one a side effect might be from. */
	CheckInDraft withMedications(List<String> names) {
		return new CheckInDraft(date, chosen, severityIndex, false,
				names.stream().map(name -> name.replace('|', '/')).toList(), pastDay);
	}

	Map<String, String> toMap() {
		Map<String, String> map = new HashMap<>();
		map.put("chosen", String.join("|", chosen));
		map.put("severity", Integer.toString(severityIndex));
		map.put("awaitingOther", Boolean.toString(awaitingOther));
		map.put("meds", String.join("|", medications));
		return map;
	}

	/** The name to store for a chosen effect: the key of a common one, the person's words for another. */
	static String effectName(String chosen) {
		return chosen.startsWith(OTHER_PREFIX) ? chosen.substring(OTHER_PREFIX.length()) : chosen;
	}

}
