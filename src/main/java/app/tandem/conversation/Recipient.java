package app.tandem.conversation;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import app.tandem.chat.Inbound;
import app.tandem.i18n.Language;
import app.tandem.outbox.Lane;
import app.tandem.schedule.ScheduledFire;

/**
 * Whom a message is for: the chat, the language to write in, the lane it travels on (replies to what the user
 * just did, or scheduled pings that yield to them), and, for a scheduled occurrence, its delivery key: the
 * occurrence's messages are queued under ids made from it, so running the occurrence again after a crash queues
 * nothing twice.
 */
public record Recipient(long chatId, Locale locale, Lane lane, Occurrence occurrence) {

	public Recipient(long chatId, Locale locale, Lane lane) {
		this(chatId, locale, lane, null);
	}

	public static Recipient of(Inbound in) {
		return new Recipient(in.chatId(), in.locale(), Lane.REPLY);
	}

	/** Someone Tandem writes to on its own initiative, in their language. */
	public static Recipient scheduled(long chatId, Language language) {
		return new Recipient(chatId, language.locale(), Lane.SCHEDULED);
	}

	/** Someone Tandem writes to because a schedule fired, in their language. */
	public static Recipient scheduled(ScheduledFire fire, Language language) {
		return new Recipient(fire.chatId(), language.locale(), Lane.SCHEDULED, new Occurrence(fire.deliveryKey()));
	}

	/** The same recipient, on another lane (weekly summaries travel on {@link Lane#DIGEST}). */
	public Recipient onLane(Lane other) {
		return new Recipient(chatId, locale, other, occurrence);
	}

	/** The id of the next message to this recipient, or {@code null} for a random one. */
	String nextMessageId() {
		return (occurrence != null) ? occurrence.nextMessageId() : null;
	}

	/** A scheduled occurrence's delivery key, and how many messages it has queued so far. */
	public static final class Occurrence {

		private final String key;

		private final AtomicInteger messages = new AtomicInteger();

		Occurrence(String key) {
			this.key = key;
		}

		String nextMessageId() {
			return key + "#" + messages.incrementAndGet();
		}

		@Override
		public String toString() {
			return key;
		}

	}

}
