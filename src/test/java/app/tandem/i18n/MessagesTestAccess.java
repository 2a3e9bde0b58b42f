package app.tandem.i18n;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The real message bundle, for unit tests that render text without an application context.
 */
public final class MessagesTestAccess {

	private MessagesTestAccess() {
	}

	public static Messages english() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new Messages(source);
	}

}
