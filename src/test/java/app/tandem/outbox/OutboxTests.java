package app.tandem.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.tandem.chat.OutboundMessage;
import app.tandem.outbox.BotApi.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTests {

	final List<Object> events = new CopyOnWriteArrayList<>();

	final RecordingBotApi api = new RecordingBotApi();

	Outbox outbox;

	@AfterEach
	void stop() {
		if (outbox != null) {
			outbox.stop();
		}
	}

	@Test
	void shouldSendACrisisMessageAheadOfAQueueOfScheduledPings() throws Exception {
		start(new OutboxProperties(5, 1, 1, 3, Duration.ofMillis(50)));
		for (long chat = 1; chat <= 40; chat++) {
			outbox.send(chat, text("ping " + chat), Lane.SCHEDULED);
		}

		SendResult result = outbox.send(999, text("crisis"), Lane.CRISIS).get(5, TimeUnit.SECONDS);

		assertThat(result).isInstanceOf(SendResult.Delivered.class);
		assertThat(api.texts().indexOf("crisis")).isLessThan(10);
		assertThat(outbox.backlog()).isGreaterThan(20);
	}

	@Test
	void shouldDeliverOneChatsMessagesInTheOrderTheyWereQueued() throws Exception {
		api.delay = message -> Duration.ofMillis((message.hashCode() & 7) * 3L);
		start(new OutboxProperties(100, 100, 100, 3, Duration.ofMillis(50)));
		List<CompletableFuture<SendResult>> sent = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			sent.add(outbox.send(7, text("message " + i), Lane.REPLY));
		}
		CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

		assertThat(api.texts()).containsExactlyElementsOf(
				IntStream.range(0, 30).mapToObj(i -> "message " + i).toList());
	}

	@Test
	void shouldWaitRetryAfterSecondsWhenTelegramAnswers429() throws Exception {
		start(new OutboxProperties(100, 100, 100, 3, Duration.ofMillis(50)));
		api.answers.add(new Outcome.RetryAfter(Duration.ofSeconds(1)));

		SendResult result = outbox.send(7, text("hello"), Lane.REPLY).get(5, TimeUnit.SECONDS);

		assertThat(result).isInstanceOf(SendResult.Delivered.class);
		assertThat(api.calls).hasSize(2);
		assertThat(api.calls.get(1).nanoTime() - api.calls.get(0).nanoTime())
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
	}

	@Test
	void shouldRetryServerErrorsWithGrowingBackoffAndThenGiveUp() throws Exception {
		start(new OutboxProperties(100, 100, 100, 3, Duration.ofMillis(100)));
		api.answers.addAll(List.of(new Outcome.Transient("HTTP 502"), new Outcome.Transient("HTTP 502"),
				new Outcome.Transient("HTTP 502")));

		SendResult result = outbox.send(7, text("hello"), Lane.REPLY).get(5, TimeUnit.SECONDS);

		assertThat(result).isEqualTo(new SendResult.Failed(SendResult.Reason.GAVE_UP));
		assertThat(api.calls).hasSize(3);
		assertThat(api.calls.get(1).nanoTime() - api.calls.get(0).nanoTime()).isGreaterThanOrEqualTo(100_000_000L);
		assertThat(api.calls.get(2).nanoTime() - api.calls.get(1).nanoTime()).isGreaterThanOrEqualTo(200_000_000L);
	}

	@Test
	void shouldRecoverWhenARetryAfterAServerErrorSucceeds() throws Exception {
		start(new OutboxProperties(100, 100, 100, 3, Duration.ofMillis(50)));
		api.answers.add(new Outcome.Transient("SocketTimeoutException"));

		SendResult result = outbox.send(7, text("hello"), Lane.REPLY).get(5, TimeUnit.SECONDS);

		assertThat(result).isInstanceOf(SendResult.Delivered.class);
	}

	@Test
	void shouldReportAChatUnreachableOn403AndDropItsQueuedMessages() throws Exception {
		start(new OutboxProperties(100, 100, 100, 3, Duration.ofMillis(50)));
		api.answers.add(new Outcome.Forbidden());

		CompletableFuture<SendResult> first = outbox.send(7, text("one"), Lane.REPLY);
		CompletableFuture<SendResult> second = outbox.send(7, text("two"), Lane.SCHEDULED);

		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(new SendResult.Failed(SendResult.Reason.UNREACHABLE));
		assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(new SendResult.Failed(SendResult.Reason.UNREACHABLE));
		assertThat(events).singleElement().isInstanceOfSatisfying(ChatUnreachable.class,
				event -> assertThat(event.chatId()).isEqualTo(7));
		assertThat(api.texts()).containsExactly("one");
	}

	@Test
	void shouldPaceMessagesToOneChat() throws Exception {
		start(new OutboxProperties(100, 4, 1, 3, Duration.ofMillis(50)));
		List<CompletableFuture<SendResult>> sent = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			sent.add(outbox.send(7, text("m" + i), Lane.REPLY));
		}
		CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

		long span = api.calls.get(4).nanoTime() - api.calls.get(0).nanoTime();
		assertThat(span).isGreaterThanOrEqualTo(Duration.ofMillis(900).toNanos());
	}

	@Test
	void shouldKeepToTheGlobalRateAcrossChats() throws Exception {
		start(new OutboxProperties(10, 100, 100, 3, Duration.ofMillis(50)));
		List<CompletableFuture<SendResult>> sent = new ArrayList<>();
		for (int chat = 0; chat < 30; chat++) {
			sent.add(outbox.send(chat, text("m" + chat), Lane.SCHEDULED));
		}
		CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

		long span = api.calls.get(29).nanoTime() - api.calls.get(0).nanoTime();
		assertThat(span).isGreaterThanOrEqualTo(Duration.ofMillis(1800).toNanos());
	}

	private void start(OutboxProperties properties) {
		outbox = new Outbox(api, properties, events::add, Clock.systemUTC());
		outbox.start();
	}

	private static OutboundMessage text(String text) {
		return new OutboundMessage.Text(text);
	}

	record Sent(long chatId, OutboundMessage message, long nanoTime) {
	}

	/** A Bot API that records calls and answers from a script, then with success. */
	static final class RecordingBotApi implements BotApi {

		final List<Sent> calls = new CopyOnWriteArrayList<>();

		final List<Outcome> answers = new CopyOnWriteArrayList<>();

		volatile Function<OutboundMessage, Duration> delay = message -> Duration.ZERO;

		@Override
		public CompletableFuture<Outcome> call(long chatId, OutboundMessage message) {
			calls.add(new Sent(chatId, message, System.nanoTime()));
			Outcome outcome = answers.isEmpty() ? new Outcome.Ok(calls.size()) : answers.remove(0);
			return CompletableFuture.supplyAsync(() -> outcome,
					CompletableFuture.delayedExecutor(delay.apply(message).toMillis(), TimeUnit.MILLISECONDS));
		}

		List<String> texts() {
			return calls.stream().map(sent -> ((OutboundMessage.Text) sent.message()).html()).toList();
		}

	}

}
