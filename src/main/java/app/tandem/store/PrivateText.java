package app.tandem.store;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Free text a person wrote (a note, a reason, a medication's name): stored encrypted, read back as plain text.
 * Modules keep such text in fields of this type and never see the encryption. A ciphertext is bound to its place
 * (collection, document id, field); the store finds the place itself when a whole document is saved or read, and a
 * module that writes one field with an {@code Update} names it with {@link #at}.
 */
public final class PrivateText {

	private final String text;

	private final Place place;

	/** What the store holds, before it is opened: binary data, or the text an earlier version wrote. */
	private final Object stored;

	private PrivateText(String text, Place place, Object stored) {
		this.text = text;
		this.place = place;
		this.stored = stored;
	}

	public PrivateText(String text) {
		this(Objects.requireNonNull(text, "text"), null, null);
	}

	public static PrivateText of(String text) {
		return (text == null) ? null : new PrivateText(text);
	}

	/** For a field written with an {@code Update}: where the ciphertext will live. */
	public PrivateText at(Class<?> document, Object id, String field) {
		return new PrivateText(text(), Place.of(document, id, field), null);
	}

	/**
	 * Every private text inside {@code value} (a record, list or map written as one field with an {@code Update}),
	 * placed under {@code field} of that document.
	 */
	public static <T> T placeAll(Class<?> document, Object id, String field, T value) {
		return PrivatePlaces.place(Place.collectionOf(document), id, field, value);
	}

	static PrivateText sealed(Object stored) {
		return new PrivateText(null, null, stored);
	}

	/** The text; {@code null} when what was stored could not be opened (see {@link #readable()}). */
	@JsonValue
	public String text() {
		if (stored != null) {
			throw new IllegalStateException("Private text read without its document: open it through the store");
		}
		return text;
	}

	/** Whether the stored ciphertext opened (a tampered or foreign value reads as unreadable, not as a failure). */
	@JsonIgnore
	public boolean readable() {
		return stored == null && text != null;
	}

	static PrivateText unreadable() {
		return new PrivateText(null, null, null);
	}

	PrivateText placed(Place place) {
		return new PrivateText(text, place, null);
	}

	Place place() {
		return place;
	}

	Object stored() {
		return stored;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PrivateText that && Objects.equals(text, that.text) && Objects.equals(stored, that.stored);
	}

	@Override
	public int hashCode() {
		return Objects.hash(text, stored);
	}

	@Override
	public String toString() {
		return "PrivateText[hidden]";
	}

}
