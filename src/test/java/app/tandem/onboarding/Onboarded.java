package app.tandem.onboarding;

import app.tandem.support.EndToEnd;
import app.tandem.support.TelegramUser;

/**
 * A person who finished setup: Europe/Berlin, check-in at 21:00, crisis lines for Germany.
 */
public final class Onboarded {

	private Onboarded() {
	}

	public static TelegramUser user() {
		return setUp(EndToEnd.newUser());
	}

	/** Takes a new person through setup up to the country question: consent, the city typed, check-in at 20:00. */
	public static TelegramUser upToTheCountryQuestion(String city) {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tapOn("Is that OK with you?", "✅ I agree");
		user.send(city);
		user.tapOn("What time suits you", "20:00");
		return user;
	}

	/** Takes someone (of any bot) through setup: Berlin, 21:00, Germany. */
	public static TelegramUser setUp(TelegramUser user) {
		user.send("/start");
		user.tapOn("Is that OK with you?", "✅ I agree");
		user.tapOn("Which time zone", "Berlin");
		user.tapOn("What time suits you", "21:00");
		user.tapOn("helplines for", "Yes, Germany");
		user.awaitReply("All set ✓");
		return user;
	}

}
