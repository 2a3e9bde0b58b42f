package app.tandem.safety;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Spanish, Portuguese, French and Russian phrasings the rules did not know (dev11 round), read by the rules alone
 * (no model), each with a safe counterpart; everyday causes of "I can't take it anymore" with a present-risk
 * counterpart that must still be heard.
 */
class SpanishPortugueseFrenchRussianDev11Tests extends RulesAlone {

	@Test
	void shouldHearIndirectPlansMeansAndOverdosesInSpanishAndPortuguese() {
		assertRisk("anoche me bebí la medicación de todo el mes de golpe", RiskTier.URGENT);
		assertRisk("me pellizco los brazos hasta hacerme moretones", RiskTier.CRISIS);
		assertRisk("dejé apuntadas las claves del banco para mis hijos, por si acaso", RiskTier.CONCERN);
		assertRisk("no voy a ver cómo se llevan la casa, antes me voy yo", RiskTier.CRISIS);
		assertRisk("me he vuelto a cortar", RiskTier.CRISIS);
		assertRisk("faz duas semanas que não tomo o lítio, tô guardando todos", RiskTier.CRISIS);
		assertRisk("quanto tempo demora se tomar a caixa toda?", RiskTier.CRISIS);
		assertRisk("vi vídeos de gente que tentou pra entender onde errou", RiskTier.CRISIS);
		assertRisk("não vou ficar pra ver o despejo, vou antes", RiskTier.CRISIS);
		assertQuiet("cada domingo relleno el pastillero de toda la semana", "el gato me araña cuando juega",
				"le pasé la clave del wifi a mi hermana", "no voy a ver el partido, me voy a dormir",
				"quanto tempo demora pra entregar a encomenda?", "vi vídeos de gente que tentou fazer pão de fermentação natural");
	}

	@Test
	void shouldHearIndirectPlansMeansAndOverdosesInFrenchAndRussian() {
		assertRisk("ça fait des semaines que je veux mettre fin à ma vie", RiskTier.CRISIS);
		assertRisk("jveuxmourirsvp", RiskTier.CRISIS);
		assertRisk("j'ai avalé les comprimés de ma mère, tous", RiskTier.URGENT);
		assertRisk("je suis passée dans quatre pharmacies pour pas qu'on remarque", RiskTier.CRISIS);
		assertRisk("выпила недельную дозу снотворного сразу", RiskTier.URGENT);
		assertRisk("сколько часов проходит если много сразу проглотить", RiskTier.CRISIS);
		assertRisk("оставил пароли от почты брату", RiskTier.CONCERN);
		assertRisk("jv m tr", RiskTier.CRISIS);
		assertQuiet("je suis passée dans quatre pharmacies pour trouver du sirop", "j'ai pris les comprimés ce matin",
				"сколько часов идёт поезд до Казани", "в новостях сказали что мужчина прыгнул с моста");
	}

	@Test
	void shouldNotAlarmOnAnEverydayCauseOfCantTakeItAnymoreButStillHearARiskBesideIt() {
		assertQuiet("ya no aguanto más el taladro del vecino", "não aguento mais a furadeira do vizinho",
				"je peux plus supporter la perceuse du voisin", "всё, больше не могу с этой работой, ищу другую",
				"este finde quiero desaparecer bajo la manta con una peli", "хочу исчезнуть на все выходные под одеялом");
		assertRisk("ya no aguanto más el taladro del vecino ni nada, quiero morirme", RiskTier.CRISIS);
		assertRisk("não aguento mais a furadeira do vizinho nem a vida, quero morrer", RiskTier.CRISIS);
		assertRisk("j'en peux plus de la perceuse du voisin, de la vie, je veux mourir", RiskTier.CRISIS);
		assertRisk("всё, больше не могу с этой работой, не хочу жить", RiskTier.CONCERN);
		assertRisk("me muerdo la mano hasta dejarme marcas, ya no aguanto más el llanto del bebé", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnThirdPersonReportsOrRecoveryToldAsOverButHearTheWriterToo() {
		assertQuiet("en el directo una chavala escribió que se quería matar, le pasamos el teléfono de ayuda",
				"mañana se cumplen dos años desde mi sobredosis y lo celebro",
				"como converso com uma adolescente que diz que queria não existir?",
				"deu vontade de me cortar ontem mas liguei pro meu padrinho e passou",
				"cette semaine pas une seule idée suicidaire", "мой друг раздал все вещи, что мне делать?",
				"j'ai fini la boîte de xanax, j'attends la nouvelle ordonnance",
				"hoy es mi último día en esta oficina. adiós a todas, ha sido un placer trabajar con vosotras",
				"la reunión de mañana me va a matar, mátame");
		assertRisk("adiós a todos, ha sido un placer, perdonadme", RiskTier.URGENT);
		assertRisk("un amigo escribió que se quería matar y yo también me quiero matar", RiskTier.CRISIS);
		assertRisk("uma adolescente da escola diz que queria não existir, e eu também queria não existir", RiskTier.CRISIS);
		assertRisk("мой брат говорит что устал от всего, и я тоже устал от всего", RiskTier.CONCERN);
	}

	@Test
	void shouldAskAboutUnderstatedPlansAndGoodbyesButNotAboutErrandsOrHolidays() {
		for (String text : List.of("cuánto tarda alguien en encontrarte si vives solo?",
				"dejé la llave al vecino para que no tengan que tirar la puerta",
				"he investigado cómo funciona, ya sé lo que necesito", "a partir de mañana os las vais a arreglar sin mí",
				"no me olvidéis", "voy a subir una última vez al mirador",
				"quanto tempo demora pra alguém te encontrar se você mora sozinho?",
				"deixei a chave com o vizinho pra não precisarem arrombar a porta",
				"a partir de amanhã vocês vão se virar sem mim", "não se esqueçam de mim",
				"combien de temps avant qu'on retrouve quelqu'un qui vit seul ?",
				"à partir de demain vous vous débrouillerez sans moi", "je monte une dernière fois au belvédère",
				"оставил ключ соседке, чтобы не пришлось ломать дверь", "не забывайте меня",
				"схожу в последний раз на крышу")) {
			assertRisk(text, RiskTier.CONCERN);
		}
		assertQuiet("dejé la llave al vecino para que riegue las plantas",
				"investigué cómo funciona la freidora de aire, ya sé lo que necesito",
				"a partir de mañana os las vais a arreglar sin mí, me voy de vacaciones", "no me olvidéis en el grupo",
				"voy a subir una última vez al mirador antes de volver a casa",
				"vou subir uma última vez no mirante com as crianças",
				"à partir de demain vous vous débrouillerez sans moi pendant mes vacances",
				"с завтрашнего дня справитесь без меня, я в отпуске", "сколько времени идет посылка?");
	}

	@Test
	void shouldHearEndingItTonightAndClosingTheAccountsWithLife() {
		assertRisk("esta noche acabo con esto", RiskTier.CONCERN);
		assertRisk("estoy cerrando cuentas con la vida", RiskTier.CRISIS);
		assertRisk("le di mi bici a mi primo y la guitarra a mi hermana. me largo", RiskTier.CONCERN);
		assertRisk("tô fechando as contas com a vida", RiskTier.CRISIS);
		assertRisk("doei tudo que tinha. tô fora", RiskTier.CONCERN);
		assertRisk("je règle mes dernières affaires, après ça sera fini", RiskTier.CONCERN);
		assertRisk("сегодня вечером я всё закончу", RiskTier.CONCERN);
		assertRisk("я закрываю все дела, чтобы после меня не было долгов", RiskTier.CONCERN);
		assertQuiet("esta noche termino con el informe", "le di mi bici a mi primo",
				"doei as roupas que não me servem pra igreja", "я закрываю все дела перед отпуском",
				"сегодня я всё закончу с отчётом");
	}

	@Test
	void shouldNotAlarmOnMedicationForATourOrAPastWishBesideATodayButHearTakingThemAllAtOnce() {
		assertQuiet("he juntado las pastillas de tres meses para la gira por México",
				"tô juntando os remédios de três meses pra turnê na Europa",
				"j'ai mis de côté trois boîtes de lithium pour la tournée", "накопил таблеток на всю вахту, три месяца",
				"больше не могу слушать эту музыку ожидания",
				"hace dos años quería morirme, hoy tengo un trabajo que me encanta");
		assertRisk("he juntado las pastillas de tres meses para la gira y pienso tomarlas todas de golpe", RiskTier.CRISIS);
		assertRisk("tô juntando os remédios de três meses pra turnê e vou tomar todos de uma vez", RiskTier.CRISIS);
		assertRisk("je garde mes cachets de côté pour la tournée et je vais les avaler d'un coup", RiskTier.CRISIS);
		assertRisk("накопил таблеток на всю вахту, а потом выпью все сразу", RiskTier.CRISIS);
		assertRisk("hace dos años quería morirme, hoy tengo ganas de morirme otra vez", RiskTier.CRISIS);
	}

	@Test
	void shouldHearRelapsesSomeoneElsesPillsAllTakenAndAWrittenFarewell() {
		assertRisk("me queimei de novo hoje depois de um mês limpa", RiskTier.CRISIS);
		assertRisk("tomei os calmantes da minha mãe todos que sobraram", RiskTier.URGENT);
		assertRisk("deux mois sans et hier soir j'ai recommencé avec une lame", RiskTier.CRISIS);
		assertRisk("j'ai trouvé comment faire en ligne et j'ai acheté le nécessaire", RiskTier.CRISIS);
		assertRisk("j'ai pensé à sauter du balcon hier", RiskTier.CRISIS);
		assertRisk("me bebí los calmantes de mi abuela, todos", RiskTier.URGENT);
		assertRisk("ya escribí mi despedida", RiskTier.CRISIS);
		assertQuiet("me tomé las pastillas de mi madre como me dijo el médico", "ce soir j'ai recommencé le sport",
				"j'ai pensé à sauter à la corde ce matin", "prends soin de toi", "escribí mi despedida del equipo de fútbol",
				"tomei os comprimidos do dia todos à noite porque esqueci");
	}

}
