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

	/** Messages from the given basenames, the first that has a key for the locale winning. */
	public static Messages from(String... basenames) {
		IcuMessageSource source = IcuMessageSource.tandem();
		source.setBasenames(basenames);
		return new Messages(source);
	}

}
