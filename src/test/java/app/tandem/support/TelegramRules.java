package app.tandem.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the Bot API refuses, as Telegram refuses it (400 Bad Request with its description): a text over 4,096
 * characters or a caption over 1,024 once its HTML is parsed, an empty text, HTML that does not parse (a tag Telegram
 * does not know, such as {@code <br>}, a tag left open or closed out of turn, a bare {@code <}), callback data outside
 * 1–64 bytes, a callback answer over 200 characters. Lengths are counted in UTF-16 code units, as Telegram counts them.
 */
final class TelegramRules {

	static final int MAX_TEXT = 4096;

	static final int MAX_CAPTION = 1024;

	static final int MAX_CALLBACK_DATA_BYTES = 64;

	static final int MAX_CALLBACK_ANSWER = 200;

	/** The tags Telegram's HTML parse mode knows. */
	private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
			"tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");

	private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

	private static final ObjectMapper JSON = new ObjectMapper();

	private TelegramRules() {
	}

	/** Why Telegram would refuse this call, or {@code null} if it would take it. */
	static String refusal(String method, JsonNode params) {
		try {
			switch (method) {
				case "sendMessage", "editMessageText" -> {
					String text = visibleText(params.path("text").asText(""), params.path("parse_mode").asText(""));
					if (text.isBlank()) {
						return "Bad Request: message text is empty";
					}
					if (text.length() > MAX_TEXT) {
						return "Bad Request: message is too long";
					}
				}
				case "sendPhoto", "sendDocument" -> {
					String caption = visibleText(params.path("caption").asText(""),
							params.path("parse_mode").asText(""));
					if (caption.length() > MAX_CAPTION) {
						return "Bad Request: message caption is too long";
					}
				}
				case "answerCallbackQuery" -> {
					if (params.path("text").asText("").length() > MAX_CALLBACK_ANSWER) {
						return "Bad Request: MESSAGE_TOO_LONG";
					}
				}
				default -> {
					return null;
				}
			}
			return buttonDataRefusal(params);
		}
		catch (Unparsable ex) {
			return "Bad Request: can't parse entities: " + ex.getMessage();
		}
	}

	/** The text a person would see: the HTML's tags taken out and its entities read. */
	static String visibleText(String text, String parseMode) {
		return parseMode.equalsIgnoreCase("HTML") ? parseHtml(text) : text;
	}

	/**
	 * A call's inline keyboard: {@code reply_markup} as an object, or as the JSON text multipart calls carry; a
	 * missing node when there is none.
	 * @throws IllegalArgumentException when the text is not JSON
	 */
	static JsonNode markup(JsonNode params) {
		JsonNode markup = params.path("reply_markup");
		if (!markup.isTextual()) {
			return markup;
		}
		try {
			return JSON.readTree(markup.asText());
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("reply_markup is not JSON", ex);
		}
	}

	private static String buttonDataRefusal(JsonNode params) {
		JsonNode keyboard;
		try {
			keyboard = markup(params);
		}
		catch (IllegalArgumentException ex) {
			return "Bad Request: can't parse reply keyboard markup JSON object";
		}
		for (JsonNode row : keyboard.path("inline_keyboard")) {
			for (JsonNode button : row) {
				if (button.has("callback_data")) {
					int bytes = button.path("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
					if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
						return "Bad Request: BUTTON_DATA_INVALID";
					}
				}
			}
		}
		return null;
	}

	/**
	 * Telegram's HTML, as its parser reads it: known tags only, each closed in turn; {@code &lt; &gt; &amp; &quot;}
	 * and numeric entities read as their characters, any other {@code &} kept as it is; a {@code <} must start a tag.
	 */
	static String parseHtml(String html) {
		StringBuilder text = new StringBuilder(html.length());
		Deque<String> open = new ArrayDeque<>();
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			if (c == '&') {
				Matcher entity = ENTITY.matcher(html).region(i, html.length());
				if (entity.lookingAt()) {
					text.append(decode(entity.group(1)));
					i = entity.end();
				}
				else {
					text.append(c);
					i++;
				}
			}
			else if (c == '<') {
				i = tag(html, i, open);
			}
			else {
				text.append(c);
				i++;
			}
		}
		if (!open.isEmpty()) {
			throw new Unparsable("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
		}
		return text.toString();
	}

	/** Reads the tag at {@code start}; returns where the text goes on. */
	private static int tag(String html, int start, Deque<String> open) {
		boolean closing = start + 1 < html.length() && html.charAt(start + 1) == '/';
		int nameStart = start + (closing ? 2 : 1);
		int nameEnd = nameStart;
		while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
			nameEnd++;
		}
		String name = html.substring(nameStart, nameEnd).toLowerCase();
		int end = html.indexOf('>', nameEnd);
		if (closing) {
			if (end < 0) {
				throw new Unparsable("Unclosed end tag at byte offset " + byteOffset(html, start));
			}
			if (open.isEmpty()) {
				throw new Unparsable("Unexpected end tag at byte offset " + byteOffset(html, start));
			}
			String expected = open.pop();
			if (!name.isEmpty() && !name.equals(expected)) {
				throw new Unparsable("Unmatched end tag at byte offset " + byteOffset(html, start) + ", expected \"</"
						+ expected + ">\", found \"</" + name + ">\"");
			}
			return end + 1;
		}
		if (!TAGS.contains(name)) {
			throw new Unparsable(
					"Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(html, start));
		}
		if (end < 0) {
			throw new Unparsable("Unclosed start tag at byte offset " + byteOffset(html, start));
		}
		open.push(name);
		return end + 1;
	}

	/** Where Telegram says a refused tag starts: in bytes of UTF-8, counted only when refusing. */
	private static int byteOffset(String html, int start) {
		return html.substring(0, start).getBytes(StandardCharsets.UTF_8).length;
	}

	private static boolean isNameChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
	}

	private static String decode(String entity) {
		return switch (entity) {
			case "lt" -> "<";
			case "gt" -> ">";
			case "amp" -> "&";
			case "quot" -> "\"";
			default -> new String(Character.toChars(entity.startsWith("#x") || entity.startsWith("#X")
					? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
		};
	}

	private static final class Unparsable extends RuntimeException {

		Unparsable(String message) {
			super(message, null, false, false);
		}

	}

}
