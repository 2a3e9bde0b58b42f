package app.tandem;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.support.EndToEndTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Store commands are not timed one by one: nothing exposes such metrics (the actuator shows health and info only),
 * and a command listener makes the MongoDB driver copy and decode every command and every reply for it, which cost
 * about a tenth of the update pipeline's CPU (issue 11's profile).
 */
@EndToEndTest
class StoreCommandMetricsIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MeterRegistry meters;

	@Test
	void shouldNotTimeEachStoreCommand() {
		mongo.getCollection("users").countDocuments();

		assertThat(meters.find("mongodb.driver.commands").meters()).isEmpty();
		assertThat(meters.find("tandem.updates.handling").timer()).as("Tandem's own timers stay").isNotNull();
	}

}
