package app.tandem.safety;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import app.tandem.i18n.Language;

/**
 * What every profile said when Tandem started (country, "not listed", language), for the crisis path when the store
 * does not answer in time: one long and one int a chat, in arrays sorted by chat, about 12 bytes a person. As a map
 * of objects it took about 230 bytes a person, 23 MB of a 200 MB heap with 100,000 people stored. Written once;
 * afterwards only a chat whose data was erased is forgotten.
 */
final class KnownAtStart {

	static final KnownAtStart NONE = new KnownAtStart(new long[0], new int[0]);

	private static final int KNOWN = 1;

	private static final int NOT_LISTED = 1 << 1;

	private static final int HAS_COUNTRY = 1 << 2;

	private static final int COUNTRY_SHIFT = 3;

	private static final int LANGUAGE_SHIFT = 13;

	private static final Language[] LANGUAGES = Language.values();

	private final long[] chats;

	private final int[] facts;

	private KnownAtStart(long[] chats, int[] facts) {
		this.chats = chats;
		this.facts = facts;
	}

	/**
	 * What the chat's profile said at start, or {@code null} if it had none (or the chat was erased since).
	 */
	Entry get(long chat) {
		int at = Arrays.binarySearch(chats, chat);
		int packed = (at >= 0) ? facts[at] : 0;
		if ((packed & KNOWN) == 0) {
			return null;
		}
		String country = null;
		if ((packed & HAS_COUNTRY) != 0) {
			int letters = packed >>> COUNTRY_SHIFT;
			country = new String(new char[] { (char) ('A' + ((letters >>> 5) & 31)), (char) ('A' + (letters & 31)) });
		}
		int language = (packed >>> LANGUAGE_SHIFT) & 255;
		return new Entry(country, (packed & NOT_LISTED) != 0, (language == 0) ? null : LANGUAGES[language - 1]);
	}

	void forget(long chat) {
		int at = Arrays.binarySearch(chats, chat);
		if (at >= 0) {
			facts[at] = 0;
		}
	}

	int size() {
		return chats.length;
	}

	/** Whether {@link Builder#add} can hold a country: two letters A–Z (ISO 3166), or none. */
	static boolean fits(String country) {
		return country == null || (country.length() == 2 && isLetter(country.charAt(0)) && isLetter(country.charAt(1)));
	}

	private static boolean isLetter(char c) {
		return c >= 'A' && c <= 'Z';
	}

	/**
	 * @param country the country the profile gives (its own or its time zone's), or {@code null}
	 * @param notListed they answered "Not listed"
	 * @param language the language they chose, or {@code null}
	 */
	record Entry(String country, boolean notListed, Language language) {
	}

	/** Collects the entries of a load; the first entry of a chat wins. */
	static final class Builder {

		private long[] chats = new long[1024];

		private int[] facts = new int[1024];

		private int size;

		void add(long chat, String country, boolean notListed, Language language) {
			if (!fits(country)) {
				throw new IllegalArgumentException("not a two-letter country code");
			}
			if (size == chats.length) {
				chats = Arrays.copyOf(chats, size * 2);
				facts = Arrays.copyOf(facts, size * 2);
			}
			int packed = KNOWN | (notListed ? NOT_LISTED : 0);
			if (country != null) {
				packed |= HAS_COUNTRY | (((country.charAt(0) - 'A') << 5 | (country.charAt(1) - 'A')) << COUNTRY_SHIFT);
			}
			if (language != null) {
				packed |= (language.ordinal() + 1) << LANGUAGE_SHIFT;
			}
			chats[size] = chat;
			facts[size] = packed;
			size++;
		}

		KnownAtStart build() {
			int[] order = IntStream.range(0, size)
				.boxed()
				.sorted(Comparator.<Integer>comparingLong(i -> chats[i]).thenComparingInt(i -> i))
				.mapToInt(Integer::intValue)
				.toArray();
			long[] sortedChats = new long[size];
			int[] sortedFacts = new int[size];
			int kept = 0;
			for (int i : order) {
				if (kept > 0 && sortedChats[kept - 1] == chats[i]) {
					continue;
				}
				sortedChats[kept] = chats[i];
				sortedFacts[kept] = facts[i];
				kept++;
			}
			return new KnownAtStart(Arrays.copyOf(sortedChats, kept), Arrays.copyOf(sortedFacts, kept));
		}

	}

}
