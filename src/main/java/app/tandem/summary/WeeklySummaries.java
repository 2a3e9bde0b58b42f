package app.tandem.summary;

import java.util.Locale;

import org.springframework.stereotype.Component;

import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.Recipient;
import app.tandem.conversation.Replies;
import app.tandem.i18n.Messages;
import app.tandem.user.UserProfile;

/**
 * Builds and sends a summary: the text (split into numbered parts when longer than one message) and the chart, in
 * the summary's language (the person's own, or the one they chose for their therapist in /settings).
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
		Locale locale = profile.summaryLocale(to.locale());
		for (String part : MessageSplitter.split(text.sections(stats, profile.displayName(), locale))) {
			replies.send(to, new OutboundMessage.Text(part));
		}
		if (stats.checkIns() > 0) {
			replies.send(to, new OutboundMessage.DrawnPhoto(WeeklyChartRenderer.NAME,
					WeeklyChartRenderer.arguments(profile.userId(), period, locale), "tandem-week.png",
					messages.get(locale, "summary.chart-caption", period.label(locale))));
		}
	}

}
