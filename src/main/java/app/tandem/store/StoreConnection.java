package app.tandem.store;

import java.util.Optional;

import com.mongodb.ConnectionString;

/**
 * The store connection in use, and the embedded server behind it when there is one.
 */
public record StoreConnection(ConnectionString uri, EmbeddedMongo embedded) implements AutoCloseable {

	/** Which store is in use, for the start-up line: the embedded store and its file, or MongoDB's hosts. */
	public String description() {
		return (embedded != null) ? embedded.description() : "MongoDB at " + String.join(",", uri.getHosts());
	}

	public Optional<EmbeddedMongo> embeddedServer() {
		return Optional.ofNullable(embedded);
	}

	@Override
	public void close() {
		if (embedded != null) {
			embedded.close();
		}
	}

}
