package app.tandem.safety;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import app.tandem.chat.ChatType;
import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.i18n.Language;
import app.tandem.store.StoreOutage;
import app.tandem.user.PersonalDataErased;
import app.tandem.user.ProfileChanged;
import app.tandem.user.UserProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class CrisisCountriesTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

	static final Instant SET_UP = Instant.parse("2026-11-01T10:00:00Z");

	@TempDir
	Path folder;

	MongoTemplate mongo = mock(MongoTemplate.class);

	CrisisCountries countries;

	final StoreOutage outage = new StoreOutage();

	final AtomicLong nanos = new AtomicLong();

	@BeforeEach
	void setUp() {
		countries = new CrisisCountries(mongo, TestCrisisLines.read(folder, TestCrisisLines.GERMANY_AND_UK), outage,
				nanos::get);
	}

	@Test
	void shouldServeTheCountryAnotherInstanceSavedOnceTheValueKnownHereIsOld() {
		countries.on(new ProfileChanged(profile(10, "DE", null, SET_UP)));
		given(mongo.findOne(any(Query.class), eq(UserProfile.class))).willReturn(profile(10, "GB", null, SET_UP));
		assertThat(countries.countryFor(crisis(10, "en"))).as("fresh").contains("DE");

		nanos.addAndGet(CrisisCountries.FRESH_FOR.toNanos());

		assertThat(countries.countryFor(crisis(10, "en"))).contains("GB");
	}

	@Test
	void shouldReadTheCountryOfAChatNeverSeenHere() {
		given(mongo.findOne(any(Query.class), eq(UserProfile.class))).willReturn(profile(11, "DE", null, SET_UP));

		assertThat(countries.countryFor(crisis(11, "en"))).contains("DE");
	}

	@Test
	void shouldKeepTheLastKnownCountryWhileTheStoreIsDownOrDoesNotAnswer() {
		countries.on(new ProfileChanged(profile(12, "DE", null, SET_UP)));
		nanos.addAndGet(CrisisCountries.FRESH_FOR.toNanos());
		given(mongo.findOne(any(Query.class), eq(UserProfile.class)))
			.willThrow(new DataAccessResourceFailureException("store down"));
		assertThat(countries.countryFor(crisis(12, "en"))).contains("DE");

		nanos.addAndGet(CrisisCountries.FRESH_FOR.toNanos());
		given(mongo.findOne(any(Query.class), eq(UserProfile.class))).willAnswer(invocation -> {
			Thread.sleep(5_000);
			return null;
		});
		long started = System.nanoTime();
		assertThat(countries.countryFor(crisis(12, "en"))).contains("DE");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		verify(mongo, times(2)).findOne(any(Query.class), eq(UserProfile.class));
	}

	/**
	 * One read that did not come back in time is enough: the crisis answers of the next seconds do not each wait
	 * {@link CrisisCountries#STORE_WAIT} for a store that is not answering (they queued behind the first read, and
	 * three people writing at once during an outage got their answers after up to a second).
	 */
	@Test
	void shouldNotWaitForTheStoreAgainForSomeSecondsOnceAReadDidNotComeBackInTime() {
		given(mongo.findOne(any(Query.class), eq(UserProfile.class))).willAnswer(invocation -> {
			Thread.sleep(5_000);
			return null;
		});
		countries.countryFor(crisis(20, "de"));

		long started = System.nanoTime();
		assertThat(countries.countryFor(crisis(21, "de-DE"))).contains("DE");
		assertThat(countries.countryFor(crisis(22, "en-GB"))).contains("GB");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(CrisisCountries.STORE_WAIT);
		verify(mongo, times(1)).findOne(any(Query.class), eq(UserProfile.class));

		nanos.addAndGet(CrisisCountries.FRESH_FOR.toNanos());
		given(mongo.findOne(any(Query.class), eq(UserProfile.class))).willReturn(profile(23, "GB", null, SET_UP));
		assertThat(countries.countryFor(crisis(23, "de"))).contains("GB");
	}

	@Test
	void shouldNotWaitForTheStoreWhileTheInboxOrTheOutboxSeesItDown() {
		outage.noticed();

		assertThat(countries.countryFor(crisis(24, "de-DE"))).contains("DE");
		verifyNoInteractions(mongo);

		outage.over();
		given(mongo.findOne(any(Query.class), eq(UserProfile.class))).willReturn(profile(24, "GB", null, SET_UP));
		assertThat(countries.countryFor(crisis(24, "de"))).contains("GB");
	}

	@Test
	void shouldForgetTheOldCountryWhenItIsCleared() {
		countries.on(new ProfileChanged(profile(1, "DE", null, SET_UP)));
		assertThat(countries.countryFor(crisis(1, "en"))).contains("DE");

		countries.on(new ProfileChanged(profile(1, null, null, SET_UP)));

		assertThat(countries.countryFor(crisis(1, "en"))).isEmpty();
	}

	@Test
	void shouldFallBackToTheCountryOfTheTimeZoneThenToTheTelegramLanguage() {
		countries.on(new ProfileChanged(profile(2, null, VIENNA, null)));
		countries.on(new ProfileChanged(profile(3, null, ZoneOffset.ofHours(2), null)));

		assertThat(countries.countryFor(crisis(2, "pt-BR"))).contains("AT");
		assertThat(countries.countryFor(crisis(3, "pt-BR"))).contains("BR");
		assertThat(countries.countryFor(crisis(3, "es-419"))).isEmpty();
	}

	@Test
	void shouldNotGuessACountryWithLinesForSomeoneWhoAnsweredNotListed() {
		countries.on(new ProfileChanged(profile(4, null, BERLIN, SET_UP)));
		countries.on(new ProfileChanged(profile(5, null, VIENNA, SET_UP)));

		assertThat(countries.countryFor(crisis(4, "en-GB"))).isEmpty();
		assertThat(countries.countryFor(crisis(4, "de-AT"))).contains("AT");
		assertThat(countries.countryFor(crisis(5, "en-GB"))).contains("AT");
	}

	@Test
	void shouldStillGuessAListedCountryBeforeTheCountryQuestionWasAnswered() {
		countries.on(new ProfileChanged(profile(6, null, BERLIN, null)));

		assertThat(countries.countryFor(crisis(6, "en"))).contains("DE");
	}

	@Test
	void shouldLoadWhatProfilesSayAtStartUpAndForgetErasedChats() {
		given(mongo.stream(any(Query.class), eq(UserProfile.class))).willReturn(Stream.of(
				profile(7, "GB", BERLIN, SET_UP), profile(8, null, BERLIN, SET_UP), profile(9, null, VIENNA, null)));

		countries.load();
		countries.on(new PersonalDataErased(9, 9));

		assertThat(countries.countryFor(crisis(7, "en"))).contains("GB");
		assertThat(countries.countryFor(crisis(8, "en-GB"))).isEmpty();
		assertThat(countries.countryFor(crisis(9, "en"))).isEmpty();
	}

	@Test
	void shouldReadProfilesAtStartUpInPartsAndBatchesNotAllAtOnce() {
		given(mongo.estimatedCount(UserProfile.class)).willReturn(2L * CrisisCountries.LOAD_PART + 1);
		ArgumentCaptor<Query> queries = ArgumentCaptor.forClass(Query.class);
		given(mongo.stream(queries.capture(), eq(UserProfile.class))).willReturn(
				Stream.of(profile(20, "GB", BERLIN, SET_UP)), Stream.of(profile(21, "DE", null, SET_UP)),
				Stream.of(profile(22, null, VIENNA, null)));

		countries.load();

		assertThat(queries.getAllValues()).hasSize(3).allSatisfy(query -> {
			assertThat(query.getMeta().getCursorBatchSize()).isNotNull().isBetween(1, 1_000);
			assertThat(query.getQueryObject().get("_id", org.bson.Document.class).get("$mod", List.class))
				.first().isEqualTo(3L);
		});
		assertThat(queries.getAllValues()).extracting(query -> query.getQueryObject()
			.get("_id", org.bson.Document.class).get("$mod", List.class).get(1)).containsExactly(0L, 1L, 2L);
		given(mongo.findOne(any(Query.class), eq(UserProfile.class)))
			.willThrow(new DataAccessResourceFailureException("store down"));
		nanos.addAndGet(CrisisCountries.FRESH_FOR.toNanos());
		assertThat(countries.countryFor(crisis(20, "en"))).contains("GB");
		assertThat(countries.countryFor(crisis(21, "en"))).contains("DE");
		assertThat(countries.countryFor(crisis(22, "en"))).contains("AT");
	}

	@Test
	void shouldKeepTheChosenLanguageAndTheCountryLoadedAtStartUpWhileTheStoreDoesNotAnswer() {
		UserProfile german = new UserProfile(13, 13, "en", BERLIN, null, "AT", SET_UP, SET_UP, null, null, null, null,
				null, null, "de");
		given(mongo.stream(any(Query.class), eq(UserProfile.class))).willReturn(Stream.of(german));
		given(mongo.findOne(any(Query.class), eq(UserProfile.class)))
			.willThrow(new DataAccessResourceFailureException("store down"));

		countries.load();
		nanos.addAndGet(CrisisCountries.FRESH_FOR.toNanos());

		assertThat(countries.countryFor(crisis(13, "en"))).contains("AT");
		assertThat(countries.inTheirLanguage(crisis(13, "en")).answerLanguage()).isEqualTo(Language.fromTag("de").orElseThrow());
		assertThat(countries.inTheirLanguage(crisis(14, "en")).answerLanguage()).isEqualTo(Language.fromTelegram("en", null));
	}

	private static UserProfile profile(long chatId, String country, ZoneId zone, Instant setupCompletedAt) {
		return new UserProfile(chatId, chatId, "en", zone, null, country, SET_UP, setupCompletedAt, null, null, null,
				null, null, null, null);
	}

	private static Inbound crisis(long chatId, String languageCode) {
		return new Inbound(1, chatId, chatId, ChatType.PRIVATE, languageCode, null,
				new InboundPayload.Command("crisis", ""));
	}

}
