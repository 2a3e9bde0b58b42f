package app.tandem.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bot API update JSON, as Telegram sends it.
 */
public final class Updates {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Updates() {
	}

	public static ObjectNode text(long updateId, long chatId, String chatType, long userId, String languageCode,
			String text) {
		ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
		ObjectNode message = update.putObject("message");
		message.put("message_id", (int) (updateId % 100_000));
		message.put("date", System.currentTimeMillis() / 1000);
		message.set("from", user(userId, languageCode));
		message.set("chat", chat(chatId, chatType));
		message.put("text", text);
		if (text.startsWith("/")) {
			int end = text.indexOf(' ');
			message.putArray("entities")
				.addObject()
				.put("type", "bot_command")
				.put("offset", 0)
				.put("length", (end < 0) ? text.length() : end);
		}
		return update;
	}

	public static ObjectNode sticker(long updateId, long chatId, long userId) {
		ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
		ObjectNode message = update.putObject("message");
		message.put("message_id", (int) (updateId % 100_000));
		message.put("date", System.currentTimeMillis() / 1000);
		message.set("from", user(userId, "en"));
		message.set("chat", chat(chatId, "private"));
		message.putObject("sticker")
			.put("file_id", "sticker-file")
			.put("file_unique_id", "sticker-unique")
			.put("type", "regular")
			.put("width", 512)
			.put("height", 512)
			.put("is_animated", false)
			.put("is_video", false);
		return update;
	}

	/** A photo sent with a caption. */
	public static ObjectNode photo(long updateId, long chatId, long userId, String languageCode, String caption) {
		ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
		ObjectNode message = update.putObject("message");
		message.put("message_id", (int) (updateId % 100_000));
		message.put("date", System.currentTimeMillis() / 1000);
		message.set("from", user(userId, languageCode));
		message.set("chat", chat(chatId, "private"));
		message.putArray("photo")
			.addObject()
			.put("file_id", "photo-file")
			.put("file_unique_id", "photo-unique")
			.put("width", 640)
			.put("height", 480);
		message.put("caption", caption);
		return update;
	}

	/** A message the person edited after sending it: Telegram sends its new text as an edited_message. */
	public static ObjectNode edited(long updateId, long chatId, long userId, String languageCode, int messageId,
			String text) {
		ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
		ObjectNode message = update.putObject("edited_message");
		message.put("message_id", messageId);
		message.put("date", System.currentTimeMillis() / 1000 - 60);
		message.put("edit_date", System.currentTimeMillis() / 1000);
		message.set("from", user(userId, languageCode));
		message.set("chat", chat(chatId, "private"));
		message.put("text", text);
		return update;
	}

	/** The bot's membership in a private chat changed: {@code kicked} when the person blocked it. */
	public static ObjectNode membership(long updateId, long chatId, long userId, String oldStatus, String newStatus) {
		ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
		ObjectNode change = update.putObject("my_chat_member");
		change.set("chat", chat(chatId, "private"));
		change.set("from", user(userId, "en"));
		change.put("date", System.currentTimeMillis() / 1000);
		ObjectNode bot = JSON.createObjectNode().put("id", 1).put("is_bot", true).put("first_name", "Tandem");
		change.putObject("old_chat_member").put("status", oldStatus).set("user", bot);
		ObjectNode now = change.putObject("new_chat_member").put("status", newStatus);
		now.set("user", bot);
		if ("kicked".equals(newStatus)) {
			now.put("until_date", 0);
		}
		return update;
	}

	public static ObjectNode buttonPress(long updateId, long chatId, long userId, String languageCode, int messageId,
			String data) {
		ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
		ObjectNode query = update.putObject("callback_query");
		query.put("id", "cb-" + updateId);
		query.set("from", user(userId, languageCode));
		query.put("chat_instance", "instance-" + chatId);
		query.put("data", data);
		ObjectNode message = query.putObject("message");
		message.put("message_id", messageId);
		message.put("date", System.currentTimeMillis() / 1000);
		message.set("chat", chat(chatId, "private"));
		message.put("text", "…");
		return update;
	}

	private static ObjectNode user(long userId, String languageCode) {
		ObjectNode user = JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "Alex");
		if (languageCode != null) {
			user.put("language_code", languageCode);
		}
		return user;
	}

	private static ObjectNode chat(long chatId, String type) {
		ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", type);
		if (!"private".equals(type)) {
			chat.put("title", "A group");
		}
		else {
			chat.put("first_name", "Alex");
		}
		return chat;
	}

}
