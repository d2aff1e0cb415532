import { doc, h2, list, quote, embed } from './doc';
import type { ArticleInput } from './types';

/*
 * French demo articles: Société, Sport, Culture, plus the non-public states (drafts, scheduled).
 * All events, clubs, companies and people are fictional.
 */
export const ARTICLES_FR_2: ArticleInput[] = [
  // ------------------------------------------------------------------ Société
  {
    locale: 'fr',
    pair: 'teleconsultation-errachidia',
    section: 'societe',
    authors: ['nadia-chraibi'],
    tags: ['sante', 'numerique'],
    when: { daysAgo: 1, at: '16:40' },
    title: 'Errachidia : douze centres de santé ruraux équipés pour la téléconsultation avec l’hôpital régional',
    summary:
      "Depuis septembre, des patients de villages éloignés peuvent être examinés à distance par un cardiologue ou un dermatologue, sans parcourir plus de cent kilomètres sur des routes de montagne.",
    cover: {
      motif: 'pulse',
      alt: "Illustration : une ligne de pouls lumineuse traverse l'image devant une croix blanche inscrite dans un cercle, sur fond ocre.",
      caption: "Chaque centre dispose d'un chariot de téléconsultation et d'une connexion satellite de secours.",
    },
    body: doc(
      "Dans la salle de soins du centre de santé de Tinejdad, un écran, une caméra orientable et un stéthoscope connecté ont fait leur apparition à la rentrée. Ce chariot de téléconsultation permet à l'infirmière de garde de mettre un patient en relation avec un spécialiste de l'hôpital régional d'Errachidia, à plus d'une heure de route. Douze centres de santé ruraux de la province en sont désormais équipés.",
      "Le dispositif vise d'abord les spécialités les plus demandées et les moins accessibles : cardiologie, dermatologie, endocrinologie et suivi des grossesses à risque. Les rendez-vous sont programmés deux après-midi par semaine. Le médecin examine le patient à distance, consulte les résultats transmis et peut prescrire un traitement ou décider d'un transfert.",
      h2('Moins de déplacements, moins de renoncements'),
      "En deux mois, plus de 900 consultations ont été réalisées, selon la direction régionale de la santé. Pour de nombreux patients âgés, la téléconsultation évite un trajet coûteux et fatigant, souvent reporté faute de moyens. Les soignants observent déjà un meilleur suivi des malades chroniques, notamment des diabétiques, dont les contrôles étaient auparavant irréguliers.",
      quote("« Avant, beaucoup de patients attendaient d'aller vraiment mal pour faire le voyage. Maintenant, on règle une partie des problèmes ici, et le spécialiste voit les gens plus tôt », explique Fatima Zahra, infirmière à Tinejdad depuis onze ans."),
      "Le principal défi reste la connexion. Plusieurs centres situés dans des vallées encaissées ont dû être équipés d'une liaison satellite de secours. La direction régionale souhaite étendre le programme à vingt centres supplémentaires l'an prochain et former davantage d'infirmiers à l'utilisation des appareils de mesure connectés. Une évaluation indépendante est prévue au bout d'un an.",
    ),
  },
  {
    locale: 'fr',
    pair: 'azilal-transport-scolaire',
    section: 'societe',
    authors: ['nadia-chraibi'],
    tags: ['education', 'transport'],
    when: { daysAgo: 3, at: '08:05' },
    title: 'Azilal : le transport scolaire rural s’étend à quarante douars et les abandons reculent',
    summary:
      "Financés par la province et des associations locales, trente minibus assurent désormais le trajet des collégiens. Dans certains établissements, le décrochage des filles a diminué de moitié.",
    cover: {
      motif: 'books',
      alt: 'Illustration : un livre ouvert à côté d’une rangée de livres colorés posés sur une étagère, sur fond ocre et brun.',
      caption: 'Trente minibus desservent désormais quarante douars de la province.',
    },
    body: doc(
      "Il est sept heures moins le quart quand le minibus blanc s'arrête à l'entrée du douar. Une quinzaine d'élèves montent, cartable sur le dos, pour rejoindre le collège situé à dix-huit kilomètres. Il y a trois ans, la plupart d'entre eux faisaient une partie du trajet à pied, ou ne le faisaient pas du tout. Aujourd'hui, trente véhicules de ce type desservent quarante douars de la province d'Azilal.",
      "Le programme repose sur un partenariat entre le conseil provincial, qui finance l'achat des véhicules, et des associations locales chargées de leur gestion au quotidien. Les familles versent une contribution symbolique, modulée selon leurs revenus. Les chauffeurs, recrutés localement, ont suivi une formation à la sécurité routière et aux premiers secours.",
      h2('Un effet marqué pour les filles'),
      "Les premiers résultats sont encourageants. Dans les trois collèges concernés par le suivi, le taux d'abandon en première année est passé de 14 % à 6 % en deux ans. L'effet est particulièrement net pour les filles, dont les familles hésitaient à les laisser parcourir de longues distances seules. Les enseignants notent aussi moins de retards et une meilleure assiduité pendant l'hiver.",
      quote("« Quand il neigeait, ma fille restait à la maison une semaine entière. Maintenant, elle ne rate presque plus de cours », raconte Aïcha, mère de trois enfants, dont l'aînée prépare le brevet."),
      "Les responsables associatifs restent cependant inquiets pour l'avenir. L'entretien des véhicules et le carburant pèsent lourd dans les budgets, et plusieurs routes non goudronnées abîment les minibus plus vite que prévu. Ils demandent un financement pluriannuel garanti, afin de ne plus dépendre des subventions votées d'une année sur l'autre. Le conseil provincial dit étudier une convention sur trois ans.",
    ),
  },
  {
    locale: 'fr',
    section: 'societe',
    authors: ['nadia-chraibi', 'salma-bennani'],
    tags: ['emploi', 'numerique', 'education'],
    when: { daysAgo: 12, at: '10:10' },
    title: 'Oujda : 600 jeunes diplômés en reconversion vers les métiers du numérique',
    summary:
      "Un programme de formation intensive de six mois, financé par la région et des entreprises de services, promet un stage rémunéré à chaque participant à l'issue du cursus.",
    cover: {
      motif: 'network',
      alt: 'Illustration : des nœuds lumineux reliés par des lignes fines forment un réseau autour d’un téléphone stylisé, sur fond brun doré.',
      caption: 'Les formations ont lieu dans un ancien bâtiment administratif réaménagé en campus.',
    },
    body: doc(
      "Ils ont étudié la biologie, le droit ou la littérature, et se forment désormais au développement web, à l'analyse de données ou à la cybersécurité. Six cents jeunes diplômés de la région de l'Oriental ont intégré cet automne un programme de reconversion de six mois, installé dans un ancien bâtiment administratif d'Oujda réaménagé en campus.",
      "Le programme est financé par la région et par une dizaine d'entreprises de services numériques, qui s'engagent à accueillir chaque participant pour un stage rémunéré de trois mois à la fin de la formation. Les cours, dispensés en petits groupes, alternent projets pratiques et accompagnement dans la recherche d'emploi. Une indemnité mensuelle est versée aux participants pour couvrir leurs frais de transport et de repas.",
      list([
        'Développement web et mobile : 260 places',
        'Analyse de données : 180 places',
        'Cybersécurité et administration des réseaux : 160 places',
      ]),
      "Le chômage des diplômés reste élevé dans l'Oriental, et de nombreux jeunes quittent la région pour Casablanca, Rabat ou l'étranger. Les entreprises partenaires y voient l'occasion de recruter sur place, à un moment où elles peinent à trouver des profils qualifiés. Plusieurs d'entre elles envisagent d'ouvrir des antennes à Oujda si les premières promotions donnent satisfaction.",
      "Les organisateurs se fixent un objectif de 70 % d'insertion professionnelle six mois après la fin du cursus. Un premier bilan sera publié au printemps. En attendant, les candidatures pour la prochaine session, prévue en mars, sont déjà ouvertes. Les organisateurs précisent qu'aucune connaissance préalable en programmation n'est exigée, mais qu'un test de logique et un entretien de motivation permettent de sélectionner les candidats.",
    ),
  },
  {
    locale: 'fr',
    pair: 'fes-medina-consolidation',
    section: 'societe',
    authors: ['nadia-chraibi', 'youssef-amrani'],
    tags: ['patrimoine', 'tourisme'],
    when: { daysAgo: 20, at: '09:00' },
    title: 'Fès : 900 maisons menaçant ruine consolidées dans la médina sans déplacer leurs habitants',
    summary:
      "Le programme de réhabilitation entre dans sa dernière phase. Il a privilégié les travaux en site occupé, afin d'éviter le départ des familles vers les quartiers périphériques.",
    cover: {
      motif: 'arches',
      alt: "Illustration : une enfilade d'arcs outrepassés ouvre sur un ciel orangé, avec une lanterne suspendue dans l'un des passages.",
      caption: 'Les artisans de la médina ont été mobilisés pour les travaux de boiserie et de plâtre.',
    },
    body: doc(
      "Dans les ruelles de la médina de Fès, les étais de bois font partie du paysage depuis des années. Ils commencent pourtant à disparaître. Le programme de consolidation des maisons menaçant ruine, lancé il y a quatre ans, entre dans sa dernière phase : 900 bâtisses ont déjà été renforcées, sur un total de 1 100 recensées comme dangereuses par les services techniques.",
      "La particularité du programme tient à sa méthode. Plutôt que de reloger les familles pendant les travaux, les équipes ont travaillé pièce par pièce, en maintenant les habitants sur place lorsque la sécurité le permettait. Ce choix, plus lent et plus complexe, visait à éviter que la médina ne se vide de ses habitants au profit de maisons d'hôtes ou de commerces.",
      h2('Les artisans au cœur du chantier'),
      "Les travaux ont mobilisé des maçons, des menuisiers et des plâtriers formés aux techniques traditionnelles. Les poutres en cèdre, les enduits à la chaux et les zelliges endommagés ont été restaurés avec des matériaux compatibles avec les constructions anciennes. Une école de chantier a permis de former près de 200 jeunes aux métiers du patrimoine.",
      quote("« Ici, tout le monde connaît quelqu'un qui a eu peur qu'un plafond tombe. Aujourd'hui, on peut de nouveau dormir tranquilles », confie Driss, commerçant dont la maison familiale a été consolidée l'an dernier."),
      "Les associations de résidents saluent le résultat, tout en réclamant des efforts sur les réseaux d'assainissement et l'évacuation des déchets, encore insuffisants dans certains quartiers. Notre [dossier sur le patrimoine urbain](/fr/sujet/patrimoine) revient sur les programmes comparables menés dans d'autres médinas du pays. Les 200 dernières maisons doivent être traitées d'ici la fin de l'année prochaine.",
    ),
  },

  // ------------------------------------------------------------------ Sport
  {
    locale: 'fr',
    pair: 'lions-liste-decembre',
    section: 'sport',
    authors: ['karim-ouazzani'],
    tags: ['football', 'coupe-d-afrique'],
    when: { minutesAgo: 70 },
    title: 'Lions de l’Atlas : trois nouveaux visages dans la liste pour les matchs amicaux de décembre',
    summary:
      "La liste de vingt-six joueurs dévoilée ce matin mise sur la continuité, mais fait une place à deux défenseurs du championnat national et à un milieu offensif formé en Europe.",
    cover: {
      motif: 'stadium',
      alt: 'Illustration : un stade vu de haut, aux gradins en ellipses concentriques, éclairé par deux pylônes de projecteurs, sur fond vert.',
      caption: "Les deux matchs amicaux se joueront à guichets fermés, selon la fédération.",
    },
    body: doc(
      "La liste était attendue, elle ne réserve pas de grande surprise. Pour les deux matchs amicaux programmés en décembre, le staff de la sélection nationale a retenu vingt-six joueurs, dont vingt-trois faisaient déjà partie du dernier rassemblement. Le message est clair : à quelques semaines d'échéances importantes, la priorité reste à la stabilité du groupe.",
      "Trois nouveaux noms font néanmoins leur apparition. Deux défenseurs centraux évoluant dans le championnat national, récompensés pour leur régularité depuis le début de la saison, et un milieu offensif de vingt ans formé dans un club européen, qui a choisi de représenter le Maroc après être passé par les sélections de jeunes.",
      list([
        'Ayoub Settati, défenseur central, 24 ans',
        'Anas Belkadi, défenseur central, 22 ans',
        'Rayane Oukili, milieu offensif, 20 ans',
      ]),
      "Un membre du staff technique explique que ces convocations répondent aussi à une logique de concurrence : « Personne n'a sa place garantie. Les joueurs du championnat doivent savoir que la porte est ouverte s'ils sont performants. » Les supporters, eux, espèrent voir les nouveaux venus sur le terrain dès le premier match.",
      "Le regroupement débutera lundi au complexe sportif national. Les deux rencontres se joueront à guichets fermés, selon la fédération, qui a ouvert la billetterie en ligne la semaine dernière. Les joueurs retenus devront passer des examens médicaux à leur arrivée, avant une première séance d'entraînement en fin d'après-midi. Retrouvez l'ensemble de notre couverture dans la rubrique [Sport](/fr/rubrique/sport).",
    ),
  },
  {
    locale: 'fr',
    pair: 'taroudant-course-remparts',
    section: 'sport',
    authors: ['karim-ouazzani'],
    tags: ['tourisme', 'sante'],
    when: { daysAgo: 1, at: '20:05' },
    title: 'Taroudant : la course des remparts attend 6 000 coureurs pour sa dixième édition',
    summary:
      "Un record de participation est annoncé pour cette épreuve de dix kilomètres qui fait le tour des murailles de la ville. Les organisateurs ajoutent une course réservée aux enfants.",
    cover: {
      motif: 'arches',
      alt: "Illustration : des arcs outrepassés alignés comme une muraille, éclairés par une lanterne, dans des tons vert profond.",
      caption: 'Le parcours longe les remparts sur la quasi-totalité de ses dix kilomètres.',
    },
    body: doc(
      "Il y a dix ans, ils étaient quelques centaines à s'élancer au pied des remparts. Dimanche, ils devraient être 6 000. La course des remparts de Taroudant fête sa dixième édition avec un record d'inscriptions, venues de tout le pays mais aussi d'Europe, où l'épreuve s'est taillé une réputation de course conviviale dans un cadre exceptionnel.",
      "Le parcours de dix kilomètres fait le tour presque complet des murailles en pisé, avant de revenir vers la place centrale. Plat et rapide, il attire aussi des coureurs confirmés : le record de l'épreuve, établi il y a trois ans, est inférieur à vingt-neuf minutes. Une vague élite partira quinze minutes avant le départ grand public.",
      h2('Une course pour les enfants'),
      "Nouveauté de cette édition, une course de deux kilomètres est réservée aux enfants de 8 à 14 ans, organisée en partenariat avec les écoles de la ville. Plus de 900 élèves sont inscrits. Les organisateurs veulent faire de l'événement une fête locale autant qu'un rendez-vous sportif, avec des animations musicales tout au long du parcours.",
      "Pour les commerçants et les hôteliers, l'épreuve est devenue un moment important de la saison. La plupart des établissements de la ville affichent complet pour le week-end, et plusieurs familles proposent des chambres aux coureurs venus de loin. La circulation sera interdite autour des remparts de 6 heures à 13 heures.",
    ),
  },
  {
    locale: 'fr',
    pair: 'football-feminin-nour',
    section: 'sport',
    authors: ['karim-ouazzani'],
    tags: ['football', 'casablanca'],
    when: { daysAgo: 6, at: '21:40' },
    title: 'Football féminin : Nour Casablanca seul en tête après sa victoire sur la pelouse d’Agadir',
    summary:
      "Victorieuses 2-1 chez le Sahel Agadir, les Casablancaises comptent désormais trois points d'avance à mi-parcours d'une saison marquée par la hausse des affluences dans les stades.",
    cover: {
      motif: 'stadium',
      alt: "Illustration : un terrain de football entouré de gradins en ellipses et de projecteurs, vu d'en haut, sur fond vert sombre.",
      caption: "Plus de 4 000 spectateurs ont assisté à la rencontre, un record pour le club d'Agadir.",
    },
    body: doc(
      "Nour Casablanca a réalisé l'opération parfaite samedi soir. Menées au score à la pause, les Casablancaises ont renversé la situation en seconde période pour s'imposer 2-1 sur la pelouse du Sahel Agadir, leur principal concurrent. À mi-parcours du championnat, elles comptent désormais trois points d'avance sur leurs adversaires du soir.",
      "Le match a longtemps tourné à l'avantage des Gadiries, qui avaient ouvert le score sur un coup franc direct. Mais l'entrée en jeu de deux attaquantes à l'heure de jeu a changé la physionomie de la rencontre. L'égalisation est venue d'une frappe lointaine, avant un but de la tête sur corner à dix minutes de la fin.",
      h2('Des tribunes de mieux en mieux garnies'),
      "Au-delà du résultat, la soirée a confirmé l'engouement croissant pour le football féminin. Plus de 4 000 spectateurs ont assisté à la rencontre, un record pour le club d'Agadir. Selon la ligue, l'affluence moyenne du championnat a presque doublé en deux saisons, grâce notamment à la diffusion de plusieurs matchs en direct sur internet.",
      "Les clubs restent toutefois confrontés à des budgets serrés. Plusieurs joueuses cumulent encore football et emploi ou études, et les déplacements en bus sur de longues distances pèsent sur les organismes. La ligue travaille à un cahier des charges qui imposerait des contrats minimaux à partir de la saison prochaine.",
    ),
  },
  {
    locale: 'fr',
    section: 'sport',
    authors: ['karim-ouazzani'],
    tags: ['tourisme', 'sante'],
    when: { daysAgo: 17, at: '16:00' },
    title: 'Athlétisme : à Ifrane, le centre d’entraînement en altitude affiche complet pour l’hiver',
    summary:
      "Des équipes de demi-fond venues d'Europe et d'Afrique de l'Est ont réservé les installations jusqu'en mars, une activité qui profite aussi aux hôtels et aux commerces de la ville.",
    cover: {
      motif: 'mountains',
      alt: 'Illustration : des crêtes de montagnes enneigées se superposent sous une lune pâle, dans des tons vert sombre.',
      caption: "À 1 650 mètres d'altitude, le centre attire les spécialistes du demi-fond et du fond.",
    },
    body: doc(
      "Dans les forêts de cèdres qui entourent Ifrane, les groupes de coureurs sont de plus en plus nombreux. Le centre d'entraînement en altitude de la ville affiche complet jusqu'en mars, avec des réservations venues d'une dizaine de pays. Situé à 1 650 mètres, il attire les spécialistes du demi-fond et du fond, qui y préparent la saison en salle ou les grands marathons du printemps.",
      "L'entraînement en altitude stimule la production de globules rouges et améliore l'endurance des athlètes. Ifrane présente en outre l'avantage d'un climat frais et de sentiers variés, propices au travail foncier. La piste d'athlétisme du centre a été rénovée l'an dernier, et une salle de musculation moderne complète désormais les installations.",
      "Pour les hôtels et les commerces, cette clientèle sportive est une aubaine en dehors des périodes de vacances. Les équipes restent souvent trois ou quatre semaines et consomment localement. Un hôtelier du centre-ville explique avoir adapté ses menus, avec davantage de féculents et des horaires de repas plus matinaux. Les loueurs de voitures et les guides de randonnée profitent eux aussi de ces séjours prolongés.",
      "Les athlètes marocains profitent aussi de cette affluence. Plusieurs entraîneurs locaux organisent des séances communes avec les équipes étrangères, une occasion d'échanger sur les méthodes et de se mesurer à des coureurs de très haut niveau. La fédération envisage de créer un second centre dans le Moyen Atlas pour répondre à la demande.",
    ),
  },

  // ------------------------------------------------------------------ Culture
  {
    locale: 'fr',
    pair: 'figuig-festival-oasis',
    section: 'culture',
    authors: ['hind-berrada'],
    tags: ['cinema', 'tourisme'],
    when: { daysAgo: 2, at: '18:45' },
    title: 'Figuig accueille le premier festival du film des oasis, entre projections en plein air et ateliers',
    summary:
      "Pendant quatre jours, une trentaine de films venus du Maghreb et du Sahel sont projetés dans les ksour, avec des ateliers d'écriture de scénario ouverts aux lycéens de la région.",
    cover: {
      motif: 'cinema',
      alt: "Illustration : le faisceau d'un projecteur éclaire un écran, au-dessus d'une pellicule de film ondulante, sur fond violet.",
      caption: 'Les projections du soir ont lieu sur les places des ksour, devant plusieurs centaines de spectateurs.',
    },
    body: doc(
      "Un écran gonflable dressé sur la place du ksar, quelques centaines de chaises en plastique et, au-dessus, un ciel d'une clarté rare. Le premier festival du film des oasis a ouvert ses portes jeudi soir à Figuig, avec la projection d'un long métrage tourné dans le sud tunisien. Pendant quatre jours, une trentaine de films venus du Maghreb et du Sahel seront présentés gratuitement.",
      "La programmation fait la part belle aux récits liés au désert, à l'eau et aux migrations, des thèmes qui résonnent particulièrement dans cette ville frontalière. Courts métrages, documentaires et fictions se succèdent, souvent en présence de leurs réalisateurs, qui échangent ensuite avec le public. Les séances de l'après-midi sont réservées aux écoles.",
      h2('Des lycéens derrière la caméra'),
      "Le festival ne se limite pas aux projections. Quarante lycéens de la région participent à des ateliers d'écriture de scénario et de tournage, encadrés par des professionnels. Leurs courts métrages, réalisés avec des téléphones, seront projetés lors de la soirée de clôture. Pour beaucoup d'entre eux, c'est une première rencontre avec le cinéma, dans une région qui ne compte plus de salle depuis longtemps.",
      quote("« Nous voulions prouver qu'on peut organiser un vrai festival loin des grandes villes, et que le public est là », explique Samira Ouchen, directrice artistique de l'événement."),
      // The festival's (fictional) trailer: an embed readers load only once they accept.
      embed('https://www.youtube.com/watch?v=jArIdA-Fig01'),
      "L'association organisatrice espère faire du festival un rendez-vous annuel et convaincre de nouveaux partenaires. La fréquentation de cette première édition, ainsi que les retombées pour les hébergements de la ville, seront déterminantes pour la suite. Les organisateurs envisagent déjà d'ouvrir la prochaine édition aux films d'animation et de créer un prix du public, décerné par les habitants des ksour.",
    ),
  },
  {
    locale: 'fr',
    section: 'culture',
    authors: ['hind-berrada'],
    tags: ['musique', 'patrimoine', 'tourisme'],
    when: { daysAgo: 5, at: '17:20' },
    title: 'Essaouira : une résidence de création réunit maâlems gnaoua et musiciens de jazz',
    summary:
      "Pendant dix jours, six musiciens travaillent dans une maison de la médina sur un répertoire commun, présenté samedi lors d'un concert gratuit sur une place du front de mer.",
    cover: {
      motif: 'music',
      alt: 'Illustration : un oud incliné entouré de cercles pointillés concentriques, comme des ondes sonores, sur fond violet.',
      caption: 'Le répertoire préparé pendant la résidence sera joué en plein air samedi soir.',
    },
    body: doc(
      "Dans le patio d'une maison de la médina, le guembri répond à la contrebasse, les qraqeb dialoguent avec la batterie. Depuis une semaine, deux maâlems gnaoua et quatre musiciens de jazz venus de France, du Sénégal et du Brésil travaillent ensemble sur un répertoire commun, dans le cadre d'une résidence organisée par une association culturelle d'Essaouira.",
      "L'exercice n'a rien d'évident. Les musiques gnaoua reposent sur des cycles rythmiques longs et un rituel codifié, tandis que le jazz laisse une large place à l'improvisation. Les musiciens ont passé les premiers jours à écouter et à apprendre les uns des autres, avant de construire des morceaux qui respectent les deux traditions.",
      "La résidence s'inscrit dans une démarche plus large de transmission. Les maâlems de la ville, souvent sollicités par les festivals, s'inquiètent de voir les jeunes musiciens privilégier les scènes commerciales au détriment de l'apprentissage long auprès des anciens. L'association organisatrice a donc choisi d'associer deux apprentis au projet, qui assistent aux répétitions et participent aux séances d'enregistrement, afin qu'ils découvrent d'autres manières de jouer sans perdre le fil du répertoire.",
      quote("« Je ne veux pas que la tradition serve de décor. Nous cherchons un endroit où chacun peut rester lui-même tout en allant vers l'autre », confie l'un des deux maâlems, héritier d'une lignée de musiciens de la ville."),
      "Le fruit de ce travail sera présenté samedi soir lors d'un concert gratuit en plein air. Les organisateurs prévoient aussi d'enregistrer le répertoire pour en tirer un album, et d'emmener le groupe en tournée dans plusieurs villes du pays au printemps. Des ateliers de percussions ont été proposés aux élèves du conservatoire pendant la résidence.",
    ),
  },
  {
    locale: 'fr',
    pair: 'draa-manuscrits-numerises',
    section: 'culture',
    authors: ['hind-berrada'],
    tags: ['patrimoine', 'numerique', 'education'],
    when: { daysAgo: 14, at: '12:30' },
    title: 'Vallée du Drâa : 3 000 manuscrits d’une bibliothèque de zaouïa numérisés et mis en ligne',
    summary:
      "Traités de grammaire, d'astronomie et de médecine : un projet mené avec une université de Rabat rend accessibles des documents jusqu'ici consultés par une poignée de chercheurs.",
    cover: {
      motif: 'books',
      alt: 'Illustration : un livre ancien ouvert près d’une rangée de volumes aux dos colorés, sur fond violet profond.',
      caption: 'Les documents les plus fragiles ont été photographiés page par page, sans être dépliés.',
    },
    body: doc(
      "Pendant des siècles, ils ont été conservés dans une salle aux murs épais, à l'abri de la lumière et de la chaleur. Les quelque 3 000 manuscrits d'une bibliothèque de zaouïa de la vallée du Drâa sont désormais consultables en ligne, au terme d'un projet de numérisation de trois ans mené avec une équipe universitaire de Rabat.",
      "Le fonds couvre une grande diversité de disciplines : droit, grammaire, théologie, mais aussi astronomie, médecine et mathématiques. Certains ouvrages ont été copiés sur place, d'autres rapportés par des lettrés qui voyageaient entre le Maghreb, le Sahel et l'Orient. Les annotations dans les marges témoignent de la vie intellectuelle de la région au fil des générations.",
      h2('Un travail de fourmi'),
      "La numérisation a été réalisée sur place, avec un matériel photographique adapté aux documents fragiles. Chaque page a été photographiée, puis décrite par des spécialistes qui ont identifié les auteurs, les copistes et les dates lorsque c'était possible. Les manuscrits les plus abîmés ont bénéficié d'une restauration préalable, confiée à un atelier spécialisé.",
      quote("« Un chercheur de Tombouctou ou de Fès peut désormais consulter ces textes sans faire le voyage. C'est une manière de les faire vivre à nouveau », souligne la responsable scientifique du projet."),
      "Le gardien de la bibliothèque, dont la famille veille sur le fonds depuis plusieurs générations, a été associé à chaque étape. Les originaux restent sur place, et la bibliothèque continue d'accueillir les visiteurs. Le catalogue est accessible sur le [portail du projet](https://example.org/manuscrits-draa), avec des notices en arabe et en français.",
    ),
  },
  {
    locale: 'fr',
    section: 'culture',
    authors: ['hind-berrada'],
    tags: ['cinema', 'musique', 'rabat'],
    when: { daysAgo: 27, at: '18:00' },
    title: 'Rabat : une exposition retrace un siècle d’affiches de cinéma et de concerts au Maroc',
    summary:
      "Près de 250 affiches, prêtées par des collectionneurs privés, racontent l'évolution du graphisme marocain, des premiers cinémas de quartier aux festivals d'aujourd'hui.",
    cover: {
      motif: 'cinema',
      alt: "Illustration : un projecteur envoie un faisceau de lumière vers un écran, au-dessus d'une bande de pellicule, dans des tons violets.",
      caption: "L'exposition est organisée par décennie, des années 1930 à aujourd'hui.",
    },
    body: doc(
      "Des affiches peintes à la main pour les cinémas de quartier, des sérigraphies psychédéliques des années 1970, des visuels numériques de festivals récents : l'exposition qui s'ouvre cette semaine dans une galerie de Rabat propose un voyage dans un siècle de graphisme marocain, à travers près de 250 affiches de films et de concerts.",
      "La plupart des pièces proviennent de collections privées, rassemblées patiemment par des passionnés qui chinaient dans les marchés aux puces et les anciennes salles de cinéma. Plusieurs affiches sont exposées pour la première fois, après une restauration minutieuse. Le parcours est organisé par décennie, avec des focus sur quelques affichistes dont le travail a marqué plusieurs générations.",
      "Le visiteur y découvre comment les affichistes ont mêlé calligraphie arabe, lettrage latin et motifs populaires pour attirer le public. Les affiches de concerts des années 1980, conçues pour des tournées de groupes de musique populaire, témoignent d'une créativité débridée, faite de couleurs vives et de compositions audacieuses. La dernière salle, consacrée au numérique, interroge la place de l'affiche à l'heure des réseaux sociaux, où les visuels se consomment en quelques secondes sur un écran de téléphone.",
      quote("« Ces affiches étaient faites pour durer une semaine sur un mur. Elles racontent pourtant l'histoire des villes, des goûts et des rêves de ceux qui les regardaient », souligne le commissaire de l'exposition."),
      "L'exposition est accompagnée de rencontres avec des graphistes et d'ateliers de sérigraphie pour les enfants le samedi. Elle se tient jusqu'à la fin du mois de février, avec une entrée gratuite pour les étudiants. Un catalogue bilingue réunit les principales œuvres présentées, accompagnées de textes de graphistes et d'historiens du cinéma.",
    ),
  },

  // ------------------------------------------------------------------ Non-public states
  {
    locale: 'fr',
    status: 'draft',
    section: 'societe',
    authors: ['nadia-chraibi'],
    tags: ['education', 'rabat'],
    when: null,
    title: 'Logement étudiant : à Rabat, le loyer d’une chambre a grimpé de 20 % en deux rentrées',
    summary:
      "Faute de places en cité universitaire, de nombreux étudiants se tournent vers la colocation dans les quartiers proches des facultés, où les propriétaires augmentent les prix chaque année.",
    cover: {
      motif: 'skyline',
      alt: 'Illustration : silhouette de ville avec immeubles et minaret sous un soleil bas, dans des tons ocre.',
      caption: 'Les quartiers proches des facultés concentrent la demande de chambres à louer.',
    },
    body: doc(
      "Brouillon en cours de relecture. Les résidences universitaires de la capitale offrent bien moins de places que le nombre d'étudiants venus d'autres régions. Beaucoup se rabattent sur la colocation dans les quartiers proches des facultés, où les loyers ont fortement augmenté en deux ans, selon une enquête menée auprès d'une centaine d'étudiants et de plusieurs agences immobilières.",
      "Les témoignages recueillis décrivent des chambres partagées à trois ou quatre, des contrats rarement écrits et des cautions difficiles à récupérer. Plusieurs associations étudiantes demandent la construction de nouvelles résidences et un encadrement des loyers dans les quartiers universitaires, deux pistes que les autorités disent étudier sans calendrier précis. Les agences, elles, expliquent la hausse par la rareté des logements disponibles.",
      "Pour les familles, la facture s'alourdit d'autant. Un père de famille originaire de Taza explique consacrer près du tiers de son salaire au loyer et aux frais de sa fille, inscrite en deuxième année de médecine. Plusieurs étudiants rencontrés disent travailler le soir ou le week-end, dans la restauration ou les centres d'appels, pour payer leur chambre, au prix d'une fatigue qui pèse sur leurs résultats en période d'examens.",
      "À compléter : chiffres du ministère de l'Enseignement supérieur, réaction des services de la commune, témoignage d'un propriétaire et comparaison avec les loyers pratiqués à Fès et à Marrakech pour mettre les chiffres de Rabat en perspective. Vérifier aussi les montants cités par les agences auprès d'au moins deux sources indépendantes avant publication, et ajouter une infographie sur l'évolution des loyers depuis cinq ans.",
    ),
  },
  {
    locale: 'fr',
    status: 'scheduled',
    section: 'sport',
    authors: ['karim-ouazzani'],
    tags: ['football'],
    when: { daysAgo: -1, at: '09:30' },
    title: 'Football : ce qu’il faut savoir avant la douzième journée du championnat national',
    summary:
      "Un derby très attendu, un leader en déplacement et deux équipes menacées qui s'affrontent : le programme et les enjeux d'une journée qui pourrait redistribuer les cartes en haut du classement.",
    cover: {
      motif: 'stadium',
      alt: 'Illustration : un stade éclairé par des projecteurs, vu du dessus, dans des tons verts.',
      caption: 'Huit rencontres sont programmées entre vendredi et dimanche.',
    },
    body: doc(
      "La douzième journée du championnat s'annonce décisive. Le leader se déplace sur la pelouse d'un promu invaincu à domicile depuis le début de la saison, tandis que le derby du dimanche soir oppose deux équipes séparées par un seul point au classement. En bas de tableau, le duel entre les deux derniers pourrait déjà peser lourd dans la course au maintien.",
      "Les huit rencontres sont réparties entre vendredi et dimanche, avec quatre matchs diffusés en direct à la télévision. La commission d'arbitrage a annoncé que l'assistance vidéo serait utilisée sur l'ensemble des stades équipés. Plusieurs clubs devront composer avec des absences, notamment en défense, après une série de cartons jaunes lors de la journée précédente.",
      "Le derby concentre toutes les attentions. Les deux clubs restent sur une série de bons résultats et comptent sur un stade plein pour faire la différence. Les autorités ont prévu un dispositif de sécurité renforcé autour de l'enceinte et recommandent aux supporters d'arriver tôt, les portes ouvrant deux heures avant le coup d'envoi. La vente de billets se fait uniquement en ligne, afin d'éviter les files d'attente devant les guichets.",
      list([
        'Vendredi : deux rencontres à 18 heures et 20 heures',
        'Samedi : quatre rencontres, dont le choc entre le leader et le promu',
        'Dimanche : le derby à 20 heures et le match entre les deux derniers',
      ]),
      "Notre journaliste sera présent au derby dimanche soir. Le compte rendu et les notes des joueurs seront publiés sur le site dans l'heure qui suit le coup de sifflet final, ainsi qu'un récapitulatif des résultats de la journée et le classement mis à jour. Les autres rencontres feront l'objet de brèves publiées en fin de soirée.",
    ),
  },
];
