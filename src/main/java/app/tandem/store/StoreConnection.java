package app.tandem.store;

import java.util.Optional;

import com.mongodb.ConnectionString;

/**
 * The store connection in use, and the embedded server behind it when there is one.
 */
public record StoreConnection(ConnectionString uri, EmbeddedMongo embedded) implements AutoCloseable {

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
