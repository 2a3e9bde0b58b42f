package app.tandem.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import app.tandem.store.StoreConnection;
import app.tandem.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due schedules against a real (in-memory) MongoDB wire server, with scripted handlers: an occurrence is handed on
 * until its handler returns, and a rule changed while a batch is claimed keeps its own next occurrence.
 */
class DueSchedulesTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T06:59:00Z"));

	final List<ScheduledFire> fired = new CopyOnWriteArrayList<>();

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	Schedules schedules;

	@BeforeEach
	void startStore() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
		MongoMappingContext context = new MongoMappingContext();
		MongoCustomConversions conversions = new MongoCustomConversions(List.of(ZoneToText.INSTANCE,
				TextToZone.INSTANCE));
		context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		context.afterPropertiesSet();
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
		converter.setCustomConversions(conversions);
		converter.afterPropertiesSet();
		mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "schedule-tests"), converter);
		schedules = new Schedules(mongo, clock);
	}

	@AfterEach
	void stopStore() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void shouldLeaveAnOccurrenceDueWhenItsHandlerThrowsAndHandItOnAtTheNextTick() {
		AtomicInteger calls = new AtomicInteger();
		DueSchedules due = dueSchedules(fire -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("the store hiccuped");
			}
			fired.add(fire);
		});
		schedules.put("remind:1", 1, 1, "remind", BERLIN, LocalRule.daily(LocalTime.of(8, 0)), Map.of());
		clock.advance(Duration.ofMinutes(1));

		due.run();

		assertThat(fired).isEmpty();
		assertThat(schedules.nextFireAt("remind:1")).contains(Instant.parse("2026-11-30T07:00:00Z"));

		clock.advance(Duration.ofSeconds(5));
		due.run();

		assertThat(fired).singleElement()
			.satisfies(fire -> assertThat(fire.dueAt()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z")));
		assertThat(schedules.nextFireAt("remind:1")).contains(Instant.parse("2026-12-01T07:00:00Z"));

		clock.advance(Duration.ofSeconds(5));
		due.run();
		assertThat(fired).hasSize(1);
	}

	@Test
	void shouldGiveUpOnAnOccurrenceWhoseHandlerKeepsFailingAndMoveOn() {
		DueSchedules due = dueSchedules(fire -> {
			throw new IllegalStateException("always broken");
		});
		schedules.put("remind:1", 1, 1, "remind", BERLIN, LocalRule.daily(LocalTime.of(8, 0)), Map.of());
		clock.advance(Duration.ofMinutes(1));

		for (int tick = 0; tick < DueSchedules.MAX_FAILURES; tick++) {
			due.run();
			clock.advance(Duration.ofSeconds(5));
		}

		assertThat(schedules.nextFireAt("remind:1")).contains(Instant.parse("2026-12-01T07:00:00Z"));
	}

	@Test
	void shouldKeepARuleChangedWhileItsScheduleWasClaimed() {
		DueSchedules due = dueSchedules(fire -> {
			// The person moves their reminder to 20:00 while this occurrence is being handled.
			schedules.put("remind:1", 1, 1, "remind", BERLIN, LocalRule.daily(LocalTime.of(20, 0)), Map.of());
			fired.add(fire);
		});
		schedules.put("remind:1", 1, 1, "remind", BERLIN, LocalRule.daily(LocalTime.of(8, 0)), Map.of());
		clock.advance(Duration.ofMinutes(1));

		due.run();

		assertThat(fired).hasSize(1);
		assertThat(schedules.nextFireAt("remind:1")).contains(Instant.parse("2026-11-30T19:00:00Z"));
	}

	@Test
	void shouldSweepDeliveryKeysAfterThirtyDays() {
		DueSchedules due = dueSchedules(fired::add);
		schedules.put("remind:1", 1, 1, "remind", BERLIN, LocalRule.daily(LocalTime.of(8, 0)), Map.of());
		clock.advance(Duration.ofMinutes(1));
		due.run();

		assertThat(due.sweep()).isZero();
		clock.advance(Duration.ofDays(31));
		assertThat(due.sweep()).isEqualTo(1);
	}

	private DueSchedules dueSchedules(Consumer<ScheduledFire> onFire) {
		ScheduleHandler handler = new ScheduleHandler() {

			@Override
			public String kind() {
				return "remind";
			}

			@Override
			public Duration grace() {
				return Duration.ofHours(1);
			}

			@Override
			public void fire(ScheduledFire fire) {
				onFire.accept(fire);
			}

		};
		return new DueSchedules(mongo, List.of(handler),
				new ScheduleProperties(Duration.ofSeconds(5), 500, Duration.ofMinutes(2)), clock,
				new StoreConnection(new ConnectionString("mongodb://127.0.0.1"), null));
	}

	enum ZoneToText implements Converter<ZoneId, String> {

		INSTANCE;

		@Override
		public String convert(ZoneId source) {
			return source.getId();
		}

	}

	enum TextToZone implements Converter<String, ZoneId> {

		INSTANCE;

		@Override
		public ZoneId convert(String source) {
			return ZoneId.of(source);
		}

	}

}
