import { doc, h2, list, type DocNode } from './doc';

/*
 * The publisher's pages, written for the demo: one per kind and language, linked by kind. The
 * addresses are those the tests and the benchmark open (/fr/infos/a-propos, /ar/maalumat/man-nahnu).
 * The company, its address and its people are invented; the e-mail domain is reserved (.example).
 */

export interface PageSeed {
  kind: 'about' | 'contact' | 'legal' | 'privacy' | 'charter';
  locale: 'fr' | 'ar';
  slug: string;
  title: string;
  description: string;
  position: number;
  body: DocNode;
}

export const PAGES: PageSeed[] = [
  {
    kind: 'about',
    locale: 'fr',
    slug: 'a-propos',
    title: 'À propos de Jarida',
    description: 'Qui fait Jarida, pour qui et comment : un quotidien numérique indépendant, en français et en arabe, né à Casablanca.',
    position: 1,
    body: doc(
      'Jarida est un quotidien d’information en ligne fondé à Casablanca. Il publie chaque jour, en français et en arabe, l’actualité du Maroc, de l’économie, de la culture et du sport, avec un regard attentif sur les régions que les grandes rédactions couvrent peu.',
      h2('Une rédaction, deux langues'),
      'Nos journalistes écrivent dans la langue de leur choix ; les articles les plus lus sont repris dans l’autre langue par la rédaction, et non par une machine. Chaque version est relue avant publication, et le sélecteur de langue mène de l’une à l’autre.',
      h2('Ce que nous promettons'),
      list([
        'Des faits vérifiés, des sources citées et des erreurs corrigées au vu de tous.',
        'Une séparation nette entre l’information, l’opinion et la publicité.',
        'Un site léger, lisible sur un téléphone d’entrée de gamme et sur une connexion lente.',
      ]),
      h2('Qui nous finance'),
      'Jarida vit de la publicité et des partenariats affichés comme tels. Aucun annonceur ne relit nos articles avant leur publication. Nos principes sont détaillés dans la [charte éditoriale](/fr/infos/charte-editoriale).',
    ),
  },
  {
    kind: 'about',
    locale: 'ar',
    slug: 'man-nahnu',
    title: 'من نحن',
    description: 'جريدة يومية رقمية مستقلة تصدر من الدار البيضاء بالعربية والفرنسية: من يصنعها ولمن وكيف.',
    position: 1,
    body: doc(
      'جريدة يومية إخبارية إلكترونية تأسست في الدار البيضاء. تنشر كل يوم، بالعربية والفرنسية، أخبار المغرب والاقتصاد والثقافة والرياضة، مع عناية خاصة بالجهات التي قلّما تصلها كبريات هيئات التحرير.',
      h2('هيئة تحرير واحدة بلغتين'),
      'يكتب صحافيونا باللغة التي يختارونها، وتتولى هيئة التحرير، لا الآلة، نقل أكثر المقالات قراءة إلى اللغة الأخرى. تُراجَع كل نسخة قبل نشرها، ويقود مبدّل اللغة من إحداهما إلى الأخرى.',
      h2('ما نلتزم به'),
      list([
        'وقائع متحقَّق منها، ومصادر مذكورة، وأخطاء تُصحَّح على مرأى من القراء.',
        'فصل واضح بين الخبر والرأي والإشهار.',
        'موقع خفيف يُقرأ بسهولة على هاتف بسيط وعبر اتصال بطيء.',
      ]),
      h2('من يموّلنا'),
      'تعيش الجريدة من الإشهار ومن الشراكات المعلَن عنها بصفتها تلك. لا يطّلع أي معلن على مقالاتنا قبل نشرها. نفصّل مبادئنا في [ميثاق التحرير](/ar/maalumat/mithaq-at-tahrir).',
    ),
  },
  {
    kind: 'contact',
    locale: 'fr',
    slug: 'contact',
    title: 'Nous contacter',
    description: 'Écrire à la rédaction, signaler une erreur, proposer une information ou joindre le service publicité de Jarida.',
    position: 2,
    body: doc(
      h2('La rédaction'),
      'Pour une information, un témoignage ou une réaction à un article : **redaction@jarida.example**. Nous lisons tous les messages ; nous ne pouvons pas répondre à chacun.',
      h2('Signaler une erreur'),
      'Une date, un chiffre ou un nom est inexact ? Écrivez à **corrections@jarida.example** en indiquant l’adresse de l’article. Les corrections sont signalées à la fin de l’article concerné.',
      h2('Publicité et partenariats'),
      'Service commercial : **publicite@jarida.example**, du lundi au vendredi, de 9 h à 17 h.',
      h2('Adresse'),
      'Jarida Médias SARL, 48 boulevard d’Anfa, 4e étage, 20250 Casablanca, Maroc. Téléphone : +212 522 00 00 00.',
    ),
  },
  {
    kind: 'contact',
    locale: 'ar',
    slug: 'ittisal',
    title: 'اتصل بنا',
    description: 'راسلوا هيئة التحرير، أبلغوا عن خطأ، اقترحوا خبرًا أو تواصلوا مع مصلحة الإشهار.',
    position: 2,
    body: doc(
      h2('هيئة التحرير'),
      'لخبر أو شهادة أو تعليق على مقال: **redaction@jarida.example**. نقرأ كل الرسائل، وإن تعذّر علينا الرد عليها جميعًا.',
      h2('الإبلاغ عن خطأ'),
      'تاريخ أو رقم أو اسم غير دقيق؟ اكتبوا إلى **corrections@jarida.example** مع رابط المقال. نشير إلى التصحيحات في آخر المقال المعني.',
      h2('الإشهار والشراكات'),
      'المصلحة التجارية: **publicite@jarida.example**، من الاثنين إلى الجمعة، من التاسعة صباحًا إلى الخامسة مساءً.',
      h2('العنوان'),
      'جريدة ميديا ش.م.م، 48 شارع أنفا، الطابق الرابع، 20250 الدار البيضاء، المغرب. الهاتف: ‎+212 522 00 00 00.',
    ),
  },
  {
    kind: 'legal',
    locale: 'fr',
    slug: 'mentions-legales',
    title: 'Mentions légales',
    description: 'Éditeur, directeur de la publication, hébergement et droits de reproduction du site Jarida.',
    position: 3,
    body: doc(
      h2('Éditeur'),
      'Jarida Médias SARL au capital de 100 000 dirhams, 48 boulevard d’Anfa, 20250 Casablanca. Registre du commerce de Casablanca n° 000000 (données de démonstration).',
      'Publication de presse électronique régie par la loi n° 88-13 relative à la presse et à l’édition.',
      h2('Direction de la publication'),
      'Directrice de la publication : Salma Bennani. Contact : **direction@jarida.example**.',
      h2('Hébergement'),
      'Le site est hébergé sur des serveurs situés au Maroc par un prestataire dont les coordonnées sont communiquées sur simple demande à l’adresse ci-dessus.',
      h2('Droits'),
      'Les articles, photographies et illustrations publiés sur Jarida sont protégés par le droit d’auteur. Toute reproduction au-delà d’une courte citation accompagnée d’un lien vers l’article demande notre accord écrit.',
    ),
  },
  {
    kind: 'legal',
    locale: 'ar',
    slug: 'ishaarat-qanuniya',
    title: 'إشارات قانونية',
    description: 'الناشر ومديرة النشر والاستضافة وحقوق النسخ الخاصة بموقع جريدة.',
    position: 3,
    body: doc(
      h2('الناشر'),
      'جريدة ميديا، شركة ذات مسؤولية محدودة رأسمالها 100.000 درهم، 48 شارع أنفا، 20250 الدار البيضاء. السجل التجاري بالدار البيضاء رقم 000000 (بيانات للعرض فقط).',
      'صحيفة إلكترونية خاضعة للقانون رقم 88.13 المتعلق بالصحافة والنشر.',
      h2('إدارة النشر'),
      'مديرة النشر: سلمى بناني. للتواصل: **direction@jarida.example**.',
      h2('الاستضافة'),
      'يُستضاف الموقع على خوادم موجودة بالمغرب لدى مزوّد تُبلَّغ بياناته لكل من يطلبها عبر العنوان أعلاه.',
      h2('الحقوق'),
      'المقالات والصور والرسوم المنشورة في الجريدة محمية بحقوق المؤلف. كل نسخ يتجاوز اقتباسًا قصيرًا مرفقًا برابط المقال يستلزم موافقتنا المكتوبة.',
    ),
  },
  {
    kind: 'privacy',
    locale: 'fr',
    slug: 'confidentialite',
    title: 'Politique de confidentialité',
    description: 'Les données que Jarida traite, pourquoi, combien de temps, et comment exercer vos droits au titre de la loi 09-08.',
    position: 4,
    body: doc(
      'Lire Jarida ne demande ni compte ni inscription. Nous traitons le moins de données possible, conformément à la loi n° 09-08 relative à la protection des personnes physiques à l’égard du traitement des données à caractère personnel.',
      h2('Ce que nous traitons'),
      list([
        'Votre choix de cookies et votre langue, conservés dans votre navigateur.',
        'Un comptage des lectures par article, sans adresse IP conservée.',
        'Les messages que vous nous envoyez, gardés le temps d’y donner suite.',
      ]),
      h2('Publicité et contenus externes'),
      'Les publicités personnalisées et les vidéos ou publications de réseaux sociaux ne se chargent qu’après votre accord. Vous pouvez le retirer à tout moment sur la page [cookies](/fr/cookies).',
      h2('Vos droits'),
      'Vous pouvez demander l’accès à vos données, leur rectification ou leur suppression en écrivant à **vie-privee@jarida.example**. Vous pouvez aussi saisir la Commission nationale de contrôle de la protection des données à caractère personnel (CNDP).',
    ),
  },
  {
    kind: 'privacy',
    locale: 'ar',
    slug: 'al-khususiya',
    title: 'سياسة الخصوصية',
    description: 'المعطيات التي تعالجها الجريدة ولماذا وإلى متى، وكيف تمارسون حقوقكم بموجب القانون 09.08.',
    position: 4,
    body: doc(
      'لا تتطلب قراءة الجريدة حسابًا ولا تسجيلًا. نعالج أقل قدر ممكن من المعطيات، طبقًا للقانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي.',
      h2('ما نعالجه'),
      list([
        'اختياركم بشأن ملفات تعريف الارتباط ولغتكم، محفوظين في متصفحكم.',
        'عدد قراءات كل مقال، دون الاحتفاظ بعنوان IP.',
        'الرسائل التي تبعثونها إلينا، نحتفظ بها ريثما نعالجها.',
      ]),
      h2('الإشهار والمحتويات الخارجية'),
      'لا تُحمَّل الإعلانات الموجَّهة ولا مقاطع الفيديو ومنشورات الشبكات الاجتماعية إلا بعد موافقتكم، ويمكنكم سحبها متى شئتم من صفحة [ملفات تعريف الارتباط](/ar/cookies).',
      h2('حقوقكم'),
      'يمكنكم طلب الاطلاع على معطياتكم أو تصحيحها أو حذفها بالكتابة إلى **vie-privee@jarida.example**، كما يمكنكم اللجوء إلى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي.',
    ),
  },
  {
    kind: 'charter',
    locale: 'fr',
    slug: 'charte-editoriale',
    title: 'Charte éditoriale',
    description: 'Les règles que la rédaction de Jarida s’engage à suivre : vérification, pluralisme, indépendance, corrections et respect des personnes.',
    position: 5,
    body: doc(
      'Cette charte engage chaque journaliste, éditeur et collaborateur de Jarida. Elle s’inspire de la Charte de déontologie du Conseil national de la presse.',
      h2('Vérifier avant de publier'),
      'Une information est publiée lorsqu’elle est confirmée par au moins deux sources indépendantes, ou par un document que la rédaction a pu consulter. Une rumeur n’est pas une information, même quand elle circule beaucoup.',
      h2('Séparer les faits et les opinions'),
      'Les tribunes, éditoriaux et analyses sont signalés comme tels. Les contenus payés par un annonceur portent la mention « partenaire » et ne sont jamais écrits par la rédaction.',
      h2('Donner la parole'),
      'Toute personne mise en cause dans un article est contactée avant publication et sa réponse est rapportée fidèlement, ou son silence mentionné.',
      h2('Protéger les personnes'),
      list([
        'Nous ne publions pas le nom ni l’image d’un mineur impliqué dans une affaire judiciaire.',
        'La présomption d’innocence est respectée jusqu’au jugement.',
        'Nous protégeons nos sources.',
      ]),
      h2('Corriger ses erreurs'),
      'Une erreur est corrigée dès qu’elle est établie. La correction est datée et signalée en fin d’article ; le texte fautif n’est pas effacé en silence.',
    ),
  },
  {
    kind: 'charter',
    locale: 'ar',
    slug: 'mithaq-at-tahrir',
    title: 'ميثاق التحرير',
    description: 'القواعد التي تلتزم بها هيئة تحرير الجريدة: التحقق، التعددية، الاستقلالية، التصحيح واحترام الأشخاص.',
    position: 5,
    body: doc(
      'يُلزم هذا الميثاق كل صحافي ومحرر ومتعاون مع الجريدة، وهو مستلهَم من ميثاق أخلاقيات المهنة الصادر عن المجلس الوطني للصحافة.',
      h2('التحقق قبل النشر'),
      'لا يُنشر خبر إلا إذا أكّده مصدران مستقلان على الأقل، أو وثيقة اطّلعت عليها هيئة التحرير. الإشاعة ليست خبرًا، ولو كثر تداولها.',
      h2('الفصل بين الخبر والرأي'),
      'نشير بوضوح إلى مقالات الرأي والافتتاحيات والتحاليل. وتحمل المضامين المموَّلة من معلن عبارة «شريك»، ولا تكتبها هيئة التحرير أبدًا.',
      h2('حق الرد'),
      'نتصل بكل شخص يمسّه مقال قبل نشره، وننقل رده بأمانة، أو نذكر أنه لم يرد.',
      h2('حماية الأشخاص'),
      list([
        'لا ننشر اسم قاصر متورط في قضية أمام القضاء ولا صورته.',
        'نحترم قرينة البراءة إلى حين صدور الحكم.',
        'نحمي مصادرنا.',
      ]),
      h2('تصحيح الأخطاء'),
      'نصحّح الخطأ فور ثبوته، ونؤرّخ التصحيح ونشير إليه في آخر المقال، ولا نمحو النص الخاطئ في صمت.',
    ),
  },
];
