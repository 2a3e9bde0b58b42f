package app.tandem.safety;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a part of a regex can match, as {@link RequiredLiterals} reads it: {@code texts}, every text it can match
 * (null when too many or not finite), and {@code needs}, literals one of which every match contains (null when none
 * is needed).
 */
record RegexPart(Set<String> texts, Set<String> needs) {

	/** Beyond this many texts a part is no longer read as a set of texts, only as what it needs. */
	private static final int MAX_TEXTS = 256;

	/** Beyond this many literals a part is read as needing nothing (it would hardly tell sentences apart). */
	private static final int MAX_LITERALS = 512;

	static final RegexPart EMPTY = new RegexPart(Set.of(""), null);

	static final RegexPart ANY = new RegexPart(null, null);

	static RegexPart literal(String text) {
		return new RegexPart(Set.of(text), null);
	}

	Set<String> needed() {
		if (texts != null && texts.contains("")) {
			return null;
		}
		return better(texts, needs);
	}

	RegexPart optional() {
		if (texts == null) {
			return ANY;
		}
		Set<String> with = new LinkedHashSet<>(texts);
		with.add("");
		return new RegexPart(with, null);
	}

	RegexPart or(RegexPart other) {
		Set<String> union = null;
		if (texts != null && other.texts != null) {
			union = new LinkedHashSet<>(texts);
			union.addAll(other.texts);
			if (union.size() > MAX_TEXTS) {
				union = null;
			}
		}
		Set<String> needed = needed();
		Set<String> otherNeeded = other.needed();
		Set<String> needsEither = null;
		if (needed != null && otherNeeded != null) {
			needsEither = new LinkedHashSet<>(needed);
			needsEither.addAll(otherNeeded);
			if (needsEither.size() > MAX_LITERALS) {
				needsEither = null;
			}
		}
		return new RegexPart(union, needsEither);
	}

	RegexPart then(RegexPart next) {
		Set<String> joined = null;
		if (texts != null && next.texts != null && (long) texts.size() * next.texts.size() <= MAX_TEXTS) {
			joined = new LinkedHashSet<>();
			for (String first : texts) {
				for (String second : next.texts) {
					joined.add(first + second);
				}
			}
		}
		Set<String> needs = better(needed(), next.needed());
		return new RegexPart(joined, needs);
	}

	/** The more telling of two sets of literals: the one whose shortest literal is longer, then the smaller. */
	static Set<String> better(Set<String> one, Set<String> other) {
		if (one == null || other == null) {
			return (one == null) ? other : one;
		}
		int oneShortest = shortest(one);
		int otherShortest = shortest(other);
		if (oneShortest != otherShortest) {
			return (otherShortest > oneShortest) ? other : one;
		}
		return (other.size() < one.size()) ? other : one;
	}

	/** The length of the shortest literal (a loop: this runs for every step of every pattern read at start). */
	static int shortest(Set<String> literals) {
		int shortest = Integer.MAX_VALUE;
		for (String literal : literals) {
			shortest = Math.min(shortest, literal.length());
		}
		return literals.isEmpty() ? 0 : shortest;
	}

}
