package app.tandem.chat;

import java.util.Locale;
import java.util.Objects;

import app.tandem.chat.InboundPayload.Unsupported.Kind;
import app.tandem.i18n.Language;

/**
 * One update from a user, mapped from the Bot API into Tandem's own terms.
 *
 * @param updateId the Bot API's update id, unique and increasing per bot
 * @param chatId the chat to answer in
 * @param userId the person who sent it
 * @param chatType private, group or channel
 * @param languageCode the user's Telegram language (IETF tag), may be {@code null}
 * @param firstName the user's Telegram first name, may be {@code null}; never stored before consent
 * @param payload what the user sent
 * @param language the language the person chose, once known from their profile; {@code null} before (then their
 * Telegram language decides)
 */
public record Inbound(long updateId, long chatId, long userId, ChatType chatType, String languageCode,
		String firstName, InboundPayload payload, Language language) {

	public Inbound {
		Objects.requireNonNull(chatType, "chatType");
		Objects.requireNonNull(payload, "payload");
	}

	/** An update as it arrives, before anything is known about the person. */
	public Inbound(long updateId, long chatId, long userId, ChatType chatType, String languageCode, String firstName,
			InboundPayload payload) {
		this(updateId, chatId, userId, chatType, languageCode, firstName, payload, null);
	}

	/** The same update, to be answered in the language the person chose ({@code null}: their Telegram language). */
	public Inbound inLanguage(Language chosen) {
		return new Inbound(updateId, chatId, userId, chatType, languageCode, firstName, payload, chosen);
	}

	/** The language to answer in: the one they chose, else the one their Telegram language gives. */
	public Language answerLanguage() {
		return (language != null) ? language : Language.fromTelegram(languageCode, null);
	}

	public boolean isPrivate() {
		return chatType == ChatType.PRIVATE;
	}

	/** The locale to answer in: {@link #answerLanguage()}'s. */
	public Locale locale() {
		return answerLanguage().locale();
	}

	/** The command name when this is a command ({@code "start"} for {@code /start}), otherwise {@code null}. */
	public String commandName() {
		return (payload instanceof InboundPayload.Command command) ? command.name() : null;
	}

	/**
	 * Everything the person typed in this update, to screen for risk: the text, a command's arguments, a caption or
	 * an edited message's text; {@code null} when there is none (a button press, a sticker).
	 */
	public String typedWords() {
		if (payload instanceof InboundPayload.Text text) {
			return text.text();
		}
		if (payload instanceof InboundPayload.Command command) {
			return command.arguments();
		}
		if (payload instanceof InboundPayload.Unsupported unsupported && unsupported.kind() != Kind.MEMBERSHIP_CHANGE) {
			return unsupported.text();
		}
		return null;
	}

	/** Typed free text, or {@code null} when this is not a plain text message. */
	public String text() {
		return (payload instanceof InboundPayload.Text text) ? text.text() : null;
	}

}
