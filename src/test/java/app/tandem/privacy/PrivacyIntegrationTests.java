package app.tandem.privacy;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;
import app.tandem.user.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

@EndToEndTest
class PrivacyIntegrationTests {

	@Autowired
	Users users;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Test
	void shouldExportExactlyTheUsersOwnDataAsJson() throws IOException {
		TelegramUser someoneElse = Onboarded.user();
		TelegramUser user = Onboarded.user();

		user.send("/export");

		Call document = user.awaitCall("sendDocument", call -> true);
		JsonNode file = document.params().path("document");
		assertThat(file.path("file_name").asText()).isEqualTo("tandem-export-" + LocalDate.now(clock) + ".json");
		JsonNode export = new ObjectMapper().readTree(file.path("bytes").binaryValue());
		assertThat(export.path("profile").path("userId").asLong()).isEqualTo(user.id());
		assertThat(export.path("profile").path("zone").asText()).isEqualTo("Europe/Berlin");
		assertThat(export.path("profile").path("country").asText()).isEqualTo("DE");
		assertThat(export.toString()).doesNotContain(Long.toString(someoneElse.id()));
	}

	@Test
	void shouldEraseEverythingAfterOneConfirmation() {
		TelegramUser user = Onboarded.user();

		user.send("/delete");
		user.awaitMessage("It can’t be undone");
		user.tap("🗑 Delete everything");

		user.awaitMessage("everything I stored about you is erased");
		assertThat(users.find(user.id())).isEmpty();
		assertThat(mongo.count(Query.query(where("_id").is(user.id())), "conversations")).isZero();
		await().until(() -> mongo.count(Query.query(where("chatId").is(user.id()).and("handledAt").ne(null)),
				"inbox") <= 1);
	}

	@Test
	void shouldTellAnyoneWhatIsStoredWhereForHowLongAndWhoCanSeeIt() {
		TelegramUser stranger = EndToEnd.newUser();

		stranger.send("/privacy");

		String text = stranger.awaitReply("Your data, plainly").text();
		assertThat(text).contains("What I store:", "check-ins and notes", "medications", "Where:", "operator",
				"stored encrypted", "For how long:", "everything stays until you delete it", "closed after 24 hours",
				"deleted after 7 days", "Who can see it:", "Telegram", "aren’t end-to-end encrypted", "/export", "/delete");
		stranger.send("/help");
		assertThat(stranger.awaitReply("What I can do").text()).contains("/privacy");
	}

	@Test
	void shouldKeepTheDataWhenTheUserChangesTheirMind() {
		TelegramUser user = Onboarded.user();

		user.send("/delete");
		user.tap("Keep my data");

		user.awaitMessage("Nothing was deleted");
		assertThat(users.find(user.id())).isPresent();
	}

}
