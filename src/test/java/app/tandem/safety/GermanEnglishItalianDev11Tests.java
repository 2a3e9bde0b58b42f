package app.tandem.safety;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German, English and Italian phrasings the rules did not know (dev11 round): plans told in passing, understated
 * goodbyes and curious questions, and everyday causes, trips and someone else's words that alarmed.
 */
class GermanEnglishItalianDev11Tests {

	final RiskScreen screen = RiskScreenTests.SCREEN;

	@Test
	void shouldHearAPlanToldInPassing() {
		for (String text : List.of("Die Pillen von der Ärztin horte ich schon lange und am Sonntag nehm ich sie alle.",
				"Ich hab meiner Cousine den Zweitschlüssel gebracht, damit sie später nicht die Tür aufbrechen müssen.",
				"Beim Joggen hab ich überlegt, dass ich es bald beende.",
				"thinking of steering off the viaduct on the way home and making it look like an accident",
				"i'll swim out past the buoys and not come back",
				"stanotte le ho ingoiate tutte, scusatemi",
				"mi sono bruciata il braccio con l'accendino apposta")) {
			assertThat(screen.screen(text)).as(text).map(Risk::tier).isNotEqualTo(Optional.of(RiskTier.CONCERN)).isPresent();
		}
	}

	@Test
	void shouldAskAboutAnUnderstatedGoodbyeOrAQuestionPutAsCuriosity() {
		for (String text : List.of("Ab jetzt müsst ihr ohne mich klarkommen.", "Vergesst mich nicht.",
				"rein hypothetisch, wie lange dauert es bis man gefunden wird, wenn man alleine lebt",
				"quick question, how long until someone finds you if you live alone",
				"gave my flatmate all my passwords and the pin for my phone", "feel like i'm only taking up oxygen",
				"ti lascio il gatto, da domani non posso più", "quante compresse ci vogliono? chiedo per curiosità")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
		for (String text : List.of("Ab morgen müsst ihr ohne mich auskommen, ich bin zwei Wochen im Urlaub.",
				"Die Tabletten vom Arzt nehm ich morgens alle, jeden Tag brav")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
	}

	@Test
	void shouldNotAlarmOnAnEverydayCauseButStillOnTheSameWordsWithARisk() {
		for (String text : List.of("Die Baustelle nebenan bohrt schon wieder, ich kann nicht mehr!",
				"I can't take it anymore, the builders next door start at six",
				"il piccolo mette i dentini, non ce la faccio più ma passa", "voglio sparire per tre giorni al mare")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
		for (String text : List.of("Die Baustelle, die Schulden, alles, ich kann nicht mehr, ich will nicht mehr leben",
				"I can't take it anymore, the builders, my job, my life, I want to die",
				"non ce la faccio più, i dentini, il lavoro, tutto, voglio morire")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldNotAlarmOnAThingThrownAMediaTitleOrEmbarrassmentButStillOnThePersonsOwnRisk() {
		for (String text : List.of("ich werf gleich den Drucker aus dem Fenster", "so embarrassing, i could literally die",
				"watching 13 reasons why again, the suicide scenes are hard to watch",
				"addio mondo crudele ahah domani ho l'esame di chimica")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
		for (String text : List.of("ich werf mich gleich aus dem Fenster", "addio mondo crudele, stanotte la faccio finita")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldNotAlarmOnMedicinesForALongTripOrAFinishedCourseButStillOnAStash() {
		for (String text : List.of("Für sechs Monate Australien hab ich meinen Vorrat an Tabletten gebunkert",
				"finished the box of antibiotics today, yay")) {
			assertThat(screen.screen(text)).as(text).isEmpty();
		}
		for (String text : List.of("Für sechs Monate hab ich Tabletten gebunkert, um sie alle auf einmal zu nehmen",
				"finished the box of antibiotics and all my sleeping pills at once")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
	}

	@Test
	void shouldHearAffairsPutInOrderAndDialectWithoutAlarmingOnTheDaysDosesOrAShortStay() {
		for (String text : List.of("left my cat at my brother's with all her food and her bed",
				"told the team i'm moving abroad. i'm not moving anywhere",
				"Auto verkauft, Wohnung ausgeräumt, Rechnungen bezahlt, und dann ist es so weit.",
				"ich ha kei Luscht me uf s Läbe", "Grad hob i de gonzn Tablettn eineghaut")) {
			assertThat(screen.screen(text)).as(text).isPresent();
		}
		assertThat(screen.screen("Grad hob i de gonzn Tablettn eineghaut")).map(Risk::tier).contains(RiskTier.URGENT);
		assertThat(screen.screen("left my cat at my brother's with all her food while i'm in spain for a week")).isEmpty();
		// the rules leave the day's doses "as always" alone (the learnt model gives its own second opinion)
		assertThat(screen.explain("I hob in da Früh de gonzn Tablettn gnumma, wia immer", List.of()))
			.noneMatch(why -> why.startsWith("de:"));
	}

	@Test
	void shouldNotAlarmOnSomeoneElsesWordsInBavarianUnlessTheWriterSaysItToo() {
		assertThat(screen.screen("Da Sepp hot gsogt, er hot koa Lust mehr aufs Lebn, i hob eam a Nummer gebn")).isEmpty();
		assertThat(screen.screen("Da Sepp hot gsogt, er hot koa Lust mehr aufs Lebn, und i a")).isPresent();
	}

}
