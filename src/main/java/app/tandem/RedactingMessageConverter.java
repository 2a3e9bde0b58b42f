package app.tandem;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logs the message with anything shaped like a Telegram bot token masked.
 */
public class RedactingMessageConverter extends MessageConverter {

	private static final Pattern TOKEN = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");

	@Override
	public String convert(ILoggingEvent event) {
		return redact(super.convert(event));
	}

	static String redact(String text) {
		return (text == null) ? null : TOKEN.matcher(text).replaceAll("<bot-token>");
	}

}
