"""The words the personal-data detector reads values with: role mailboxes, companies'
legal forms, genders, health terms (and statuses that only start like one), kinds of
documents.

Data only: ``values.py`` and ``evidence.py`` apply them; ``vocabulary`` re-exports them.
"""

from __future__ import annotations

ROLE_MAILBOXES = frozenset(
    {"contact", "info", "infos", "information", "sales", "hello", "hallo", "hola", "support", "admin",
     "administrator", "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "office", "team", "help",
     "billing", "invoice", "invoices", "accounts", "accounting", "press", "presse", "jobs", "job", "careers",
     "career", "recruiting", "recruitment", "marketing", "service", "webmaster", "postmaster", "enquiries",
     "inquiries", "bonjour", "accueil", "commercial", "secretariat", "hr", "rh", "rrhh", "legal", "privacy", "dpo",
     "security", "abuse", "newsletter", "notifications", "feedback", "orders", "shop", "booking", "bookings",
     "reservation", "reservations", "frontdesk", "front-desk", "reception", "concierge", "events",
     # FR DE ES NL IT PT SV DA NO PL
     "compta", "comptabilite", "direction", "recrutement", "emploi", "bewerbung", "bewerbungen", "karriere",
     "personal", "kontakt", "kundenservice", "datenschutz", "buchhaltung", "verwaltung", "empleo", "empleos",
     "ventas", "contacto", "empresa", "reservas", "administracion", "administratie", "boekhouding",
     "klantenservice", "reserveringen", "receptie", "amministrazione", "ufficio", "segreteria", "prenotazioni",
     "fatture", "fatturazione", "commerciale", "contabilita", "direzione", "ricevimento", "vendite",
     "assistenza", "eventi", "contato", "atendimento", "kundtjanst", "kontor", "ekonomi", "biuro", "sekretariat",
     "obsluga", "ksiegowosc", "rekrutacja", "faktury",
     # FI, and a library's own mailbox in a few languages
     "asiakaspalvelu", "toimisto", "myynti", "laskutus", "palaute", "tiedotus", "rekry", "kirjasto", "library",
     "bibliotek", "biblioteca", "bibliotheque", "bibliothek", "bibliotheek"}
)
# Legal forms a company's name ends with: a column of such names makes its table a company table.
LEGAL_FORMS = (
    "b.v.", "bv", "n.v.", "nv", "gmbh", "gmbh & co. kg", "ag", "kg", "s.a.", "sa", "s.l.", "sl", "s.l.u.", "slu",
    "s.p.a.", "spa", "s.r.l.", "srl", "sarl", "s.a.r.l.", "sas", "s.a.s.", "eurl", "ltd", "ltd.", "limited", "llc",
    "l.l.c.", "inc", "inc.", "plc", "oy", "oyj", "ab", "a/s", "as", "aps", "sp. z o.o.", "sp.z o.o.", "s.r.o.",
    "sro", "a.s.", "lda", "lda.", "ltda", "ltda.", "s.c.", "e.k.", "vof", "v.o.f.", "cv", "c.v.", "bvba", "sprl",
    "corp", "corp.", "co.", "lp", "llp", "pty ltd", "s.c.a.", "kft", "zrt", "d.o.o.",
    # Greece, in Greek and in Latin letters: Α.Ε., Ε.Π.Ε., Ο.Ε., Ε.Ε., Ι.Κ.Ε.
    "α.ε.", "αε", "ε.π.ε.", "επε", "ο.ε.", "οε", "ε.ε.", "ι.κ.ε.", "ικε", "a.e.", "e.p.e.", "o.e.", "i.k.e.", "ike",
)
# A people table's gender column holds few of these.
GENDER_VALUES = frozenset(
    {"m", "f", "x", "d", "h", "v", "w", "u", "male", "female", "man", "woman", "men", "women", "homme", "femme",
     "hombre", "mujer", "masculino", "femenino", "masculin", "feminin", "maschio", "femmina", "vrouw",
     "maennlich", "mannlich", "männlich", "weiblich", "divers", "mann", "frau", "other", "autre", "otro", "nb",
     "non-binary", "nonbinary", "mr", "mrs", "ms", "mme", "mlle", "sr", "sra", "herr",
     # SV DA NO FI: flicka/pojke (F/P), kvinna/man (K/M)
     "p", "k", "flicka", "pojke", "kvinna", "kvinde", "kvinne", "mand", "pige", "dreng", "jente", "gutt",
     "nainen", "mies", "tytto", "poika",
     # Turkish erkek/kadın (E/K), Welsh gwryw/benyw
     "e", "erkek", "kadin", "kadın", "gwryw", "benyw",
     # Ukrainian and Russian: Ч/Ж, М/Ж (Cyrillic), чоловіча/жіноча, мужской/женский
     "ч", "ж", "м", "чол", "жін", "чоловіча", "жіноча", "чоловік", "жінка", "муж", "жен", "мужской", "женский"}
)
# The last word of a code naming a kind of document (medical report, sick note,
# Arztbericht, certificado médico): a document type, not a health condition.
DOCUMENT_KINDS = (
    "report", "reports", "certificate", "form", "letter", "note", "scan", "statement", "invoice", "receipt",
    "record", "records", "file", "document", "attestation", "rapport", "bericht", "gutachten", "attest",
    "bescheinigung", "informe", "certificado", "certificato", "intyg", "zaswiadczenie", "verklaring", "brief",
)
# Statuses of records that start like a health word: a flag, not a condition.
NOT_HEALTH = frozenset({"disabled", "invalid", "invalidated", "disabilitato", "disabilitata", "invalido", "invalida",
                        "non valido", "invalide"})
# Words a short text says a person's health with (a care need, a social tariff's reason):
# matched at a word's start, accents removed, case folded.
HEALTH_TERMS = (
    "disab", "discapacidad", "minusval", "invalid", "incapacidad", "incapacite", "dialis", "hipoacusia",
    "sordera", "ceguera", "quimioterapia", "chemo", "wheelchair", "rolstoel", "rollstuhl", "cadeira de rodas",
    "silla de ruedas", "beperk", "asthma", "astma", "burn-out", "burnout", "diabet", "epilep", "depressi",
    "depresion", "autis", "autism", "dementi", "chronic", "chronisch", "cronic", "cancer", "kanker", "krebs",
    "handicap", "gehoor", "doof", "deaf", "blind", "ciego", "mantelzorg", "wmo", "pregnan", "zwanger",
    "embaraz", "grossesse", "hiv", "behinder", "schwerbehindert", "enfermedad", "maladie", "ziekte", "diagnos",
    "allerg", "therap", "terapia", "medic", "psychi", "psiqui", "hearing", "visually", "visueel", "mobility",
    "dyslex", "parkinson", "alzheimer", "esclerosis", "sclerose", "sclerosis", "tratamiento", "treatment",
    "behandeling", "pflege", "zorg",
    # SV DA NO FI: a disability, an illness, an intolerance
    "funktionsneds", "funktionshind", "funktionsvar", "funktionsnedsat", "nedsatt funksjon", "vammai", "sjukdom",
    "sygdom", "sykdom", "sairau", "celiaki", "keliaki", "coeliac", "celiac", "zoeliak", "laktosintol",
    "intoleran", "intoler",
    # IT FR DE PT: wheelchair, pregnancy, coeliac, insulin, sleep apnoea...
    "sedia a rotelle", "carrozzina", "fauteuil roulant", "gravidanz", "incinta", "schwanger", "gravidez",
    "celiachi", "coeliaqu", "celiaqu", "zoeliakie", "insulin", "apnea", "apnee", "apnoe", "cpap", "pacemaker",
    "glaucom", "invalidit", "malatti", "intolleranz", "epiless", "cardiopat", "ipovedent",
    "non vedente", "non udente", "sordit", "deambul",
    # an injury, surgery, COVID, physiotherapy, the heart, in EN FR NL DE ES
    "covid", "fractur", "kine", "kinesi", "physio", "cardio", "hartritm", "ritmestoorn", "blessure", "injur",
    "letsel", "verletz", "lesion", "surgery", "chirurg", "operatie", "hernia", "hypertens", "prothes", "prosthe",
    "eating disorder", "anorex", "boulim", "bulim", "heart condition", "chest pain", "chimio",
    # Icelandic (letters folded): home oxygen, dialysis, kidney and heart failure, a
    # ventilator, diabetes, a disability, a wheelchair, cancer, epilepsy, depression
    "surefni", "skilun", "heimaskilun", "nyrnabilun", "hjartabilun", "ondunarvel", "sykursyki", "fotlun",
    "hjolastol", "krabbamein", "flogaveiki", "thunglyndi",
    # Turkish (letters folded): hypertension, infection, depression, anxiety, pregnancy,
    # asthma, cancer, diabetes, addiction, migraine, a disability, a treatment
    "hipertansiyon", "enfeksiyon", "depresyon", "anksiyete", "gebelik", "hamile", "astim", "kanser", "diyabet",
    "bagimlilik", "migren", "engelli", "tedavi", "kemoterapi", "diyaliz", "epilepsi", "sizofreni", "bipolar",
    # Welsh: a disability, mental health, a wheelchair, deafness
    "anabl", "iechyd meddwl", "cadair olwyn", "byddar",
)
