package app.tandem.safety;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How long one screen takes for a 2,000-character check-in note (the longest note a person can type in one go),
 * with and without a risky sentence in it. Not part of {@code mvn verify}: run with
 * {@code mvn -B test -Dtest=RiskScreenBenchmark}. Prints the median and the 99th percentile.
 */
class RiskScreenBenchmark {

	static final String NOTE = """
			Slept badly again, maybe five hours, woke up at 3 and couldn't get back to sleep. Took the sertraline \
			with breakfast, the nausea is a bit better than last week. Work was long, two meetings back to back and my \
			manager wants the report by Friday. Had lunch with Sam, which helped. Walked home through the park, it was \
			cold but sunny. My sister called about Christmas plans and I said I'd think about it. Felt anxious in the \
			afternoon, heart racing for a while, did the breathing exercise from therapy and it settled. Dinner was \
			pasta. Watched an episode of that cooking show. I keep worrying about money and the rent going up. Tomorrow \
			I have my appointment with the psychiatrist at 10 and I want to ask about the dose and the tremor in my \
			hands. Side effects: dry mouth, a bit dizzy when I stand up. Exercise: the walk, maybe 30 minutes. \
			Mindfulness: ten minutes before bed. Social: lunch with Sam and the call with my sister. Mood about 5. \
			""";

	@Test
	void screenALongNote() {
		RiskScreen screen = new RiskScreen();
		String safe = (NOTE + NOTE + NOTE).substring(0, 2000);
		String risky = safe.substring(0, 1200) + " honestly i have been saving my pills and i think tonight is the night. "
				+ safe.substring(1200, 1930);
		List<String> medications = List.of("Sertraline 50 mg", "Lorazepam");
		for (int i = 0; i < 300; i++) {
			screen.screen(safe, medications);
			screen.screen(risky, medications);
		}
		SecondOpinion opinion = screen.secondOpinion();
		RiskModel model = TrainedModel.of(opinion).join();
		java.util.Set<String> words = MedicationWords.of(medications);
		long[] nanos = new long[500];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			model.highest(opinion.modelInput(safe, words));
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("model alone, 2,000-character note: median %.2f ms, p99 %.2f ms%n", nanos[nanos.length / 2] / 1e6,
				nanos[nanos.length * 99 / 100] / 1e6);
		report("2,000-character note, nothing found", screen, safe, medications);
		report("2,000-character note, a risk in the middle", screen, risky, medications);
	}

	/**
	 * Wall time, and the CPU time of the screening thread (which other processes sharing the cores do not inflate).
	 */
	private static void report(String what, RiskScreen screen, String text, List<String> medications) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] nanos = new long[500];
		long[] cpu = new long[nanos.length];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			long startCpu = threads.getCurrentThreadCpuTime();
			screen.screen(text, medications);
			cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		Arrays.sort(cpu);
		System.out.printf("risk screen, %s: median %.2f ms, p99 %.2f ms; CPU time median %.2f ms (goal: under 5 ms)%n",
				what, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, cpu[cpu.length / 2] / 1e6);
	}

}
