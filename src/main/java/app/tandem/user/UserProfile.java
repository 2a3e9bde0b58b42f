package app.tandem.user;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

import app.tandem.i18n.Language;
import app.tandem.store.PrivateText;

/**
 * One person using Tandem, keyed by their Telegram user id. Created only when they consent.
 *
 * @param userId Telegram user id
 * @param chatId the private chat with them
 * @param languageCode their Telegram language when they last wrote
 * @param zone their time zone, once chosen
 * @param checkInTime local time of the daily check-in, once chosen
 * @param country ISO 3166 country code for crisis resources, once chosen
 * @param consentedAt when they agreed to what Tandem stores
 * @param setupCompletedAt when the first setup was finished
 * @param unreachableSince set when Telegram refused a message (blocked bot); cleared when they write again
 * @param name the name on their weekly summaries (their Telegram first name at consent; may be blank), stored
 *     encrypted as {@code displayName}
 * @param summaryDay the weekday of the weekly summary (Sunday when unset)
 * @param summaryTime the local time of the weekly summary (18:00 when unset)
 * @param consentVersion the version of the consent text they last agreed to (at {@code consentedAt}); unset for
 * those who agreed before versions were recorded, to version {@value #FIRST_CONSENT_VERSION}
 * @param summaryLanguage the language tag their weekly summary and report are written in (their therapist's),
 *     {@code null} for their own language
 * @param chosenLanguage the language Tandem writes to them in (a {@link Language} tag): taken from Telegram at
 * consent, confirmed during setup, changed with {@code /language}; unset for those who consented before it was stored
 */
@Document("users")
public record UserProfile(@Id long userId, @Indexed long chatId, String languageCode, ZoneId zone, LocalTime checkInTime,
		String country, Instant consentedAt, Instant setupCompletedAt, Instant unreachableSince,
		@Field("displayName") @JsonProperty("displayName") PrivateText name,
		DayOfWeek summaryDay, LocalTime summaryTime, Integer consentVersion, String summaryLanguage,
		String chosenLanguage) {

	public static final int FIRST_CONSENT_VERSION = 1;

	public static final DayOfWeek DEFAULT_SUMMARY_DAY = DayOfWeek.SUNDAY;

	public static final LocalTime DEFAULT_SUMMARY_TIME = LocalTime.of(18, 0);

	/** The name on their weekly summaries; {@code null} when none is stored. */
	public String displayName() {
		return (name != null) ? name.text() : null;
	}

	/**
	 * The language to write to them in: the one they chose, or, for a profile from before languages were stored,
	 * the one their Telegram language gives. Telegram's language never overrides a choice.
	 */
	public Language language() {
		return Language.fromTag(chosenLanguage).orElseGet(() -> Language.fromTelegram(languageCode, country));
	}

	public DayOfWeek summaryDayOrDefault() {
		return (summaryDay != null) ? summaryDay : DEFAULT_SUMMARY_DAY;
	}

	public LocalTime summaryTimeOrDefault() {
		return (summaryTime != null) ? summaryTime : DEFAULT_SUMMARY_TIME;
	}

	/** The person's zone, or UTC before they chose one. */
	public ZoneId zoneOrUtc() {
		return (zone != null) ? zone : ZoneOffset.UTC;
	}

	/** The language of their weekly summary and report: the one they chose for their therapist, or their own. */
	public Locale summaryLocale(Locale own) {
		return (summaryLanguage != null) ? Locale.forLanguageTag(summaryLanguage) : own;
	}

	public boolean hasConsented() {
		return consentedAt != null;
	}

	/** Whether they agreed to this version of the consent text (or a later one). */
	public boolean hasConsentedTo(int version) {
		return hasConsented() && ((consentVersion != null) ? consentVersion : FIRST_CONSENT_VERSION) >= version;
	}

	public boolean isSetUp() {
		return setupCompletedAt != null;
	}

	public boolean isReachable() {
		return unreachableSince == null;
	}

}
