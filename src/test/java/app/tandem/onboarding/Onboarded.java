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
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("✅ I agree");
		user.tap("Berlin");
		user.tap("21:00");
		user.tap("Yes, Germany");
		user.awaitMessage("All set ✓");
		return user;
	}

}
