package app.tandem.user;

/**
 * A file sent with {@code /export} besides the JSON of everything (for example the CSV tables).
 */
public interface ExportFile {

	String fileName(long userId);

	byte[] content(long userId, long chatId);

}
