package app.tandem.inbox;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** How many threads handle updates, as an operator leaves it or sets it. */
class InboxPropertiesTests {

	@Test
	void shouldHandleUpdatesOnTwiceTheProcessorsWhenLeftAtItsDefault() {
		InboxProperties properties = bind(Map.of());

		assertThat(properties.workers()).isZero();
		assertThat(properties.workerThreads()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
	}

	@Test
	void shouldHandleUpdatesOnAsManyThreadsAsTheOperatorSets() {
		assertThat(bind(Map.of("tandem.inbox.workers", "12")).workerThreads()).isEqualTo(12);
	}

	private static InboxProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("tandem.inbox",
				InboxProperties.class);
	}

}
