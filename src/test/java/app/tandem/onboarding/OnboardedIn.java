package app.tandem.onboarding;

import java.util.Locale;

import app.tandem.i18n.Language;
import app.tandem.i18n.Messages;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;

/**
 * Setup played in whatever language the bot writes in: every question and button is looked up in the bundle of
 * the language expected, so the same steps work before and after a bundle is translated.
 */
public final class OnboardedIn {

	private final Messages messages;

	private final Language language;

	public OnboardedIn(Messages messages, Language language) {
		this.messages = messages;
		this.language = language;
	}

	public String text(String key, Object... args) {
		return messages.get(language.locale(), key, args);
	}

	/** A country's name as the bot writes it in this language. */
	public String country(String code) {
		return new Locale("", code).getDisplayCountry(language.locale());
	}

	/** Consent, a time zone (a button's city or typed), check-in at 21:00, the suggested country (an ISO
	 * code); returns the last message, which names the language and has a button to change it. */
	public Call setUp(TelegramUser user, String city, String country) {
		user.send("/start");
		user.tapOn(text("setup.consent"), text("setup.consent.yes"));
		Call zone = user.awaitReply(text("setup.zone"));
		if (zone.buttonLabels().contains(city)) {
			user.tap(zone, city);
		}
		else {
			user.send(city);
		}
		user.tapOn(text("setup.time", "20:00"), "21:00");
		user.tap(text("setup.country.yes", country(country)));
		return user.awaitMessage(call -> call.params().path("reply_markup").toString().contains("cmd::language"));
	}

}
