package app.tandem.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Component;

import app.tandem.i18n.Messages;
import app.tandem.i18n.Wording;
import app.tandem.medication.DoseAmount;
import app.tandem.medication.DoseChange;
import app.tandem.medication.DoseStatus;
import app.tandem.medication.Medication;
import app.tandem.outbox.Renderer;
import app.tandem.safety.QuestionnaireResult;

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
		return TrendChart.png(data.period(), data.inPeriod(), marks(data, locale), labels(data.period(), locale), locale);
	}

	/** The chart itself, for the report's layout and for tests that look at what it shows. */
	JFreeChart build(SummaryData data, Locale locale) {
		return TrendChart.chart(data.period(), data.inPeriod(), marks(data, locale), labels(data.period(), locale),
				locale);
	}

	TrendChart.Marks marks(SummaryData data, Locale locale) {
		Map<String, Medication> byId = data.medications()
			.stream()
			.collect(Collectors.toMap(Medication::id, Function.identity(), (a, b) -> a));
		Map<String, Set<LocalDate>> missed = new TreeMap<>();
		data.doses()
			.stream()
			.filter(dose -> dose.status() == DoseStatus.MISSED || dose.status() == DoseStatus.NOT_REMINDED)
			.filter(dose -> data.period().contains(dose.localDate()) && byId.containsKey(dose.medicationId()))
			.forEach(dose -> missed.computeIfAbsent(
					messages.get(locale, "chart.missed", byId.get(dose.medicationId()).displayName()),
					name -> new TreeSet<>())
				.add(dose.localDate()));
		Map<LocalDate, List<String>> changes = new TreeMap<>();
		data.medications()
			.forEach(medication -> medication.doseChangesOrEmpty()
				.stream()
				.filter(change -> data.period().contains(change.from()))
				.forEach(change -> changes.computeIfAbsent(change.from(), day -> new ArrayList<>())
					.add(doseChange(medication.displayName(), change, messages.in(locale)))));
		Map<String, Map<LocalDate, Integer>> scores = new TreeMap<>();
		data.questionnaires()
			.stream()
			.filter(result -> data.period().contains(result.date()))
			.sorted(Comparator.comparing(QuestionnaireResult::takenAt))
			.forEach(result -> scores
				.computeIfAbsent(scoreLabel(result.kind(), locale), kind -> new TreeMap<>())
				.put(result.date(), result.total()));
		return new TrendChart.Marks(missed, changes, scores);
	}

	private String scoreLabel(String kind, Locale locale) {
		String label = messages.getOrNull(locale, "chart.score." + kind);
		return (label != null) ? label : kind;
	}

	/** "Sertraline 50 → 75 mg", or "Quetiapine 25 mg → 1 tablet" when the units differ. */
	static String doseChange(String medication, DoseChange change, Wording words) {
		DoseAmount before = change.before();
		DoseAmount after = change.after();
		String from = before.unit().equals(after.unit()) ? words.get("dose.number", before.amount()) : before.text(words);
		return medication + " " + from + " → " + after.text(words);
	}

	TrendChart.Labels labels(Period period, Locale locale) {
		return new TrendChart.Labels(messages.get(locale, "chart.title", period.label(locale)),
				messages.get(locale, "chart.scale"), messages.get(locale, "chart.mood"),
				messages.get(locale, "chart.anxiety"), messages.get(locale, "chart.sleep"),
				messages.get(locale, "chart.scores"));
	}

}
