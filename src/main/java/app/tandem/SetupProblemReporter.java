package app.tandem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a {@link SetupProblem} found anywhere in a start-up failure as a single log line, so an operator sees
 * what to fix instead of a stack trace. Other failures fall through to Spring Boot's own reporting.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SetupProblemReporter implements SpringBootExceptionReporter {

	private static final Logger log = LoggerFactory.getLogger("Startup");

	SetupProblemReporter(ConfigurableApplicationContext context) {
	}

	@Override
	public boolean reportException(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SetupProblem problem) {
				log.error("Tandem cannot start: {}", problem.getMessage());
				return true;
			}
		}
		return false;
	}

}
