package app.tandem.chat;

/**
 * Escaping for Telegram's HTML parse mode.
 */
public final class Html {

	private Html() {
	}

	/** Escapes text a user typed so it shows verbatim inside an HTML message. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
