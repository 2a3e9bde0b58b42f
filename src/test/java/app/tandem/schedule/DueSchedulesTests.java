package app.tandem.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import app.tandem.store.StoreConnection;
import app.tandem.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due schedules against a real (in-memory) MongoDB wire server, with scripted handlers: an occurrence is handed on
 * until its handler returns, a rule changed while a batch is claimed keeps its own next occurrence, two instances
 * running at once hand each occurrence on once, and a claim is reached by its unique key.
 */
class DueSchedulesTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T06:59:00Z"));

	final List<ScheduledFire> fired = new CopyOnWriteArrayList<>();

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	final List<MongoClient> closeLater = new CopyOnWriteArrayList<>();

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
		context.setAutoIndexCreation(true);
		context.afterPropertiesSet();
		MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
		converter.setCustomConversions(conversions);
		converter.afterPropertiesSet();
		mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "schedule-tests"), converter);
		schedules = new Schedules(mongo, clock);
	}

	@AfterEach
	void stopStore() {
		closeLater.forEach(MongoClient::close);
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
	void shouldHandEachDueScheduleToOneOfTwoInstancesRunningAtOnce() throws Exception {
		List<String> handled = new CopyOnWriteArrayList<>();
		DueSchedules one = dueSchedules(fire -> handled.add(fire.scheduleId()), 50);
		DueSchedules other = dueSchedules(fire -> handled.add(fire.scheduleId()), 50);
		for (int user = 1; user <= 300; user++) {
			schedules.put("remind:" + user, user, user, "remind", BERLIN, LocalRule.daily(LocalTime.of(8, 0)), Map.of());
		}
		clock.advance(Duration.ofMinutes(1));

		ExecutorService instances = Executors.newFixedThreadPool(2);
		List<Future<Integer>> runs = instances.invokeAll(List.of(one::run, other::run));
		instances.shutdown();

		assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(300);
		assertThat(handled).hasSize(300).doesNotHaveDuplicates();
		assertThat(schedules.nextFireAt("remind:1")).contains(Instant.parse("2026-12-01T07:00:00Z"));
		assertThat(mongo.count(Query.query(Criteria.where("leaseUntil").ne(null)), Schedule.class)).isZero();
	}

	@Test
	void shouldHandEachDueScheduleToOneOfTwoInstancesAgainWhenEachClaimNamesTheOwnerThatReleasedItLast()
			throws Exception {
		List<String> handled = new CopyOnWriteArrayList<>();
		DueSchedules one = dueSchedules(fire -> handled.add(fire.scheduleId() + "@" + fire.dueAt()), 50);
		DueSchedules other = dueSchedules(fire -> handled.add(fire.scheduleId() + "@" + fire.dueAt()), 50);
		for (int user = 1; user <= 300; user++) {
			schedules.put("remind:" + user, user, user, "remind", BERLIN, LocalRule.daily(LocalTime.of(8, 0)), Map.of());
		}
		ExecutorService instances = Executors.newFixedThreadPool(2);
		for (int day = 0; day < 3; day++) {
			clock.set(Instant.parse("2026-11-30T07:00:01Z").plus(Duration.ofDays(day)));

			List<Future<Integer>> runs = instances.invokeAll(List.of(one::run, other::run));

			assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(300);
		}
		instances.shutdown();

		assertThat(handled).hasSize(900).doesNotHaveDuplicates();
		assertThat(schedules.nextFireAt("remind:1")).contains(Instant.parse("2026-12-03T07:00:00Z"));
		// Released claims keep their owner: the unique lease key was written once per claim, not again to free it.
		assertThat(mongo.count(Query.query(Criteria.where("leaseOwner").ne(null)), Schedule.class)).isEqualTo(300);
		assertThat(mongo.count(Query.query(Criteria.where("leaseUntil").ne(null)), Schedule.class)).isZero();
	}

	@Test
	void shouldLeaveAScheduleAnotherInstanceHoldsAndTakeItOverOnceItsLeaseLapsed() {
		DueSchedules due = dueSchedules(fired::add);
		schedules.put("remind:1", 1, 1, "remind", BERLIN, LocalRule.daily(LocalTime.of(8, 0)), Map.of());
		clock.advance(Duration.ofMinutes(1));
		// Another instance claimed it a moment ago, then died.
		mongo.updateFirst(Query.query(Criteria.where("_id").is("remind:1")), new Update().set("leaseOwner", "gone")
			.set("leaseUntil", clock.instant().plus(Duration.ofMinutes(2))), Schedule.class);

		due.run();
		assertThat(fired).isEmpty();

		clock.advance(Duration.ofMinutes(3));
		due.run();
		assertThat(fired).singleElement()
			.satisfies(fire -> assertThat(fire.dueAt()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z")));
		assertThat(schedules.nextFireAt("remind:1")).contains(Instant.parse("2026-12-01T07:00:00Z"));
	}

	@Test
	void shouldReachEveryClaimedScheduleByAUniqueKeySoTheEmbeddedStoreNeedsNoScanPerSchedule() {
		List<String> filters = new CopyOnWriteArrayList<>();
		MongoTemplate watched = watching(filters);
		DueSchedules due = new DueSchedules(watched, List.of(handler(fired::add)),
				new ScheduleProperties(Duration.ofSeconds(5), 500, Duration.ofMinutes(2)), clock,
				new StoreConnection(new ConnectionString("mongodb://127.0.0.1"), null));
		for (int user = 1; user <= 3; user++) {
			schedules.put("remind:" + user, user, user, "remind", BERLIN, LocalRule.daily(LocalTime.of(8, 0)), Map.of());
		}
		clock.advance(Duration.ofMinutes(1));

		due.run();

		assertThat(fired).hasSize(3);
		// Each claim and each release names one schedule by its id and lease owner: the unique "lease" key.
		assertThat(filters).hasSize(6).allSatisfy(filter -> assertThat(filter).isEqualTo("[_id, leaseOwner]"));
		assertThat(mongo.indexOps(Schedule.class).getIndexInfo())
			.anySatisfy(index -> assertThat(index.isUnique() && index.getName().equals("lease")).isTrue());
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
		return dueSchedules(onFire, 500);
	}

	private DueSchedules dueSchedules(Consumer<ScheduledFire> onFire, int batch) {
		return new DueSchedules(mongo, List.of(handler(onFire)),
				new ScheduleProperties(Duration.ofSeconds(5), batch, Duration.ofMinutes(2)), clock,
				new StoreConnection(new ConnectionString("mongodb://127.0.0.1"), null));
	}

	/** A template on its own client that notes the filter keys of every update to the schedules. */
	private MongoTemplate watching(List<String> filters) {
		MongoClient watchedClient = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()))
			.addCommandListener(new CommandListener() {

				@Override
				public void commandStarted(CommandStartedEvent event) {
					if (event.getCommandName().equals("update")) {
						event.getCommand()
							.getArray("updates")
							.forEach(update -> filters.add(update.asDocument().getDocument("q").keySet().toString()));
					}
				}

			})
			.build());
		closeLater.add(watchedClient);
		return new MongoTemplate(new SimpleMongoClientDatabaseFactory(watchedClient, "schedule-tests"),
				mongo.getConverter());
	}

	private static ScheduleHandler handler(Consumer<ScheduledFire> onFire) {
		return new ScheduleHandler() {

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
