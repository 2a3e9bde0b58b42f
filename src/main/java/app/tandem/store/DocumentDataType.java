package app.tandem.store;

import java.nio.ByteBuffer;
import java.util.ConcurrentModificationException;
import java.util.Objects;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the file store writes a collection's documents: field by field in a compact binary form, instead of H2's
 * default, Java serialisation of the document's map, which costs several times the CPU (and, in a fresh process,
 * much of the JIT compiler's time) each time a page of documents is read from the file or written to it.
 * <p>
 * Each value starts with a tag byte: {@value #DOCUMENT} for this form, which H2's {@link ObjectDataType} never
 * writes, or one of that type's own tags, for a document written before (read as before, and written in this form
 * when its page is next written) or one holding a value this form does not know (kept in H2's form, so nothing is
 * lost). The form ({@link CompactForm}) knows the values documents hold here; a value reads back equal, and of the
 * same class, as it was written. A store written by this class cannot be read by a version before it: H2
 * rejects the unknown tag rather than misreading it.
 */
final class DocumentDataType extends BasicDataType<Object> {

	/** The tag of a document in this form: above the highest tag of {@link ObjectDataType} (119). */
	static final byte DOCUMENT = 126;

	/**
	 * How often a document that changes while it is written is written again (an update changes it for microseconds)
	 * before H2's form is used, which does not notice the change and may write a mix of before and after.
	 */
	private static final int ATTEMPTS = 1000;

	/**
	 * What a document takes in memory, for H2's page cache: a map of boxed values and strings takes several times its
	 * bytes in this form, and a few hundred bytes more (about what H2 counted for a document it serialised).
	 */
	private static final int MEMORY = 400;

	private static final int MEMORY_PER_BYTE = 4;

	/** Reads what was written before and writes what this form does not know. */
	private final ObjectDataType older = new ObjectDataType();

	/** A moving average of the documents' memory, as H2 keeps one for serialised objects. */
	private volatile int averageMemory = 1024;

	@Override
	public Object[] createStorage(int size) {
		return new Object[size];
	}

	@Override
	public int getMemory(Object value) {
		return (value instanceof Document) ? averageMemory : older.getMemory(value);
	}

	/**
	 * Writes a document in this form, or in H2's if it holds a value this form does not know. mongo-java-server
	 * updates a stored document in place, so another thread's commit may be writing the page that holds it while it
	 * changes: then it is written again, as it is by then (and the update writes its page once more anyway).
	 */
	@Override
	public void write(WriteBuffer buffer, Object value) {
		if (value instanceof Document document) {
			int start = buffer.position();
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				try {
					if (!CompactForm.isKnown(document)) {
						break;
					}
					CompactForm.writeDocument(buffer.put(DOCUMENT), document);
					averageMemory = (int) ((MEMORY + MEMORY_PER_BYTE * (long) (buffer.position() - start)
							+ 15L * averageMemory) / 16);
					return;
				}
				catch (ConcurrentModificationException ex) {
					buffer.position(start);
				}
			}
		}
		older.write(buffer, value);
	}

	@Override
	public Object read(ByteBuffer buffer) {
		if (buffer.get(buffer.position()) != DOCUMENT) {
			return older.read(buffer);
		}
		buffer.get();
		return CompactForm.readDocument(buffer);
	}

	/** Values are not ordered by meaning; equal ones compare as equal, others in H2's order. */
	@Override
	public int compare(Object a, Object b) {
		return Objects.equals(a, b) ? 0 : older.compare(a, b);
	}

}
