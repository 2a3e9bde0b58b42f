package app.tandem.store;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.mapping.event.AfterConvertCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import app.tandem.SetupProblem;

/**
 * Chooses the store, says which one in one log line, and teaches the mapping layer Tandem's value types.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

	@Bean
	StoreConnection storeConnection(StoreProperties properties) {
		if (properties.isEmbedded()) {
			EmbeddedMongo embedded = EmbeddedMongo.start(properties);
			log.debug("Store: {}", embedded.description());
			return new StoreConnection(new ConnectionString(embedded.connectionString()), embedded);
		}
		ConnectionString uri;
		try {
			uri = new ConnectionString(properties.uri());
		}
		catch (IllegalArgumentException ex) {
			throw new SetupProblem("MONGODB_URI is not a valid MongoDB connection string");
		}
		log.debug("Store: MongoDB at {}", String.join(",", uri.getHosts()));
		return new StoreConnection(uri, null);
	}

	@Bean
	MongoConnectionDetails mongoConnectionDetails(StoreConnection connection) {
		return connection::uri;
	}

	@Bean
	MongoClientSettingsBuilderCustomizer storeTimeouts(StoreProperties properties) {
		long millis = properties.serverSelectionTimeout().toMillis();
		return settings -> settings.applyToClusterSettings(
				cluster -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS));
	}

	@Bean
	FieldEncryption fieldEncryption(StoreProperties properties) {
		return FieldEncryption.from(properties);
	}

	@Bean
	MongoCustomConversions mongoCustomConversions(FieldEncryption encryption) {
		return conversions(encryption);
	}

	static MongoCustomConversions conversions(FieldEncryption encryption) {
		return new MongoCustomConversions(List.of(ZoneIdToString.INSTANCE, StringToZoneId.INSTANCE,
				LocalTimeToString.INSTANCE, StringToLocalTime.INSTANCE, LocalDateToString.INSTANCE,
				StringToLocalDate.INSTANCE, new PrivateTextToBinary(encryption), BinaryToPrivateText.INSTANCE,
				StringToPrivateText.INSTANCE));
	}

	/** Before a document is written whole, each private text in it learns its place (the encryption binds to it). */
	@Bean
	BeforeConvertCallback<Object> placePrivateText() {
		return placing();
	}

	static BeforeConvertCallback<Object> placing() {
		return (document, collection) -> PrivatePlaces.document(document, collection,
				(text, place) -> (text.place() != null) ? text : text.placed(place));
	}

	/**
	 * After a document is read, each private text in it is opened for its place. One that does not open (plain
	 * text, a ciphertext from elsewhere, an unknown key) reads as unreadable, so one bad value never breaks a summary.
	 */
	@Bean
	AfterConvertCallback<Object> openPrivateText(FieldEncryption encryption) {
		return opening(encryption);
	}

	static AfterConvertCallback<Object> opening(FieldEncryption encryption) {
		return (document, stored, collection) -> PrivatePlaces.document(document, collection, (text, place) -> {
			if (text.stored() == null) {
				return text;
			}
			try {
				return new PrivateText(encryption.open(text.stored(), place));
			}
			catch (UnreadablePrivateText ex) {
				log.warn(ex.getMessage());
				return PrivateText.unreadable();
			}
		});
	}

	@WritingConverter
	record PrivateTextToBinary(FieldEncryption encryption) implements Converter<PrivateText, Binary> {

		/**
		 * Written in place of a value that could not be opened: it stays unreadable, and is never plain text. No
		 * ciphertext is empty.
		 */
		static final Binary UNREADABLE = new Binary(new byte[0]);

		@Override
		public Binary convert(PrivateText source) {
			if (source.stored() instanceof Binary stored) {
				return stored; // read but not opened: written back exactly as it was
			}
			if (source.stored() instanceof String stored) {
				// Text an earlier version wrote: the same ciphertext in binary form, or unreadable.
				Binary binary = FieldEncryption.binaryForm(stored);
				return (binary != null) ? binary : UNREADABLE;
			}
			if (source.place() == null) {
				throw new IllegalStateException("Private text written without its place: a field written with an "
						+ "Update names it with PrivateText.at or PrivateText.placeAll");
			}
			return (source.text() == null) ? UNREADABLE : encryption.seal(source.text(), source.place());
		}

	}

	/** Kept sealed until the document it belongs to is known (see {@link #openPrivateText}). */
	@ReadingConverter
	enum BinaryToPrivateText implements Converter<Binary, PrivateText> {

		INSTANCE;

		@Override
		public PrivateText convert(Binary source) {
			return PrivateText.sealed(source);
		}

	}

	/** Text an earlier version wrote ({@code enc:v2:}, {@code enc:v1:}), kept sealed likewise. */
	@ReadingConverter
	enum StringToPrivateText implements Converter<String, PrivateText> {

		INSTANCE;

		@Override
		public PrivateText convert(String source) {
			return PrivateText.sealed(source);
		}

	}

	/** Dates as ISO text ({@code 2026-11-29}): no time zone to get wrong, and they sort as text. */
	@WritingConverter
	enum LocalDateToString implements Converter<LocalDate, String> {

		INSTANCE;

		@Override
		public String convert(LocalDate source) {
			return source.toString();
		}

	}

	@ReadingConverter
	enum StringToLocalDate implements Converter<String, LocalDate> {

		INSTANCE;

		@Override
		public LocalDate convert(String source) {
			return LocalDate.parse(source);
		}

	}

	@WritingConverter
	enum ZoneIdToString implements Converter<ZoneId, String> {

		INSTANCE;

		@Override
		public String convert(ZoneId source) {
			return source.getId();
		}

	}

	@ReadingConverter
	enum StringToZoneId implements Converter<String, ZoneId> {

		INSTANCE;

		@Override
		public ZoneId convert(String source) {
			return ZoneId.of(source);
		}

	}

	@WritingConverter
	enum LocalTimeToString implements Converter<LocalTime, String> {

		INSTANCE;

		@Override
		public String convert(LocalTime source) {
			return source.toString();
		}

	}

	@ReadingConverter
	enum StringToLocalTime implements Converter<String, LocalTime> {

		INSTANCE;

		@Override
		public LocalTime convert(String source) {
			return LocalTime.parse(source);
		}

	}

}
