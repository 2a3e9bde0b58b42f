package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Spanish, Portuguese and French kinds a review found no rule for (round 10), read by the rules alone (no model):
 * a plan tied to a condition or a deadline, a method looked up and then the intent, hyperbole about an everyday
 * trigger, a goodbye with a black heart, a wilted rose or a broken heart, and what dev13 still missed; each with a
 * lookalike that must stay quiet or a present risk that must still be heard.
 */
class SpanishPortugueseFrenchRound10Tests extends RulesAlone {

	@Test
	void shouldHearAPlanTiedToAConditionOrADeadline() {
		assertRisk("una semana más así y me trago todas las pastillas", RiskTier.CRISIS);
		assertRisk("si me echa de casa, se acabó, las pastillas están en mi mochila", RiskTier.CRISIS);
		assertRisk("si vuelve a pegarme me trago el frasco entero", RiskTier.CRISIS);
		assertRisk("cuando pasen las navidades lo hago", RiskTier.CONCERN);
		assertRisk("mais uma noite destas e eu engulo a caixa toda", RiskTier.CRISIS);
		assertRisk("se ela for embora acabou, os comprimidos estão guardados no armário", RiskTier.CRISIS);
		assertRisk("depois do casamento da minha irmã eu faço", RiskTier.CONCERN);
		assertRisk("encore une nuit pareille et je prends toute la boîte", RiskTier.CRISIS);
		assertRisk("encore un mois comme ça et j'en finis", RiskTier.CRISIS);
		assertRisk("s'il part c'est fini, la corde m'attend dans le garage", RiskTier.CRISIS);
		assertRisk("après l'enterrement de mamie je le fais", RiskTier.CONCERN);
		assertQuiet("una semana más así y me compro un ventilador",
				"si me duele la muela, las pastillas están en el botiquín", "cuando pasen las navidades lo hago, el curso de inglés",
				"si me deja me como una tarrina de helado entera", "mais uma noite destas e eu compro cortinas blackout",
				"se doer a cabeça, os comprimidos estão no armário", "depois do casamento da minha irmã eu faço as malas",
				"encore une nuit pareille et j'achète un ventilateur", "s'il a mal à la tête, les cachets sont dans le tiroir",
				"après l'enterrement de mamie je le fais, le rangement de sa maison",
				"si me duele la espalda me tomo mis pastillas", "cuando me despierto me tomo todas las pastillas de la mañana",
				"quando acordo tomo todos os comprimidos do pequeno almoço", "si j'ai mal au dos je prends tous mes cachets comme prévu",
				"quand le repas est fini je le fais, les cachets sont sur la table");
	}

	@Test
	void shouldHearAMethodLookedUpAndThenTheIntent() {
		assertRisk("estuve viendo cómo ahorcarse en youtube, voy a hacerlo", RiskTier.CRISIS);
		assertRisk("averigüé cuántas hacen falta, esta noche lo hago", RiskTier.CRISIS);
		assertRisk("vi um vídeo de como se enforcar, vou fazer isso hoje", RiskTier.CRISIS);
		assertRisk("já sei quantos comprimidos bastam, vai ser hoje", RiskTier.CRISIS);
		assertRisk("j'ai lu comment se pendre, je vais le faire", RiskTier.CRISIS);
		assertRisk("j'ai cherché combien il en faut, c'est pour cette nuit", RiskTier.CRISIS);
		assertQuiet("estuve viendo cómo hacer croquetas en youtube, voy a hacerlo",
				"averigüé cuántas sillas hacen falta, mañana las alquilo", "pesquisei como fazer bolo de cenoura, vou fazer isso hoje",
				"j'ai lu comment faire un nœud de cravate, je vais le faire",
				"j'ai cherché combien de farine il faut pour une tarte, ce soir je cuisine",
				"busqué cuántos comprimidos tengo que tomar, hoy empiezo el tratamiento",
				"li quantos comprimidos são precisos para a viagem, hoje à noite faço a mala");
	}

	@Test
	void shouldNotAlarmOnHyperboleAboutAnEverydayTriggerButHearABareOrEarnestWish() {
		assertQuiet("tengo tanta resaca que me quiero morir", "qué vergüenza lo del karaoke, me quiero morir jajaja",
				"estoy con tanta ressaca que quero morrer", "que vergonha da apresentação, quero morrer kkkk",
				"j'ai tellement la gueule de bois que je veux mourir", "j'ai raté le bus, je veux mourir mdr");
		assertRisk("me quiero morir", RiskTier.CRISIS);
		assertRisk("no puedo más, el ruido, el trabajo, todo, me quiero morir", RiskTier.CRISIS);
		assertRisk("tengo resaca, sí, pero me quiero morir de verdad", RiskTier.CRISIS);
		assertRisk("qué vergüenza, sigo cortándome a escondidas", RiskTier.CRISIS);
		assertRisk("siento tanta vergüenza de mí mismo que me quiero morir", RiskTier.CRISIS);
		assertRisk("sinto tanta vergonha de mim que quero morrer", RiskTier.CRISIS);
		assertRisk("j'ai tellement honte de moi que je veux mourir", RiskTier.CRISIS);
		assertRisk("quero morrer", RiskTier.CRISIS);
		assertRisk("tô com ressaca mas quero morrer de verdade", RiskTier.CRISIS);
		assertRisk("je veux mourir", RiskTier.CRISIS);
		assertRisk("j'en peux plus, le bruit, le boulot, tout, je veux mourir", RiskTier.CRISIS);
		assertRisk("j'ai la gueule de bois mais je veux mourir pour de vrai", RiskTier.CRISIS);
	}

	@Test
	void shouldHearAGoodbyeWithAHeartOrARoseButNotAnOrdinaryOne() {
		assertRisk("chao 🥀", RiskTier.CRISIS);
		assertRisk("me despido 💔", RiskTier.CRISIS);
		assertRisk("bueno, chau 🖤", RiskTier.CRISIS);
		assertRisk("tchau 🖤", RiskTier.CRISIS);
		assertRisk("💔 adeus", RiskTier.CRISIS);
		assertRisk("au revoir la compagnie 🥀🖤", RiskTier.CRISIS);
		assertRisk("je m'en vais 🖤", RiskTier.CRISIS);
		assertQuiet("chao papá 🖤 nos vemos el sábado", "adiós verano 🥀 mañana empiezan las clases",
				"tchau vó 🖤 até domingo", "adeus 2025 💔", "au revoir tout le monde 🖤 à demain",
				"ciao les vacances 🥀 lundi c'est la reprise");
	}

	@Test
	void shouldNotAlarmOnEverydayCheckInNotesButHearTheRiskBesideIt() {
		assertQuiet("se me acabó la batería del portátil, así que por hoy hasta aquí llegué",
				"por fin me puse al día con las facturas. pastillas tomadas",
				"si mañana llueve otra vez me pego un tiro jajaja no, en serio, qué palo",
				"ficamos todos juntos no sofá, mas remédio tomado",
				"je me sens un peu plus calme après la séance", "je n'aime pas comment je suis avec ces médocs, j'ai pris du poids");
		assertRisk("no puedo más con nada, hasta aquí llegué", RiskTier.CONCERN);
		assertRisk("me puse al día con todo y ya tengo la fecha para matarme", RiskTier.CRISIS);
		assertRisk("me pego un tiro jajaja no, en serio, ya no quiero vivir", RiskTier.CRISIS);
		assertRisk("juntei todos os remédios que tinha guardados", RiskTier.CRISIS);
		assertRisk("je me sens un peu plus mal chaque jour, j'en peux plus", RiskTier.CONCERN);
		assertRisk("je me sens bizarre avec ces cachets, j'ai tout avalé", RiskTier.URGENT);
	}

	@Test
	void shouldHearAPetHandedOnForGoodButNotForATrip() {
		assertRisk("os lo dejo dicho: el gato ahora es de mi prima Lucía", RiskTier.CONCERN);
		assertRisk("a cadela agora é do vizinho, ele tem quintal", RiskTier.CONCERN);
		assertRisk("la chatte est à ma voisine maintenant, elle l'adore", RiskTier.CONCERN);
		assertQuiet("el gato ahora es de mi prima mientras estoy en el hospital",
				"a cadela agora é do vizinho até eu voltar das férias", "la chatte est chez ma voisine pendant les vacances",
				"el perro ya es de la familia, lo adoptamos en mayo");
	}

	@Test
	void shouldHearWhatDev13StillMissed() {
		assertRisk("escogí la fecha del aniversario. me parece lo justo que acabe ese día", RiskTier.CONCERN);
		assertRisk("ninguém sabe, mas está tudo planeado", RiskTier.CONCERN);
		assertRisk("je n'en ai parlé à personne, mais tout est prévu dans ma tête, c'est calculé", RiskTier.CONCERN);
		assertRisk("j'ai fait une croix sur un jour du mois prochain. personne sait ce que cette croix veut dire. moi oui",
				RiskTier.CONCERN);
		assertRisk("le potager est fait pour l'hiver. merci de m'avoir écoutée toutes ces années", RiskTier.CONCERN);
		assertQuiet("me parece justo que acabe ese día el contrato de alquiler",
				"merci de m'avoir écoutée toutes ces années, je vais bien mieux maintenant",
				"personne sait ce que ce tatouage veut dire");
	}

}
