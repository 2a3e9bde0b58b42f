package app.tandem.safety;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenTextTests {

	@Test
	void shouldFoldCaseAccentsApostrophesAndRepeatedLetters() {
		assertThat(ScreenText.sentences("I DON'T want to DIEEEE… Quiero morír hoy, de verdad")).containsExactly(
				" i dont want to die ", " quiero morir hoy de verdad ");
	}

	@Test
	void shouldSplitFrenchAndItalianElisionsButNotEnglishContractions() {
		assertThat(ScreenText.sentences("j'veux plus, l'ho fatto, I'm done")).containsExactly(" j veux plus l ho fatto im done ");
	}

	@Test
	void shouldSplitFrenchElisionsOfLongerWordsLikeJusquAndLorsqu() {
		assertThat(ScreenText.sentences("jusqu'au sang, lorsqu'il part")).containsExactly(" jusqu au sang lorsqu il part ");
	}

	@Test
	void shouldKeepDecimalsAndDatesInOneSentence() {
		assertThat(ScreenText.sentences("slept 5.5 hours. hab mir den 14. ausgesucht")).containsExactly(
				" slept 5 5 hours ", " hab mir den 14 ausgesucht ");
	}

	@Test
	void shouldReadAnEllipsisBeforeALowerCaseWordAsAPauseNotAnEnd() {
		assertThat(ScreenText.sentences("ya no quiero seguir... viendo esta serie")).containsExactly(
				" ya no quiero seguir viendo esta serie ");
		assertThat(ScreenText.sentences("ya no quiero seguir… Mañana hablo con mi madre")).containsExactly(
				" ya no quiero seguir ", " manana hablo con mi madre ");
	}

	@Test
	void shouldReadShortFragmentsWithTheSentenceBeforeThem() {
		assertThat(ScreenText.sentences("wish i could just. stop. existing. Tomorrow is a long day at work"))
			.containsExactly(" wish i could just stop existing ", " tomorrow is a long day at work ");
	}

	@Test
	void shouldTurnTellingEmojiIntoMarkerWords() {
		assertThat(ScreenText.sentences("took them all 💊💊 😂")).containsExactly(" took them all zpill zpill zlaugh ");
	}

	@Test
	void shouldReadAGoodbyeEmojiInATwinOfTheSentenceForTheRules() {
		assertThat(ScreenText.sentences("hasta aquí llegué. 🖤🥀")).containsExactly(" hasta aqui llegue ",
				" hasta aqui llegue zblackheart zwilted ");
		assertThat(ScreenText.sentences("adieu à tous 💔. demain boulot")).containsExactly(" adieu a tous demain boulot ",
				" adieu a tous zbrokenheart demain boulot ");
	}

	@Test
	void shouldFoldCyrillicLikeTheRules() {
		assertThat(ScreenText.sentences("Не хочу жить, всё")).containsExactly(" не хочу жит все ");
	}

	@Test
	void shouldReadRussianTypedInLatinLettersInCyrillic() {
		assertThat(ScreenText.toCyrillic(" ya ne hochu zhit ")).isEqualTo(" я не хочу жит ");
		assertThat(ScreenText.toCyrillic(" pokonchit s soboi ")).isEqualTo(" покончит с собои ");
		assertThat(ScreenText.toCyrillic(" vypyu 40 tabletok ")).isEqualTo(" выпю 40 таблеток ");
	}

	@Test
	void shouldReadALoneYAfterAVowelAsYotButKeepYaAndYuAfterAVowel() {
		assertThat(ScreenText.toCyrillic(" moi daite ")).isEqualTo(" мои даите ");
		assertThat(ScreenText.toCyrillic(" vypilivayus moya ")).isEqualTo(" выпиливаюс моя ");
		assertThat(ScreenText.toCyrillic(" zhivoy ")).isEqualTo(" живои ");
	}

	@Test
	void shouldReadRussianTypedInScholarlyLettersOrOnTwoKeyboards() {
		assertThat(ScreenText.toCyrillic(ScreenText.fold("ja ne hoču žit"))).isEqualTo("я не хочу жит");
		assertThat(ScreenText.sentences("xочу сдохнуть")).containsExactly(" хочу сдохнут ");
		assertThat(ScreenText.sentences("принял 30 zoloft")).as("a Latin word beside Cyrillic ones stays as it is")
			.containsExactly(" принял 30 zoloft ");
	}

	@Test
	void shouldReadALongRunOnNoteInOverlappingWindows() {
		String note = "word ".repeat(25) + "i want to die " + "word ".repeat(25);

		assertThat(ScreenText.sentences(note)).hasSizeGreaterThan(2).anyMatch(window -> window.contains(" i want to die "));
	}

}
