package app.tandem.onboarding;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Flow;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.i18n.Language;
import app.tandem.i18n.Words;
import app.tandem.time.ClockTimeInput;
import app.tandem.time.TimeZoneInput;
import app.tandem.time.ZoneCountries;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

/**
 * Setup, step by step: consent, time zone, check-in time, country. In {@code start} mode each step leads to the
 * next; in {@code settings} mode each leads back to the settings menu. Every step takes a button or typed text;
 * typed text that cannot be read gets a hint and the step waits.
 */
@Component
class SetupFlow implements Flow {

	static final String MODE = "mode";

	static final String START = "start";

	static final String SETTINGS = "settings";

	/** Asking again for consent, after the consent text changed; the rest of setup is not repeated. */
	static final String RENEW = "renew";

	private static final String SUGGESTED_COUNTRY = "suggestedCountry";

	private final Conversations conversations;

	private final Users users;

	private final Replies replies;

	private final SetupQuestions questions;

	private final SettingsMenu menu;

	SetupFlow(Conversations conversations, Users users, Replies replies, SetupQuestions questions, SettingsMenu menu) {
		this.conversations = conversations;
		this.users = users;
		this.replies = replies;
		this.questions = questions;
		this.menu = menu;
	}

	@Override
	public String name() {
		return SetupStep.FLOW;
	}

	@Override
	public void onInput(Turn turn, ConversationState state) {
		switch (SetupStep.of(state.step())) {
			case CONSENT -> onConsent(turn, state);
			case ZONE -> onZone(turn, state);
			case TIME -> onTime(turn, state);
			case COUNTRY -> onCountryConfirm(turn, state);
			case COUNTRY_PICK -> onCountryPick(turn, state);
			case MENU -> menu.onChoice(turn, state);
			case SUMMARY -> menu.onSummary(turn, state);
			case ZONE_COUNTRY -> onZoneCountry(turn, state);
			case SUMMARY_LANGUAGE -> menu.onSummaryLanguage(turn, state);
			case LANGUAGE -> menu.onLanguage(turn, state);
		}
	}

	@Override
	public boolean resume(Turn turn, ConversationState state) {
		Inbound in = turn.inbound();
		ZoneId zone = turn.profile().map(UserProfile::zone).orElse(null);
		switch (SetupStep.of(state.step())) {
			case CONSENT -> {
				if (RENEW.equals(state.draft(MODE))) {
					questions.consentAgain(in);
				}
				else {
					questions.consent(in);
				}
			}
			case ZONE -> questions.zone(in);
			case TIME -> questions.time(in, zone, false);
			case COUNTRY -> questions.confirmCountry(in, state.draft(SUGGESTED_COUNTRY));
			case COUNTRY_PICK -> questions.pickCountry(in);
			case MENU -> turn.profile().ifPresent(profile -> questions.menu(in, profile));
			case SUMMARY -> questions.summarySchedule(in);
			case ZONE_COUNTRY -> turn.profile()
				.ifPresent(profile -> questions.followZoneCountry(in, profile, state.draft(SUGGESTED_COUNTRY)));
			case SUMMARY_LANGUAGE -> questions.summaryLanguage(in);
			case LANGUAGE -> questions.language(in);
		}
		return true;
	}

	private void onConsent(Turn turn, ConversationState state) {
		Inbound in = turn.inbound();
		Optional<String> answer = turn.buttonValue();
		if (answer.isEmpty()) {
			replies.say(in, "setup.consent.use-buttons");
			return;
		}
		replies.acknowledge(in, null, true);
		boolean renewal = RENEW.equals(state.draft(MODE));
		if ("yes".equals(answer.get())) {
			users.recordConsent(turn.userId(), turn.chatId(), in.languageCode(), in.firstName(),
					ConsentRenewal.CONSENT_VERSION);
			if (renewal) {
				if (conversations.end(state, turn.updateId())) {
					replies.say(in, "setup.consent.renewed");
				}
			}
			else if (conversations.advance(state, SetupStep.ZONE.id(), Map.of(), turn.updateId()).isPresent()) {
				questions.zone(in);
			}
		}
		else if (conversations.end(state, turn.updateId())) {
			replies.say(in, renewal ? "setup.consent.renew-declined" : "setup.consent.declined");
		}
	}

	private void onZone(Turn turn, ConversationState state) {
		Optional<ZoneId> zone = turn.buttonValue().or(turn::typed).flatMap(TimeZoneInput::parse);
		if (zone.isEmpty()) {
			replies.say(turn.inbound(), "setup.zone.unknown");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		UserProfile profile = users.changeZone(turn.userId(), zone.get());
		if (isSettings(state)) {
			Optional<String> zoneCountry = ZoneCountries.countryOf(zone.get())
				.filter(country -> !country.equalsIgnoreCase(profile.country()));
			if (zoneCountry.isPresent()) {
				if (conversations.advance(state, SetupStep.ZONE_COUNTRY.id(),
						Map.of(SUGGESTED_COUNTRY, zoneCountry.get()), turn.updateId()).isPresent()) {
					questions.followZoneCountry(turn.inbound(), profile, zoneCountry.get());
				}
				return;
			}
			menu.back(turn, state, profile);
		}
		else if (conversations.advance(state, SetupStep.TIME.id(), Map.of(), turn.updateId()).isPresent()) {
			questions.time(turn.inbound(), zone.get(), true);
		}
	}

	private void onTime(Turn turn, ConversationState state) {
		Optional<LocalTime> time = turn.buttonValue()
			.or(turn::typed)
			.flatMap(text -> ClockTimeInput.parse(text, turn.inbound().answerLanguage()));
		if (time.isEmpty()) {
			replies.say(turn.inbound(), "setup.time.unknown");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		UserProfile profile = users.changeCheckInTime(turn.userId(), time.get());
		if (isSettings(state)) {
			menu.back(turn, state, profile);
			return;
		}
		Optional<String> suggested = Optional.ofNullable(profile.zone()).flatMap(ZoneCountries::countryOf);
		if (suggested.isPresent()) {
			if (conversations.advance(state, SetupStep.COUNTRY.id(), Map.of(SUGGESTED_COUNTRY, suggested.get()),
					turn.updateId()).isPresent()) {
				questions.confirmCountry(turn.inbound(), suggested.get());
			}
		}
		else if (conversations.advance(state, SetupStep.COUNTRY_PICK.id(), Map.of(), turn.updateId()).isPresent()) {
			questions.pickCountry(turn.inbound());
		}
	}

	private void onCountryConfirm(Turn turn, ConversationState state) {
		Optional<String> answer = turn.buttonValue();
		if (answer.isEmpty()) {
			answer = turn.typed().flatMap(text -> yesOrNo(text, turn.inbound().answerLanguage()));
		}
		if (answer.isEmpty()) {
			Optional<String> typed = turn.typed().flatMap(text -> CountryInput.parse(text, turn.inbound().locale()));
			if (typed.isPresent()) {
				saveCountry(turn, state, typed.get());
			}
			else {
				replies.say(turn.inbound(), "setup.country.unknown");
			}
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		if ("yes".equals(answer.get())) {
			saveCountry(turn, state, state.draft(SUGGESTED_COUNTRY));
		}
		else if (conversations.advance(state, SetupStep.COUNTRY_PICK.id(), Map.of(), turn.updateId()).isPresent()) {
			questions.pickCountry(turn.inbound());
		}
	}

	/** "yes" or "no" typed in the person's language ("ja", "sí", "да") or in English. */
	private static Optional<String> yesOrNo(String text, Language language) {
		String typed = Words.fold(text).replaceAll("[!.]+$", "");
		if (Words.of(language, "yes").contains(typed)) {
			return Optional.of("yes");
		}
		return Words.of(language, "no").contains(typed) ? Optional.of("no") : Optional.empty();
	}

	/** Yes: crisis help follows the new time zone's country; No: it stays as it was. Back to the menu either way. */
	private void onZoneCountry(Turn turn, ConversationState state) {
		Optional<String> answer = turn.buttonValue();
		if (answer.isEmpty()) {
			replies.say(turn.inbound(), "settings.use-buttons");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		if ("yes".equals(answer.get())) {
			saveCountry(turn, state, state.draft(SUGGESTED_COUNTRY));
		}
		else {
			menu.back(turn, state, users.find(turn.userId()).orElseThrow());
		}
	}

	private void onCountryPick(Turn turn, ConversationState state) {
		Optional<String> country = turn.buttonValue()
			.or(() -> turn.typed().filter(text -> isNotListed(turn.inbound(), text)).map(text -> "none"))
			.or(() -> turn.typed().flatMap(text -> CountryInput.parse(text, turn.inbound().locale())));
		if (country.isEmpty()) {
			replies.say(turn.inbound(), "setup.country.unknown");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		saveCountry(turn, state, country.get());
	}

	/** The "Not listed" button's label typed instead of tapped, in the person's language or in English. */
	private boolean isNotListed(Inbound in, String typed) {
		String folded = Words.fold(typed).replaceAll("[^\\p{L}\\p{N} ]+", "").strip();
		return folded.equals(Words.fold(replies.text(in, "setup.country.none"))) || folded.equals("not listed");
	}

	private void saveCountry(Turn turn, ConversationState state, String country) {
		UserProfile profile = users.changeCountry(turn.userId(), "none".equals(country) ? null : country);
		if (isSettings(state)) {
			menu.back(turn, state, profile);
		}
		else if (conversations.end(state, turn.updateId())) {
			profile = users.completeSetup(turn.userId());
			Language language = languageFor(profile);
			if (language != profile.language()) {
				profile = users.changeLanguage(turn.userId(), language);
			}
			questions.done(turn.inbound().inLanguage(language), profile);
		}
	}

	/**
	 * The language once the country is known: plain Portuguese from Telegram is Portugal's for someone in Portugal.
	 * A language the person changed themselves is kept.
	 */
	private static Language languageFor(UserProfile profile) {
		boolean untouched = profile.language() == Language.fromTelegram(profile.languageCode(), null);
		return untouched ? Language.fromTelegram(profile.languageCode(), profile.country()) : profile.language();
	}

	/** Stopping setup before it ended leaves no daily check-in: the person is told how to finish it. */
	@Override
	public String cancelled(ConversationState state) {
		return isSettings(state) ? null : "setup.cancelled";
	}

	private static boolean isSettings(ConversationState state) {
		return SETTINGS.equals(state.draft(MODE));
	}

}
