package app.tandem;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logs a stack trace with anything shaped like a Telegram bot token masked.
 */
public class RedactingThrowableConverter extends ExtendedThrowableProxyConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return RedactingMessageConverter.redact(super.convert(event));
	}

}
