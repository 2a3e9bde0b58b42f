package app.tandem.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screen tries a pattern on a sentence only when the sentence holds a text the pattern cannot match without
 * ({@link RequiredLiterals}, {@link PatternIndex}); these tests hold it to what trying every pattern on every sentence
 * finds.
 */
class PatternIndexTests {

	/** How many training messages the default run compares. */
	private static final int SAMPLE = 2_400;

	/** The medications the training corpus is read with (its writer's). */
	private static final List<String> MEDICATIONS = TrainedModel.TRAINING_MEDICATIONS;

	@Test
	void aRuleNeedsOneOfTheWordsItCannotMatchWithout() {
		Pattern rule = Pattern.compile("(?<= )(?:(?:kill|end) (?:\\S++ ){0,1}(?:myself|my self))(?:(?= )|(?<= ))");

		assertThat(RequiredLiterals.of(rule)).containsExactlyInAnyOrder("myself", "my self");
	}

	@Test
	void partsThatMayBeLeftOutNeedNothing() {
		assertThat(RequiredLiterals.of(Pattern.compile("(?:my )?life"))).containsExactly("life");
		assertThat(RequiredLiterals.of(Pattern.compile("(?:my )?(?:life|lfe)"))).containsExactlyInAnyOrder("life",
				"lfe");
		assertThat(RequiredLiterals.of(Pattern.compile("pills?"))).containsExactly("pill");
		assertThat(RequiredLiterals.of(Pattern.compile("(?!not )die|(?<=want )to"))).containsExactlyInAnyOrder("die",
				"to");
		assertThat(RequiredLiterals.of(Pattern.compile("\\S* pills"))).containsExactly(" pills");
		assertThat(RequiredLiterals.of(Pattern.compile("\\S+ (?:a|b)?"))).isNull();
		assertThat(RequiredLiterals.of(Pattern.compile("(?:end it)*"))).isNull();
	}

	@Test
	void aRegexItCannotReadIsTriedOnEverySentence() {
		assertThat(RequiredLiterals.of(Pattern.compile("(?i)kill myself"))).isNull();
		assertThat(RequiredLiterals.of(Pattern.compile("(kill) \\1"))).isNull();
		assertThat(RequiredLiterals.of(Pattern.compile("\\Qkill\\E myself"))).isNull();
		assertThat(RequiredLiterals.of(Pattern.compile("[]a]bc"))).isNull();
		assertThat(RequiredLiterals.of(Pattern.compile("[oa] (?:[a-c[e]]|\\]x)yz"))).containsExactly("yz");

		PatternIndex index = PatternIndex.of(List.of(Pattern.compile("(?i)kill myself"), Pattern.compile("die")));
		assertThat(tried(index.candidates(" i want to KILL MYSELF "))).containsExactly(0);
		assertThat(index.anyFinds(" i want to KILL MYSELF ")).isTrue();
	}

	@Test
	void onlyThePatternsWhoseNeededTextsAreInTheSentenceAreTried() {
		PatternIndex index = PatternIndex.of(List.of(Pattern.compile("(?:kill|end) (?:myself|my self)"),
				Pattern.compile("pills?"), Pattern.compile("self harm|selfharm"), Pattern.compile("harm")));

		assertThat(tried(index.candidates(" i could kill my self "))).containsExactly(0);
		assertThat(tried(index.candidates(" a pill and some selfharm "))).containsExactly(1, 2, 3);
		assertThat(tried(index.candidates(" lunch with sam "))).isEmpty();
		assertThat(index.anyFinds(" lunch with sam ")).isFalse();
		assertThat(index.anyFinds(" i myself ")).isFalse();
		assertThat(index.anyFinds(" to end myself ")).isTrue();
		assertThat(tried(PatternIndex.plain(index.patterns()).candidates(" lunch with sam "))).containsExactly(0, 1, 2, 3);
	}

	/**
	 * About 2,400 of the messages the model learns from, evenly spread over each part (the development parts, the
	 * answers, notes and objects; every eighth while there were fewer than 19,200, a wider stride since, so the test's
	 * time no longer grows with every part added), are read by the indexed screen as by the plain one that tries every
	 * pattern on every sentence. All of them:
	 * {@link #theIndexedScreenReadsEveryTrainingMessageAsTryingEveryPatternDoes}, with {@code -Plong}.
	 */
	@Test
	void theIndexedScreenReadsAnEvenSampleOfTheTrainingMessagesAsTryingEveryPatternDoes() {
		int all = TrainedModel.parts().stream().mapToInt(part -> SafetyResources.lines("/safety/training/" + part).size())
			.sum();
		assertSameReadings(Math.max(8, (all + SAMPLE - 1) / SAMPLE), 2_000, 150);
	}

	/**
	 * Every message the model learns from is read by the indexed screen as by the plain one: the same tier and signal,
	 * and, where a rule fired, the same rules in the same order as its explanation. Several minutes, the plain screen
	 * being the slow one: run with {@code -Plong}, and after any change to {@link RequiredLiterals} or the index.
	 */
	@Test
	@Tag("long")
	void theIndexedScreenReadsEveryTrainingMessageAsTryingEveryPatternDoes() {
		assertSameReadings(1, 17_000, 1_000);
	}

	/**
	 * @param stride read every stride-th message of each part
	 * @param messages at least this many messages read
	 * @param flagged at least this many of them flagged, so the comparison covers the rules firing
	 */
	private static void assertSameReadings(int stride, int messages, int flagged) {
		RiskScreen indexed = new RiskScreen(TrainedModel::of, true);
		RiskScreen plain = new RiskScreen(TrainedModel::of, false);
		List<String> differ = new ArrayList<>();
		int read = 0;
		int found = 0;
		for (String part : TrainedModel.parts()) {
			List<String> rows = SafetyResources.lines("/safety/training/" + part);
			for (int line = 0; line < rows.size(); line += stride) {
				String text = rows.get(line).split("\t", 4)[3];
				Optional<Risk> risk = indexed.screen(text, MEDICATIONS);
				read++;
				found += risk.isPresent() ? 1 : 0;
				if (!risk.equals(plain.screen(text, MEDICATIONS)) || (risk.isPresent()
						&& !indexed.explain(text, MEDICATIONS).equals(plain.explain(text, MEDICATIONS)))) {
					differ.add(part + " message " + (line + 1)); // where, never the message
				}
			}
		}

		assertThat(read).isGreaterThan(messages);
		assertThat(found).isGreaterThan(flagged);
		assertThat(differ).isEmpty();
	}

	private static List<Integer> tried(BitSet candidates) {
		return candidates.stream().boxed().toList();
	}

}
