package app.tandem;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import app.tandem.store.ReEncryptCommand;
import app.tandem.store.ReEncryption;

/**
 * Tandem: a Telegram companion for people who combine therapy with medication.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TandemApplication {

	public static void main(String[] args) {
		if (List.of(args).contains(ReEncryptCommand.OPTION)) {
			ReEncryption.Result result = ReEncryptCommand.run(args);
			System.out.printf("Re-encrypted %d values; %d were already current; %d unreadable%n", result.rewritten(),
					result.current(), result.unreadable());
			System.exit(result.unreadable() == 0 ? 0 : 1);
		}
		SpringApplication.run(TandemApplication.class, args);
	}

}
