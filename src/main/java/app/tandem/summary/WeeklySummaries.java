package app.tandem.summary;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.Recipient;
import app.tandem.conversation.Replies;
import app.tandem.i18n.Messages;
import app.tandem.medication.DoseStatus;
import app.tandem.user.UserProfile;

/**
 * Builds and sends a summary: the text (split into numbered parts when longer than one message) and the chart.
 */
@Component
class WeeklySummaries {

	private final SummaryReader reader;

	private final SummaryText text;

	private final Messages messages;

	private final Replies replies;

	WeeklySummaries(SummaryReader reader, SummaryText text, Messages messages, Replies replies) {
		this.reader = reader;
		this.text = text;
		this.messages = messages;
		this.replies = replies;
	}

	void send(Recipient to, UserProfile profile, Period period) {
		SummaryData data = reader.read(profile.userId(), period);
		SummaryStats stats = SummaryStats.of(data);
		for (String part : MessageSplitter.split(text.sections(stats, profile.displayName(), to.locale()))) {
			replies.send(to, new OutboundMessage.Text(part));
		}
		if (stats.checkIns() > 0) {
			replies.send(to, new OutboundMessage.Photo(chart(data, to.locale()), "tandem-week.png",
					messages.get(to.locale(), "summary.chart-caption", period.label(to.locale()))));
		}
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
