package app.tandem.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.i18n.Messages;

/**
 * Writes the crisis message, following safe-messaging practice: warm and direct, "you are not alone", real numbers
 * with how and when to reach them, the emergency number for immediate danger, the international directory as a
 * fallback, and never any detail about means.
 */
@Component
public class CrisisMessage {

	private final CrisisLines lines;

	private final Messages messages;

	CrisisMessage(CrisisLines lines, Messages messages) {
		this.lines = lines;
		this.messages = messages;
	}

	/** The message for someone in this country (ISO code, may be unknown), in their language. */
	public String compose(Optional<String> country, Locale locale) {
		Optional<CountryResources> resources = country.flatMap(lines::forCountry);
		List<String> parts = new ArrayList<>();
		parts.add(messages.get(locale, "crisis.intro"));
		resources.ifPresentOrElse(found -> {
			found.lines().forEach(line -> parts.add(describe(line, locale)));
			parts.add(messages.get(locale, "crisis.emergency", found.emergency()));
			parts.add(messages.get(locale, "crisis.directory-elsewhere", lines.directory()));
		}, () -> {
			parts.add(messages.get(locale, "crisis.emergency-unknown"));
			parts.add(messages.get(locale, "crisis.directory", lines.directory()));
		});
		parts.add(messages.get(locale, "crisis.outro"));
		return String.join("\n\n", parts);
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
				Html.escape(line.hours()));
		return (line.note() == null) ? text : text + "\n<i>" + Html.escape(line.note()) + "</i>";
	}

}
