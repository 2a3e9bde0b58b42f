package app.tandem.store;

import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * {@code java -jar tandem.jar --reencrypt}: after a key rotation ({@code TANDEM_ENCRYPTION_KEY} = the new key,
 * {@code TANDEM_ENCRYPTION_OLD_KEYS} = the old one), seals every stored value again with the new key. Starts only the
 * store, not the bot. On MongoDB it may run beside running instances; the embedded store's file is held by the
 * running Tandem, so stop it first.
 */
public final class ReEncryptCommand {

	public static final String OPTION = "--reencrypt";

	/** Set while the command runs, so start-up checks meant for the bot stand aside. */
	public static final String RUNNING = "tandem.store.reencrypting";

	private ReEncryptCommand() {
	}

	public static ReEncryption.Result run(String... args) {
		try (ConfigurableApplicationContext store = new SpringApplicationBuilder(StoreOnly.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(RUNNING + "=true")
			.run(args)) {
			List<Class<?>> documents = store.getBean(MongoMappingContext.class)
				.getPersistentEntities()
				.stream()
				.filter(entity -> entity.isAnnotationPresent(Document.class))
				.<Class<?>>map(PersistentEntity::getType)
				.toList();
			return new ReEncryption(store.getBean(MongoTemplate.class), store.getBean(FieldEncryption.class), documents)
				.run();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(StoreProperties.class)
	@ImportAutoConfiguration({ MongoAutoConfiguration.class, MongoDataAutoConfiguration.class })
	@Import(StoreConfiguration.class)
	@EntityScan("app.tandem")
	static class StoreOnly {

	}

}
