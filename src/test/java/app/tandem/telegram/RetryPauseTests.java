package app.tandem.telegram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pause before the Bot API is tried again, when it cannot be reached at start. */
class RetryPauseTests {

	@Test
	void shouldWaitTwoSecondsFirstThenTwiceAsLong() {
		RetryPause pause = new RetryPause();
		assertThat(pause.seconds()).isEqualTo(2);

		long start = System.nanoTime();
		assertThat(pause.await()).isTrue();

		assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(2_000_000_000L);
		assertThat(pause.seconds()).isEqualTo(4);
	}

	@Test
	void shouldStopWaitingWhenInterruptedAndSayTheThreadWas() {
		RetryPause pause = new RetryPause();
		Thread.currentThread().interrupt();

		assertThat(pause.await()).isFalse();

		assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
		assertThat(pause.seconds()).isEqualTo(2);
	}

}
