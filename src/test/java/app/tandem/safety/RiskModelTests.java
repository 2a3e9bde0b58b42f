package app.tandem.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The screen's second opinion: what it learns from, and where it is allowed to speak. How much it adds is measured
 * on the held-out part (RiskScreenEvaluationTests).
 */
class RiskModelTests {

	final RiskScreen screen = new RiskScreen();

	final SecondOpinion model = screen.secondOpinion();

	@Test
	void shouldNeverLearnFromAHeldOutMessage() throws IOException {
		Set<String> learnt = new HashSet<>();
		for (String part : TrainedModel.parts()) {
			texts("/safety/training/" + part).forEach(text -> learnt.add(ScreenText.fold(text).strip()));
		}
		List<String> heldOut = new ArrayList<>(texts("/safety/screen-heldout.tsv"));
		for (int part = 2; part <= 7; part++) {
			heldOut.addAll(texts("/safety/screen-heldout" + part + ".tsv"));
		}

		long learntToo = heldOut.stream().filter(text -> learnt.contains(ScreenText.fold(text).strip())).count();

		assertThat(TrainedModel.parts()).isNotEmpty().noneMatch(part -> part.contains("heldout"));
		assertThat(heldOut.size()).isGreaterThan(4900);
		// a count, never the messages: the held-out part is not printed
		assertThat(learntToo).as("held-out messages also in the training data").isZero();
	}

	@Test
	void shouldAskWhenTheWordsReadLikeRiskThoughNoRuleNamesThem() {
		String text = "i wont be needing the refills anymore";

		assertThat(screen.screen(text)).contains(new Risk(RiskTier.CONCERN, RiskSignal.UNNAMED));
		assertThat(screen.explain(text, List.of())).singleElement().asString().startsWith("model");
	}

	@Test
	void shouldLeaveOneWordAnswersToTheRules() {
		for (String answer : List.of("20:30", "none", "berlin", "030 1234567", "sertraline 50mg", "8 hours")) {
			assertThat(model.modelInput(answer, Set.of())).as(answer).isEmpty();
			assertThat(screen.screen(answer)).as(answer).isEmpty();
		}
	}

	@Test
	void shouldNeedASurerReadingForAnAnswerOfTwoOrThreeWords() {
		for (String answer : List.of("30 tablets left", "i have 30 pills", "tenho 30 comprimidos", "got 2 boxes today")) {
			assertThat(screen.screen(answer, List.of("Sertraline"))).as(answer).isEmpty();
		}
	}

	@Test
	void shouldLeaveTheAnswersTandemOffersTypedAsTheyAreToTheRules() {
		for (String answer : List.of("Nearly every day.", "More than half the days", "several days",
				"Más de la mitad de los días", "Почти каждый день")) {
			assertThat(model.reading(answer, Set.of())).as(answer).isZero();
		}
	}

	@Test
	void shouldLeaveATimeZoneNameTypedAsAskedToTheRules() {
		for (String zone : List.of("Europe/Busingen", "Europe/Vienna", "Europe/Zurich", "America/Argentina/Buenos_Aires",
				"Etc/GMT+3")) {
			assertThat(screen.secondOpinion().reading(zone, Set.of())).as(zone).isZero();
			assertThat(screen.screen(zone)).as(zone).isEmpty();
		}
	}

	@Test
	void shouldLeaveAPlainIDontKnowTypedAtAStepToTheRulesInEveryLanguage() {
		// before: the model asked its direct question about ending one's life after each of these (0.89-0.93)
		for (String answer : List.of("I'm not sure", "I don't know", "not sure", "hmm honestly i dont know",
				"ich weiß es nicht", "je ne sais pas", "não sei", "non lo so", "не знаю", "ne znayu",
				"no lo sé la verdad")) {
			assertThat(screen.secondOpinion().reading(answer, Set.of())).as(answer).isZero();
			assertThat(screen.screen(answer)).as(answer).isEmpty();
		}
	}

	@Test
	void shouldStillReadNotKnowingAboutLivingOrGoingOn() {
		for (String message : List.of("not sure i want to be here anymore", "i don't know how to go on anymore",
				"i don't know how much longer i can keep going", "no sé si quiero seguir viviendo",
				"ich weiß nicht mehr weiter")) {
			assertThat(screen.screen(message)).as(message).isPresent();
		}
	}

	@Test
	void shouldLeaveStoppingAMedicationToThePrescriberAnswer() {
		assertThat(model.reading("I think I'll just stop taking my meds", Set.of())).isZero();
		assertThat(model.reading("thinking of coming off my sertraline next month",
				MedicationWords.of(List.of("Sertraline")))).isZero();
	}

	@Test
	void shouldNotAskAboutAQuestionOnTheirMedication() {
		String question = "forgot my sertraline last night, can i take two this morning?";

		assertThat(model.reading(question, MedicationWords.of(List.of("Sertraline")))).isZero();
		assertThat(screen.screen(question, List.of("Sertraline"))).isEmpty();
	}

	@Test
	void shouldReadRussianTypedInLatinLettersAlsoInCyrillicButNotEnglish() {
		assertThat(model.modelInput("ya bolshe ne mogu tak zhit", Set.of())).hasSize(2).last().asString().contains("жит");
		assertThat(model.modelInput("i keep worrying about the money and the rent", Set.of())).singleElement()
			.asString().contains("worrying");
	}

	@Test
	void shouldReadAMessageWithAGoodbyeEmojiAsWithout() {
		assertThat(model.modelInput("obrigada por tudo 🖤🥀. fica bem", Set.of()))
			.isEqualTo(model.modelInput("obrigada por tudo. fica bem", Set.of()))
			.containsExactly(" obrigada por tudo fica bem ");
	}

	@Test
	void shouldLearnTheSameModelFromTheSameMessages() {
		List<RiskModel.Example> examples = TrainedModel.examples(model, TrainedModel.parts());
		List<String> text = model.modelInput("i wont be needing the refills anymore", Set.of());

		double learntHere = RiskModel.train(examples, TrainedModel.SETTINGS).highest(text);

		// the shipped model was learnt by the build, in another process
		assertThat(learntHere).isEqualTo(TrainedModel.of(model).join().highest(text));
	}

	@Test
	void shouldReadAsTheAverageOfItsRunsEachInAnotherOrder() {
		List<RiskModel.Example> examples = List.of(new RiskModel.Example(List.of(" i want to die "), true),
				new RiskModel.Example(List.of(" i cant go on anymore "), true),
				new RiskModel.Example(List.of(" took all my pills "), true),
				new RiskModel.Example(List.of(" i want to dance "), false),
				new RiskModel.Example(List.of(" took my pills today "), false),
				new RiskModel.Example(List.of(" cant wait for the weekend "), false));
		RiskModel.Settings one = new RiskModel.Settings(10, 3, 0.5, 1e-6, 1.0, 7L, 1);
		List<String> text = List.of(" i cant take my pills anymore ");

		double first = logit(RiskModel.train(examples, one).highest(text));
		double second = logit(RiskModel.train(examples,
				new RiskModel.Settings(10, 3, 0.5, 1e-6, 1.0, 8L, 1)).highest(text));
		double averaged = logit(RiskModel.train(examples,
				new RiskModel.Settings(10, 3, 0.5, 1e-6, 1.0, 7L, 2)).highest(text));

		assertThat(first).isNotCloseTo(second, within(1e-3));
		assertThat(averaged).isCloseTo((first + second) / 2, within(1e-4));
	}

	private static double logit(double probability) {
		return Math.log(probability / (1 - probability));
	}

	private static List<String> texts(String resource) throws IOException {
		try (InputStream in = RiskModelTests.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t", 4)[3])
				.toList();
		}
	}

}
