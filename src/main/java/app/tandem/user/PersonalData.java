package app.tandem.user;

/**
 * One module's share of a person's data, for {@code /export} and {@code /delete}. Every module that stores
 * anything about a person implements this, so nothing is missed when they ask for a copy or for erasure.
 */
public interface PersonalData {

	/** A short name for this part of the export, e.g. {@code profile}. */
	String section();

	/** Everything stored about this person, as plain values that serialise to JSON. */
	Object export(long userId, long chatId);

	/** Removes everything stored about this person. */
	void erase(long userId, long chatId);

}
