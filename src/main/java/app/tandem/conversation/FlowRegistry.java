package app.tandem.conversation;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The flows by name, looked up when needed (flows depend on {@link Conversations}, which asks here whether a flow
 * may be paused, so they are not wired in at construction).
 */
@Component
class FlowRegistry {

	private final ObjectProvider<Flow> flows;

	FlowRegistry(ObjectProvider<Flow> flows) {
		this.flows = flows;
	}

	Optional<Flow> find(String name) {
		return (name == null) ? Optional.empty() : flows.orderedStream().filter(f -> f.name().equals(name)).findFirst();
	}

}
