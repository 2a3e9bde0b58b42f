package app.tandem.medication;

import app.tandem.support.TelegramUser;

/**
 * Adds medications through the conversation, as a person would.
 */
public final class Medicated {

	private Medicated() {
	}

	/** Adds a medication taken every day at the given typed times, without pill tracking. */
	public static void add(TelegramUser user, String name, String dose, String times) {
		add(user, name, dose, times, null, null);
	}

	public static void add(TelegramUser user, String name, String dose, String times, String pills, String perDose) {
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");
		user.send(name);
		user.awaitReply("What dose of");
		user.send(dose);
		user.awaitReply("When do you take it?");
		user.send(times);
		user.tapOn("On which days?", "Every day");
		user.awaitReply("How many do you have on hand?");
		if (pills == null) {
			user.tapOn("How many do you have on hand?", "Skip");
		}
		else {
			user.send(pills);
			user.tapOn("How many does one dose use?", perDose);
		}
		user.awaitReply("✓ Added");
	}

}
