package app.tandem.i18n;

/**
 * The real message bundles, for unit tests that render text without an application context.
 */
public final class MessagesTestAccess {

	private MessagesTestAccess() {
	}

	/** All of Tandem's bundles (the name is historical: pass the locale you want to {@link Messages#get}). */
	public static Messages english() {
		return new Messages(IcuMessageSource.tandem());
	}

}
