package app.tandem;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import app.tandem.safety.CrisisLines;
import app.tandem.safety.CrisisLinesProperties;
import app.tandem.store.ReEncryptCommand;
import app.tandem.telegram.TelegramProperties;

/**
 * Checks what an operator must provide before anything starts: the bot token and a valid crisis-lines file. A
 * {@link SetupProblem} thrown here stops start-up before the application context exists, so the operator sees
 * only the one line {@link SetupProblemReporter} prints.
 */
class StartupChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (event.getEnvironment().getProperty(ReEncryptCommand.RUNNING, Boolean.class, false)) {
			return; // only the store starts: no bot, no crisis lines
		}
		Binder binder = Binder.get(event.getEnvironment());
		binder.bindOrCreate("tandem.telegram", TelegramProperties.class);
		CrisisLines.check(binder.bindOrCreate("tandem.safety.crisis-lines", CrisisLinesProperties.class));
	}

	@Override
	public int getOrder() {
		// After logging is initialised, so the reporter's line is logged like every other.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
