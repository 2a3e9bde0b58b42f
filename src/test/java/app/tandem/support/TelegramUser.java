package app.tandem.support;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import app.tandem.support.FakeBotApi.Bot;
import app.tandem.support.FakeBotApi.Call;

/**
 * Plays one person in a private chat with the bot: sends messages, taps buttons, reads what the bot said.
 */
public final class TelegramUser {

	public static final Duration PATIENCE = Duration.ofSeconds(10);

	private final Bot bot;

	private final long id;

	private final String languageCode;

	public TelegramUser(Bot bot, long id, String languageCode) {
		this.bot = bot;
		this.id = id;
		this.languageCode = languageCode;
	}

	public long id() {
		return id;
	}

	/** How many messages to this user there were when they last did something. */
	private volatile int mark;

	/** Sends a message (text or command); returns its update id. */
	public long send(String text) {
		mark = messages().size();
		long updateId = bot.nextUpdateId();
		bot.push(Updates.text(updateId, id, "private", id, languageCode, text));
		return updateId;
	}

	/** Sends a photo with a caption; returns its update id. */
	public long sendPhoto(String caption) {
		mark = messages().size();
		long updateId = bot.nextUpdateId();
		bot.push(Updates.photo(updateId, id, id, languageCode, caption));
		return updateId;
	}

	/** Edits the message sent with this update id to a new text. */
	public long edit(long sentUpdateId, String newText) {
		mark = messages().size();
		long updateId = bot.nextUpdateId();
		bot.push(Updates.edited(updateId, id, id, languageCode, (int) (sentUpdateId % 100_000), newText));
		return updateId;
	}

	/** Blocks the bot (Telegram tells the bot with a my_chat_member update). */
	public void blockTheBot() {
		bot.push(Updates.membership(bot.nextUpdateId(), id, id, "member", "kicked"));
	}

	public void sendSticker() {
		bot.push(Updates.sticker(bot.nextUpdateId(), id, id));
	}

	/** Taps the button with this label on the most recent message that has one. */
	public long tap(String label) {
		Call message = awaitMessage(call -> call.buttonLabels().contains(label));
		List<Call> withButton = messages(call -> call.buttonLabels().contains(label));
		Call latest = withButton.isEmpty() ? message : withButton.get(withButton.size() - 1);
		return tap(latest, label);
	}

	/** Taps a button on a given message, even an old one. */
	public long tap(Call message, String label) {
		return tap(message, label, 1);
	}

	/** Taps the n-th button (from 1) with this label on a message. */
	public long tap(Call message, String label, int occurrence) {
		String data = message.buttonData(label, occurrence);
		if (data == null) {
			throw new AssertionError("No button '" + label + "' on " + message.params());
		}
		mark = messages().size();
		long updateId = bot.nextUpdateId();
		bot.push(Updates.buttonPress(updateId, id, id, languageCode, messageIdOf(message), data));
		return updateId;
	}

	/** Presses a button on a message with data of the test's choosing, as a modified client could (forged data). */
	public long press(Call message, String data) {
		mark = messages().size();
		long updateId = bot.nextUpdateId();
		bot.push(Updates.buttonPress(updateId, id, id, languageCode, messageIdOf(message), data));
		return updateId;
	}

	/** Waits for a message sent after this user's last message or tap whose text contains the fragment. */
	public Call awaitReply(String fragment) {
		int since = mark;
		return awaitMessage(call -> call.text() != null && call.text().contains(fragment)
				&& messages().indexOf(call) >= since);
	}

	/** Waits for the question (a reply containing the fragment) and taps one of its buttons. */
	public long tapOn(String fragment, String label) {
		return tap(awaitReply(fragment), label);
	}

	/** Waits for a sendMessage to this user whose text contains the fragment, and returns it. */
	public Call awaitMessage(String fragment) {
		return awaitMessage(call -> call.text() != null && call.text().contains(fragment));
	}

	public Call awaitMessage(Predicate<Call> filter) {
		try {
			return bot.await(call -> isMessageToMe(call) && filter.test(call), PATIENCE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** Waits for any Bot API call about this user matching the filter. */
	public Call awaitCall(String method, Predicate<Call> filter) {
		try {
			return bot.await(call -> call.method().equals(method) && isAboutMe(call) && filter.test(call), PATIENCE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** Every message the bot has sent this user so far, oldest first. */
	public List<Call> messages() {
		return messages(call -> true);
	}

	public List<Call> messages(Predicate<Call> filter) {
		return bot.calls(call -> isMessageToMe(call) && filter.test(call));
	}

	public List<String> texts() {
		return messages().stream().map(Call::text).toList();
	}

	private boolean isMessageToMe(Call call) {
		return call.method().equals("sendMessage") && call.chatId() == id;
	}

	private boolean isAboutMe(Call call) {
		return call.chatId() == id || call.params().path("callback_query_id").asText("").startsWith("cb-");
	}

	private int messageIdOf(Call message) {
		if (message.messageId() == null) {
			throw new AssertionError("Not a delivered message: " + message.params());
		}
		return message.messageId();
	}

}
