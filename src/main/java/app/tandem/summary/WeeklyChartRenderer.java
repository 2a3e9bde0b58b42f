package app.tandem.summary;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.i18n.Messages;
import app.tandem.medication.DoseStatus;
import app.tandem.outbox.Renderer;

/**
 * Draws a summary's chart when the outbox sends it, from the person and the period: a Sunday evening of thousands
 * of summaries queues a few words each, not thousands of images.
 */
@Component
class WeeklyChartRenderer implements Renderer {

	static final String NAME = "summary-chart";

	private final SummaryReader reader;

	private final Messages messages;

	WeeklyChartRenderer(SummaryReader reader, Messages messages) {
		this.reader = reader;
		this.messages = messages;
	}

	static Map<String, String> arguments(long userId, Period period, Locale locale) {
		return Map.of("userId", Long.toString(userId), "from", period.from().toString(), "to",
				period.to().toString(), "locale", locale.toLanguageTag());
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public byte[] render(Map<String, String> arguments) {
		Period period = new Period(LocalDate.parse(arguments.get("from")), LocalDate.parse(arguments.get("to")));
		SummaryData data = reader.read(Long.parseLong(arguments.get("userId")), period);
		return chart(data, Locale.forLanguageTag(arguments.get("locale")));
	}

	byte[] chart(SummaryData data, Locale locale) {
		Set<LocalDate> missed = data.doses()
			.stream()
			.filter(dose -> dose.status() == DoseStatus.MISSED || dose.status() == DoseStatus.NOT_REMINDED)
			.map(dose -> dose.localDate())
			.collect(Collectors.toSet());
		Map<LocalDate, String> changes = new TreeMap<>();
		data.medications()
			.forEach(medication -> medication.doseChangesOrEmpty()
				.stream()
				.filter(change -> data.period().contains(change.from()))
				.forEach(change -> changes.merge(change.from(), medication.displayName() + " " + change.after(),
						(a, b) -> a + ", " + b)));
		return TrendChart.png(data.period(), data.inPeriod(), missed, changes, labels(data.period(), locale), locale);
	}

	TrendChart.Labels labels(Period period, Locale locale) {
		return new TrendChart.Labels(messages.get(locale, "chart.title", period.label(locale)),
				messages.get(locale, "chart.mood"), messages.get(locale, "chart.anxiety"),
				messages.get(locale, "chart.sleep"), messages.get(locale, "chart.missed"));
	}

}
