package app.tandem.store;

import java.util.Base64;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * A {@link MongoTemplate} mapped as the application maps it (value types, private text sealed and opened), for tests
 * that use a store without starting the application.
 */
public final class TestStores {

	public static final String KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

	private TestStores() {
	}

	public static MongoTemplate template(MongoClient client, String database) {
		return template(client, database, new FieldEncryption(Base64.getDecoder().decode(KEY), List.of()));
	}

	static MongoTemplate template(MongoClient client, String database, FieldEncryption encryption) {
		MongoCustomConversions conversions = StoreConfiguration.conversions(encryption);
		MongoMappingContext context = new MongoMappingContext();
		context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		context.afterPropertiesSet();
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
		converter.setCustomConversions(conversions);
		converter.afterPropertiesSet();
		MongoTemplate template = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, database), converter);
		template.setEntityCallbacks(
				EntityCallbacks.create(StoreConfiguration.placing(), StoreConfiguration.opening(encryption)));
		return template;
	}

	/** An in-memory store on a free port with a client to it, for a test's lifetime: close it after the test. */
	public static final class InMemory implements AutoCloseable {

		private final MongoServer server = new MongoServer(new MemoryBackend());

		private final MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());

		/** A template on the given database, mapped as the application maps it. */
		public MongoTemplate template(String database) {
			return TestStores.template(client, database);
		}

		@Override
		public void close() {
			client.close();
			server.shutdownNow();
		}

	}

}
