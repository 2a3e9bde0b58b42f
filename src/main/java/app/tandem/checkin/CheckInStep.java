package app.tandem.checkin;

import java.util.Locale;

/**
 * The steps of the check-in, in order. Each is one message with buttons and can be skipped; Back returns to the
 * previous one.
 */
enum CheckInStep {

	MOOD, ANXIETY, SLEEP_HOURS, SLEEP_QUALITY, SIDE_EFFECTS, SEVERITY, MEDICATION, EXERCISE, MINDFULNESS, SOCIAL, NOTE,
	NOTE_FLAG;

	static final String FLOW = "checkin";

	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static CheckInStep of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

	/** The step Back leads to: severity is part of side effects, so Back from exercise skips it. */
	CheckInStep previous() {
		return switch (this) {
			case MOOD, ANXIETY -> MOOD;
			case EXERCISE -> SIDE_EFFECTS;
			case NOTE_FLAG -> NOTE;
			default -> values()[ordinal() - 1];
		};
	}

	/** The step after this one (severity is entered only when side effects were chosen). */
	CheckInStep next() {
		return switch (this) {
			case SIDE_EFFECTS, SEVERITY, MEDICATION -> EXERCISE;
			case NOTE, NOTE_FLAG -> null;
			default -> values()[ordinal() + 1];
		};
	}

}
