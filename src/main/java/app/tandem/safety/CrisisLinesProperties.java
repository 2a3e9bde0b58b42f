package app.tandem.safety;

import java.nio.file.Path;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param file the crisis-lines file, read at start-up
 * @param overrides an optional second file whose countries replace or add to the first, for operators
 * @param staleAfter entries verified longer ago than this are logged as stale at start-up
 * @param directory the international directory of helplines, for countries without an entry
 */
@ConfigurationProperties("tandem.safety.crisis-lines")
public record CrisisLinesProperties(@DefaultValue("config/crisis-lines.yml") Path file,
		@DefaultValue("config/crisis-lines.local.yml") Path overrides, @DefaultValue("12m") Period staleAfter,
		@DefaultValue("https://findahelpline.com") String directory) {
}
