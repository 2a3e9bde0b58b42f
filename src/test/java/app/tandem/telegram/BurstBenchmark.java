package app.tandem.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.tandem.TandemApplication;
import app.tandem.support.EndToEnd;
import app.tandem.support.FakeBotApi;
import app.tandem.support.Updates;

import static org.awaitility.Awaitility.await;

/**
 * A burst end to end: {@code -Dpeople} people (100 by default) each send {@code /help} at the same moment to the whole
 * application (long polling through the real telegrambots client against the in-process fake Bot API, the embedded
 * in-memory store, or the H2 file store with {@code -Dbackend=file}, send limits raised as the end-to-end tests raise
 * them for load). Repeated {@code -Drounds} times (5 by default) after a warm-up, each round with new people, waiting
 * for every reply before the next. Prints (and writes to {@code target/benchmarks/burst.txt}) the replies per second of
 * each round, from the first update offered to the fake Bot API to the last reply's HTTP call, and the median and 99th
 * percentile over all rounds from an update's arrival at the fake Bot API to its reply's HTTP call, beside the goal of
 * issue 11 (at least 500 replies/s, p99 at most 300 ms) and whether it is met. Asserts nothing. Not part of {@code mvn
 * verify}: run with {@code mvn -B test -Dtest=BurstBenchmark} ({@code -Dwarmup=N}: bursts of N updates in all from
 * other people first, 300 by default; {@code -Drounds}, {@code -Dpeople}).
 */
class BurstBenchmark {

	private static final String TOKEN = "9797971:TEST_token_burst_benchmark_xx";

	@TempDir
	Path data;

	@Test
	void repliesPerSecondAndLatencyOfABurst() throws IOException {
		int people = Integer.getInteger("people", 100);
		int rounds = Integer.getInteger("rounds", 5);
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN);
		try (ConfigurableApplicationContext tandem = start()) {
			await().atMost(Duration.ofSeconds(90)).until(() -> tandem.getBean(TelegramPolling.class).isPolling());
			int warmUp = Integer.getInteger("warmup", 300);
			for (int done = 0; done < warmUp; done += people) {
				burst(bot, 7_000_000L + done, Math.min(people, warmUp - done));
			}
			StoreCommands commands = tandem.getBean(StoreCommands.class);
			commands.reset();
			List<Double> perSecond = new ArrayList<>();
			List<Long> latencies = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				Map<Long, Long> offeredAt = burst(bot, 7_800_000L + round * 10_000L, people);
				Map<Long, Long> answeredAt = answeredAt(bot, offeredAt);
				long first = offeredAt.values().stream().mapToLong(Long::longValue).min().orElseThrow();
				long last = answeredAt.values().stream().mapToLong(Long::longValue).max().orElseThrow();
				perSecond.add(people / ((last - first) / 1e9));
				offeredAt.forEach((chatId, offered) -> latencies.add(answeredAt.get(chatId) - offered));
			}
			report(people, warmUp, perSecond, latencies.stream().mapToLong(Long::longValue).sorted().toArray(),
					commands.perUpdate(people * rounds)
						+ System.lineSeparator() + commands.cpuPerUpdate(people * rounds));
		}
	}

	/** Offers one {@code /help} from each of {@code people} new chats at once and waits for every reply. */
	private static Map<Long, Long> burst(FakeBotApi.Bot bot, long firstChat, int people) {
		Map<Long, Long> offeredAt = new HashMap<>();
		for (int i = 0; i < people; i++) {
			long chatId = firstChat + i;
			long updateId = bot.nextUpdateId();
			offeredAt.put(chatId, System.nanoTime());
			bot.push(Updates.text(updateId, chatId, "private", chatId, "en", "/help"));
		}
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> answeredAt(bot, offeredAt).size() >= people);
		return offeredAt;
	}

	/** When the first reply to each of these chats reached the fake Bot API. */
	private static Map<Long, Long> answeredAt(FakeBotApi.Bot bot, Map<Long, Long> offeredAt) {
		Map<Long, Long> answeredAt = new HashMap<>();
		for (FakeBotApi.Call call : bot.calls(call -> call.method().equals("sendMessage"))) {
			if (offeredAt.containsKey(call.chatId())) {
				answeredAt.putIfAbsent(call.chatId(), call.nanoTime());
			}
		}
		return answeredAt;
	}

	private static void report(int people, int warmUp, List<Double> perSecond, long[] nanos, String breakdown)
			throws IOException {
		double p50 = nanos[nanos.length / 2] / 1e6;
		double p99 = nanos[Math.min(nanos.length - 1, nanos.length * 99 / 100)] / 1e6;
		double[] sorted = perSecond.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double median = sorted[sorted.length / 2];
		List<String> lines = new ArrayList<>();
		lines.add(String.format("burst, %,d people sending /help at the same moment, %d rounds after %,d updates of "
				+ "warm-up: median %.0f "
				+ "replies/s (rounds: %s), arrival to reply p50 %.1f ms, p99 %.1f ms over %,d replies "
				+ "(goal: >= 500 replies/s, p99 <= 300 ms: %s)", people, sorted.length, warmUp, median,
				perSecond.stream().map(rate -> String.format("%.0f", rate)).toList(), p50, p99, nanos.length,
				(median >= 500 && p99 <= 300) ? "met" : "NOT met"));
		lines.add(String.format("  replies/s %s; p99 %s", median >= 500 ? "met" : "NOT met",
				p99 <= 300 ? "met" : "NOT met"));
		lines.add(breakdown);
		lines.forEach(System.out::println);
		Path out = Path.of("target", "benchmarks", "burst.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TandemApplication.class, EndToEnd.Configuration.class,
				StoreCommands.Configuration.class).run(
				"--tandem.telegram.token=" + TOKEN, "--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(),
				"--tandem.store.embedded-backend=" + System.getProperty("backend", "memory"), "--tandem.store.uri=",
				"--tandem.store.data-dir=" + data,
				"--spring.main.web-application-type=none", "--tandem.outbox.global-per-second=100000",
				"--tandem.outbox.per-chat-per-second=50", "--tandem.outbox.per-chat-burst=50",
				"--tandem.schedule.tick=200ms");
	}

}
