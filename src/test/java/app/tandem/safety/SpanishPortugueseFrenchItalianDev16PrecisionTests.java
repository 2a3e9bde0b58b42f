package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Spanish, Portuguese, French and Italian, sixteenth development part, precision only: recovery told as over (a past
 * time and a present that is better), conditional hyperbole about an everyday nuisance with a marker of exaggeration,
 * a carer telling a patient's act, empty boxes kept for recycling, pills counted for the month, coping used instead of
 * harm, and killing denied as an idiom, each beside the present risk that must still be heard.
 */
class SpanishPortugueseFrenchItalianDev16PrecisionTests extends RulesAlone {

	@Test
	void shouldNotAlarmOnAPastWishToldBesideABetterPresentButWhenItIsWantedAgain() {
		assertQuiet("el año pasado quería morirme, hoy festejé mis bodas de plata con mi marido",
				"a 15 anni mi tagliavo le gambe, i segni si vedono ancora. oggi ho 28 anni e sto bene",
				"a marzo ero in reparto perché volevo uccidermi. adesso è estate e sto preparando le vacanze",
				"à 45 ans j'avais décidé de mourir. à 50 je suis grand-père et je cours le marathon",
				"há 5 anos quis me matar, a minha mãe segurou-me. hoje sou bombeiro voluntário",
				"recuerdo la tarde que estaba sentada en el borde de la azotea, mi hermana me llamó. hoy tengo dos hijas");
		assertRisk("el invierno pasado quería matarme y hoy quiero matarme otra vez", RiskTier.CRISIS);
		assertRisk("a 15 anni mi tagliavo. adesso voglio tagliarmi di nuovo", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnTheLastTimeToldAsCopedWithButOnAFreshOne() {
		assertQuiet("la última vez que pensé en morirme fue en enero y esta vez llamé a la línea",
				"la dernière fois que j'avais envie de mourir, j'ai sorti mon plan de sécurité, et ça a aidé",
				"hier soir c'était dur, j'ai appelé ma sœur au lieu de me couper, je suis fière",
				"hoje à tarde veio o impulso de me machucar, fiz a respiração do plano de segurança e passou");
		assertRisk("la última vez que pensé en morirme fue anoche y hoy quiero morirme", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnAFarewellLetterToldAsBurntOrAGratitudeForBeingAliveButOnANewLetter() {
		assertQuiet("con mi psicóloga recordamos aquella vez que escribí una nota de despedida, ya la rompimos juntas",
				"mi hermana y yo damos gracias de que sigo viva");
		assertRisk("escribí una nota de despedida para mi familia, está en el cajón", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnHyperboleAboutAnEverydayNuisanceButOnAThreatOrAHardDay() {
		assertQuiet("si vuelve a llamar el casero por la calefacción me mato, te juro",
				"se o vizinho ligar a furadeira de novo no domingo eu me jogo do prédio kkkk",
				"se il capo mi richiama in ferie giuro che mi sparo",
				"ancora un'altra riunione su Teams e mi butto dal balcone");
		assertRisk("un altro giorno così e mi butto sotto un treno", RiskTier.CRISIS);
		assertRisk("se ele me bater mais uma vez eu me jogo da ponte kkk", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnAPatientsActToldByACarerOrMedicinesKeptForTheMonthOrForRecycling() {
		assertQuiet("le résident de la chambre 12 avait gardé ses comprimés dans sa joue, l'infirmière l'a vu",
				"guardé todas las cajas vacías de los comprimidos para reciclarlas en la farmacia",
				"contei as cápsulas do frasco, são 30, dá certinho até o fim do mês",
				"esta semana tomei os comprimidos todos os dias e dormi melhor");
		assertRisk("j'ai gardé mes comprimés dans ma joue pour les garder pour moi", RiskTier.CONCERN);
	}

	@Test
	void shouldNotAlarmOnKillingDeniedAsAnIdiom() {
		assertQuiet("ça me tue pas de faire la vaisselle, t'inquiète");
		assertRisk("je vais me tuer ce soir", RiskTier.CRISIS);
	}

}
