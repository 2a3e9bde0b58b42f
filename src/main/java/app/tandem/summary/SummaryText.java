package app.tandem.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.i18n.LocalFormats;
import app.tandem.i18n.Messages;
import app.tandem.summary.SummaryStats.MedicationAdherence;
import app.tandem.summary.SummaryStats.Scale;

/**
 * The summary as Telegram HTML, in sections, so it reads on its own when forwarded to someone with no context: a
 * header naming the period and the person, each section only when there is data, and the footer.
 */
@Component
class SummaryText {

	static final String SPARKS = "▁▂▃▄▅▆▇";

	private final Messages messages;

	SummaryText(Messages messages) {
		this.messages = messages;
	}

	/** The sections: header first, footer last. */
	List<String> sections(SummaryStats stats, String displayName, Locale locale) {
		List<String> sections = new ArrayList<>();
		String name = (displayName == null || displayName.isBlank()) ? "" : "\n" + Html.escape(displayName);
		sections.add(messages.get(locale, "summary.header", stats.period().label(locale)) + name);
		if (stats.isEmpty()) {
			sections.add(messages.get(locale, "summary.empty"));
		}
		else {
			sections.add(messages.get(locale, "summary.check-ins", stats.checkIns(), stats.period().days()));
		}
		if (stats.mood().hasData()) {
			sections.add(scale(locale, "summary.mood", stats.mood()));
		}
		if (stats.anxiety().hasData()) {
			sections.add(scale(locale, "summary.anxiety", stats.anxiety()));
		}
		if (stats.sleep().hasData()) {
			sections.add(messages.get(locale, "summary.sleep", number(stats.sleep().averageHours(), locale),
					number(stats.sleep().averageQuality(), locale), stats.sleep().shortNights()));
		}
		if (!stats.medications().isEmpty()) {
			sections.add(medications(stats, locale));
		}
		if (!stats.sideEffects().isEmpty()) {
			sections.add(messages.get(locale, "summary.side-effects") + "\n" + stats.sideEffects()
				.stream()
				.map(effect -> "• " + effectName(effect.effect(), locale) + ": "
						+ messages.get(locale, "summary.side-effect.days", effect.days())
						+ ((effect.worst() != null) ? ", " + messages.get(locale, "summary.side-effect.worst",
								messages.get(locale, "checkin.severity." + effect.worst().name().toLowerCase(Locale.ROOT))
									.toLowerCase(locale)) : "")
						+ (effect.medications().isEmpty() ? "" : " (" + Html.escape(String.join(", ", effect.medications())) + ")"))
				.collect(Collectors.joining("\n")));
		}
		if (stats.lifestyle().hasData()) {
			sections.add(messages.get(locale, "summary.lifestyle", stats.lifestyle().exerciseDays(),
					stats.lifestyle().mindfulnessDays(), stats.lifestyle().socialDays()));
		}
		if (!stats.scores().isEmpty()) {
			sections.add(messages.get(locale, "summary.scores") + "\n" + stats.scores()
				.stream()
				.map(score -> "• " + score.label() + " "
						+ day(score.date(), locale) + ": " + score.total() + " ("
						+ messages.get(locale, "questionnaire.band." + score.band()) + ")"
						+ ((score.change() != null) ? ", " + messages.get(locale, "summary.score-change",
								signed(score.change())) : "")
						+ ((score.item9() != null) ? "\n   " + messages.get(locale, "summary.item9",
								item9Answer(score.item9(), locale)) : ""))
				.collect(Collectors.joining("\n")));
		}
		if (!stats.notes().isEmpty()) {
			sections.add(messages.get(locale, "summary.notes") + "\n" + stats.notes()
				.stream()
				.map(note -> "• " + day(note.date(), locale) + ": “" + Html.escape(note.text()) + "”")
				.collect(Collectors.joining("\n")));
		}
		sections.add(messages.get(locale, "summary.footer"));
		return sections;
	}

	private String scale(Locale locale, String key, Scale scale) {
		String change = (scale.change() == null) ? ""
				: " · " + messages.get(locale, "summary.change", signed(scale.change()));
		return messages.get(locale, key, number(scale.average(), locale), scale.lowest(), scale.highest(),
				sparkline(scale.perDay())) + change;
	}

	private String medications(SummaryStats stats, Locale locale) {
		AdherenceLines adherence = new AdherenceLines(messages, locale, Html::escape);
		List<String> lines = new ArrayList<>();
		lines.add(messages.get(locale, "summary.medications"));
		for (MedicationAdherence medication : stats.medications()) {
			StringBuilder line = new StringBuilder("• <b>" + adherence.name(medication) + "</b> "
					+ Html.escape(medication.dose().text(messages.in(locale))));
			String figures = adherence.figures(medication);
			if (!figures.isEmpty()) {
				line.append(medication.asNeededOnly() ? ", " : ": ").append(figures);
			}
			adherence.details(medication).forEach(detail -> line.append("\n   ").append(detail));
			medication.changes()
				.forEach(change -> line.append("\n   ")
					.append(messages.get(locale, "summary.dose-change", day(change.from(), locale),
							Html.escape(change.before().text(messages.in(locale))),
							Html.escape(change.after().text(messages.in(locale))))));
			lines.add(line.toString());
		}
		return String.join("\n", lines);
	}

	private String effectName(String effect, Locale locale) {
		String key = "side-effect." + effect;
		String label = messages.getOrNull(locale, key);
		return (label != null) ? label : Html.escape(effect);
	}

	/** "several days", "more than half the days", "nearly every day". */
	String item9Answer(int answer, Locale locale) {
		return messages.get(locale, "questionnaire.answer." + answer).toLowerCase(locale);
	}

	static String sparkline(List<Integer> perDay) {
		StringBuilder line = new StringBuilder();
		for (Integer value : perDay) {
			line.append((value == null) ? '·' : SPARKS.charAt((int) Math.round(value * (SPARKS.length() - 1) / 10.0)));
		}
		return line.toString();
	}

	static String day(LocalDate date, Locale locale) {
		return LocalFormats.day(date, locale);
	}

	private static String number(Double value, Locale locale) {
		return (value == null) ? "–" : String.format(locale, "%.1f", value);
	}

	private static String signed(Number value) {
		double v = value.doubleValue();
		String text = (v == Math.rint(v)) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
		return (v > 0) ? "+" + text : text;
	}

}
