package app.tandem.summary;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import app.tandem.i18n.Messages;
import app.tandem.i18n.MessagesTestAccess;

/**
 * Not part of the default build ({@code mvn -B test -Dtest=SummaryBenchmark}). Builds the seeded week's summary
 * text and chart PNG {@value #SUMMARIES} times on as many threads as there are cores, and prints the time.
 * The data is in memory: reading it is four indexed range queries per person and is measured by the reminder
 * benchmark's kind of run, not here.
 */
class SummaryBenchmark {

	static final int SUMMARIES = Integer.getInteger("summaries", 10_000);

	@Test
	void buildsSummariesWithCharts() throws InterruptedException {
		Messages messages = MessagesTestAccess.english();
		SummaryText text = new SummaryText(messages);
		WeeklyChartRenderer summaries = new WeeklyChartRenderer(null, messages);
		SummaryData data = SeededWeek.data();
		for (int i = 0; i < 50; i++) {
			summaries.chart(data, Locale.ENGLISH);
		}
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicLong bytes = new AtomicLong();
		long start = System.nanoTime();
		for (int i = 0; i < SUMMARIES; i++) {
			pool.execute(() -> {
				var parts = MessageSplitter.split(text.sections(SummaryStats.of(data), "A.K.", Locale.ENGLISH));
				bytes.addAndGet(parts.get(0).length() + summaries.chart(data, Locale.ENGLISH).length);
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("SummaryBenchmark: %d summaries with charts on %d threads in %.1f s (%.1f ms each, %d MB)%n",
				SUMMARIES, threads, seconds, seconds * 1000 / SUMMARIES, bytes.get() / 1_000_000);
	}

}
