package app.tandem.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.i18n.LocalFormats;
import app.tandem.i18n.Messages;

/**
 * Writes the crisis message, following safe-messaging practice: warm and direct, "you are not alone", real numbers
 * with how and when to reach them, the emergency number for immediate danger, the international directory as a
 * fallback, and never any detail about means. A country without lines of its own still gets its emergency number
 * and a plain word that no national line is known. Reads only memory: it runs while the database may be down.
 */
@Component
public class CrisisMessage {

	private final CrisisLines lines;

	private final EmergencyNumbers emergencyNumbers;

	private final Messages messages;

	CrisisMessage(CrisisLines lines, EmergencyNumbers emergencyNumbers, Messages messages) {
		this.lines = lines;
		this.emergencyNumbers = emergencyNumbers;
		this.messages = messages;
	}

	/** The message for someone in this country (ISO code, may be unknown), in their language. */
	public String compose(Optional<String> country, Locale locale) {
		List<String> parts = new ArrayList<>();
		parts.add(messages.get(locale, "crisis.intro"));
		Optional<CountryResources> resources = country.flatMap(lines::forCountry);
		if (resources.isPresent()) {
			withLines(resources.get(), locale, parts);
		}
		else if (country.isPresent()) {
			withoutLines(country.get(), locale, parts);
		}
		else {
			parts.add(messages.get(locale, "crisis.emergency-unknown"));
			parts.add(messages.get(locale, "crisis.directory", lines.directory()));
		}
		parts.add(messages.get(locale, "crisis.outro"));
		return String.join("\n\n", parts);
	}

	/**
	 * For an urgent sign (an overdose taken, a plan with means, a goodbye, self-harm now): the emergency number
	 * first, then the whole crisis message.
	 */
	public String urgent(Optional<String> country, Locale locale) {
		String first = emergencyNumber(country)
			.map(number -> messages.get(locale, "crisis.urgent", Html.escape(number)))
			.orElseGet(() -> messages.get(locale, "crisis.urgent-unknown"));
		return first + "\n\n" + compose(country, locale);
	}

	/** For a sign of concern: a direct, kind question, with one way to reach someone now in the same message. */
	public String question(Optional<String> country, Locale locale) {
		return messages.get(locale, "crisis.concern") + "\n\n"
				+ messages.get(locale, "crisis.concern.line", oneWayToReachSomeone(country, locale));
	}

	/** A short repeat, within minutes of the whole message: still with a number. */
	public String repeat(Optional<String> country, Locale locale) {
		return messages.get(locale, "crisis.repeat", oneWayToReachSomeone(country, locale));
	}

	private String oneWayToReachSomeone(Optional<String> country, Locale locale) {
		Optional<CountryResources> resources = country.flatMap(lines::forCountry);
		String emergency = emergencyNumber(country)
			.map(number -> messages.get(locale, "crisis.emergency", Html.escape(number)))
			.orElseGet(() -> messages.get(locale, "crisis.emergency-unknown"));
		return resources.map(found -> describe(found.lines().get(0), locale) + "\n" + emergency).orElse(emergency);
	}

	private Optional<String> emergencyNumber(Optional<String> country) {
		return country.flatMap(emergencyNumbers::forCountry);
	}

	private void withLines(CountryResources country, Locale locale, List<String> parts) {
		country.lines().forEach(line -> parts.add(describe(line, locale)));
		String emergency = messages.get(locale, "crisis.emergency", Html.escape(country.emergency()));
		parts.add((country.emergencyNote() == null) ? emergency
				: emergency + "\n<i>" + Html.escape(country.emergencyNote()) + "</i>");
		parts.add(messages.get(locale, "crisis.directory-elsewhere", lines.directory()));
	}

	private void withoutLines(String country, Locale locale, List<String> parts) {
		parts.add(emergencyNumbers.forCountry(country)
			.map(number -> messages.get(locale, "crisis.emergency", Html.escape(number)))
			.orElseGet(() -> messages.get(locale, "crisis.emergency-unknown")));
		String name = LocalFormats.country(country, locale);
		parts.add(messages.get(locale, "crisis.no-line", Html.escape(name)));
		parts.add(messages.get(locale, "crisis.directory", lines.directory()));
	}

	private String describe(CrisisLine line, Locale locale) {
		List<String> ways = new ArrayList<>();
		if (line.phone() != null) {
			ways.add(messages.get(locale, "crisis.way.call", Html.escape(line.phone())));
		}
		if (line.sms() != null) {
			ways.add(messages.get(locale, "crisis.way.text", Html.escape(line.sms())));
		}
		if (line.chat() != null) {
			ways.add(messages.get(locale, "crisis.way.chat", Html.escape(line.chat())));
		}
		String text = messages.get(locale, "crisis.line", Html.escape(line.name()), String.join(" · ", ways),
				Html.escape(CrisisHours.describe(line, messages, locale)));
		return (line.note() == null) ? text : text + "\n<i>" + Html.escape(line.note()) + "</i>";
	}

}
