package app.tandem.checkin;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.data.mongodb.core.mapping.Field;

import app.tandem.store.PrivateText;

/**
 * One side effect noted in a check-in. Both texts are stored encrypted: an "Other" effect is the person's own words,
 * and the medication's name is theirs too.
 *
 * @param effectText a key from {@link SideEffects#COMMON}, or the person's own words for "Other"
 * @param severity how bad it was, when they said
 * @param medicationText the medication they tied it to, when they did
 */
public record SideEffectReport(@Field("effect") @JsonProperty("effect") PrivateText effectText, Severity severity,
		@Field("medication") @JsonProperty("medication") PrivateText medicationText) {

	public SideEffectReport(String effect, Severity severity, String medication) {
		this(new PrivateText(Objects.requireNonNull(effect, "effect")), severity, PrivateText.of(medication));
	}

	/** The effect's key or the person's words; {@code null} if what was stored could not be read. */
	public String effect() {
		return (effectText != null) ? effectText.text() : null;
	}

	public String medication() {
		return (medicationText != null) ? medicationText.text() : null;
	}

}
