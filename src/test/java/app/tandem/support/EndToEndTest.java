package app.tandem.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Starts the whole application against the shared {@link FakeBotApi}, through the real telegrambots client, on
 * the in-memory store (or the MongoDB in {@code TEST_MONGODB_URI}), with a {@link MutableClock}. Every class using
 * it shares one application context; tests keep apart by using their own users ({@link EndToEnd#newUser}). After
 * each test, no call of the bot may have been one Telegram refuses ({@link NoRefusedCalls}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "tandem.telegram.token=" + EndToEnd.TOKEN, "tandem.store.embedded-backend=memory",
				"tandem.store.uri=${TEST_MONGODB_URI:}", "spring.data.mongodb.database=tandem-e2e-${random.uuid}",
				"tandem.outbox.per-chat-per-second=50", "tandem.outbox.per-chat-burst=50",
				"tandem.outbox.initial-backoff=100ms", "tandem.schedule.tick=200ms",
				"tandem.store.data-dir=target/test-data",
				"tandem.store.encryption-key=${TEST_ENCRYPTION_KEY:q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=}" })
@Import(EndToEnd.Configuration.class)
@ExtendWith(NoRefusedCalls.class)
public @interface EndToEndTest {

}
