package app.tandem.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import app.tandem.SetupProblem;

/**
 * The crisis lines by country, read once at start-up from the operator's file (and an optional overrides file),
 * validated, and kept in memory so showing them never needs the database. A malformed file stops start-up with
 * one line saying what is wrong and where.
 */
@Component
public class CrisisLines {

	private static final Logger log = LoggerFactory.getLogger(CrisisLines.class);

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	private final Map<String, CountryResources> byCountry;

	private final String directory;

	CrisisLines(CrisisLinesProperties properties, Clock clock) {
		Map<String, CountryResources> countries = readAll(properties);
		this.byCountry = Map.copyOf(countries);
		this.directory = properties.directory();
		warnAboutStale(countries.values(), LocalDate.now(clock).minus(properties.staleAfter()));
		log.debug("Crisis lines loaded for {} countries", byCountry.size());
	}

	public Optional<CountryResources> forCountry(String code) {
		return Optional.ofNullable(code).map(c -> byCountry.get(c.toUpperCase(Locale.ROOT)));
	}

	/** The countries with an entry, in file order. */
	public List<CountryResources> countries() {
		return byCountry.values().stream().sorted(Comparator.comparing(CountryResources::name)).toList();
	}

	/** The international directory of helplines, for everyone else. */
	public String directory() {
		return directory;
	}

	/**
	 * Reads and validates the configured files, throwing a {@link SetupProblem} that says what is wrong and where.
	 */
	public static void check(CrisisLinesProperties properties) {
		readAll(properties);
	}

	private static Map<String, CountryResources> readAll(CrisisLinesProperties properties) {
		Map<String, CountryResources> countries = new LinkedHashMap<>();
		read(properties.file()).forEach(country -> countries.put(country.code(), country));
		if (Files.exists(properties.overrides())) {
			read(properties.overrides()).forEach(country -> countries.put(country.code(), country));
		}
		return countries;
	}

	private static List<CountryResources> read(Path file) {
		if (!Files.isReadable(file)) {
			throw new SetupProblem("the crisis-lines file " + file + " is missing or unreadable");
		}
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		CrisisLinesFile parsed;
		try {
			parsed = yaml.readValue(file.toFile(), CrisisLinesFile.class);
		}
		catch (IOException ex) {
			throw new SetupProblem(file + " is not valid: " + firstLine(ex.getMessage()), ex);
		}
		if (parsed == null || parsed.countries() == null || parsed.countries().isEmpty()) {
			throw new SetupProblem(file + " lists no countries");
		}
		List<String> problems = new ArrayList<>();
		parsed.countries().forEach(country -> problems.addAll(problemsOf(country)));
		if (!problems.isEmpty()) {
			throw new SetupProblem(file + " is not valid: " + String.join("; ", problems));
		}
		return parsed.countries();
	}

	private static List<String> problemsOf(CountryResources country) {
		List<String> problems = new ArrayList<>();
		String code = country.code();
		if (code == null || !ISO_COUNTRIES.contains(code)) {
			problems.add("'" + code + "' is not an ISO 3166 country code");
			return problems;
		}
		require(problems, code, "name", country.name());
		require(problems, code, "emergency", country.emergency());
		if (country.lines().isEmpty()) {
			problems.add(code + " has no lines");
		}
		for (int i = 0; i < country.lines().size(); i++) {
			CrisisLine line = country.lines().get(i);
			String where = code + " line " + (i + 1);
			require(problems, where, "name", line.name());
			require(problems, where, "hours", line.hours());
			// An operator's file written before hours had fixed forms still starts: its prose is shown as written.
			if (!isBlank(line.hours()) && !CrisisHours.isValid(line.hours())) {
				log.warn("{} has 'hours: {}', shown as written in every language; use 24/7, a daily span like "
						+ "10:00–20:00, unconfirmed or limited ('free: true' for a free call) to have it translated",
						where, line.hours());
			}
			if (line.chatHours() != null && !CrisisHours.isValid(line.chatHours())) {
				log.warn("{} has 'chatHours: {}', shown as written in every language; use 24/7, a daily span, "
						+ "unconfirmed or limited to have it translated", where, line.chatHours());
			}
			require(problems, where, "source", line.source());
			if (line.verified() == null) {
				problems.add(where + " has no 'verified' date");
			}
			if (isBlank(line.phone()) && isBlank(line.sms()) && isBlank(line.chat())) {
				problems.add(where + " has no phone, sms or chat");
			}
		}
		return problems;
	}

	private static void require(List<String> problems, String where, String field, String value) {
		if (isBlank(value)) {
			problems.add(where + " has no '" + field + "'");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static void warnAboutStale(Collection<CountryResources> countries, LocalDate staleBefore) {
		countries.forEach(country -> country.lines()
			.stream()
			.filter(line -> line.verified().isBefore(staleBefore))
			.forEach(line -> log.warn("Crisis line '{}' ({}) was last verified on {}: please check it again",
					line.name(), country.code(), line.verified())));
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	record CrisisLinesFile(List<CountryResources> countries) {
	}

}
