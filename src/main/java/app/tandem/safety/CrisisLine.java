package app.tandem.safety;

import java.time.LocalDate;
import java.util.List;

/**
 * One helpline, as the operator's {@code crisis-lines.yml} lists it.
 *
 * @param name what the line is called
 * @param phone number to call, if it takes calls
 * @param sms number to text, if it takes texts
 * @param chat web chat or messenger address, if any
 * @param hours when it answers: {@code 24/7}, a daily span {@code 10:00–20:00}, {@code unconfirmed} or {@code limited}
 *        (see {@link CrisisHours}); shown in the person's language
 * @param free whether calling is free (optional)
 * @param chatHours when the chat answers, if not at the same hours as the phone (optional, same forms)
 * @param languages languages it answers in (ISO 639-1)
 * @param note a short qualifier shown with the line (who it is for, a caveat)
 * @param source where the facts were checked
 * @param verified the day they were last checked
 */
public record CrisisLine(String name, String phone, String sms, String chat, String hours, Boolean free,
		String chatHours, List<String> languages,
		String note, String source, LocalDate verified) {

	public CrisisLine {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
	}

}
