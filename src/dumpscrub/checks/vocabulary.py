"""The words the personal-data detector reads names with: its categories, the name
patterns of each (English, French, German, Spanish, Italian, Portuguese, Dutch, and the
usual abbreviations) and the words that say what a table is about.

Data only: ``detect.py`` applies it, ``values.py`` judges sampled values.
"""

from __future__ import annotations

from .. import model
from .table_words import (  # noqa: F401  (re-exported: the detector's words in one place)
    VETTING_TABLES,
    AMBIGUOUS_TABLES,
    ANIMAL_TABLES,
    ATTACHMENT_TABLES,
    BANK_WORDS,
    CARE_TABLES,
    CATALOGUE_TABLES,
    COMPANY_TABLES,
    EQUIPMENT_TABLES,
    HEAD_ONLY,
    MIXED_FLAGS,
    OFFER_TABLES,
    PAYMENT_TABLES,
    PAY_TABLES,
    PEOPLE_TABLES,
    PLACE_TABLES,
    SETTINGS_KEYS,
    SETTINGS_TABLES,
    SETTINGS_VALUES,
)
from .value_words import (  # noqa: F401  (re-exported)
    DOCUMENT_KINDS,
    GENDER_VALUES,
    HEALTH_TERMS,
    LEGAL_FORMS,
    NOT_HEALTH,
    ROLE_MAILBOXES,
)

SENSITIVE = frozenset(
    {"health", "religion", "political_opinion", "ethnic_origin", "sex_life", "genetic", "biometric", "criminal",
     "trade_union"}  # trade union membership: GDPR art. 9 names it apart from political opinions
)
QUASI = frozenset({"birthdate", "age", "gender", "postal_code", "city", "region", "country", "nationality", "family"})
CATEGORIES = (
    "first_name", "last_name", "name", "username", "email", "phone", "address", "postal_code", "city", "region",
    "country", "geo_location", "birthdate", "age", "gender", "nationality", "ip", "mac_address", "password",
    "national_id", "id_number", "identifier", "iban", "credit_card", "financial", "employment", "license_plate",
    "vehicle_id", "family", "blob_image", "document", "free_text", "json", *sorted(SENSITIVE),
)
FOREIGN_KEY = "foreign_key"  # scan -r: a column a key links to a scrubbed one

# Where a name pattern applies: anywhere (but company tables), alone in tables about people,
# in tables about people or linked to them by a key, where addresses are kept,
# in tables about care (consultations, visits) or about people themselves, in tables about care only,
# anywhere in a name in tables about people (linkedin_url), in tables about people or their pay.
ANY, PEOPLE, LINKED, LOCATION, CARE, VISIT = "any", "people", "linked", "location", "care", "visit"
PERSON, PAY = "person", "pay"
# In a table of criminal record checks (vetting, DBS, disclosures): its outcome is one.
VETTING = "vetting"
# In a table whose name says it holds people (hr_employee, not a booking read as people).
NAMED = "named"
# A person's role in a table about people or linked to them (recipient, account_holder,
# nabywca): alone, or followed by a word for a name (receiverName), it holds a name.
ROLE = "role"
# Coordinates: in tables about people or linked to them, or keeping an address; never in a
# table of places (cell sites, buildings, flats for rent), whose coordinates are no one's.
GEO = "geo"


# A guide or assistance dog: its owner's disability (found in a table of animals too, where
# the animal's own health is no one's).
OWNER_HEALTH = frozenset(
    {"assistance dog", "assistancehund", "service dog", "service animal", "guide dog", "forerhund", "blindenhund",
     "assistenzhund", "chien guide", "perro guia", "geleidehond", "hulphond", "ledarhund", "assistanshund"}
)


# Tax numbers that sole traders and companies both have (Polish NIP, Czech DIČ and IČO,
# Greek AFM, Spanish and Portuguese NIF): a person's where the table is about people, no evidence that it is.
# Slovenian davčna številka, Croatian OIB and Serbian PIB likewise.
SHARED_TAX_IDS = frozenset({"nip", "dic", "ico", "afm", "nif", "davcna", "davcna stevilka", "oib", "pib"})


def _p(category: str, where: str, *patterns: str) -> list[tuple[tuple[str, ...], str, str]]:
    return [(tuple(p.split()), category, where) for p in patterns]


# First match wins: more specific categories come first (ip address before address).
NAME_PATTERNS = [
    *_p("ip", ANY, "ip", "ipv", "ip addr", "ip address", "ipaddress", "ipaddr", "remote addr", "remote ip"),
    *_p("mac_address", ANY, "mac address", "macaddress", "mac addr", "mac"),
    *_p("email", ANY, "email", "e mail", "mail", "courriel", "emailaddress", "mel", "correo", "correo electronico", "emailadresse", "mailadresse",
        "posta elettronica", "emailadres", "mailadres", "endereco email", "e post", "epost", "epostadress",
        "sahkoposti", "eposta", "e posta", "adres email", "adres e mail"),
    *_p("email", LINKED, "posta"),  # Italian mail; also a post office
    *_p("id_number", ANY, "medical license", "medical licence"),  # a practitioner's number, not health
    *_p("health", ANY, "health", "sante", "diagnosis", "diagnoses", "diagnostic", "allergies", "allergy", "medical",
        "medication", "medications", "pathologie", "pathology", "traitement", "treatment", "maladie", "disease",
        "disability", "handicap", "blood type", "groupe sanguin", "symptoms", "prescription", "medical history",
        "symptomes", "symptome", "symptom", "antecedents", "antecedent", "vaccin", "vaccins", "vaccine", "vaccines",
        "vaccination", "vaccinations", "immunization", "immunizations", "ordonnance", "reason for visit",
        "visit reason", "chief complaint", "presenting complaint", "motif consultation", "motif de consultation",
        "blood pressure", "tension arterielle", "glycemie", "blood sugar", "blood glucose", "heart rate",
        "frequence cardiaque", "bmi", "imc",
        # ICD-10 diagnosis codes (CIM-10 in French), and the same words in DE ES IT PT NL
        "icd", "icd code", "diagnosis code", "diagnose", "diagnosen", "diagnosi", "diagnostico", "diagnostiek",
        "krankheit", "erkrankung", "befund", "enfermedad", "malattia", "doenca", "ziekte", "allergie", "alergia",
        "medikament", "medikamente", "medicamento", "medicamentos", "farmaco", "farmaci", "medicatie",
        "behinderung", "schwerbehinderung", "grad der behinderung", "discapacidad", "minusvalia", "disabilita",
        "invalidita", "deficiencia", "beperking", "blutgruppe", "grupo sanguineo", "gruppo sanguigno",
        "impairment", "disabilities", "chronic condition", "medical condition",
        # care needs: what a person needs because of their health (Dutch zorg, Spanish cuidados)
        "zorgbehoefte", "zorgbehoeften", "zorgindicatie", "zorgvraag", "care need", "care needs",
        "necesidades especiales", "special needs", "pflegebedarf", "pflegegrad", "necessidades especiais",
        # SV DA NO FI: a diagnosis (and its code), an allergy, a disability
        "diagnos", "diagnoskod", "diagnoser", "diagnosekode", "diagnoosi", "diagnoosikoodi", "sjukdom", "sygdom",
        "sykdom", "sairaus", "funktionsnedsattning", "funktionshinder", "vamma", "allergi"),
    *_p("health", PEOPLE, "zorg", "cuidados", "necesidad", "necesidades", "pflege"),
    *_p("health", LINKED, "cim"),
    *_p("health", ANY, *sorted(OWNER_HEALTH)),
    *_p("health", LINKED, "body temperature", "temperature", "koerpertemperatur", "temperatura corporea"),
    # Body measurements and the reason for a visit: health only where care is recorded
    # (a shipment's weight, an image's height, a refund's reason are not).
    *_p("health", CARE, "poids", "weight", "taille", "height", "tension", "pulse", "pouls", "temperature",
        "body fat", "fat", "muscle mass", "visceral fat", "fat mass", "lean mass", "bone mass", "body water",
        "waist", "hip", "heart condition", "chest pain", "joint problem", "joint problems", "pregnant", "pregnancy",
        "clearance", "medical clearance", "clearance required", "injury", "injuries",
        "saturation", "spo2", "systolic", "diastolic", "systolique", "diastolique", "bp", "cholesterol",
        "gewicht", "groesse", "koerpergroesse", "blutdruck", "puls", "peso", "altura", "estatura", "altezza",
        "pressione", "presion arterial", "pressao arterial", "lengte", "bloeddruk", "hartslag",
        # SV DA NO FI: height, weight, blood pressure
        "langd", "vikt", "hojd", "vekt", "hoyde", "vaegt", "hojde", "paino", "pituus", "blodtryck", "blodtrykk",
        "verenpaine"),
    *_p("health", VISIT, "motif", "reason", "complaint", "plainte", "motivo", "razon", "queixa"),  # (users.reason: none)
    # an external login's key at its provider (Google's subject), ASP.NET Identity's security stamp
    *_p("identifier", ANY, "provider key", "provider user id", "external user id", "security stamp"),
    # Croatian: an identity document's number, a town, a municipality
    *_p("id_number", ANY, "broj isprave", "broj dokumenta", "broj osobne"),
    *_p("city", LOCATION, "mjesto", "opcina"),
    *_p("health", ANY, "motivo consulta", "motivo de consulta", "alergias", "allergien", "tipo sangre",
        "tipo de sangre", "tipo sanguineo", "factor rh", "blood group", "padecimiento", "padecimientos",
        "antecedentes medicos", "antecedentes patologicos"),
    # an insurance policy's number: its holder's (ES PT IT DE FR)
    *_p("id_number", ANY, "numero poliza", "num poliza", "no poliza", "numero de poliza", "poliza", "numero apolice",
        "apolice", "numero polizza", "polizza", "policennummer", "polizzennummer", "numero police",
        "numero de police"),
    # the login of a case officer or a user (NO DA SV FI)
    *_p("username", ANY, "brukernavn", "brugernavn", "anvandarnamn", "kayttajatunnus", "kayttajanimi"),
    # a Sami, indigenous or minority affiliation: an ethnic origin
    *_p("ethnic_origin", ANY, "samisk", "samisk tilknytning", "samisk tilhorighet", "saami", "indigenous",
        "aboriginal", "first nations", "urfolk", "minoritet", "ethnic minority", "romani"),
    *_p("city", LOCATION, "kommune", "kommun"),
    # Slovak and Czech: an instructor's certificate, a pick-up place, a medical
    # assessment's conclusion and the licence's restriction codes
    *_p("id_number", ANY, "cislo osvedcenia", "cislo osvedceni", "osvedcenie", "cislo preukazu"),
    *_p("address", LINKED, "miesto vyzdvihnutia", "misto vyzvednuti", "adresa vyzdvihnutia", "miesto stretnutia",
        "pickup address", "pick up address", "pickup location", "pick up location", "pickup place",
        "meeting point address"),
    *_p("health", ANY, "kody obmedzeni", "kod obmedzenia", "obmedzenia", "lekarsky posudok", "zdravotna sposobilost",
        "zdravotni zpusobilost"),
    *_p("health", VISIT, "zaver", "zavery", "conclusion", "conclusions"),
    # a Mexican address's neighbourhood and borough
    *_p("address", LOCATION, "colonia", "fraccionamiento"),
    *_p("city", LOCATION, "alcaldia", "delegacion"),
    # Turkish: the parents' given names (on the identity card), birthplace, sex, blood group,
    # marital status, province, a diagnosis, a disability, a doctor's diploma registration
    *_p("name", ANY, "anne adi", "baba adi", "ana adi", "anne adi soyadi", "baba adi soyadi", "mother name",
        "father name", "mothers name", "fathers name", "mother maiden name", "mothers maiden name"),
    *_p("city", ANY, "dogum yeri", "dogdugu yer", "dogum yer"),
    *_p("gender", ANY, "cinsiyet", "cinsiyeti"),
    *_p("health", ANY, "kan grubu", "kan grup", "teshis", "tani kodu", "tani aciklama", "tani aciklamasi",
        "hastalik", "hastaliklar", "kronik hastalik", "alerji", "alerjiler", "engel durumu", "engellilik",
        "engel orani"),
    *_p("health", LINKED, "tani", "tanilar"),
    *_p("health", VISIT, "sikayet", "sikayeti", "basvuru nedeni", "gelis nedeni"),
    *_p("family", ANY, "medeni hal", "medeni durum", "medeni durumu", "cocuk sayisi"),
    *_p("region", LOCATION, "il", "ili"),
    *_p("id_number", ANY, "diploma tescil no", "diploma tescil", "diploma no", "diploma numarasi",
        "diploma number", "diploma registration number"),
    # Welsh: name, surname, birth date, sex, address, postcode, town, county, phone, e-mail,
    # disability, health, religion, ethnicity, nationality, details and notes, a National
    # Insurance number
    *_p("name", ANY, "enw llawn"),
    *_p("name", PEOPLE, "enw"),
    *_p("first_name", ANY, "enw cyntaf", "enw bedydd"),
    *_p("last_name", ANY, "cyfenw"),
    *_p("birthdate", ANY, "dyddiad geni"),
    *_p("gender", PEOPLE, "rhyw"),
    *_p("address", ANY, "cyfeiriad", "cyfeiriad cartref"),
    *_p("postal_code", ANY, "cod post"),
    *_p("city", LOCATION, "tref"),
    *_p("region", LOCATION, "sir"),
    *_p("phone", ANY, "ffon", "rhif ffon", "ffon symudol", "symudol"),
    *_p("email", ANY, "e bost", "ebost", "cyfeiriad e bost"),
    *_p("health", ANY, "anabledd", "anableddau", "iechyd", "cyflwr iechyd", "iechyd meddwl"),
    *_p("religion", ANY, "crefydd"),
    *_p("ethnic_origin", ANY, "ethnigrwydd", "tarddiad ethnig"),
    *_p("nationality", ANY, "cenedligrwydd"),
    *_p("free_text", LINKED, "manylion", "nodiadau", "nodyn", "sylwadau"),
    *_p("national_id", ANY, "rhif yswiriant gwladol"),
    # a UK bank account's sort code: the payer's branch, with the account number their account
    *_p("financial", LINKED, "sort code", "sortcode", "bank sort code"),
    # the worker who supports or handles a person (a housing association's support worker,
    # a social worker): their name
    *_p("name", ROLE, "support worker", "key worker", "keyworker", "case worker", "caseworker", "social worker",
        "gweithiwr cymorth", "gweithiwr achos", "gweithiwr allweddol"),
    *_p("religion", ANY, "religion", "religious", "faith", "confession", "konfession", "religionszugehoerigkeit",
        "kirchensteuer", "confesion", "religione", "religiao", "godsdienst", "geloof", "denomination"),
    # a diet: halal, kosher, pork-free tell a religion; gluten-free or a nut allergy a health condition
    *_p("religion", LINKED, "diet", "dietary", "diet type", "dietary requirements", "dietary restrictions",
        "special diet", "specialkost", "kost", "kosthold", "kostform", "ruokavalio", "erityisruokavalio",
        "diaet", "dieta", "dieet", "regime alimentaire"),
    # a criminal record check's findings (DBS, AccessNI, Garda vetting, Führungszeugnis)
    *_p("criminal", ANY, "disclosure summary", "disclosure details", "disclosure information", "vetting outcome",
        "vetting result", "dbs outcome", "dbs result"),
    *_p("criminal", VETTING, "outcome", "result", "summary", "findings"),
    *_p("id_number", VETTING, "certificate number", "certificate no", "certificate nr", "reference"),
    *_p("id_number", LINKED, "vetting certificate number", "dbs certificate number", "dbs number",
        "disclosure number", "vetting reference"),
    *_p("trade_union", ANY, "fagforening", "fagforbund", "fackforening", "fackforbund", "ammattiliitto",
        "vakbond", "sindicato", "sindacato", "syndicat", "trade union", "labor union", "labour union", "union membership", "union member",
        "gewerkschaft", "gewerkschaftszugehoerigkeit", "sindicato", "sindacato", "sindicalizado", "vakbond",
        "syndicat", "syndique"),
    *_p("trade_union", PEOPLE, "union"),
    *_p("political_opinion", ANY, "political", "politics", "opinion politique", "political party", "party affiliation",
        "parteizugehoerigkeit", "politische", "partido politico", "afiliacion politica", "partito politico",
        "orientamento politico", "politieke partij", "politieke voorkeur"),
    *_p("ethnic_origin", ANY, "ethnicity", "ethnic", "ethnie", "ethnic origin", "etnia", "etnicidad", "etnico",
        "etnicita", "etniciteit", "ethnische herkunft",
        # a mother tongue: an origin by proxy (a school's modersmal, a census's first language)
        "mother tongue", "native language", "first language", "home language", "muttersprache", "langue maternelle",
        "lengua materna", "lingua madre", "lingua materna", "moedertaal", "jezyk ojczysty", "modersmal",
        "morsmal", "modersmaal", "aidinkieli", "anadil", "ana dil", "limba materna", "anyanyelv"),
    *_p("ethnic_origin", PEOPLE, "race", "origine", "herkunft", "origen", "origem", "raza", "razza"),
    *_p("sex_life", ANY, "sexual orientation", "orientation sexuelle", "sexuality", "sexual", "sex life",
        "sexuelle orientierung", "orientacion sexual", "orientamento sessuale", "orientacao sexual",
        "seksuele geaardheid", "seksuele orientatie"),
    *_p("genetic", ANY, "genetic", "genetics", "genome", "genotype", "adn", "dna", "genetisch", "genetico",
        "genetica", "genetische"),
    *_p("biometric", ANY, "fptmpl", "fp tmpl", "fp template", "fingerprint template", "finger template",
        "fingerprint", "fingerprints", "empreinte", "empreintes", "biometric", "biometrics",
        "face template", "voiceprint", "iris", "fingerabdruck", "biometrisch", "huella", "huella dactilar",
        "impronta digitale", "impressao digital", "vingerafdruk", "biometrico"),
    *_p("criminal", ANY, "criminal", "casier", "casier judiciaire", "conviction", "convictions", "offence",
        "offense", "criminal record", "background check", "backgroundcheck", "fuehrungszeugnis",
        "fuhrungszeugnis", "vorstrafen", "strafregister", "antecedentes penales", "casellario giudiziale",
        "certificado antecedentes", "antecedentes criminais", "verklaring omtrent gedrag", "police check",
        "dbs check"),
    *_p("name", ROLE, "recipient", "receiver", "addressee", "holder", "account holder", "beneficiary", "payee",
        "dikaiouchos", "vevo", "vasarlo", "kedvezmenyezett",
        "payer", "buyer", "seller", "claimant", "insured", "policyholder", "policy holder", "guardian", "parent",
        "tenant", "consignee", "shipper", "sender", "orderer", "purchaser", "signatory", "signer", "cardholder",
        # Polish, German, French, Spanish, Italian, Portuguese, Dutch
        "nabywca", "odbiorca", "sprzedawca", "platnik", "wlasciciel", "posiadacz", "zleceniodawca", "nadawca",
        "najemca", "ubezpieczony", "opiekun", "empfaenger", "empfanger", "absender", "kaeufer", "kaufer",
        "verkaeufer", "inhaber", "kontoinhaber", "versicherungsnehmer", "mieter", "destinataire", "expediteur",
        "acheteur", "vendeur", "titulaire", "beneficiaire", "assure", "locataire", "destinatario", "remitente",
        "comprador", "vendedor", "titular", "beneficiario", "asegurado", "tomador", "inquilino", "acquirente",
        "venditore", "intestatario", "mittente", "ontvanger", "afzender", "koper", "verkoper", "houder",
        "rekeninghouder", "begunstigde", "huurder", "verzekerde",
        # Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Turkish, Romanian, Hungarian
        "prijemce", "odesilatel", "kupujici", "prodavajici", "majitel", "drzitel", "mottagare", "avsandare",
        "kopare", "saljare", "innehavare", "kontohavare", "modtager", "afsender", "koeber", "kober", "saelger",
        "mottaker", "avsender", "kjoper", "selger", "vastaanottaja", "lahettaja", "ostaja", "myyja", "haltija",
        "alici", "gonderen", "satici", "hesap sahibi", "destinatar", "expeditor", "cumparator", "vanzator",
        "cimzett", "felado", "vevo", "elado", "tulajdonos", "szamlatulajdonos",
        # Slovenian, Croatian, Serbian
        "placnik", "platitelj", "platilac", "prejemnik", "primatelj", "posiljatelj", "posiljalac", "kupec",
        "kupac", "lastnik", "vlasnik", "imetnik", "nositelj", "najemnik", "zavarovanec", "osiguranik", "skrbnik",
        "staratelj",
        # the other people an incident or a claim names
        "third party", "other party", "injured party", "witness", "victim",
        # Icelandic: payer, account holder, owner, card holder, recipient, sender, tenant
        "greidandi", "reikningseigandi", "eigandi", "korthafi", "vidtakandi", "sendandi", "leigjandi",
        # Bulgarian: holder, payer, recipient, sender; who filed a complaint
        "titulyar", "platets", "poluchatel", "podatel", "podadena ot", "podaden ot", "submitted by", "filed by",
        "reported by"),
    *_p("first_name", ANY, "first name", "firstname", "given name", "givenname", "fname", "prenom", "prenoms",
        "forename", "first names", "vorname", "vornamen", "rufname", "nombre pila", "primer nombre", "nome proprio",
        "primeiro nome", "voornaam", "voornamen", "roepnaam",
        # PL CS SK SV DA NO FI RO HU
        "imie", "imiona", "jmeno", "krestni jmeno", "krstne meno", "fornamn", "tilltalsnamn", "fornavn",
        "etunimi", "etunimet", "prenume", "keresztnev", "utonev"),
    *_p("first_name", PEOPLE, "ad", "meno"),  # Turkish ad, Slovak meno: alone, in a table about people
    *_p("first_name", LINKED, "fn"),
    *_p("last_name", ANY, "last name", "lastname", "surname", "family name", "familyname", "lname", "nom famille",
        "nom de famille", "nom usage", "maiden name", "nom naissance", "nachname", "familienname", "zuname",
        "geburtsname", "maedchenname", "apellido", "apellidos", "primer apellido", "segundo apellido", "cognome",
        "sobrenome", "apelido", "achternaam", "familienaam", "geboortenaam",
        "nazwisko", "nazwisko rodowe", "prijmeni", "priezvisko", "efternamn", "efternavn", "etternavn",
        "sukunimi", "soyad", "soyadi", "nume familie", "vezeteknev", "csaladnev", "vezetek nev"),
    *_p("last_name", LINKED, "ln"),
    *_p("name", ANY, "full name", "fullname", "display name", "displayname", "nom complet", "contact name",
        "customer name", "client name", "person name", "real name", "legal name", "ship name", "shipping name",
        "billing name", "recipient name", "sender name", "cardholder name", "card holder", "cardholder",
        "holder name", "owner name", "middle name", "nickname", "nick name", "patient name", "member name",
        "employee name", "user full name", "author name", "nombre completo", "nombre y apellidos", "nome completo",
        "volledige naam", "vollstaendiger name", "voller name", "vollname", "middle initial",
        "imie nazwisko", "imie i nazwisko", "jmeno prijmeni", "cele jmeno", "fullstandigt namn", "fulde navn",
        "fullt navn", "koko nimi", "ad soyad", "adi soyadi", "nume complet", "teljes nev",
        # a second holder of a lease or a line: a person's name
        "medehuurder", "co tenant", "cotenant", "co titular", "cotitular", "cotitulaire", "co titulaire",
        "mitmieter", "co applicant", "coapplicant", "co borrower", "coborrower", "co signer", "cosigner"),
    # SAP HCM's infotype fields (PA0002 personal data, PA0006 address, PA0009 bank details,
    # PA0021 family): German abbreviations, read as SAP documents them
    *_p("first_name", ANY, "vorna", "rufnm"),
    *_p("last_name", ANY, "nachn", "nach2"),
    *_p("birthdate", ANY, "gbdat", "fgbdt"),
    *_p("city", ANY, "gbort", "fgbot"),
    *_p("country", ANY, "gblnd"),
    *_p("nationality", ANY, "natio", "fanat"),
    *_p("gender", ANY, "fasex"),
    *_p("family", ANY, "famst", "famdt", "anzkd"),
    *_p("religion", ANY, "konfe"),
    *_p("postal_code", ANY, "pstlz"),
    *_p("address", ANY, "stras", "hsnmr"),
    *_p("phone", ANY, "telnr"),
    *_p("iban", ANY, "bankn"),  # a domestic account number: financial, by its values
    # abbreviations SAP also uses outside HR: only in a table about people (the payee's
    # name, town and postcode, the gender, the personal id)
    *_p("name", PEOPLE, "emftx", "fanam", "favor"),
    *_p("city", PEOPLE, "bkort"),
    *_p("postal_code", PEOPLE, "bkplz"),
    *_p("gender", PEOPLE, "gesch"),
    *_p("national_id", PEOPLE, "perid"),
    # Japanese HR and CRM tables in romaji (m_shain: shimei, seibetsu_kbn, seinengappi,
    # jusho1, shakai_hoken_no, haigusha_flg, kihonkyu, biko)
    *_p("last_name", ANY, "shimei sei"),
    *_p("first_name", ANY, "shimei mei"),
    *_p("name", ANY, "shimei", "shimei kana", "simei", "furigana", "namae"),
    *_p("gender", ANY, "seibetsu"),
    *_p("birthdate", ANY, "seinengappi", "seinen gappi", "tanjobi", "tanjoubi"),
    *_p("address", ANY, "jusho", "juusho"),
    *_p("postal_code", ANY, "yubin", "yuubin", "yubin no", "yubin bango"),
    *_p("phone", ANY, "denwa", "keitai", "denwa bango", "keitai bango"),
    *_p("nationality", ANY, "kokuseki"),
    *_p("national_id", ANY, "shakai hoken no", "shakai hoken bango", "kojin bango", "my number", "mynumber"),
    *_p("id_number", ANY, "ryoken", "ryoken no", "ryoken bango", "menkyo no", "menkyosho no"),
    *_p("family", ANY, "haigusha", "fuyo", "fuyo ninzu", "fuyo kazoku"),
    *_p("health", ANY, "shogai", "shougai"),
    *_p("financial", LINKED, "kihonkyu", "kihonkyuu", "kyuyo", "kyuuyo", "teate"),
    *_p("financial", PAY, "kingaku", "furikomi kingaku", "shikyu gaku", "shikyugaku"),
    *_p("free_text", LINKED, "biko", "bikou"),
    # Greek forms in Latin letters (naftikoi.eponymo, patronymo, afm, amka, ar_taftotitas, odos, tk)
    *_p("last_name", ANY, "eponymo", "eponymon", "epitheto", "epwnymo"),
    *_p("first_name", LINKED, "onoma"),
    *_p("name", ANY, "patronymo", "patronymon", "mitronymo", "mitronymon", "onoma patros", "onoma mitros"),
    *_p("gender", ANY, "fylo", "filo"),
    *_p("city", ANY, "topos gennisis", "topos gennisews"),
    *_p("birthdate", ANY, "imerominia gennisis", "im gennisis", "gennisi", "gennisis"),
    *_p("nationality", ANY, "ypikootita", "ithageneia"),
    *_p("national_id", ANY, "amka"),
    *_p("id_number", ANY, "taftotita", "taftotitas", "ar taftotitas", "arithmos taftotitas", "naftikou fylladiou",
        "naftiko fyllado", "diavatirio"),
    *_p("address", ANY, "odos", "dieythynsi", "diefthynsi", "dieuthinsi"),
    *_p("postal_code", ANY, "tachydromikos kodikas"),
    *_p("postal_code", PEOPLE, "tk"),
    *_p("phone", ANY, "kinito", "stathero", "tilefono"),
    *_p("family", ANY, "oikogeniaki katastasi", "arithmos teknon", "tekna", "teknon"),
    *_p("financial", PAY, "akatharistes", "kathara", "kratiseis", "forologia", "foros"),
    *_p("free_text", LINKED, "simeioseis", "sxolia", "paratiriseis"),
    # Portugal's health service and social security numbers, a beneficiary's number, a
    # professional licence (cédula), a prescription's access and option codes
    *_p("national_id", ANY, "niss", "num utente", "numero utente", "n utente", "utente sns", "numero sns",
        "num sns"),
    *_p("id_number", ANY, "num beneficiario", "numero beneficiario", "cedula profissional"),
    *_p("id_number", LINKED, "cedula", "cedula medico"),
    *_p("identifier", LINKED, "access code", "cod acesso", "codigo acesso", "codigo de acesso", "cod opcao",
        "codigo opcao", "codigo direito opcao"),
    *_p("identifier", ANY, "deep link code", "deeplink code", "magic link", "magic link token", "login link"),
    *_p("financial", LINKED, "vencimento base", "salario base", "ordenado", "saldo conta corrente",
        "saldo conta", "conta corrente saldo", "salariu", "salariu baza", "salariul", "saldo"),
    # Romanian: an identity card's series and number (seria CI, buletin), a professional
    # driver's certificate (atestat)
    *_p("id_number", LINKED, "dok nummer", "dok nr", "dokument nummer", "dokumentnummer", "dokumenten nummer"),
    *_p("id_number", ANY, "serie ci", "seria ci", "serie buletin", "numar ci", "nr ci", "atestat", "atestat number",
        "numar atestat"),
    # Hungarian: family and given names, birth name, mother's name, place and date of birth,
    # sex, tax id, a doctor's stamp number, pay, password, remarks, medical history, ICD (BNO)
    *_p("last_name", ANY, "vnev", "vezeteknev", "csaladi nev", "csaladnev"),
    *_p("first_name", ANY, "knev", "keresztnev", "utonev"),
    *_p("name", ANY, "szul nev", "szuletesi nev", "anyja neve", "anyja nev", "anyja szuletesi neve"),
    *_p("city", ANY, "szul hely", "szuletesi hely"),
    *_p("birthdate", ANY, "szul ido", "szul datum", "szul dt", "szuletesi datum"),
    *_p("gender", PEOPLE, "nem", "neme"),
    *_p("national_id", ANY, "adoazon", "ado azonosito"),
    *_p("id_number", ANY, "pecsetszam", "pecset szam", "orvosi pecsetszam"),
    *_p("financial", LINKED, "havi ber", "ber", "fizetes", "alapber", "brutto ber"),
    *_p("password", ANY, "jelszo", "jelszo hash"),
    *_p("free_text", LINKED, "megj", "megjegyzes", "megjegyzesek"),
    *_p("health", ANY, "anamnezis", "anamnesis", "anamnese", "kortortenet"),
    *_p("health", LINKED, "bno", "bno kod"),
    *_p("health", VISIT, "leiras", "description", "beschreibung", "descripcion", "descrizione", "descricao",
        "omschrijving", "beskrivelse", "beskrivning", "kuvaus"),
    # Slovenian, Croatian, Serbian and Bosnian, diacritics dropped: EMŠO and JMBG (the
    # personal number), the health insurance card (ZZZS, HZZO's MBO), identity card and
    # passport, surname (priimek, prezime), sex (spol), place of birth, citizenship, address
    # (naslov, also a book's title: only where people are), post code, password (geslo)
    *_p("username", ANY, "uporabnisko ime", "korisnicko ime"),
    *_p("last_name", ANY, "priimek", "prezime", "dekliski priimek", "djevojacko prezime", "rojstni priimek"),
    *_p("name", ANY, "ime in priimek", "ime i prezime", "ime prezime", "ime priimek", "ime oceta", "ime matere",
        "ime roditelja", "kontaktna oseba", "kontaktna osoba"),
    *_p("first_name", PEOPLE, "ime"),
    *_p("city", ANY, "kraj rojstva", "mesto rojstva", "mjesto rodjenja", "mjesto rodenja", "mesto rodjenja",
        "mesto rodenja"),
    *_p("birthdate", ANY, "datum rojstva", "rojstni datum", "datum rodjenja", "datum rodenja"),
    *_p("nationality", ANY, "drzavljanstvo"),
    *_p("ethnic_origin", ANY, "narodnost", "nacionalnost", "narodna pripadnost"),
    *_p("religion", ANY, "veroizpoved", "vjeroispovijest", "veroispovest", "vjeroispovjest"),
    *_p("gender", PEOPLE, "spol", "plec"),
    *_p("national_id", ANY, "emso", "jmbg", "zzzs", "zzzs stevilka", "stevilka zzzs", "hzzo", "osebna izkaznica",
        "osobna iskaznica", "licna karta", "potni list", "putovnica"),
    *_p("national_id", LINKED, "kzz", "mbo", "lbo"),  # (a Dutch mbo is a school level)
    *_p("id_number", ANY, "vpisna stevilka", "stevilka osebne izkaznice", "broj osobne iskaznice",
        "broj putovnice", "stevilka potnega lista"),
    *_p("address", ANY, "naslov bivanja", "stalni naslov", "zacasni naslov", "prebivalisce", "prebivaliste",
        "hisna stevilka", "kucni broj", "kucna adresa", "adresa stanovanja"),
    *_p("address", LINKED, "naslov"),
    *_p("postal_code", ANY, "postna stevilka", "postanski broj", "postni broj"),
    *_p("phone", ANY, "mobitel", "mobilni telefon", "telefonska stevilka", "broj telefona", "broj mobitela"),
    *_p("password", ANY, "geslo", "lozinka", "zaporka"),
    *_p("iban", ANY, "trr", "transakcijski racun", "bancni racun", "bankovni racun", "ziro racun", "tekuci racun"),
    *_p("free_text", LINKED, "opomba", "opombe", "napomena", "napomene", "sporocilo", "poruka", "obrazlozitev",
        "obrazlozenje"),
    *_p("health", ANY, "posebne potrebe", "zdravstveno stanje", "bolezen", "bolest", "invalidnost", "diagnoza",
        "krvna skupina", "krvna grupa", "alergije", "zdravila", "lijekovi"),
    *_p("family", ANY, "zakonski stan", "bracni status", "bracno stanje", "stevilo otrok", "broj djece"),
    *_p("employment", ANY, "delodajalec", "poslodavac", "poslodavec"),
    *_p("financial", LINKED, "dohodek", "dohodak", "osebni dohodek", "neto placa", "bruto placa"),
    # Lithuanian, Latvian and Estonian, diacritics dropped (vardas, pavardė, asmens kodas,
    # lytis, Sodra's number; vārds, uzvārds, personas kods; eesnimi, perekonnanimi,
    # isikukood), and "personal code" as Baltic teams translate their national number
    *_p("first_name", ANY, "vardas", "vards", "eesnimi"),
    *_p("last_name", ANY, "pavarde", "uzvards", "perekonnanimi", "perenimi", "mergautine pavarde"),
    *_p("name", ANY, "vardas pavarde", "vards uzvards", "vardas ir pavarde", "kontaktinis asmuo",
        "kontaktpersona", "kontaktisik"),
    *_p("national_id", ANY, "asmens kodas", "asm kodas", "personas kods", "pers kods", "isikukood",
        "personal code", "personal id code", "personal identification code", "personal identification number",
        "sodra", "sodros", "sodros nr", "sodros numeris", "socialinio draudimo numeris",
        "socialinio draudimo nr", "vsd nr"),
    *_p("gender", PEOPLE, "lytis", "dzimums", "sugu"),
    *_p("birthdate", ANY, "gimimo data", "gim data", "dzimsanas datums", "dzim datums", "synniaeg",
        "sunniaeg", "synnikuupaev", "sunnikuupaev"),
    *_p("city", ANY, "gimimo vieta", "dzimsanas vieta", "synnikoht", "sunnikoht"),
    *_p("address", ANY, "adresas", "gyvenamoji vieta", "deklaruota gyvenamoji vieta", "adrese",
        "dzivesvieta", "aadress", "elukoht", "gatve", "iela", "tanav"),
    *_p("postal_code", ANY, "pasto kodas", "pasta indekss", "postiindeks"),
    *_p("city", LOCATION, "miestas", "pilseta", "linn"),
    *_p("nationality", ANY, "pilietybe", "pilsoniba", "kodakondsus"),
    *_p("username", ANY, "prisijungimas", "prisijungimo vardas", "vartotojo vardas", "lietotajvards",
        "kasutajanimi"),
    *_p("password", ANY, "slaptazodis", "slaptazodzio", "salasona"),
    *_p("password", PEOPLE, "parole"),  # (French lyrics are paroles)
    *_p("phone", ANY, "telefonas", "tel numeris", "telefono numeris", "telefona numurs", "telefoninumber",
        "mobilusis", "mob tel"),
    *_p("email", ANY, "el pastas", "e pastas", "epastas", "e pasts", "epasts", "meiliaadress"),
    *_p("iban", ANY, "banko saskaita", "banko saskaitos nr", "saskaitos numeris", "konta numurs",
        "bankas konts", "kontonumber", "arvelduskonto", "pangakonto"),
    *_p("health", ANY, "sveikata", "sveikatos bukle", "diagnoze", "suzalojimas", "suzalojimai", "trauma",
        "traumos", "negalia", "veselibas stavoklis", "diagnoos", "tervis", "puue"),
    *_p("free_text", LINKED, "pastabos", "pastaba", "komentaras", "piezimes", "markused"),
    # Icelandic, letters folded (þ th, ð d, æ ae): name, kennitala, address, postcode,
    # municipality, birth date, sex, login, password, photo, union, salary account
    *_p("name", ANY, "fullt nafn", "kenninafn", "millinafn"),
    *_p("first_name", ANY, "fornafn", "eiginnafn"),
    *_p("last_name", ANY, "eftirnafn", "aettarnafn"),
    *_p("name", PEOPLE, "nafn"),
    *_p("national_id", ANY, "kennitala", "kennitolu"),
    *_p("national_id", LINKED, "kt"),
    *_p("email", ANY, "netfang", "tolvupostur", "tolvupostfang"),
    *_p("phone", ANY, "simi", "farsimi", "heimasimi", "vinnusimi", "simanumer", "gsm simi"),
    *_p("address", ANY, "heimilisfang", "postfang", "logheimili", "husnumer"),
    *_p("postal_code", ANY, "postnumer"),
    *_p("city", ANY, "sveitarfelag", "faedingarstadur"),
    *_p("birthdate", ANY, "faedingardagur", "faedingardags", "faedingardagsetning", "faedingarar"),
    *_p("gender", PEOPLE, "kyn"),
    *_p("nationality", ANY, "rikisfang"),
    *_p("username", ANY, "notandanafn"),
    *_p("password", ANY, "lykilord"),
    *_p("identifier", ANY, "tokn", "kort tokn", "setukenni", "lotukenni"),
    *_p("blob_image", LINKED, "mynd", "ljosmynd", "profilmynd"),
    *_p("document", LINKED, "vidhengi", "fylgiskjal"),
    *_p("trade_union", ANY, "stettarfelag", "verkalydsfelag"),
    *_p("iban", ANY, "launareikningur", "bankareikningur"),  # (reikningur alone: an invoice too)
    *_p("health", ANY, "sjukdomur", "greining", "fotlun", "heilsufar"),
    *_p("free_text", LINKED, "athugasemd", "athugasemdir", "lysing"),
    # Québec: the health insurance number (RAMQ's NAM), the social insurance number (NAS),
    # a Canadian bank account's number (no_compte, a payroll deposit's account)
    *_p("national_id", ANY, "ramq", "no ramq", "numero ramq", "no assurance maladie", "numero assurance maladie",
        "carte assurance maladie", "assurance maladie", "numero assurance sociale", "no assurance sociale",
        "ohip", "health card number", "health card"),
    *_p("national_id", LINKED, "nam", "nas"),
    *_p("iban", ANY, "no compte", "num compte", "numero de compte", "compte bancaire", "no compte bancaire",
        "depot compte", "compte depot", "depot direct", "direct deposit", "bank account number"),
    # Bulgarian and Russian in Latin letters (ime, familiya, egn, grad, pol, lichna karta)
    *_p("last_name", ANY, "familiya", "familia", "famil"),
    *_p("name", ANY, "bashtino ime", "otchestvo", "ime familiya", "imena", "tri imena", "fio"),
    *_p("national_id", ANY, "egn", "lnch", "lichna karta", "nomer lichna karta", "lk nomer", "snils", "inn fl",
        "pasport", "nomer pasporta"),
    *_p("id_number", ANY, "shofyorska knizhka", "shofyorska", "voditelska knizhka", "voditelskoe udostoverenie"),
    *_p("birthdate", ANY, "data razhdane", "data na razhdane", "rozhden den", "data rozhdeniya"),
    *_p("city", ANY, "mesto na razhdane", "myasto na razhdane", "mesto rozhdeniya"),
    *_p("city", LOCATION, "grad", "naseleno myasto", "gorod"),
    *_p("postal_code", ANY, "poshtenski kod", "pochtovyy indeks"),
    *_p("gender", PEOPLE, "pol"),
    *_p("nationality", ANY, "grazhdanstvo", "natsionalnost"),
    *_p("phone", ANY, "telefon za vrazka", "mobilen", "mobilen telefon", "gsm nomer"),
    *_p("address", ANY, "adres za dostavka", "postoyanen adres", "nastoyasht adres"),
    *_p("health", ANY, "telk", "telk reshenie", "uvrezhdane", "zabolyavane", "invalidnost", "diagnoza"),
    *_p("blob_image", LINKED, "snimka", "podpis"),
    # Ukrainian in Latin letters (the national transliteration of 2010): surname, first name,
    # patronymic (ПІБ, the full name, is Serbia's PIB too: its values tell), town, postcode,
    # the RNOKPP tax number, a driving licence, fitness for military service, a sole
    # trader's register record
    *_p("last_name", ANY, "prizvyshche", "prizvysche", "prizvishche"),
    *_p("first_name", ANY, "imia", "imya", "imja"),
    *_p("name", ANY, "po batkovi", "pobatkovi", "imia po batkovi", "po batkovi imia"),
    *_p("city", LOCATION, "misto", "naselenyi punkt"),
    *_p("postal_code", LOCATION, "indeks", "poshtovyi indeks", "pochtovyi indeks"),
    *_p("national_id", ANY, "rnokpp", "ipn", "identyfikatsiinyi kod", "podatkovyi nomer", "kod rnokpp"),
    *_p("id_number", ANY, "vod nomer", "vodiiske", "vodiiske posvidchennia", "nomer vodiiskoho", "nomer posvidchennia",
        "seriia pasportu", "nomer pasportu"),
    *_p("health", ANY, "prydatnist", "prydatnist do sluzhby", "hodnist", "godnost", "invalidnist", "diahnoz"),
    *_p("id_number", LINKED, "nomer zapysu yedr", "nomer zapysu", "zapys yedr"),
    # where a person moves to (a relocation's town and address of arrival)
    *_p("city", LINKED, "misto prybuttia", "arrival city", "city of arrival", "destination city", "relocation city"),
    # a politically exposed person's office (FATF's PEP): the person's public function
    *_p("employment", ANY, "fonction pep", "pep function", "pep position", "pep role", "pep office", "poste pep",
        "pep funktion"),
    *_p("free_text", LINKED, "belezhka", "belezhki", "komentar", "zabelezhka"),
    *_p("password", ANY, "parola"),
    *_p("username", ANY, "potrebitelsko ime"),
    # an accident's injuries, wherever people are (an e-scooter's incidents, a claim)
    *_p("health", LINKED, "injury", "injuries", "injury details", "injury description"),
    # a person's name as a CRM displays it: sorted, in a greeting, a household, a nickname
    *_p("name", ANY, "sort name", "postal greeting", "postal greeting display", "addressee display",
        "household name", "known as", "nickname", "nick name",
        "nicename", "user nicename"),
    *_p("name", PEOPLE, "other names", "other name", "preferred name", "called name", "rufname"),
    *_p("name", PEOPLE, "name", "nom", "names", "nombre", "nome", "naam", "mi", "namn", "navn", "nimi", "isim",
        "nume", "nev"),
    *_p("username", ANY, "username", "user name", "login", "user login", "screen name", "pseudo", "nom utilisateur",
        "benutzername", "nutzername", "nombre usuario", "nome utente", "nome usuario", "gebruikersnaam"),
    *_p("username", PEOPLE, "handle"),
    *_p("national_id", ANY, "nir", "num secu", "numero secu", "secu", "insee", "social security",
        "national id", "nationalid", "passport", "passeport", "passport number", "id card", "carte identite", "cni",
        "driving licence", "driving license", "driver license", "drivers license", "driver licence",
        "permis conduire", "tax id", "nino", "national insurance", "personnummer", "dni", "codice fiscale",
        "numero fiscal", "social insurance",
        # Germany: tax id, tax and social insurance numbers, identity card; Spain, Mexico, Brazil, Netherlands
        "steuer id", "steuerid", "steuer idnr", "steueridentifikationsnummer", "steuernummer", "steuer nr",
        "sv nummer", "sv nr", "svnr", "sozialversicherungsnummer", "rentenversicherungsnummer", "rv nummer",
        "personalausweis", "personalausweisnummer", "ausweisnummer", "reisepass", "reisepassnummer",
        "fuehrerschein", "numero seguridad social", "curp", "codigo fiscal", "cpf", "bsn", "burgerservicenummer",
        "versichertennummer", "krankenversicherungsnummer", "kvnr", "cartao cidadao", "identiteitskaart",
        "sofinummer", "paspoort", "tessera sanitaria", "carta identita", "documento identidad",
        # PL CS SK DK NO FI TR RO BE HU
        "pesel", "nr pesel", "rodne cislo", "rodne c", "cpr", "cpr nr", "cpr nummer", "cprnr", "fodselsnummer",
        "fodselsnr", "personnr", "henkilotunnus", "hetu", "sotu", "tc kimlik", "tc kimlik no", "tckn",
        "kimlik no", "kimlik numarasi", "cnp", "cod numeric personal", "rijksregisternummer",
        "rijksregister", "insz", "numero national", "registre national", "szemelyi szam", "szemelyi azonosito",
        "taj", "taj szam", "adoazonosito", "adoazonosito jel"),
    # abbreviations too short to trust outside a table about people
    *_p("national_id", LINKED, "ssn", "sin", "tin", "nin", "nie", "nss", "rfc"),
    # a tax number: a sole trader's is a person's (Polish NIP, Czech DIC) where the table is about people
    *_p("national_id", LINKED, *sorted(SHARED_TAX_IDS)),  # (and Greece's AFM)
    # an identity document's number, where the table is about people or linked to them
    *_p("id_number", LINKED, "nr dokumentu", "numer dokumentu", "numero documento", "num documento",
        "numero documento identidad", "document nr", "document id", "passport no", "passport nr", "id card no",
        "id card number", "id card nr", "idcard number", "nr paszportu", "numer paszportu", "nr dowodu",
        "numer dowodu", "seria dowodu", "dowod osobisty", "cislo dokladu", "cislo op", "cislo pasu",
        "passnummer", "passnr", "id kortnummer", "passinumero", "henkilokortin numero", "pasaport no",
        "pasaport numarasi", "numar act", "serie act", "numar buletin", "szemelyi igazolvany szam",
        "igazolvanyszam", "documentnummer", "numero passeport", "numero piece identite", "numero pasaporte",
        "numero passaporto", "numero documento identita", "ausweis nr",
        # a residence or work permit's number (IT EN DE FR ES NL SV PL)
        "permesso soggiorno", "permesso di soggiorno", "residence permit", "work permit", "aufenthaltstitel",
        "aufenthaltserlaubnis", "titre sejour", "titre de sejour", "permiso residencia", "tarjeta residencia",
        "verblijfsvergunning", "uppehallstillstand", "karta pobytu"),
    *_p("id_number", ANY, "doc number", "document number", "doc no", "document no", "emp no", "employee number",
        "employee no", "matricule", "badge number", "customer number", "member number", "membership number",
        "policy number", "patient number", "student number", "license number", "licence number",
        "license no", "licence no", "license nr", "licence nr", "lic no",
        "permit number", "loyalty card", "numero client", "numero adherent",
        # an animal's microchip, registered to its owner; a Nordic professional authorisation
        "chip nr", "chipnr", "chip number", "chip no", "microchip", "transponder", "chipnummer",
        # a US loan officer's licence (NMLS), like a practitioner's number
        "nmls", "nmls id", "nmls number",
        "autorisations id", "autorisationsnummer", "autorisationsnr", "autorisation id",
        # a practitioner's professional number: France (RPPS, ADELI, Ordre), US (NPI, DEA), UK (GMC)
        "rpps", "adeli", "npi", "numero ordre", "num ordre", "no ordre", "dea number", "gmc number",
        "professional license", "professional licence",
        # employee numbers in DE ES IT PT NL
        "personalnummer", "personalnr", "personal nr", "mitarbeiternummer", "mitarbeiter nr", "numero empleado",
        "num empleado", "numero dipendente", "matricola", "numero funcionario", "personeelsnummer", "staff number",
        "staff no", "payroll number", "personnel number", "matricula"),
    *_p("password", ANY, "password", "passwd", "pwd", "mot de passe", "motdepasse", "mdp", "password hash",
        "passhash", "encrypted password", "password digest", "passwort", "kennwort", "contrasena", "clave acceso",
        "senha", "wachtwoord"),
    *_p("password", PEOPLE, "pass", "hash", "pin"),
    *_p("password", ANY, "pinhash", "pin hash", "hashed pin", "pin code hash"),
    # an access card's or wristband's RFID UID: one person's, where the table is about people
    *_p("id_number", LINKED, "card id", "card uid", "cardid", "crdid", "rfid", "rfid uid", "badge id", "tag uid",
        "wristband id", "key fob"),
    *_p("identifier", ANY, "session", "session id", "sessionid", "session key", "sessionkey", "session token",
        "session cookie", "phpsessid", "jsessionid", "sid", "token", "access token", "refresh token",
        "api key", "apikey", "cookie", "device id", "deviceid", "jwt", "auth token", "remember token",
        "reset token", "otp secret", "push token", "advertising id", "idfa", "gaid", "visitor id", "tracking id",
        "anonymous id", "secret"),
    *_p("identifier", LINKED, "uuid", "guid"),
    *_p("iban", ANY, "iban", "rib", "bank account", "account number", "numero compte",
        "acct no", "acct number", "acct num", "account no", "bank acct", "kontonummer", "kontonr", "konto nr",
        "bankverbindung", "numero cuenta", "num cuenta", "cuenta bancaria", "clabe", "conto corrente",
        "numero conto", "conta bancaria", "numero conta", "rekeningnummer", "bankrekening"),
    *_p("credit_card", ANY, "card number", "cardnumber", "pan", "cc", "cc number", "credit card", "creditcard", "cvv",
        "cvc", "card no", "numero carte", "carte bancaire", "kreditkarte", "kreditkartennummer", "kartennummer",
        "numero tarjeta", "tarjeta credito", "carta credito", "numero carta", "cartao credito", "numero cartao"),
    # A person's pay and wealth: in tables about people or linked to them (a posting's salary range is not).
    *_p("financial", LINKED, "salary", "salaire", "salaries", "wage", "wages", "income", "revenu", "revenus",
        "remuneration", "compensation", "net worth", "credit score", "annual income", "gehalt", "jahresgehalt", "monatsgehalt",
        "lohn", "stundenlohn", "stundensatz", "tagessatz", "verguetung", "einkommen", "sueldo", "salario",
        "ingresos", "stipendio", "retribuzione", "reddito", "salaris", "loon", "inkomen", "day rate", "daily rate",
        "hourly rate", "rate per day", "rate per hour", "pay rate",
        # SV DA NO FI: monthly, yearly, hourly pay; income (a household's)
        "manadslon", "arslon", "timlon", "grundlon", "lonn", "manedslonn", "arslonn", "timelonn", "maanedsloen",
        "aarsloen", "timeloen", "palkka", "kuukausipalkka", "tuntipalkka", "vuosipalkka", "inkomst", "inkomster",
        "hushallsinkomst", "bruttoinkomst", "indkomst", "husstandsindkomst", "inntekt", "tulot", "household income",
        # an hourly rate in PT ES NL FR; a credit score in FR DE NL ES
        "tarifa hora", "tarifa horaria", "preco hora", "valor hora", "precio hora", "uurtarief", "uurloon",
        "taux horaire", "tarif horaire", "score credit", "bonitaet", "bonitat", "bonitaetsscore", "schufa",
        "schufa score", "kredietscore", "credit rating", "puntuacion credito", "puntuacion crediticia"),
    # gross and net amounts: a person's pay only in a table about people or about pay (payslips, payroll)
    *_p("financial", LINKED, "payment plan", "instalment plan", "installment plan", "betalingsaftale",
        "afdragsordning", "ratenzahlung", "ratenplan", "plan de pagos", "piano rateale", "betalingsregeling",
        "avbetalningsplan"),
    *_p("financial", PAY, "gross", "net", "brutto", "netto", "bruto", "neto", "lordo", "gross pay", "net pay"),
    *_p("employment", ANY, "job title", "jobtitle", "job", "occupation", "profession", "poste", "employer",
        "werkgever", "arbeitgeber", "empleador", "empregador", "employeur", "datore di lavoro", "datore lavoro",
        "hire date", "hiredate", "date embauche", "embauche", "hired on", "hired at", "beruf", "berufsbezeichnung",
        "stellenbezeichnung", "taetigkeit", "puesto", "profesion", "mansione", "profissao", "beroep", "functie"),
    # when one started and left: in tables about people or linked to them (a contract's end date is not)
    *_p("employment", LINKED, "eintrittsdatum", "austrittsdatum", "einstellungsdatum",
        "kuendigungsdatum", "fecha ingreso", "fecha contratacion", "data assunzione",
        "data cessazione", "data admissao", "data demissao", "datum in dienst", "datum uit dienst",
        "indienstdatum", "uitdienstdatum",
        # how much of full time one works (SV DA NO FI DE NL EN)
        "syss grad", "syssgrad", "sysselsattningsgrad", "tjanstgoringsgrad", "anstallningsgrad", "stillingsprosent",
        "stillingsbrok", "beskaeftigelsesgrad", "tyoaikaprosentti", "beschaeftigungsgrad", "deeltijdfactor",
        "werktijdfactor", "employment rate", "fte", "work percentage", "termination date", "leaving date", "date of hire", "date left",
        "employment start", "employment end", "start of employment", "end of employment"),
    # alta/baja: when an employee joined or left, and also when any record was opened or
    # closed (a complaint's fecha_alta): only in a table about people themselves
    *_p("identifier", PEOPLE, "user url", "website url", "homepage"),
    *_p("employment", PERSON, "employer name", "current employer"),
    *_p("employment", PERSON, "fecha alta", "fecha baja", "start date", "term date", "termination date",
        "term reason", "termination reason", "leaving date", "leaving reason", "exit date", "exit reason",
        "leave date"),
    # Czech and Slovak: birth date and place, gender, children, pay, account, hire and leaving
    # dates, a plate (SPZ), the name on a doorbell
    *_p("birthdate", ANY, "datum narozeni", "dat nar", "datnar", "datum nar", "narozeni", "datum narodenia"),
    *_p("national_id", ANY, "rod cislo", "rodcislo", "rodne c"),
    *_p("city", ANY, "misto narozeni", "misto nar", "miesto narodenia"),
    *_p("gender", ANY, "pohlavi", "pohlavie"),
    *_p("family", ANY, "pocet deti", "pocet deti v peci", "rodinny stav"),
    *_p("financial", LINKED, "hruba mzda", "cista mzda", "mzda", "hruba mzda kc"),
    *_p("iban", ANY, "cislo uctu", "cislo bankovniho uctu", "bankovni ucet"),
    *_p("employment", PERSON, "dat nastup", "datum nastupu", "dat ukonc", "datum ukonceni"),
    *_p("license_plate", LINKED, "vehicle plate", "plate", "spz", "registracni znacka", "registration plate"),
    *_p("id_number", ANY, "documents number", "documents no"),
    *_p("name", LINKED, "doorbell", "name on doorbell", "zvonek", "klingel", "sonnette", "citofono", "deurbel"),
    # a person's bankruptcy or hardship, wherever it is recorded (a servicing case)
    *_p("financial", ANY, "bankruptcy", "bankrupt", "insolvency", "insolvenz", "faillite", "hardship",
        "hardship reason", "financial hardship"),
    # a servicemember on active duty (the US Military Lending Act covers them)
    *_p("employment", LINKED, "mla covered", "mla", "military status", "active duty", "servicemember",
        "military service"),
    # a family: marital status, children, dependants
    *_p("family", ANY, "marital", "marital status", "family status", "etat civil", "situation familiale", "familienstand",
        "zivilstand", "zivil stand", "estado civil",
        "stato civile", "burgerlijke staat", "civilstand", "number of children", "nb enfants", "nombre enfants",
        "anzahl kinder", "numero hijos", "numero figli", "aantal kinderen", "dependants", "dependents"),
    # a person's own children (an employee's nChildren); "children" alone is a booking's guests,
    # unless the table is named after people
    *_p("family", NAMED, "children", "kinder", "enfants", "hijos", "figli", "kinderen", "born", "barn"),
    *_p("family", PERSON, "n children", "nb children", "num children", "number children", "children count"),
    *_p("employment", PEOPLE, "title", "position", "fonction", "cargo", "funcao", "qualifica"),
    *_p("license_plate", LINKED, "license plate", "licence plate", "plate number", "immatriculation", "plaque",
        "numberplate", "number plate", "vehicle registration", "vehicle reg", "car reg", "vrm", "reg mark",
        "registration mark", "kennzeichen", "kfz kennzeichen", "targa", "kenteken", "placa"),
    # a vehicle's identification number (VIN, chassis number): tied to its keeper like its plate
    *_p("vehicle_id", LINKED, "vin", "vin number", "vin no", "vehicle identification number", "chassis number",
        "chassis no", "chassis nr", "chassisnummer", "fahrgestellnummer", "numero chassis", "bastidor", "numero bastidor", "telaio", "numero telaio"),
    # where one was born: a city, a quasi-identifier (before "birth", which says a date)
    *_p("city", ANY, "birth place", "birthplace", "place of birth", "lieu naissance", "lieu de naissance",
        "geburtsort", "lugar nacimiento", "lugar de nacimiento", "luogo nascita", "luogo di nascita",
        "local nascimento", "geboorteplaats"),
    *_p("birthdate", ANY, "birth date", "birthdate", "birthday", "date naissance", "naissance",
        "date of birth", "birth", "born", "date de naissance", "anniversaire", "birth year", "birthyear",
        "geburtsdatum", "geburtstag", "geburtsjahr", "fecha nacimiento", "nacimiento", "data nascita", "nascita",
        "data nascimento", "nascimento", "geboortedatum", "geboortejaar", "data urodzenia", "datum narozeni",
        "datum narodenia", "fodelsedatum", "fodselsdato", "fodselsdag", "syntymaaika", "syntymapaiva",
        "dogum tarihi", "data nasterii", "szuletesi datum", "szuletesi ido"),
    *_p("birthdate", LINKED, "dob"),
    *_p("age", PEOPLE, "age", "alter", "edad", "eta", "idade", "leeftijd"),
    *_p("gender", ANY, "gender", "sex", "sexe", "geschlecht", "sexo", "sesso", "genero", "geslacht"),
    *_p("gender", PEOPLE, "kon", "kjonn", "sukupuoli", "genre", "civilite", "civility", "salutation", "anrede", "tratamiento"),
    *_p("nationality", ANY, "nationality", "nationalite", "citizenship", "staatsangehoerigkeit",
        "staatsangehorigkeit", "nationalitaet", "nacionalidad", "nazionalita", "cittadinanza", "nacionalidade",
        "nationaliteit", "obywatelstwo", "narodowosc", "obcanstvi", "statni obcanstvi", "statni prislusnost",
        "statsborgerskap", "statsborgerskab", "medborgerskap", "nationalitet", "kansalaisuus", "uyruk",
        "uyrugu", "vatandaslik", "cetatenie", "nationalitate", "allampolgarsag"),
    *_p("phone", ANY, "phone", "telephone", "tel", "mobile", "portable", "cell", "cellphone", "fax", "phone number",
        "phonenumber", "gsm", "msisdn", "telefono", "telefon", "telefonnummer", "handy", "handynummer", "mobil",
        "mobiltelefon", "mobilnummer", "movil", "celular", "cellulare", "telemovel", "telefoon", "telefoonnummer",
        "mobiel", "tlf", "tfno", "rufnummer", "festnetz", "mobilfunknummer",
        "nr telefonu", "numer telefonu", "telefon komorkowy", "komorka", "telefonni cislo", "mobilni",
        "mobiltelefonnummer", "puhelin", "puhelinnumero", "matkapuhelin", "gsm no", "telefonszam", "mobilszam"),
    *_p("postal_code", ANY, "zip", "zipcode", "zip code", "postcode", "post code", "postal code", "postalcode",
        "code postal", "codepostal", "cp", "plz", "postleitzahl", "codigo postal", "cod postal", "codice postale",
        "cep", "kod pocztowy", "kod poczt", "psc", "postnummer", "postnr", "postinumero", "posta kodu",
        "iranyitoszam", "irsz"),
    *_p("postal_code", PEOPLE, "cap"),  # Italian postcode; also a limit
    # (before the address words: address1_latitude is the home's coordinates, not its street)
    *_p("geo_location", GEO, "latitude", "longitude", "lat", "lng", "lon", "geo", "geolocation", "coordinates",
        "location", "gps", "geom", "position gps", "breitengrad", "laengengrad", "latitud", "longitud",
        "latitudine", "longitudine", "breedtegraad", "lengtegraad", "koordinaten", "coordenadas", "coord",
        "coords"),
    *_p("address", ANY, "address", "addr", "adresse", "street", "rue", "street address", "address line", "voie",
        "house number", "house no", "street name", "street number", "strasse", "hausnummer", "hausnr", "anschrift", "wohnadresse", "calle", "direccion", "domicilio",
        "indirizzo", "numero civico", "rua", "endereco", "logradouro", "straat", "adres", "huisnummer", "morada",
        "ulica", "ulice", "nr domu", "nr lokalu", "numer domu", "adres zamieszkania", "adresa", "cislo popisne",
        "gatuadress", "gatuadresse", "adress", "gade", "gatenavn", "vejnavn", "husnummer", "katuosoite", "osoite",
        "lahiosoite", "gatuadr", "hemadress", "bostadsadress", "folkbokforingsadress", "bostedsadresse",
        "hjemmeadresse", "kotiosoite", "sokak", "cadde", "mahalle", "strada", "adresa domiciliu", "utca", "hazszam", "lakcim"),
    *_p("address", PEOPLE, "via"),
    # an address's neighbourhood and second line (Brazil's bairro and complemento)
    *_p("address", LOCATION, "bairro", "barrio", "quartier", "stadtteil", "wijk", "quartiere", "complemento",
        "complement", "address complement", "complemento endereco"),
    # abbreviations too short to trust anywhere: adr1, adr_domicile; line1 alone in a people table
    *_p("address", LOCATION, "adr"),
    *_p("address", PEOPLE, "line", "ligne"),
    *_p("city", LOCATION, "city", "ville", "town", "commune", "locality", "ort", "wohnort", "stadt", "ciudad",
        "localidad", "poblacion", "municipio", "citta", "comune", "localita", "cidade", "woonplaats", "plaats",
        "gemeente", "miejscowosc", "miasto", "obec", "mesto", "postort", "stad", "poststed", "kaupunki",
        "paikkakunta", "kotikunta", "postitoimipaikka", "poli", "polis", "localidade", "sehir", "ilce", "oras", "localitate", "varos", "telepules",
        "localite"),
    *_p("region", LOCATION, "uf", "stateorprovince", "state or province", "state", "region", "province", "county", "district", "departement", "bundesland",
        "provincia", "regione", "estado", "provincie", "wojewodztwo", "powiat", "gmina", "lan",
        "fylke", "maakunta", "judet", "megye"),
    *_p("country", LOCATION, "country", "pays", "country code", "land", "pais", "paese", "nazione", "kraj", "zeme",
        "maa", "ulke", "tara", "orszag"),
    *_p("blob_image", LINKED, "photo", "picture", "avatar", "portrait", "selfie", "headshot", "scan", "image",
        "mugshot", "profile picture", "foto", "bild", "lichtbild", "imagen", "immagine", "fotografia"),
    # A person's documents (a CV, a letter as PDF or Word file)
    *_p("document", LINKED, "cv", "resume", "lebenslauf", "curriculum", "curriculum vitae", "bewerbungsunterlagen",
        "zeugnis", "zeugnisse", "arbeitszeugnis", "hoja de vida", "curriculo"),
    # A link to a person's own profile page names them: an identifier of the person
    *_p("identifier", PERSON, "linkedin", "xing", "facebook", "twitter", "instagram", "tiktok", "github", "gitlab",
        "mastodon", "profile url", "website", "homepage", "home page", "personal url", "blog"),
    # A handset's and a SIM card's identities (IMEI, IMSI, ICCID): a subscriber's device
    *_p("identifier", LINKED, "imei", "imsi", "iccid", "meid", "imeisv"),
    *_p("free_text", LINKED, "bio", "biography", "about me", "notes", "note", "comment", "comments", "remark",
        "remarks", "message", "body", "commentaire", "commentaires", "remarque", "observations", "gift message",
        "bemerkung", "bemerkungen", "notiz", "notizen", "kommentar", "anmerkung", "nota", "notas", "comentario",
        "comentarios", "observaciones", "note interne", "opmerking", "opmerkingen", "observacoes", "nachricht",
        "mensaje", "messaggio", "mensagem",
        # what a person asks for (a guest's special wishes, a reader's wishes), in EN DE FR SV FI
        "wishes", "special wishes", "wuensche", "sonderwuensche", "souhaits", "onskemal", "toiveet", "toiveita",
        "lisatiedot", "lisatietoja",
        # why a person was blocked or banned (unpaid damage, drunk driving, abuse)
        "blocked reason", "block reason", "blocking reason", "ban reason", "banned reason", "blacklist reason",
        "blacklisted reason", "suspension reason", "sperrgrund", "sperrvermerk", "motif blocage",
        "motif de blocage", "motivo bloqueo", "motivo blocco", "blokkeerreden"),
]

# A company's contact person, by the column's name (with or without a word for a name:
# contato_nome, PERS_CONTACT, kontakt_person, kontaktna_oseba): that person's name is
# personal data even in a table of companies, when its values are people's names.
CONTACT_PERSON = frozenset(tuple(p.split()) for p in (
    "contact", "contact person", "contactperson", "contact persoon", "contactpersoon", "kontakt",
    "kontakt person", "kontaktperson", "kontaktperson navn", "ansprechpartner", "ansprechperson",
    "personne contact", "personne de contact", "interlocuteur", "contacto", "persona contacto",
    "persona de contacto", "referente", "persona riferimento", "persona di riferimento", "contato",
    "pessoa contato", "pessoa de contato", "responsavel", "pers contact", "persoana contact",
    "persoana de contact", "osoba kontaktowa", "kontaktni osoba", "kontaktna oseba", "kontaktna osoba",
    "yhteyshenkilo", "kapcsolattarto", "ypeuthynos epikoinonias", "kontaktinis asmuo", "kontaktpersona",
    "kontaktisik", "tengilidur", "litse za kontakt", "kontaktno litse", "kontaktnoe litso", "kontakt osoba",
    "kontakt oseba",
    # a pharmacy's or a laboratory's responsible pharmacist or technical director
    "responsable", "responsable sanitario", "farmaceutico responsable", "director tecnico", "diretor tecnico",
    "dir tecnica", "direccion tecnica", "directora tecnica", "technical director", "responsible person",
    "pharmacist in charge", "responsible pharmacist",
    # Turkish: the authorized person, the contact person
    "yetkili", "yetkili kisi", "ilgili kisi", "irtibat kisi", "irtibat kisisi", "sorumlu kisi",
    # Welsh: a contact person
    "person cyswllt", "cyswllt",
))

# A contact person's mobile in a company table (KontaktMobitel, contact_mobile): the
# contact word and a mobile's; a mobile is one person's, unlike a switchboard.
CONTACT_WORDS = frozenset({"contact", "kontakt", "contato", "contacto", "kontaktna", "kontaktni", "kontaktinis",
                           "kontaktperson", "contactpersoon", "ansprechpartner", "referente", "tengilidur",
                           "yetkili", "irtibat", "cyswllt"})
MOBILE_WORDS = frozenset({"mobile", "mobil", "mobitel", "cell", "cellphone", "handy", "gsm", "movil", "celular",
                          "cellulare", "portable", "telemovel", "mobiel", "komorka", "mobilni", "mobilusis",
                          "farsimi", "mobilen", "cellulaire", "symudol"})
# Words that make a phone word a mobile's only next to it: Turkish cep (pocket), cep_tel
# (alone, Brazil's CEP is a postcode).
MOBILE_QUALIFIERS = frozenset({"cep"})
PHONE_WORDS = frozenset({"phone", "telephone", "tel", "telefon", "telefono", "telefone", "telefoon", "puhelin", "simi",
                         "telefonas", "tlf", "ffon"})

# Prefixes that put an address part in a person's context (BillingCity, ship_country).
PERSON_PREFIXES = frozenset(
    {"billing", "shipping", "ship", "delivery", "home", "residence", "birth", "mailing", "postal", "customer",
     "client", "user", "contact", "personal", "livraison", "facturation", "domicile", "naissance", "private",
     "privat", "prive", "privado", "privato",
     # a correspondence, previous or forwarding address (corr_town, prev_postcode)
     "corr", "correspondence", "prev", "previous", "former", "forwarding"}
)
# A name ending with one of these is about the thing, not the thing: user_id,
# email_verified, phone_count, address_type (unless a pattern ends there: national_id).
STOP_SUFFIXES = frozenset(
    {"id", "ids", "count", "cnt", "nb", "type", "types", "status", "kind", "flag", "flags", "verified", "confirmed",
     "enabled", "disabled", "sent", "at", "on", "format", "length", "len", "size", "visibility", "visible",
     "public", "private", "hidden", "required", "optin", "opt", "changed", "updated", "modified", "created",
     "expires", "expiry", "expiration", "attempts", "tries", "version", "template", "policy", "settings",
     "preference", "preferences", "mode", "allowed", "valid", "validated", "checked", "fk", "ref", "key", "provider",
     "idx", "index", "seq", "order", "rank", "sort", "typ", "tipo", "anzahl", "unit", "units", "currency"}
)
# ... except for a sensitive category: disability_status, religion_type still say the data.
SENSITIVE_SUFFIXES = frozenset({"status", "type", "types", "kind", "flag", "flags", "code", "typ", "tipo"})
# The categories such a suffix does not make a name about the thing: disability_status,
# haigusha_flg (whether one has a spouse) still say the person's health or family.
SUFFIXED_CATEGORIES = SENSITIVE | {"family"}
STOP_PREFIXES = frozenset({"is", "has", "can", "should", "allow", "nb", "count", "num", "total", "max", "min", "avg"})
# Things whose name a person's name pattern may follow (ProviderDisplayName: Google;
# product_full_name, role_display_name): that thing's name, no person's.
THINGS = frozenset(
    {"provider", "product", "company", "brand", "vendor", "device", "app", "application", "file", "role", "group",
     "team", "plan", "category", "service", "organization", "organisation", "org", "shop", "store", "bank",
     "project", "campaign", "event", "template", "host", "server", "domain", "site", "venue", "station", "course",
     "program", "programme", "module", "package", "model", "queue", "job", "task", "tag", "label", "field",
     "column", "table", "schema", "database", "network", "bucket", "branch", "department", "dept", "unit",
     "game", "track", "album", "playlist", "channel", "list", "folder", "report", "dashboard"}
)
THING_NAMED = frozenset({"first_name", "last_name", "name", "username"})

# Column names that say a per-request or per-event id: a UUID there is no person's identifier.
EVENT_IDS = frozenset(
    {"request", "trace", "span", "correlation", "causation", "idempotency", "event", "batch", "run", "execution",
     "job", "task", "nonce", "etag", "checksum", "message", "transaction", "txn", "operation", "build", "deploy",
     "deployment", "migration", "commit", "revision", "trxn", "trx", "txid",
     # a payment's transaction or intent at its provider, in IT ES PT NL DE
     "intent", "transazione", "transaccion", "transacao", "transactie", "transaktion", "operazione"}
)
# Companies' identifiers and products' codes: never personal, whatever their digits pass
# (a SIRET or a CIP13 passes Luhn like a card number).
COMPANY_CODES = [tuple(p.split()) for p in (
    "siret", "siren", "vat", "tva", "duns", "ein", "ape", "naf", "rcs", "tva intracom", "numero tva", "ust idnr",
    "kvk", "abn", "company number", "company registration", "raison sociale", "company name", "companyname",
    "organisation name", "organization name", "org name",
    # Nordic and European company numbers and company names (Norway's orgnr, Denmark's CVR,
    # Finland's Y-tunnus, a firm's name in NO DA SV DE IT ES PT PL)
    "orgnr", "org nr", "orgnummer", "organisasjonsnummer", "organisationsnummer", "cvr", "cvr nr", "cvr nummer",
    "y tunnus", "ytunnus", "firmanavn", "firma navn", "firmanamn", "foretagsnamn", "virksomhedsnavn",
    "firmenname", "ragione sociale", "razon social", "razao social", "denominacion social", "nazwa firmy",
    "ondernemingsnummer", "handelsregisternummer",
    # Ukrainian companies' codes: EDRPOU, a VAT payer's number (ІПН ПДВ)
    "edrpou", "kod edrpou", "yedrpou", "ipn pdv",
)]
# The company codes that name the company itself (its name, not its number).
COMPANY_NAMES = frozenset(tuple(p.split()) for p in (
    "company name", "companyname", "raison sociale", "organisation name", "organization name", "org name",
    "firmanavn", "firma navn", "firmanamn", "foretagsnamn", "virksomhedsnavn", "firmenname", "ragione sociale",
    "razon social", "razao social", "denominacion social", "nazwa firmy",
))
CODE_NAMES = [*COMPANY_CODES, *(tuple(p.split()) for p in (
    "cip", "ean", "gtin", "upc", "isbn", "issn", "sku", "barcode", "bar code", "code barre", "codebarre",
    "asin", "mpn", "ucd", "product code", "item code", "article code", "code produit", "code article",
    # a bank's code (BIC/SWIFT, Bankleitzahl): the bank's, not the account holder's
    "bic", "swift", "bic code", "swift code", "bic swift", "swift bic", "bank code", "bankcode", "blz",
    # a job's or a work order's number (a repair job, a print job): the job's reference
    "job no", "job number", "job nr", "job ref", "job reference", "job code", "work order no",
    "work order number",
))]
# The person-only columns that keep an ambiguous table about people.
PERSON_ONLY = frozenset({"first_name", "last_name", "birthdate", "gender", "national_id", "age"})
# Tokens that may follow a care measurement's name: a unit or a qualifier (poids_kg, weight_lbs).
CARE_QUALIFIERS = frozenset(
    {"kg", "g", "lb", "lbs", "cm", "m", "mm", "mmhg", "bpm", "c", "f", "celsius", "fahrenheit", "pct", "percent",
     "value", "val", "valeur", "mesure", "measured", "actuel", "current", "initial", "patient", "de", "du", "la",
     "of", "for", "consultation", "visite", "visit", "rdv", "appointment", "systolique", "diastolique", "systolic",
     "diastolic", "arterielle", "cardiaque", "corporelle", "body", "text", "texte", "libre", "details", "detail",
     "level", "lvl", "mass", "required", "reported", "declared"}
)
# Tokens of a date column's name that make it an event, not a birth.
EVENT_TOKENS = frozenset(
    {"created", "updated", "modified", "deleted", "last", "update", "at", "on", "since", "from", "to", "start",
     "end", "begin", "until", "expires", "expiry", "expiration", "valid", "issued", "hire", "hired", "rental",
     "return", "payment", "order", "invoice", "shipped", "delivered", "paid", "sent", "posted", "published",
     "release", "due", "opened", "closed", "login", "logout", "visit", "booking", "event", "effective", "signup",
     "registered", "registration", "joined", "subscription", "subscribed", "renewal", "purchase", "transaction",
     "scheduled", "checked", "verified", "timestamp", "ts", "time", "datetime", "period", "week", "month",
     "create", "creation", "modification", "debut", "fin", "embauche", "inscription", "expire", "placed", "opted"}
)

_TEXTUAL = frozenset({model.TEXT, model.UNKNOWN, model.OTHER, model.ARRAY, model.BINARY, model.JSON, model.ENUM})
_NUMERIC = frozenset({model.INTEGER, model.NUMBER})
# The column kinds each category can be stored as (a DDL kind outside them: not that category).
KINDS: dict[str, frozenset[str]] = {
    "phone": _TEXTUAL | _NUMERIC,
    "postal_code": _TEXTUAL | _NUMERIC,
    "id_number": _TEXTUAL | _NUMERIC,
    "national_id": _TEXTUAL | _NUMERIC,
    "credit_card": _TEXTUAL | _NUMERIC,
    "iban": _TEXTUAL,
    "birthdate": _TEXTUAL | {model.TEMPORAL, model.INTEGER, model.NUMBER},  # (decimal(8,0) YYYYMMDD on IBM i)
    "age": _TEXTUAL | _NUMERIC,
    "gender": _TEXTUAL | {model.BOOLEAN, model.INTEGER},
    "ip": _TEXTUAL | {model.INET, model.INTEGER},
    "mac_address": _TEXTUAL | {model.INET},
    "identifier": _TEXTUAL | {model.UUID},
    "financial": _TEXTUAL | _NUMERIC,
    "employment": _TEXTUAL | _NUMERIC | {model.TEMPORAL},  # SYSS_GRAD: a share of full time
    "family": _TEXTUAL | _NUMERIC,  # nChildren
    "geo_location": _TEXTUAL | _NUMERIC,
    **{c: _TEXTUAL | _NUMERIC | {model.BOOLEAN} for c in SENSITIVE},
}


STRONG = frozenset({"first_name", "last_name", "name", "email", "birthdate", "national_id", "username", "phone"})

# Words a name written as one lower-case word is split into (homephone, emailaddr,
# privatadresse, phoneno, emailverified): the patterns' single words, the person prefixes
# and the stop words, and a few qualifiers. Both halves must be known words.
COMPOUND_PARTS = frozenset(
    {w for p, _, _ in NAME_PATTERNS for w in p if len(w) >= 3}
    | {w for w in PERSON_PREFIXES | STOP_SUFFIXES if len(w) >= 2}
    | {"work", "private", "privat", "primary", "secondary", "alt", "other", "main", "number", "nummer", "numero",
       "nr", "no", "name", "data", "datum", "date", "code", "info", "office", "business", "geschaeft", "dienst",
       "given", "family", "full", "middle", "user", "login", "first", "last", "second", "street", "house",
       "post", "postal", "zip", "telefon", "handy", "mobil", "e"}
)

# The words of free text a name written as one lower-case word may end with, whatever
# comes before (debarredcomment, lukutoiveet): the one-word free-text patterns of five
# letters or more.
TEXT_SUFFIXES = tuple(sorted(
    {p[0] for p, category, _ in NAME_PATTERNS if category == "free_text" and len(p) == 1 and len(p[0]) >= 5},
    key=len, reverse=True))

# Abbreviations of the Oracle-style names (CUST_NM, CUST_SRNM1, POST_CD, GNDR_CD, BRTH_DT,
# DOC_NBR) read as the words they stand for; ``ln`` after an address word is its line
# (ADDR_LN1) and ``cr`` before a score is credit (CR_SCORE): see ``detect.expand``.
ABBREVIATIONS = {
    "nm": "name", "srnm": "surname", "surnm": "surname", "fst": "first", "frst": "first", "lst": "last",
    "gndr": "gender", "natl": "nationality", "cd": "code", "dt": "date", "nbr": "number", "cust": "customer",
    "brth": "birth", "cntct": "contact", "veh": "vehicle", "pcode": "postcode", "pstcd": "postcode",
    "tmpr": "temperature", "martstatus": "marital status", "nchildren": "number of children",
    "flg": "flag", "kbn": "code",  # Japanese enterprise suffixes: a flag, a classification (kubun)
    # IBM i (RPG) fields of four letters after their file's prefix (BPSURN, BPBDAT, BVPLAT)
    "surn": "surname", "bdat": "birth date", "natn": "nationality", "docn": "document number", "plat": "plate",
    "teln": "tel", "emal": "email", "eml": "email",
    "sess": "session",  # Symfony's PdoSessionHandler: sess_id, sess_data
}
AFTER = {("addr", "ln"): "line", ("address", "ln"): "line", ("adr", "ln"): "line",
         ("data", "ass"): "assunzione", ("data", "nasc"): "nascita", ("permesso", "sogg"): "soggiorno"}
BEFORE = {("cr", "score"): "credit", ("mart", "status"): "marital", ("acc", "number"): "account",
          ("acc", "no"): "account", ("acc", "nr"): "account", ("acc", "holder"): "account"}
# Hungarian notation's type prefixes (strVoornaam, dtGeboorte, intMakelaarID): not words.
HUNGARIAN = ("str", "dt", "dtm", "int", "dec", "dbl", "lng", "bln", "bit", "cur", "txt", "sz", "chr", "byt")

# What an animal has of its own (its name, weight, diagnosis, birth date, sex): no person's.
ANIMAL_OWN = frozenset({"first_name", "last_name", "name", "health", "birthdate", "age", "gender", "employment"})
# The last word of a column that classifies its rows (a case's type, a document's
# category): a code list there says what the record is, not what a person has.
CLASSIFYING = frozenset({"role", "roles", "rol", "rolle", "ruolo", "papel",  # a user's role: medico, paciente
                         "type", "types", "category", "categories", "kind", "typ", "tipo", "class", "classification",
                         "art", "soort", "categorie", "categoria", "kategorie", "kategori"})
