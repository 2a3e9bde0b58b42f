package app.tandem.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EndToEndTest
class CheckInScheduleIntegrationTests {

	@Autowired
	Schedules schedules;

	@Autowired
	MutableClock clock;

	@Test
	void shouldSendACheckInMissedDuringDowntimeLateWhenItIsAtMostThreeHoursOld() {
		TelegramUser user = Onboarded.user();
		Instant due = schedules.nextFireAt("checkin:" + user.id()).orElseThrow();

		clock.set(due.plus(Duration.ofHours(2)));

		user.awaitMessage("A little late");
	}

	@Test
	void shouldSkipACheckInMissedDuringDowntimeWhenItIsOlderThanThreeHours() {
		TelegramUser user = Onboarded.user();
		Instant due = schedules.nextFireAt("checkin:" + user.id()).orElseThrow();

		clock.set(due.plus(Duration.ofHours(3)).plusSeconds(60));
		await().until(() -> schedules.nextFireAt("checkin:" + user.id()).orElseThrow().isAfter(due));

		assertThat(user.texts()).noneMatch(text -> text.contains("Time for your check-in") || text.contains("A little late"));
		assertThat(schedules.nextFireAt("checkin:" + user.id())).contains(due.plus(Duration.ofDays(1)));
	}

	@Test
	void shouldKeepTheWallClockTimeWhenTheUserMovesToAnotherZone() {
		TelegramUser user = Onboarded.user();
		user.send("/settings");
		user.tapOn("Your settings", "Time zone");
		user.awaitReply("Which time zone");
		user.send("Tokyo");
		user.awaitReply("Asia/Tokyo");

		Instant next = schedules.nextFireAt("checkin:" + user.id()).orElseThrow();
		assertThat(next.atZone(ZoneId.of("Asia/Tokyo")).toLocalTime()).isEqualTo(LocalTime.of(21, 0));
		assertThat(next).isAfter(clock.instant()).isBefore(clock.instant().plus(Duration.ofDays(1)));

		clock.set(next);
		user.awaitMessage("Time for your check-in");
	}

}
