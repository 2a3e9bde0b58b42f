package app.tandem.i18n;

/**
 * The texts of one person's language, for a value that writes itself in words ("2 tablets", "2 Tabletten").
 */
@FunctionalInterface
public interface Wording {

	String get(String key, Object... args);

}
