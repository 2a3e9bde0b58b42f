package app.tandem.conversation;

import org.springframework.stereotype.Component;

import app.tandem.i18n.Language;
import app.tandem.schedule.ScheduledFire;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

/**
 * Whom Tandem writes to on its own initiative (a reminder, a nudge, a summary): the person's chat, in their
 * language, on the scheduled lane.
 */
@Component
public class Recipients {

	private final Users users;

	Recipients(Users users) {
		this.users = users;
	}

	public Recipient scheduled(long userId, long chatId) {
		return Recipient.scheduled(chatId, languageOf(userId));
	}

	/** The recipient of a schedule's occurrence; its messages are queued once, however often it runs. */
	public Recipient scheduled(ScheduledFire fire) {
		return Recipient.scheduled(fire, languageOf(fire.userId()));
	}

	private Language languageOf(long userId) {
		return users.find(userId).map(UserProfile::language).orElse(Language.EN);
	}

}
