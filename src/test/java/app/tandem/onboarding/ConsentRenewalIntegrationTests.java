package app.tandem.onboarding;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent is recorded with its time and the version of the text agreed to; when the text changes, the person is
 * asked once more before anything else of theirs is handled, while reading about, copying and erasing their data
 * stay open.
 */
@EndToEndTest
class ConsentRenewalIntegrationTests {

	static final String ASKED_AGAIN = "I’ve updated what I tell you about your data";

	@Autowired
	Users users;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Test
	void shouldRecordTheTimeAndVersionOfTheConsentText() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tapOn("Is that OK with you?", "✅ I agree");
		user.awaitReply("Which time zone");

		UserProfile profile = users.find(user.id()).orElseThrow();
		assertThat(profile.consentedAt()).isEqualTo(clock.instant());
		assertThat(profile.consentVersion()).isEqualTo(ConsentRenewal.CONSENT_VERSION);
	}

	@Test
	void shouldAskOnceAgainWhenTheConsentTextChangedBeforeHandlingAnythingElse() {
		TelegramUser user = agreedToAnOlderText(Onboarded.user());

		user.send("/checkin");
		user.awaitReply(ASKED_AGAIN);
		user.send("/history");
		user.awaitReply("Please tap one of the buttons above");
		user.send("/privacy");
		user.awaitReply("What I store:");

		assertThat(user.texts()).filteredOn(text -> text.contains(ASKED_AGAIN)).hasSize(1);
		assertThat(user.texts()).noneMatch(text -> text.contains("How’s your mood") || text.contains("Last 7 days"));
		assertThat(conversation(user).getString("flow")).isEqualTo("setup");

		clock.advance(Duration.ofMinutes(1));
		user.tap(user.awaitMessage(ASKED_AGAIN), "✅ I agree");
		user.awaitReply("Thank you ✓");
		UserProfile profile = users.find(user.id()).orElseThrow();
		assertThat(profile.consentVersion()).isEqualTo(ConsentRenewal.CONSENT_VERSION);
		assertThat(profile.consentedAt()).isEqualTo(clock.instant());
		assertThat(profile.isSetUp()).isTrue();
		user.send("/checkin");
		user.awaitReply("How’s your mood");
	}

	@Test
	void shouldStoreNothingNewWhenThePersonDoesNotAgreeToTheChangedText() {
		TelegramUser user = agreedToAnOlderText(Onboarded.user());

		user.send("I slept badly");
		user.tapOn(ASKED_AGAIN, "Not now");

		user.awaitReply("I won’t store anything new");
		assertThat(users.find(user.id()).orElseThrow().consentVersion()).isZero();
		user.send("/checkin");
		user.awaitReply(ASKED_AGAIN);
		user.send("/delete");
		user.awaitReply("It can’t be undone");
	}

	/** The person agreed to a version of the consent text before the current one. */
	private TelegramUser agreedToAnOlderText(TelegramUser user) {
		mongo.getCollection("users").updateOne(new Document("_id", user.id()),
				new Document("$set", new Document("consentVersion", ConsentRenewal.CONSENT_VERSION - 1)));
		return user;
	}

	private Document conversation(TelegramUser user) {
		return mongo.getCollection("conversations").find(new Document("_id", user.id())).first();
	}

}
