package app.tandem.store;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a ciphertext lives: collection, document id and field path (list positions left out, map keys kept). It is
 * the associated data of the encryption, so a ciphertext copied to another place does not open there.
 */
record Place(String collection, String id, String path) {

	private static final Pattern POSITION = Pattern.compile("(^|\\.)\\d+(?=\\.|$)");

	/** Each document class's collection, looked up once: every private text written or read needs it. */
	private static final ClassValue<String> COLLECTIONS = new ClassValue<>() {

		@Override
		protected String computeValue(Class<?> document) {
			Document mapped = AnnotatedElementUtils.findMergedAnnotation(document, Document.class);
			if (mapped == null || mapped.collection().isBlank()) {
				throw new IllegalArgumentException(document.getSimpleName() + " names no collection");
			}
			return mapped.collection();
		}

	};

	/** List positions are left out of the path ({@code sideEffects.0.medication} is {@code sideEffects.medication}). */
	Place {
		if (mayHoldPositions(path)) {
			path = POSITION.matcher(path).replaceAll("").replaceFirst("^\\.", "");
		}
	}

	/** A path without digits and without a leading dot is left as it is (most are: {@code payload.text}). */
	private static boolean mayHoldPositions(String path) {
		if (path.startsWith(".")) {
			return true;
		}
		for (int i = 0; i < path.length(); i++) {
			if (Character.isDigit(path.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static Place of(Class<?> document, Object id, String path) {
		return new Place(collectionOf(document), String.valueOf(id), path);
	}

	static String collectionOf(Class<?> document) {
		return COLLECTIONS.get(document);
	}

	byte[] associatedData() {
		return ("tandem|" + collection + "|" + id + "|" + path).getBytes(StandardCharsets.UTF_8);
	}

	/** Names the place without the document id (ids are user ids: not for logs). */
	@Override
	public String toString() {
		return collection + "." + path;
	}

}
