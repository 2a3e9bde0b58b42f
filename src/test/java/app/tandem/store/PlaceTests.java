package app.tandem.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ciphertext's place leaves list positions out of its path, so an element keeps opening when the list around it
 * changes; map keys and field names with digits stay.
 */
class PlaceTests {

	@Test
	void shouldLeaveListPositionsOutOfThePathAndKeepEverythingElse() {
		assertThat(new Place("checkins", "c1", "sideEffects.0.medication").path()).isEqualTo("sideEffects.medication");
		assertThat(new Place("checkins", "c1", "0.name").path()).isEqualTo("name");
		assertThat(new Place("checkins", "c1", "plan.12").path()).isEqualTo("plan");
		assertThat(new Place("checkins", "c1", "plan.step2.text").path()).isEqualTo("plan.step2.text");
		assertThat(new Place("checkins", "c1", "payload.text").path()).isEqualTo("payload.text");
		assertThat(new Place("checkins", "c1", "a.0.b.1.c").path()).isEqualTo("a.b.c");
	}

}
