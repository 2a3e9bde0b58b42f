package app.tandem.onboarding;

import java.util.Locale;

/** The steps of the setup flow, as stored in the conversation state and in its buttons' data. */
enum SetupStep {

	CONSENT, ZONE, TIME, COUNTRY, COUNTRY_PICK, MENU, SUMMARY,

	/** In the settings, after a change of time zone to another country's: use that country for crisis help? */
	ZONE_COUNTRY,

	/** In the settings: which language the weekly summary and report are written in (the therapist's). */
	SUMMARY_LANGUAGE,

	/** In the settings: which language to write in. */
	LANGUAGE;

	static final String FLOW = "setup";

	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static SetupStep of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
