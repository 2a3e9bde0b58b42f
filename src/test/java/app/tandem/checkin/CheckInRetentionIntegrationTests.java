package app.tandem.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.onboarding.Onboarded;
import app.tandem.store.PrivateText;
import app.tandem.support.EndToEndTest;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tandem.retention.checkins}: off by default (nothing is deleted); when an operator sets it, check-ins older
 * than that are deleted with their notes, and the keeping time moves on with the clock.
 */
@EndToEndTest
class CheckInRetentionIntegrationTests {

	@Autowired
	Journal journal;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	CheckInRetention configuredRetention;

	@Test
	void shouldKeepEveryCheckInByDefaultAndDeleteThoseOlderThanTheSettingWhenSet() {
		TelegramUser user = Onboarded.user();
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
		user.send("/checkin");
		user.tapOn("How’s your mood", "7");
		user.awaitReply("How anxious");
		LocalDate sevenMonthsAgo = today.minusMonths(7);
		LocalDate fiveMonthsAgo = today.minusMonths(5);
		for (LocalDate day : new LocalDate[] { sevenMonthsAgo, fiveMonthsAgo }) {
			journal.answer(user.id(), day, "mood", 4);
			journal.answer(user.id(), day, "note", new PrivateText("Old note of " + day));
		}

		configuredRetention.sweep();
		assertThat(days(user)).containsExactlyInAnyOrder(sevenMonthsAgo, fiveMonthsAgo, today);

		new CheckInRetention(mongo, clock, new CheckInRetentionProperties(Period.ofMonths(6))).sweep();
		assertThat(days(user)).containsExactlyInAnyOrder(fiveMonthsAgo, today);

		Clock twoMonthsLater = Clock.offset(clock, Duration.ofDays(62));
		new CheckInRetention(mongo, twoMonthsLater, new CheckInRetentionProperties(Period.ofMonths(6))).sweep();
		assertThat(days(user)).containsExactly(today);
		assertThat(journal.find(user.id(), today).orElseThrow().mood()).isEqualTo(7);
	}

	private List<LocalDate> days(TelegramUser user) {
		LocalDate today = LocalDate.now(clock);
		return journal.between(user.id(), today.minusYears(2), today.plusYears(1))
			.stream()
			.map(CheckIn::date)
			.toList();
	}

}
