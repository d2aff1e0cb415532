/*
 * Word lists for demo/seed-bulk.ts. The generated articles are not meant to be read, only to have
 * the size, vocabulary and spelling variety of real French and Arabic news copy: accents,
 * elisions and compound words in French; hamza forms, ta marbuta, alef maqsura, the article
 * and attached conjunctions in Arabic.
 */

export interface Vocabulary {
  subjects: string[];
  nouns: string[];
  adjectives: string[];
  verbs: string[];
  places: string[];
  connectors: string[];
  /** Words only used in titles, which the bench also searches for. */
  topics: string[];
}

export const FR: Vocabulary = {
  subjects: [
    'le gouvernement', 'la commune', 'le ministère', 'la région', 'l’Office national', 'la fédération', 'le conseil régional',
    'les agriculteurs', 'les habitants', 'les entreprises', 'les syndicats', 'la wilaya', 'les associations', 'le parlement',
    'la banque centrale', 'les exportateurs', 'les étudiants', 'les médecins', 'la direction', 'les enseignants', 'l’agence',
    'le club', 'la sélection nationale', 'les coopératives', 'les investisseurs', 'le tribunal', 'la préfecture', 'les élus',
  ],
  nouns: [
    'économie', 'budget', 'croissance', 'investissement', 'emploi', 'chômage', 'inflation', 'exportation', 'importation',
    'agriculture', 'irrigation', 'barrage', 'sécheresse', 'pluie', 'récolte', 'olivier', 'agrume', 'céréale', 'élevage',
    'énergie', 'électricité', 'centrale', 'éolienne', 'hydrogène', 'réseau', 'autoroute', 'tramway', 'train', 'gare', 'port',
    'aéroport', 'conteneur', 'tourisme', 'hôtel', 'festival', 'musée', 'exposition', 'cinéma', 'théâtre', 'livre', 'bibliothèque',
    'école', 'université', 'étudiant', 'enseignant', 'baccalauréat', 'formation', 'apprentissage', 'hôpital', 'clinique',
    'médecin', 'infirmier', 'vaccin', 'santé', 'logement', 'loyer', 'quartier', 'médina', 'chantier', 'réhabilitation',
    'eau', 'assainissement', 'dessalement', 'nappe', 'forêt', 'incendie', 'séisme', 'reconstruction', 'douar', 'route',
    'commune', 'élection', 'réforme', 'loi', 'décret', 'projet', 'programme', 'stratégie', 'plan', 'rapport', 'enquête',
    'tribunal', 'procès', 'justice', 'police', 'sécurité', 'douane', 'frontière', 'migration', 'diaspora', 'transfert',
    'banque', 'crédit', 'dirham', 'bourse', 'marché', 'prix', 'salaire', 'retraite', 'assurance', 'subvention', 'impôt',
    'football', 'championnat', 'match', 'entraîneur', 'joueur', 'stade', 'athlétisme', 'marathon', 'médaille', 'finale',
    'numérique', 'start-up', 'plateforme', 'application', 'données', 'cybersécurité', 'téléphone', 'internet', 'fibre',
    'climat', 'environnement', 'pollution', 'déchet', 'recyclage', 'plastique', 'pêche', 'littoral', 'océan', 'désert',
  ],
  adjectives: [
    'nouveau', 'national', 'régional', 'rural', 'urbain', 'public', 'privé', 'économique', 'social', 'culturel', 'sportif',
    'marocain', 'africain', 'européen', 'international', 'historique', 'important', 'majeur', 'premier', 'dernier', 'prochain',
    'solaire', 'renouvelable', 'hydraulique', 'numérique', 'sanitaire', 'scolaire', 'universitaire', 'touristique',
    'agricole', 'industriel', 'financier', 'fiscal', 'judiciaire', 'municipal', 'côtier', 'montagneux', 'saharien',
    'durable', 'fragile', 'record', 'exceptionnel', 'inédit', 'ambitieux', 'attendu', 'contesté', 'prioritaire',
  ],
  verbs: [
    'annonce', 'lance', 'inaugure', 'prépare', 'présente', 'signe', 'adopte', 'examine', 'réclame', 'dénonce', 'soutient',
    'finance', 'accélère', 'reporte', 'suspend', 'relance', 'renforce', 'étend', 'modernise', 'réhabilite', 'équipe',
    'dépasse', 'atteint', 'progresse', 'recule', 'double', 'stagne', 'rebondit', 'accueille', 'réunit', 'mobilise',
    'remporte', 'perd', 'qualifie', 'élimine', 'domine', 'ouvre', 'ferme', 'relie', 'dessert', 'protège', 'menace',
  ],
  places: [
    'Casablanca', 'Rabat', 'Salé', 'Fès', 'Marrakech', 'Tanger', 'Agadir', 'Meknès', 'Oujda', 'Kénitra', 'Tétouan',
    'Laâyoune', 'Dakhla', 'Errachidia', 'Ouarzazate', 'Béni Mellal', 'Khouribga', 'El Jadida', 'Safi', 'Essaouira',
    'Nador', 'Al Hoceïma', 'Taza', 'Ifrane', 'Azilal', 'Taroudant', 'Tiznit', 'Guelmim', 'Figuig', 'Chefchaouen',
    'l’Oriental', 'le Souss', 'le Rif', 'l’Atlas', 'le Gharb', 'la Chaouia', 'le Tafilalet', 'le Drâa',
  ],
  connectors: [
    'selon', 'malgré', 'après', 'avant', 'pendant', 'grâce à', 'face à', 'dans le cadre de', 'à la suite de', 'en raison de',
    'et', 'mais', 'ainsi que', 'tandis que', 'alors que', 'afin de', 'pour', 'avec', 'sans', 'depuis', 'vers', 'entre',
  ],
  topics: [
    'dessalement', 'tramway', 'sécheresse', 'hydrogène vert', 'baccalauréat', 'Coupe d’Afrique', 'Mondial 2030', 'télémédecine',
    'phosphates', 'argan', 'safran', 'dattes', 'zellige', 'caftan', 'gnaoua', 'amazigh', 'TGV', 'port de Nador', 'énergie éolienne',
  ],
};

export const AR: Vocabulary = {
  subjects: [
    'الحكومة', 'الجماعة', 'الوزارة', 'الجهة', 'المكتب الوطني', 'الجامعة الملكية', 'مجلس الجهة', 'الفلاحون', 'الساكنة',
    'المقاولات', 'النقابات', 'الولاية', 'الجمعيات', 'البرلمان', 'بنك المغرب', 'المصدرون', 'الطلبة', 'الأطباء', 'المديرية',
    'الأساتذة', 'الوكالة', 'النادي', 'المنتخب الوطني', 'التعاونيات', 'المستثمرون', 'المحكمة', 'العمالة', 'المنتخبون',
  ],
  nouns: [
    'الاقتصاد', 'الميزانية', 'النمو', 'الاستثمار', 'التشغيل', 'البطالة', 'التضخم', 'الصادرات', 'الواردات', 'الفلاحة',
    'السقي', 'السد', 'الجفاف', 'الأمطار', 'المحصول', 'الزيتون', 'الحوامض', 'الحبوب', 'تربية الماشية', 'الطاقة', 'الكهرباء',
    'المحطة', 'الريح', 'الهيدروجين', 'الشبكة', 'الطريق السيار', 'الترامواي', 'القطار', 'المحطة الطرقية', 'الميناء', 'المطار',
    'الحاويات', 'السياحة', 'الفندق', 'المهرجان', 'المتحف', 'المعرض', 'السينما', 'المسرح', 'الكتاب', 'المكتبة', 'المدرسة',
    'الجامعة', 'الطالب', 'الأستاذ', 'البكالوريا', 'التكوين', 'المستشفى', 'المصحة', 'الطبيب', 'الممرض', 'اللقاح', 'الصحة',
    'السكن', 'الكراء', 'الحي', 'المدينة العتيقة', 'الورش', 'إعادة التأهيل', 'الماء', 'التطهير', 'تحلية مياه البحر',
    'الفرشة المائية', 'الغابة', 'الحريق', 'الزلزال', 'إعادة الإعمار', 'الدوار', 'الطريق', 'الانتخابات', 'الإصلاح',
    'القانون', 'المرسوم', 'المشروع', 'البرنامج', 'الاستراتيجية', 'المخطط', 'التقرير', 'البحث', 'المحاكمة', 'العدالة',
    'الأمن', 'الجمارك', 'الحدود', 'الهجرة', 'مغاربة العالم', 'التحويلات', 'البنك', 'القرض', 'الدرهم', 'البورصة', 'السوق',
    'الأسعار', 'الأجور', 'التقاعد', 'التأمين', 'الدعم', 'الضريبة', 'كرة القدم', 'البطولة', 'المباراة', 'المدرب', 'اللاعب',
    'الملعب', 'ألعاب القوى', 'الماراثون', 'الميدالية', 'النهائي', 'الرقمنة', 'المنصة', 'التطبيق', 'المعطيات', 'الأمن السيبراني',
    'الهاتف', 'الإنترنت', 'الألياف البصرية', 'المناخ', 'البيئة', 'التلوث', 'النفايات', 'إعادة التدوير', 'البلاستيك', 'الصيد البحري',
    'الساحل', 'المحيط', 'الصحراء', 'مستشفى', 'مؤسسة', 'رئيس', 'مسؤول', 'مؤتمر', 'إنتاج', 'أسعار', 'آفاق', 'إدارة',
  ],
  adjectives: [
    'الجديد', 'الوطني', 'الجهوي', 'القروي', 'الحضري', 'العمومي', 'الخاص', 'الاقتصادي', 'الاجتماعي', 'الثقافي', 'الرياضي',
    'المغربي', 'الإفريقي', 'الأوروبي', 'الدولي', 'التاريخي', 'الهام', 'الكبير', 'الأول', 'الأخير', 'المقبل', 'الشمسية',
    'المتجددة', 'المائية', 'الرقمية', 'الصحية', 'المدرسية', 'الجامعية', 'السياحية', 'الفلاحية', 'الصناعية', 'المالية',
    'الجبائية', 'القضائية', 'البلدية', 'الساحلية', 'الجبلية', 'الصحراوية', 'المستدامة', 'الهشة', 'القياسي', 'الاستثنائي',
    'غير المسبوق', 'الطموح', 'المنتظر', 'المثير للجدل', 'ذات الأولوية', 'الكبرى', 'الأولى', 'العليا',
  ],
  verbs: [
    'تعلن', 'تطلق', 'تدشن', 'تحضر', 'تقدم', 'توقع', 'تصادق على', 'تدرس', 'تطالب', 'تندد', 'تدعم', 'تمول', 'تسرع', 'تؤجل',
    'توقف', 'تعيد إطلاق', 'تعزز', 'توسع', 'تحدث', 'تؤهل', 'تجهز', 'يتجاوز', 'يبلغ', 'يتقدم', 'يتراجع', 'يتضاعف', 'يستقر',
    'ينتعش', 'تستقبل', 'تجمع', 'تعبئ', 'يفوز', 'يخسر', 'يتأهل', 'يقصي', 'يهيمن', 'يفتح', 'يغلق', 'يربط', 'يخدم', 'يحمي', 'يهدد',
  ],
  places: [
    'الدار البيضاء', 'الرباط', 'سلا', 'فاس', 'مراكش', 'طنجة', 'أكادير', 'مكناس', 'وجدة', 'القنيطرة', 'تطوان', 'العيون',
    'الداخلة', 'الرشيدية', 'ورزازات', 'بني ملال', 'خريبكة', 'الجديدة', 'آسفي', 'الصويرة', 'الناظور', 'الحسيمة', 'تازة',
    'إفران', 'أزيلال', 'تارودانت', 'تزنيت', 'كلميم', 'فكيك', 'شفشاون', 'الجهة الشرقية', 'سوس', 'الريف', 'الأطلس', 'الغرب',
    'الشاوية', 'تافيلالت', 'درعة',
  ],
  connectors: [
    'حسب', 'رغم', 'بعد', 'قبل', 'خلال', 'بفضل', 'أمام', 'في إطار', 'على إثر', 'بسبب', 'و', 'لكن', 'إلى جانب', 'بينما',
    'في حين', 'من أجل', 'مع', 'دون', 'منذ', 'نحو', 'بين', 'إلى', 'على', 'في', 'من',
  ],
  topics: [
    'تحلية المياه', 'الترامواي', 'الجفاف', 'الهيدروجين الأخضر', 'البكالوريا', 'كأس إفريقيا', 'مونديال 2030', 'الطب عن بعد',
    'الفوسفاط', 'الأركان', 'الزعفران', 'التمور', 'الزليج', 'القفطان', 'كناوة', 'الأمازيغية', 'القطار فائق السرعة', 'الطاقة الريحية',
  ],
};
