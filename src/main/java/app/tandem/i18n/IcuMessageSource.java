package app.tandem.i18n;

import java.text.AttributedCharacterIterator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import com.ibm.icu.text.MessageFormat;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * Spring's resource-bundle lookup (and its locale fallback: {@code pt_PT} → {@code pt} → English) with ICU's
 * MessageFormat instead of the JDK's, so that {@code {0, plural, one {# day} other {# days}}} follows each
 * language's plural rules (Russian one/few/many, Portuguese 0 and 1 as "one", …).
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

	/** The bundles Tandem ships, read as UTF-8, never falling back to the machine's language. */
	public static IcuMessageSource tandem() {
		IcuMessageSource source = new IcuMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null || ObjectUtils.isEmpty(args)) {
			return super.getMessageInternal(code, args, locale);
		}
		Locale target = (locale != null) ? locale : Locale.getDefault();
		String pattern = resolveCodeWithoutArguments(code, target);
		if (pattern == null) {
			return super.getMessageInternal(code, args, target);
		}
		return format(pattern, target, resolveArguments(args, target));
	}

	/**
	 * Times and dates read as the person's language writes them ("22:00", "сб, 28 нояб."), where ICU would otherwise
	 * write them in its own default style ("1/1/70, 10:00 PM").
	 */
	@Override
	protected Object[] resolveArguments(Object[] args, Locale locale) {
		Object[] resolved = super.resolveArguments(args, locale);
		for (int i = 0; i < resolved.length; i++) {
			if (resolved[i] instanceof LocalTime time) {
				resolved[i] = LocalFormats.time(time, locale);
			}
			else if (resolved[i] instanceof LocalDate date) {
				resolved[i] = LocalFormats.day(date, locale);
			}
			else if (resolved[i] instanceof TemporalAccessor temporal) {
				resolved[i] = temporal.toString();
			}
		}
		return resolved;
	}

	@Override
	protected String formatMessage(String msg, Object[] args, Locale locale) {
		if (msg == null || ObjectUtils.isEmpty(args)) {
			return msg;
		}
		Locale target = (locale != null) ? locale : Locale.getDefault();
		return format(msg, target, resolveArguments(args, target));
	}

	/**
	 * Formats with ICU, and drops the text's own full stop right after an argument that already ends with one: an
	 * abbreviated month ("сб, 28 нояб.") at the end of "Editing {0}." must not read "нояб..".
	 */
	static String format(String pattern, Locale locale, Object[] args) {
		AttributedCharacterIterator text = new MessageFormat(pattern, locale).formatToCharacterIterator(args);
		StringBuilder out = new StringBuilder();
		boolean afterStop = false;
		int start = text.getBeginIndex();
		while (start < text.getEndIndex()) {
			text.setIndex(start);
			boolean argument = text.getAttribute(MessageFormat.Field.ARGUMENT) != null;
			int end = text.getRunLimit(MessageFormat.Field.ARGUMENT);
			String run = substring(text, start, end);
			if (!argument && afterStop && run.startsWith(".") && !run.startsWith("..")) {
				run = run.substring(1);
			}
			out.append(run);
			afterStop = argument && run.endsWith(".") && !run.endsWith("..");
			start = end;
		}
		return out.toString();
	}

	private static String substring(AttributedCharacterIterator text, int start, int end) {
		StringBuilder run = new StringBuilder(end - start);
		for (text.setIndex(start); text.getIndex() < end; text.next()) {
			run.append(text.current());
		}
		return run.toString();
	}

}
