package app.tandem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.tandem.safety.CrisisLines;
import app.tandem.store.StoreConnection;
import app.tandem.telegram.BotConnected;

/**
 * The one line an operator looks for at start: which bot, which store, how many countries of crisis lines.
 */
@Component
class ReadyLine {

	private static final Logger log = LoggerFactory.getLogger("Tandem");

	private final StoreConnection store;

	private final CrisisLines crisisLines;

	ReadyLine(StoreConnection store, CrisisLines crisisLines) {
		this.store = store;
		this.crisisLines = crisisLines;
	}

	@EventListener
	void on(BotConnected connected) {
		log.info("Tandem is ready: polling as @{}, store {}, {} countries of crisis lines", connected.username(),
				store.description(), crisisLines.countries().size());
	}

}
