package app.tandem.store;

/**
 * Free text a person wrote (a note, a reason): stored encrypted, read back as plain text. Modules keep such text
 * in fields of this type and never see the encryption.
 */
public record PrivateText(String text) {

	public static PrivateText of(String text) {
		return (text == null) ? null : new PrivateText(text);
	}

	@Override
	public String toString() {
		return "PrivateText[hidden]";
	}

}
