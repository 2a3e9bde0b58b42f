package app.tandem.onboarding;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.Inbound;
import app.tandem.chat.Keyboard.Button;
import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.Replies;
import app.tandem.i18n.Language;
import app.tandem.i18n.LocalFormats;
import app.tandem.safety.CrisisLines;
import app.tandem.safety.EmergencyNumbers;
import app.tandem.user.UserProfile;

/**
 * The questions of the setup flow, each one message with buttons.
 */
@Component
class SetupQuestions {

	static final LocalTime DEFAULT_CHECK_IN = LocalTime.of(20, 0);

	private static final List<String> COMMON_ZONES = List.of("Europe/London", "Europe/Berlin", "Europe/Madrid",
			"America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Kolkata",
			"Australia/Sydney");

	private static final List<LocalTime> COMMON_TIMES = List.of(LocalTime.of(8, 0), LocalTime.of(12, 0),
			LocalTime.of(18, 0), LocalTime.of(20, 0), LocalTime.of(21, 0), LocalTime.of(22, 0));

	/** The summary-language choice that means "the same as mine". */
	static final String OWN_LANGUAGE = "mine";

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final Replies replies;

	private final CrisisLines crisisLines;

	private final EmergencyNumbers emergencyNumbers;

	private final Clock clock;

	SetupQuestions(Replies replies, CrisisLines crisisLines, EmergencyNumbers emergencyNumbers, Clock clock) {
		this.replies = replies;
		this.crisisLines = crisisLines;
		this.emergencyNumbers = emergencyNumbers;
		this.clock = clock;
	}

	void consent(Inbound in) {
		replies.say(in, "setup.welcome");
		replies.ask(in, Keyboard.of(button(in, "setup.consent.yes", SetupStep.CONSENT, "yes"),
				button(in, "setup.consent.no", SetupStep.CONSENT, "no")), "setup.consent");
	}

	/** The consent question again, after its text changed: the welcome is left out, a word on why is added. */
	void consentAgain(Inbound in) {
		replies.ask(in, Keyboard.of(button(in, "setup.consent.yes", SetupStep.CONSENT, "yes"),
				button(in, "setup.consent.no", SetupStep.CONSENT, "no")), "setup.consent.changed",
				replies.text(in, "setup.consent"));
	}

	void zone(Inbound in) {
		List<Button> buttons = COMMON_ZONES.stream()
			.map(id -> new Button(city(id), data(SetupStep.ZONE, id)))
			.toList();
		replies.ask(in, Keyboard.grid(buttons, 3), "setup.zone");
	}

	void time(Inbound in, ZoneId zone, boolean confirmZone) {
		List<Button> buttons = COMMON_TIMES.stream()
			.map(time -> new Button(HH_MM.format(time), data(SetupStep.TIME, time.toString())))
			.toList();
		String question = replies.text(in, "setup.time", HH_MM.format(DEFAULT_CHECK_IN));
		String text = confirmZone ? replies.text(in, "setup.zone.saved", zone.getId(), localNow(zone)) + "\n\n"
				+ question : question;
		replies.send(in, new OutboundMessage.Text(text, Keyboard.grid(buttons, 3)));
	}

	/** Asks whether the zone's country is theirs, saying plainly what they will get when it has no lines. */
	void confirmCountry(Inbound in, String country) {
		String name = countryName(country, in.locale());
		Keyboard keyboard = Keyboard.of(
				new Button(replies.text(in, "setup.country.yes", name), data(SetupStep.COUNTRY, "yes")),
				button(in, "setup.country.other", SetupStep.COUNTRY, "other"));
		if (crisisLines.forCountry(country).isPresent()) {
			replies.ask(in, keyboard, "setup.country.confirm", Html.escape(name));
			return;
		}
		emergencyNumbers.forCountry(country)
			.ifPresentOrElse(
					number -> replies.ask(in, keyboard, "setup.country.confirm-emergency", Html.escape(name), number),
					() -> replies.ask(in, keyboard, "setup.country.confirm-directory", Html.escape(name)));
	}

	/**
	 * After a change of time zone in the settings: confirms the zone and asks whether crisis help should follow
	 * it to the zone's country.
	 */
	void followZoneCountry(Inbound in, UserProfile profile, String zoneCountry) {
		String name = countryName(zoneCountry, in.locale());
		String current = (profile.country() != null) ? countryName(profile.country(), in.locale()) : null;
		Button no = (current != null)
				? new Button(replies.text(in, "settings.zone-country.keep", current), data(SetupStep.ZONE_COUNTRY, "no"))
				: button(in, "button.no", SetupStep.ZONE_COUNTRY, "no");
		Keyboard keyboard = Keyboard.of(
				new Button(replies.text(in, "setup.country.yes", name), data(SetupStep.ZONE_COUNTRY, "yes")), no);
		String zone = Html.escape(profile.zone().getId());
		if (current != null) {
			replies.ask(in, keyboard, "settings.zone-country", zone, Html.escape(name), Html.escape(current));
		}
		else {
			replies.ask(in, keyboard, "settings.zone-country.none", zone, Html.escape(name));
		}
	}

	void pickCountry(Inbound in) {
		List<Button> buttons = new ArrayList<>();
		crisisLines.countries()
			.forEach(country -> buttons.add(new Button(countryName(country.code(), in.locale()),
					data(SetupStep.COUNTRY_PICK, country.code()))));
		buttons.add(button(in, "setup.country.none", SetupStep.COUNTRY_PICK, "none"));
		replies.ask(in, Keyboard.grid(buttons, 3), "setup.country.pick");
	}

	void menu(Inbound in, UserProfile profile) {
		Keyboard keyboard = new Keyboard(List.of(
				List.of(button(in, "settings.zone", SetupStep.MENU, "zone"),
						button(in, "settings.time", SetupStep.MENU, "time")),
				List.of(button(in, "settings.country", SetupStep.MENU, "country"),
						button(in, "settings.summary", SetupStep.MENU, "summary")),
				List.of(button(in, "settings.language", SetupStep.MENU, "language"),
						button(in, "settings.summary-language", SetupStep.MENU, "summary-language")),
				List.of(button(in, "settings.done", SetupStep.MENU, "done"))));
		replies.ask(in, keyboard, "settings.menu", summary(in, profile));
	}

	/** Which language to write in, from the settings: each language under its own name. */
	void language(Inbound in) {
		replies.ask(in, LanguageCommand.keyboard(language -> data(SetupStep.LANGUAGE, language.tag())),
				"language.question");
	}

	/**
	 * The end of the first setup, written in the person's language with a line that names it and a button to change
	 * it: one tap to confirm it is not theirs.
	 */
	void done(Inbound in, UserProfile profile) {
		String text = replies.text(in, "setup.done", summary(in, profile)) + "\n\n"
				+ replies.text(in, "setup.language", profile.language().ownName());
		replies.send(in, new OutboundMessage.Text(text,
				Keyboard.of(replies.button(in, "setup.language.change", ButtonData.command(LanguageCommand.PREFIX)))));
	}

	/** One line with the user's settings, e.g. "Europe/Berlin · check-in 20:00 · crisis lines: Germany". */
	String summary(Inbound in, UserProfile profile) {
		String zone = (profile.zone() != null) ? profile.zone().getId() : "—";
		String time = (profile.checkInTime() != null) ? HH_MM.format(profile.checkInTime()) : "—";
		String country = crisisResources(in, profile.country());
		String summary = LocalFormats.weekday(profile.summaryDayOrDefault(), in.locale())
				+ " " + HH_MM.format(profile.summaryTimeOrDefault());
		String line = replies.text(in, "settings.summary-line", zone, time, country, summary);
		return (profile.summaryLanguage() == null) ? line
				: line + "\n" + replies.text(in, "settings.summary-language.line",
						Html.escape(Language.fromTag(profile.summaryLanguage()).map(Language::ownName).orElse(profile.summaryLanguage())));
	}

	/** The eight languages, each in its own words, and "the same as mine". */
	void summaryLanguage(Inbound in) {
		List<Button> options = new ArrayList<>();
		for (Language language : Language.values()) {
			options.add(new Button(language.ownName(), data(SetupStep.SUMMARY_LANGUAGE, language.tag())));
		}
		options.add(button(in, "settings.summary-language.mine", SetupStep.SUMMARY_LANGUAGE, OWN_LANGUAGE));
		replies.ask(in, Keyboard.grid(options, 2), "settings.summary-language.question");
	}

	void summarySchedule(Inbound in) {
		List<Button> options = List.of(summaryOption(in, DayOfWeek.SUNDAY, LocalTime.of(18, 0)),
				summaryOption(in, DayOfWeek.FRIDAY, LocalTime.of(17, 0)),
				summaryOption(in, DayOfWeek.MONDAY, LocalTime.of(9, 0)));
		replies.ask(in, Keyboard.grid(options, 3), "settings.summary.question");
	}

	/** "Sun 18:00" in their language ("dom 18:00"), for the weekday and time it stands for. */
	private Button summaryOption(Inbound in, DayOfWeek day, LocalTime time) {
		return new Button(LocalFormats.weekday(day, in.locale()) + " " + HH_MM.format(time),
				data(SetupStep.SUMMARY, day + " " + HH_MM.format(time)));
	}

	/** What /crisis shows them: the country's name, and for a country without lines its emergency number. */
	private String crisisResources(Inbound in, String country) {
		if (country == null) {
			return replies.text(in, "setup.country.international");
		}
		String name = Html.escape(countryName(country, in.locale()));
		if (crisisLines.forCountry(country).isPresent()) {
			return name;
		}
		return emergencyNumbers.forCountry(country)
			.map(number -> replies.text(in, "setup.country.emergency-only", name, number))
			.orElseGet(() -> replies.text(in, "setup.country.directory-only", name));
	}

	String countryName(String code, Locale locale) {
		if (code == null || "none".equals(code)) {
			return "—";
		}
		return LocalFormats.country(code, locale);
	}

	private String localNow(ZoneId zone) {
		return HH_MM.format(LocalTime.now(clock.withZone(zone)));
	}

	private Button button(Inbound in, String labelKey, SetupStep step, String value) {
		return replies.button(in, labelKey, data(step, value));
	}

	private static String data(SetupStep step, String value) {
		return ButtonData.of(SetupStep.FLOW, step.id(), value);
	}

	private static String city(String zoneId) {
		return zoneId.substring(zoneId.lastIndexOf('/') + 1).replace('_', ' ');
	}

}
