package app.tandem.privacy;

import org.springframework.stereotype.Component;

import app.tandem.outbox.Outbox;
import app.tandem.user.PersonalData;

/**
 * The outbox's part of an export or erasure: receipts of the messages Tandem queued for the person (their words are
 * dropped once sent). Here rather than in the outbox, which sits below the user module.
 */
@Component
class MessagesData implements PersonalData {

	private final Outbox outbox;

	MessagesData(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public String section() {
		return "messagesToYou";
	}

	@Override
	public Object export(long userId, long chatId) {
		return outbox.receipts(chatId);
	}

	@Override
	public void erase(long userId, long chatId) {
		outbox.forget(chatId);
	}

}
