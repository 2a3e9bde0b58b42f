package app.tandem.store;

import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the store answers, with a {@code ping} both MongoDB and the embedded store understand (Spring Boot's own
 * MongoDB indicator sends {@code hello}, which the embedded store does not know). Its bean name replaces that
 * indicator.
 */
@Component("mongoHealthContributor")
class StoreHealth implements HealthIndicator {

	private final MongoTemplate mongo;

	private final StoreConnection connection;

	StoreHealth(MongoTemplate mongo, StoreConnection connection) {
		this.mongo = mongo;
		this.connection = connection;
	}

	@Override
	public Health health() {
		try {
			mongo.executeCommand(new Document("ping", 1));
			return Health.up().withDetail("store", connection.embeddedServer().isPresent() ? "embedded" : "mongodb").build();
		}
		catch (DataAccessException ex) {
			return Health.down().withDetail("store", "unreachable").build();
		}
	}

}
