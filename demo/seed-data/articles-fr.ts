import { doc, h2, list, quote } from './doc';
import type { ArticleInput } from './types';

/*
 * French demo articles: Maroc, Monde, Économie. All events, companies and people are fictional.
 * Articles sharing a `pair` key have an Arabic translation in articles-ar.ts.
 */
export const ARTICLES_FR: ArticleInput[] = [
  // ------------------------------------------------------------------ Maroc
  {
    locale: 'fr',
    pair: 'tramway-sale-nord',
    section: 'maroc',
    authors: ['youssef-amrani'],
    tags: ['rabat', 'transport'],
    when: { minutesAgo: 25 },
    title: 'Rabat-Salé : un nouveau tronçon de tramway relie les quartiers nord de Salé au centre',
    summary:
      "Mis en service ce matin, le prolongement de 4,2 kilomètres dessert six stations et doit faire gagner une vingtaine de minutes par trajet à des milliers d'habitants de la rive droite.",
    cover: {
      motif: 'rails',
      alt: "Illustration : des rails convergent vers l'horizon sous un ciel rouge sombre, traversé d'étoiles géométriques à huit branches.",
      caption: 'Le nouveau tronçon compte six stations, dont deux pôles d’échange avec les lignes de bus.',
    },
    body: doc(
      "Les premières rames sont parties peu après six heures, sous un ciel encore gris. Le nouveau tronçon, long de 4,2 kilomètres, prolonge le réseau vers les quartiers nord de Salé et compte six stations, dont deux pôles d'échange avec les bus urbains. Selon la société d'exploitation, une rame passera toutes les huit minutes aux heures de pointe, puis toutes les douze minutes en journée et jusqu'à la fin du service.",
      "Pour les habitants, l'enjeu est d'abord le temps de trajet. Jusqu'ici, rejoindre le centre de Rabat depuis ces quartiers exigeait souvent deux correspondances et près d'une heure aux heures chargées. Les études de fréquentation tablent sur 38 000 voyages par jour d'ici un an, un chiffre que les élus locaux jugent prudent au vu de la croissance démographique rapide de la rive droite du Bouregreg.",
      h2('Des tarifs inchangés, un abonnement élargi'),
      "Le prix du ticket ne change pas, et l'abonnement mensuel permet désormais de combiner tramway et lignes de bus partenaires sans supplément. Les étudiants et les personnes âgées conservent leurs réductions. L'application de l'exploitant affiche les passages en temps réel, même si plusieurs usagers rencontrés sur le quai ont signalé des écarts d'affichage pendant la première heure d'exploitation, corrigés dans la matinée.",
      quote("« On gagne au moins vingt minutes le matin, et surtout on sait à quelle heure on arrive », résume Meryem, enseignante dans un lycée de l'Agdal, rencontrée à la station de départ."),
      "Les travaux, lancés il y a deux ans et demi, ont été marqués par des déviations de circulation qui ont pesé sur les commerces riverains. La commune annonce une campagne de réaménagement des trottoirs et de plantations le long du tracé d'ici au printemps. Un second prolongement, vers l'est, fait encore l'objet d'études techniques, comme nous l'expliquions dans notre [suivi des mobilités urbaines](/fr/sujet/transport).",
    ),
  },
  {
    locale: 'fr',
    section: 'maroc',
    authors: ['youssef-amrani'],
    tags: ['eau', 'climat', 'agriculture'],
    when: { minutesAgo: 210 },
    title: 'Pluies d’automne : le remplissage des barrages du bassin du Sebou remonte à 48 %',
    summary:
      "Les précipitations des dix derniers jours ont apporté plus de 300 millions de mètres cubes aux retenues du nord-ouest, sans effacer le déficit accumulé dans le centre et le sud du pays.",
    cover: {
      motif: 'drops',
      alt: "Illustration : une grosse goutte d'eau tombe sur une surface calme et dessine des cercles concentriques, sur fond rouge profond.",
      caption: 'Les apports des dernières pluies profitent surtout aux retenues du nord-ouest du pays.',
    },
    body: doc(
      "Les pluies qui arrosent le nord-ouest du pays depuis le début du mois commencent à se voir dans les retenues. Selon le bulletin hebdomadaire publié ce matin par le ministère de l'Équipement et de l'Eau, le taux de remplissage des barrages du bassin du Sebou atteint 48 %, contre 39 % il y a deux semaines. Au total, les apports enregistrés dépassent 300 millions de mètres cubes depuis le premier épisode pluvieux.",
      "Cette amélioration reste très inégale. Les bassins de l'Oum Er-Rbia et du Tensift, qui alimentent notamment Béni Mellal et Marrakech, n'ont gagné que quelques points, et le taux national plafonne autour de 31 %. Les services hydrauliques rappellent qu'une bonne partie des pluies a d'abord été absorbée par des sols très secs, ce qui a limité le ruissellement vers les cours d'eau.",
      list([
        'Bassin du Sebou : 48 % (39 % il y a deux semaines)',
        'Bassin du Loukkos : 55 %',
        "Bassin de l'Oum Er-Rbia : 12 %",
        'Taux national : environ 31 %',
      ]),
      "Pour les agriculteurs du Gharb, ces chiffres sont une bonne nouvelle au moment des semis de céréales. Plusieurs associations d'irrigants espèrent une dotation plus généreuse pour la campagne, après deux années de restrictions sévères. L'agence de bassin prévient toutefois qu'aucune décision ne sera prise avant la fin janvier, en fonction de l'évolution des stocks et des besoins en eau potable.",
      "Les prévisionnistes annoncent de nouvelles averses en fin de semaine sur le Rif et le Moyen Atlas, avec des chutes de neige au-dessus de 1 800 mètres. Les autorités appellent à la prudence sur les routes de montagne et près des oueds, où les crues soudaines restent possibles après de longues périodes de sécheresse.",
    ),
  },
  {
    locale: 'fr',
    section: 'maroc',
    authors: ['youssef-amrani'],
    tags: ['casablanca', 'transport'],
    when: { daysAgo: 1, at: '09:15' },
    title: 'Casablanca : un échangeur de l’autoroute urbaine fermé la nuit pendant trois semaines',
    summary:
      "Les équipes chargées de l'entretien vont remplacer les joints de dilatation de l'ouvrage. Des itinéraires de délestage sont fléchés chaque nuit de 22 heures à 5 heures du matin.",
    cover: {
      motif: 'skyline',
      alt: "Illustration : silhouette d'une ville aux immeubles serrés et d'un minaret, devant un grand soleil couchant doré.",
      caption: 'Les fermetures concernent uniquement la nuit, pour limiter la gêne aux heures de pointe.',
    },
    body: doc(
      "Les automobilistes qui empruntent l'autoroute urbaine de Casablanca la nuit devront s'armer de patience. À partir de lundi et pendant trois semaines, l'échangeur de Sidi Maârouf sera fermé dans les deux sens de 22 heures à 5 heures. Les travaux portent sur le remplacement des joints de dilatation et la reprise de l'étanchéité du tablier, abîmés par le trafic des poids lourds.",
      "Selon la direction régionale de l'Équipement, l'ouvrage voit passer plus de 90 000 véhicules par jour, dont une part importante de camions desservant les zones logistiques du sud de la ville. Réaliser le chantier de jour aurait provoqué des bouchons de plusieurs kilomètres, d'où le choix d'un travail de nuit, plus coûteux mais moins pénalisant pour les usagers.",
      list([
        'Vers le centre-ville : sortie obligatoire à Lissasfa, puis boulevard Al Qods',
        "Vers l'aéroport : itinéraire par la rocade sud-ouest, fléché en orange",
        "Poids lourds : accès aux zones logistiques par l'échangeur de Tit Mellil",
      ]),
      "Les riverains redoutent surtout le bruit. La commune assure que les opérations les plus sonores, comme le sciage du béton, seront concentrées avant une heure du matin, et qu'un numéro d'information a été mis en place pour signaler les nuisances. Les habitants des immeubles les plus proches ont reçu un courrier détaillant le calendrier semaine par semaine.",
      "D'autres interventions du même type sont prévues sur l'autoroute urbaine au cours de l'année prochaine. Les services de l'Équipement promettent de publier le programme complet plusieurs semaines à l'avance, afin que les entreprises de transport puissent adapter leurs tournées. Les chantiers seront, autant que possible, programmés en dehors des périodes de vacances scolaires et des grands événements sportifs accueillis par la ville.",
    ),
  },
  {
    locale: 'fr',
    pair: 'etat-civil-en-ligne',
    section: 'maroc',
    authors: ['youssef-amrani', 'nadia-chraibi'],
    tags: ['numerique', 'rabat'],
    when: { daysAgo: 7, at: '11:00' },
    title: 'État civil : les extraits d’acte de naissance délivrés en ligne dans 120 communes',
    summary:
      "Déployé par étapes depuis l'été, le service permet de commander un document certifié depuis un téléphone et de le recevoir par voie électronique ou au guichet de son choix.",
    cover: {
      motif: 'network',
      alt: 'Illustration : un téléphone stylisé entouré de points lumineux reliés entre eux comme un réseau, sur fond rouge.',
      caption: "Le service en ligne complète les guichets des bureaux d'état civil, qui restent ouverts.",
    },
    body: doc(
      "Il n'est plus nécessaire de se déplacer au bureau d'état civil pour obtenir un extrait d'acte de naissance dans 120 communes du pays. Le service en ligne, ouvert par étapes depuis le mois de juillet, couvre désormais l'ensemble des communes urbaines des régions de Rabat-Salé-Kénitra et de Casablanca-Settat, ainsi qu'une partie des communes rurales.",
      "La démarche prend quelques minutes. Le demandeur s'identifie avec sa carte nationale, choisit le type de document et indique s'il souhaite le recevoir sous forme électronique, avec un code de vérification, ou le retirer au guichet. Selon les premiers chiffres communiqués par le ministère de l'Intérieur, plus de 210 000 demandes ont déjà été traitées, avec un délai moyen inférieur à deux jours ouvrés.",
      h2('Quatre étapes pour obtenir son document'),
      list([
        "Se connecter au portail avec sa carte nationale d'identité électronique",
        "Choisir le document : extrait d'acte de naissance, copie intégrale ou fiche familiale",
        'Indiquer le mode de réception : fichier certifié ou retrait au guichet',
        "Suivre l'avancement de la demande par SMS",
      ]),
      "Les agents des bureaux d'état civil voient plutôt d'un bon œil cette évolution, qui réduit les files d'attente du matin. Plusieurs d'entre eux soulignent cependant que les registres anciens, encore tenus sur papier dans certaines communes, doivent être numérisés pour que le service fonctionne pour les personnes nées avant les années 1990.",
      "Les associations de défense des usagers demandent, elles, que les guichets restent accessibles pour les personnes peu à l'aise avec le numérique. Le ministère assure qu'aucune fermeture n'est envisagée et renvoie vers la [foire aux questions du portail](https://example.org/etat-civil/faq) pour les cas particuliers, comme les actes transcrits depuis l'étranger. Un numéro d'assistance gratuit répond aussi aux questions du lundi au vendredi.",
    ),
  },

  // ------------------------------------------------------------------ Monde
  {
    locale: 'fr',
    pair: 'nouakchott-eau-bassins',
    section: 'monde',
    authors: ['mehdi-lahlou'],
    tags: ['eau', 'diplomatie', 'climat'],
    when: { minutesAgo: 300 },
    title: 'À Nouakchott, les ministres africains de l’Eau s’accordent sur un fonds pour les bassins partagés',
    summary:
      "Réunis depuis lundi, les représentants de vingt-deux pays ont adopté une déclaration qui prévoit un mécanisme commun de financement et un partage plus rapide des données hydrologiques.",
    cover: {
      motif: 'globe',
      alt: 'Illustration : un globe quadrillé sur fond bleu nuit, parcouru de lignes pointillées reliant des points lumineux.',
      caption: 'Vingt-deux délégations ont participé aux travaux de la conférence ministérielle.',
    },
    body: doc(
      "Après trois jours de discussions parfois tendues, la conférence ministérielle africaine sur l'eau s'est conclue mercredi à Nouakchott par l'adoption d'une déclaration commune. Le texte prévoit la création d'un fonds destiné aux bassins fluviaux partagés entre plusieurs pays, qui concernent plus de la moitié des ressources en eau douce du continent.",
      "Le futur fonds doit financer en priorité des stations de mesure, des études de crues et des petits ouvrages de stockage. Les délégations se sont entendues sur un principe de contributions volontaires, complétées par des bailleurs internationaux. Le montant initial n'a pas été rendu public, mais plusieurs participants évoquent une enveloppe de départ de quelques centaines de millions de dollars sur cinq ans.",
      quote("« Nous partageons les fleuves depuis toujours ; il était temps de partager aussi l'information », a déclaré une négociatrice d'Afrique de l'Ouest à la sortie de la séance plénière."),
      "Le volet consacré aux données est considéré comme le plus prometteur. Les pays signataires s'engagent à transmettre en temps réel les relevés de débit de leurs principales stations, ce qui doit permettre d'anticiper les inondations en aval. Le Maroc, qui ne partage pas de grand fleuve avec ses voisins, a proposé de mettre à disposition son expérience en matière de dessalement et de gestion de la demande agricole.",
      "Les organisations de la société civile présentes en marge de la conférence saluent un pas en avant, tout en regrettant l'absence d'objectifs chiffrés sur l'accès à l'eau potable en milieu rural. Le texte sera soumis aux chefs d'État lors du prochain sommet de l'Union africaine, prévu en février. D'ici là, un comité technique doit préciser les règles de gouvernance du fonds.",
    ),
  },
  {
    locale: 'fr',
    pair: 'detroit-rotations-fetes',
    section: 'monde',
    authors: ['mehdi-lahlou', 'youssef-amrani'],
    tags: ['transport', 'diplomatie', 'tourisme'],
    when: { daysAgo: 2, at: '15:10' },
    title: 'Détroit de Gibraltar : les armateurs renforcent les traversées avant les vacances de fin d’année',
    summary:
      "Entre Tanger Med, Algésiras et Tarifa, les compagnies ajoutent des rotations de nuit pour absorber l'afflux attendu de Marocains résidant en Europe pendant les congés de décembre.",
    cover: {
      motif: 'port',
      alt: 'Illustration : grues portuaires et conteneurs colorés au bord de l’eau, sur un fond bleu sombre orné de motifs géométriques.',
      caption: 'Les ports des deux rives se préparent à un pic de passagers pendant les vacances de décembre.',
    },
    body: doc(
      "Les vacances de fin d'année ne rivalisent pas avec l'été, mais elles pèsent de plus en plus dans le trafic du détroit. Les compagnies maritimes qui relient le nord du Maroc au sud de l'Espagne ont annoncé cette semaine des rotations supplémentaires entre le 18 décembre et le 5 janvier, notamment la nuit, pour répondre à une demande en hausse de 12 % sur un an selon les réservations déjà enregistrées.",
      "Les autorités portuaires des deux rives se sont réunies à Algésiras pour coordonner le dispositif. Il prévoit des contrôles frontaliers renforcés aux heures de pointe, des aires d'attente chauffées pour les voyageurs et une information en temps réel sur les départs, diffusée en arabe, en espagnol et en français. Des équipes médicales seront présentes dans les deux ports pendant les jours les plus chargés.",
      list([
        'Jusqu’à 30 traversées quotidiennes entre Tanger Med et Algésiras',
        'Des départs toutes les heures entre Tanger-Ville et Tarifa le week-end',
        'Un guichet dédié aux familles avec jeunes enfants et aux personnes âgées',
      ]),
      "Les associations de Marocains résidant à l'étranger saluent ces annonces, mais pointent le prix des billets, en hausse sur certaines lignes. Une famille de quatre personnes avec un véhicule doit compter plusieurs centaines d'euros pour un aller-retour en période de pointe. Elles demandent l'extension des tarifs préférentiels, jusqu'ici réservés à l'été.",
      "Du côté espagnol, les autorités locales voient dans ces chiffres un signe de vitalité pour les ports andalous, dont l'activité passagers dépend largement de la clientèle marocaine. Une nouvelle réunion est prévue début décembre pour ajuster le dispositif en fonction des dernières réservations. Les voyageurs sont invités à réserver tôt et à vérifier les horaires la veille du départ, la météo pouvant perturber les traversées en hiver.",
    ),
  },
  {
    locale: 'fr',
    pair: 'finance-climat-adaptation',
    section: 'monde',
    authors: ['mehdi-lahlou'],
    tags: ['climat', 'diplomatie'],
    when: { daysAgo: 10, at: '14:15' },
    title: 'Financement climatique : les pays africains réclament un objectif chiffré pour l’adaptation',
    summary:
      "À l'approche des prochaines négociations, un groupe de pays africains, dont le Maroc, propose de consacrer au moins la moitié des fonds publics pour le climat à l'adaptation.",
    cover: {
      motif: 'wind',
      alt: 'Illustration : des éoliennes blanches se dressent sur une colline, sous un ciel bleu nuit traversé de volutes de vent.',
      caption: 'Les pays africains estiment que l’adaptation reste le parent pauvre de la finance climatique.',
    },
    body: doc(
      "Le sujet revient à chaque conférence, mais les pays africains veulent cette fois un chiffre. Dans une note commune transmise au secrétariat des négociations climatiques, une vingtaine d'États du continent demandent qu'au moins 50 % des financements publics internationaux pour le climat soient consacrés à l'adaptation, c'est-à-dire aux digues, aux systèmes d'alerte, aux variétés agricoles résistantes à la chaleur ou à la gestion de l'eau.",
      "Aujourd'hui, l'essentiel des fonds va à la réduction des émissions, jugée plus facile à mesurer et plus attractive pour les investisseurs privés. Les auteurs de la note soulignent que l'Afrique, qui émet une très faible part des gaz à effet de serre mondiaux, subit pourtant de plein fouet les sécheresses, les inondations et l'érosion côtière.",
      h2('Des projets prêts mais non financés'),
      "Pour appuyer leur demande, les négociateurs ont dressé une liste de projets techniquement prêts mais en attente de financement : réseaux de stations météorologiques, réhabilitation de périmètres irrigués, protection de villes côtières. Le Maroc y a inscrit plusieurs programmes de recharge artificielle des nappes et de réutilisation des eaux usées traitées pour l'arrosage des espaces verts.",
      quote("« On nous demande des dossiers solides ; ils existent. Ce qui manque, ce sont des guichets qui acceptent de financer des digues et des canaux plutôt que des panneaux solaires », résume un diplomate africain associé à la rédaction de la note."),
      "Les pays donateurs se montrent prudents. Plusieurs d'entre eux rappellent que leurs budgets d'aide sont sous pression et plaident pour des objectifs indicatifs plutôt que contraignants. Les discussions techniques reprendront le mois prochain à Bonn, avant la conférence annuelle où la question devrait figurer parmi les points les plus disputés.",
    ),
  },
  {
    locale: 'fr',
    section: 'monde',
    authors: ['mehdi-lahlou'],
    tags: ['transport', 'diplomatie', 'emploi'],
    when: { daysAgo: 23, at: '13:35' },
    title: 'Union africaine : une feuille de route pour fluidifier les corridors routiers transsahariens',
    summary:
      "Le plan fixe des normes communes pour les postes-frontières et les contrôles techniques des camions, avec l'objectif de réduire de moitié les temps d'attente d'ici cinq ans.",
    cover: {
      motif: 'dunes',
      alt: 'Illustration : des dunes aux courbes douces se superposent sous un grand soleil pâle, dans des tons bleu nuit.',
      caption: 'Les transporteurs passent parfois plusieurs jours aux frontières sur les grands axes sahariens.',
    },
    body: doc(
      "Les camions qui relient l'Afrique du Nord au Sahel passent parfois plus de temps immobilisés aux frontières que sur la route. C'est le constat de départ de la feuille de route adoptée cette semaine par les ministres des Transports de l'Union africaine, qui vise à harmoniser les procédures sur les principaux corridors transsahariens d'ici cinq ans.",
      "Le texte prévoit des guichets uniques aux postes-frontières, où douanes, police et services sanitaires contrôleraient les marchandises en une seule fois. Il recommande aussi la reconnaissance mutuelle des contrôles techniques des véhicules et des permis professionnels, afin qu'un camion inspecté dans un pays ne soit pas systématiquement réinspecté dans le suivant.",
      "Pour les transporteurs marocains, de plus en plus présents sur les routes vers la Mauritanie, le Sénégal et le Mali, l'enjeu est considérable. Une fédération professionnelle estime qu'un trajet entre Agadir et Dakar pourrait être raccourci de deux à trois jours si les mesures étaient appliquées. Elle plaide aussi pour des aires de repos sécurisées, encore rares sur plusieurs tronçons.",
      "Reste la question du financement et de la volonté politique. Plusieurs feuilles de route similaires ont été adoptées par le passé sans être suivies d'effet. Cette fois, les ministres ont prévu un rapport d'étape annuel et un tableau de bord public des temps de passage aux frontières, consultable par les entreprises comme par les chercheurs.",
    ),
  },

  // ------------------------------------------------------------------ Économie
  {
    locale: 'fr',
    pair: 'solaire-stockage-draa',
    section: 'economie',
    authors: ['salma-bennani'],
    tags: ['energie-solaire', 'climat', 'emploi'],
    when: { minutesAgo: 140 },
    title: 'Drâa-Tafilalet : une centrale solaire avec batteries promet du courant après le coucher du soleil',
    summary:
      "Le consortium Atlas Helios a bouclé le financement d'un projet de 230 mégawatts couplé à un stockage par batteries, capable d'alimenter le réseau quatre heures après la tombée de la nuit.",
    cover: {
      motif: 'solar',
      alt: 'Illustration : des rangées de panneaux solaires en perspective sous un grand soleil doré, sur fond bleu-vert profond.',
      caption: 'Les batteries doivent prendre le relais des panneaux en début de soirée, au moment du pic de consommation.',
    },
    body: doc(
      "Le soleil ne manque pas dans la région de Drâa-Tafilalet ; c'est la nuit qui pose problème. Le consortium Atlas Helios, qui associe un développeur marocain et deux fonds d'infrastructure, a annoncé ce matin avoir finalisé le financement d'une centrale photovoltaïque de 230 mégawatts équipée d'un système de stockage par batteries. Le projet, évalué à 3,1 milliards de dirhams, doit entrer en service dans trente mois.",
      "L'originalité du projet tient à sa capacité de stockage : les batteries pourront restituer l'électricité produite dans la journée pendant environ quatre heures après le coucher du soleil. C'est précisément le moment où la consommation des ménages atteint son maximum, et où le réseau national fait encore largement appel aux centrales thermiques.",
      h2('Un prix jugé compétitif'),
      "Le tarif de vente de l'électricité, fixé par un contrat de vingt-cinq ans avec l'opérateur public, n'a pas été dévoilé. Selon une source proche du dossier, il serait inférieur au coût de production des centrales au gaz en période de pointe. La baisse rapide du prix des batteries au cours des trois dernières années a rendu ce type de projet rentable, alors qu'il restait marginal il y a peu.",
      "Le chantier devrait mobiliser jusqu'à 1 200 personnes au plus fort des travaux, puis une soixantaine d'emplois permanents pour l'exploitation et la maintenance. Le consortium s'est engagé à recruter en priorité dans les provinces voisines et à financer une formation de techniciens avec un institut spécialisé de Ouarzazate. Une partie des achats de matériel de montage se fera auprès de fournisseurs marocains.",
      "Pour les spécialistes du secteur, ce projet pourrait servir de modèle. Un [rapport publié au printemps par un cercle de réflexion sur l'énergie](https://example.org/rapports/stockage-solaire) estimait que le pays aurait besoin de plusieurs gigawatts de capacités de stockage d'ici dix ans pour atteindre ses objectifs de part des renouvelables dans la production d'électricité.",
    ),
  },
  {
    locale: 'fr',
    pair: 'startups-casablanca-levees',
    section: 'economie',
    authors: ['salma-bennani'],
    tags: ['numerique', 'casablanca', 'emploi'],
    when: { daysAgo: 1, at: '12:53' },
    title: 'Start-up : les jeunes pousses casablancaises ont levé 1,4 milliard de dirhams en neuf mois',
    summary:
      "Un baromètre publié par un réseau d'investisseurs note une forte progression des levées de fonds, portée par la fintech et la logistique, mais des montants encore modestes au stade de l'amorçage.",
    cover: {
      motif: 'network',
      alt: 'Illustration : un réseau de points lumineux reliés par des traits fins entoure un smartphone stylisé, sur fond bleu pétrole.',
      caption: 'La fintech concentre près de la moitié des montants levés depuis janvier.',
    },
    body: doc(
      "Les start-up installées à Casablanca ont levé 1,4 milliard de dirhams entre janvier et septembre, selon le baromètre trimestriel publié par un réseau d'investisseurs providentiels. C'est près du double du montant enregistré sur la même période l'an dernier, et le signe que la capitale économique s'impose comme le principal pôle technologique du pays, loin devant Rabat et Marrakech.",
      "La fintech se taille la part du lion, avec près de la moitié des montants levés. Les solutions de paiement mobile et de crédit aux petits commerçants attirent particulièrement les fonds étrangers. La logistique arrive en deuxième position, portée par le commerce en ligne et les services de livraison du dernier kilomètre.",
      h2('Trois chiffres à retenir'),
      list([
        '62 opérations de financement recensées, contre 41 un an plus tôt',
        '3 levées supérieures à 100 millions de dirhams',
        "Un ticket médian d'amorçage d'environ 2,5 millions de dirhams",
      ]),
      "Le tableau n'est pas uniformément rose. Les auteurs du baromètre notent que les montants investis au stade de l'amorçage restent faibles, ce qui pousse certains fondateurs à s'installer directement à l'étranger. Ils observent également que les femmes ne dirigent qu'une start-up financée sur dix, une proportion qui stagne depuis trois ans.",
      "Pour **Kenza Alami**, cofondatrice d'une jeune pousse de logistique interrogée par Jarida, la situation évolue néanmoins dans le bon sens : « Il y a cinq ans, il fallait tout expliquer aux investisseurs. Aujourd'hui, ils connaissent le marché et posent les bonnes questions. » Le prochain baromètre, attendu en février, fera le bilan de l'année complète.",
    ),
  },
  {
    locale: 'fr',
    section: 'economie',
    authors: ['salma-bennani'],
    tags: ['transport', 'emploi'],
    when: { daysAgo: 1, at: '11:20' },
    title: 'Tanger Med : le trafic de conteneurs progresse de 9 % au troisième trimestre',
    summary:
      "Le complexe portuaire profite du report de lignes maritimes vers la Méditerranée occidentale. Les zones d'activités voisines annoncent de leur côté plusieurs centaines de recrutements.",
    cover: {
      motif: 'port',
      alt: 'Illustration : des grues et des piles de conteneurs colorés se reflètent dans une eau calme, sur fond bleu pétrole.',
      caption: "Le transbordement représente l'essentiel de l'activité conteneurs du complexe portuaire.",
    },
    body: doc(
      "Le complexe portuaire de Tanger Med a traité un peu plus de 2,6 millions de conteneurs équivalents vingt pieds au troisième trimestre, soit une hausse de 9 % sur un an, selon les chiffres publiés par l'autorité portuaire. L'activité de transbordement, qui consiste à transférer des conteneurs d'un navire à un autre, reste le principal moteur de cette progression.",
      "Plusieurs armateurs ont réorganisé leurs lignes au cours de l'année pour éviter des routes maritimes jugées plus risquées, ce qui a profité aux ports de la Méditerranée occidentale. Les analystes restent toutefois prudents : ces réorganisations peuvent s'inverser rapidement si la situation internationale évolue. L'autorité portuaire, de son côté, mise sur la qualité de ses services et la rapidité des escales pour fidéliser les armateurs.",
      "Les zones d'activités situées autour du port bénéficient aussi de cette dynamique. Trois entreprises de l'automobile et de l'aéronautique ont annoncé des extensions d'usines, avec à la clé environ 800 recrutements d'opérateurs et de techniciens d'ici à l'été prochain. Les centres de formation de la région disent manquer de places pour répondre à la demande.",
      "Le port poursuit par ailleurs son programme d'électrification des quais, qui doit permettre aux navires à l'escale de couper leurs moteurs auxiliaires. Les premiers postes équipés doivent entrer en service au printemps, une mesure attendue par les habitants des communes côtières voisines, sensibles à la qualité de l'air. Le programme doit être étendu à l'ensemble des terminaux d'ici trois ans.",
    ),
  },
  {
    locale: 'fr',
    pair: 'agrumes-export-campagne',
    section: 'economie',
    authors: ['salma-bennani'],
    tags: ['agriculture', 'eau', 'emploi'],
    when: { daysAgo: 4, at: '10:30' },
    title: 'Agrumes : la campagne d’export démarre avec moins de volumes mais des prix plus porteurs',
    summary:
      "Les stations de conditionnement du Souss et de l'Oriental prévoient un recul d'environ 10 % des volumes, conséquence du manque d'eau, compensé en partie par la hausse des cours en Europe.",
    cover: {
      motif: 'fields',
      alt: 'Illustration : des sillons de vergers filent vers un horizon vallonné sous un soleil doré, sur fond vert profond.',
      caption: 'Les petits fruits faciles à éplucher représentent une part croissante des exportations.',
    },
    body: doc(
      "Les premières palettes de clémentines ont quitté les stations de conditionnement du Souss la semaine dernière. La campagne d'exportation d'agrumes s'annonce plus courte que d'habitude : les professionnels prévoient un recul d'environ 10 % des volumes, après un été marqué par des restrictions d'irrigation dans plusieurs périmètres et des températures supérieures aux normales pendant la floraison.",
      "La baisse des quantités est en partie compensée par les prix. Sur les marchés européens, où l'offre espagnole est également en retrait, les cours des petits agrumes sont supérieurs de 15 à 20 % à ceux de l'an dernier à la même période. Les exportateurs misent aussi sur les variétés tardives, récoltées jusqu'en avril, qui se vendent mieux en fin de saison.",
      list([
        'Union européenne : près de la moitié des volumes exportés',
        "Russie et Europe de l'Est : deuxième débouché, en léger recul",
        'Afrique de l’Ouest et Golfe : marchés en croissance rapide',
      ]),
      "Dans les stations, la saison reste synonyme d'emploi pour des milliers d'ouvrières et d'ouvriers, souvent saisonniers. Une coopérative de Taroudant, qui emploie habituellement 600 personnes en pleine saison, indique qu'elle recrutera un peu moins cette année, faute de volumes. Les syndicats agricoles demandent des contrats plus longs pour stabiliser ces emplois.",
      "À plus long terme, la filière s'interroge sur son modèle. Plusieurs producteurs ont arraché des vergers trop gourmands en eau, et les investissements se tournent vers le goutte-à-goutte de précision et l'eau dessalée, plus chère mais plus fiable. La prochaine campagne dépendra largement des pluies de cet hiver et des décisions de dotation en eau prises au printemps.",
    ),
  },
  {
    locale: 'fr',
    section: 'economie',
    authors: ['salma-bennani'],
    tags: ['agriculture', 'casablanca'],
    when: { daysAgo: 8, at: '09:45' },
    title: 'Marchés de gros : tomates et pommes de terre reculent, la viande reste chère',
    summary:
      "Après un été de fortes hausses, les prix de plusieurs légumes se détendent avec l'arrivée des récoltes d'automne, selon les relevés hebdomadaires des marchés de Casablanca et d'Inezgane.",
    cover: {
      motif: 'awning',
      alt: 'Illustration : des étals de marché abrités sous des auvents rayés, éclairés par des lanternes, dans des tons bleu-vert et or.',
      caption: 'Les prix de détail réagissent généralement avec quelques semaines de retard sur ceux des marchés de gros.',
    },
    body: doc(
      "Les ménages devraient trouver un peu de répit sur les étals dans les semaines à venir. Selon les relevés hebdomadaires des marchés de gros de Casablanca et d'Inezgane, le prix de la tomate a reculé de près de 30 % en un mois, et celui de la pomme de terre d'environ 15 %. L'arrivée des récoltes d'automne et la fin des fortes chaleurs expliquent l'essentiel de cette baisse.",
      "Les oignons et les carottes suivent la même tendance, tandis que les prix des fruits restent globalement stables. Les commerçants rappellent toutefois que les tarifs de détail réagissent avec un décalage de deux à trois semaines, le temps que les stocks achetés plus cher soient écoulés. Dans les marchés de quartier, les premiers effets devraient se faire sentir d'ici la fin du mois.",
      h2('La viande, exception persistante'),
      "La viande rouge fait figure d'exception. Le kilo de bœuf et d'agneau reste à des niveaux élevés, conséquence de la réduction du cheptel pendant les années de sécheresse et du coût de l'alimentation animale. Les mesures d'importation de bétail prises au printemps ont limité la hausse, sans permettre de revenir aux niveaux d'avant la crise.",
      "Les associations de consommateurs réclament un affichage plus clair des prix sur les marchés de quartier et un meilleur contrôle des intermédiaires, accusés de capter une part importante des marges. Le ministère de l'Agriculture annonce de son côté la publication mensuelle d'un indice des prix, destiné à mieux informer producteurs et consommateurs.",
    ),
  },
];
