package app.tandem.conversation;

import java.util.Locale;

import app.tandem.chat.Inbound;
import app.tandem.outbox.Lane;

/**
 * Whom a message is for: the chat, the language to write in, and the lane it travels on (replies to what the user
 * just did, or scheduled pings that yield to them).
 */
public record Recipient(long chatId, Locale locale, Lane lane) {

	public static Recipient of(Inbound in) {
		return new Recipient(in.chatId(), in.locale(), Lane.REPLY);
	}

	/** Someone Tandem writes to on its own initiative, in the language they last used. */
	public static Recipient scheduled(long chatId, String languageCode) {
		Locale locale = (languageCode == null || languageCode.isBlank()) ? Locale.ENGLISH
				: Locale.forLanguageTag(languageCode);
		return new Recipient(chatId, locale, Lane.SCHEDULED);
	}

}
