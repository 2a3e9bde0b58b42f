package app.tandem.i18n;

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
		return new MessageFormat(pattern, target).format(resolveArguments(args, target));
	}

	@Override
	protected String formatMessage(String msg, Object[] args, Locale locale) {
		if (msg == null || ObjectUtils.isEmpty(args)) {
			return msg;
		}
		Locale target = (locale != null) ? locale : Locale.getDefault();
		return new MessageFormat(msg, target).format(resolveArguments(args, target));
	}

}
