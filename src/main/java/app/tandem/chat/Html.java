package app.tandem.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for Telegram's HTML parse mode.
 */
public final class Html {

	private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?>");

	private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

	private Html() {
	}

	/**
	 * The same message with every tag taken out and every character escaped: what the person would have read, as
	 * HTML that always parses (for a message Telegram refused to parse).
	 */
	public static String withoutMarkup(String html) {
		if (html == null) {
			return null;
		}
		Matcher entity = ENTITY.matcher(TAG.matcher(html).replaceAll(""));
		StringBuilder text = new StringBuilder();
		while (entity.find()) {
			entity.appendReplacement(text, Matcher.quoteReplacement(decode(entity.group(1))));
		}
		entity.appendTail(text);
		return escape(text.toString());
	}

	private static String decode(String entity) {
		return switch (entity) {
			case "lt" -> "<";
			case "gt" -> ">";
			case "amp" -> "&";
			case "quot" -> "\"";
			default -> {
				int code = (entity.charAt(1) == 'x' || entity.charAt(1) == 'X') ? Integer.parseInt(entity.substring(2), 16)
						: Integer.parseInt(entity.substring(1));
				yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
			}
		};
	}

	/** Escapes text a user typed so it shows verbatim inside an HTML message. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
