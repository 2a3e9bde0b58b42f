package app.tandem.safety;

import java.util.Locale;

/** The Stanley–Brown safety plan's sections, in order. Questions live under {@code plan.<id>}. */
enum SafetyPlanSection {

	WARNING_SIGNS, COPING_ALONE, DISTRACTIONS, PEOPLE_TO_ASK, PROFESSIONALS, SAFER_ENVIRONMENT, REASON_FOR_LIVING;

	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static SafetyPlanSection of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

	SafetyPlanSection next() {
		return (ordinal() + 1 < values().length) ? values()[ordinal() + 1] : null;
	}

	SafetyPlanSection previous() {
		return (ordinal() > 0) ? values()[ordinal() - 1] : this;
	}

}
