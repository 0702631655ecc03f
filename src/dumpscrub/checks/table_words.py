"""The words that say what a table is about, for the personal-data detector: tables of
people, companies, places, care, settings, catalogues, offers, pay, animals, equipment
and attachments, and the column names that tell a mixed table apart.

Data only: ``naming.py`` applies them; ``vocabulary`` re-exports them.
"""

from __future__ import annotations

PEOPLE_TABLES = frozenset(
    {"shain", "jugyoin", "kokyaku", "kaiin", "shokuin",  # romanized Japanese: employee, customer, member, staff
     "pelates", "pelatis", "ypalliloi", "ergazomenoi", "naftikoi", "epibates", "meli",  # transliterated Greek
     "utente", "utentes", "doente", "doentes",  # Portuguese: a health service's users, patients
     "afiliado", "afiliados", "affiliate", "affiliates",
     # Hungarian: patients (pac, the usual abbreviation), doctors, clients, employees
     "pac", "paciens", "paciensek", "beteg", "betegek", "orv", "orvos", "orvosok", "ugyfel", "ugyfelek",
     "dolgozo", "dolgozok", "munkatars", "munkatarsak",
     # Slovenian, Croatian, Serbian: employees, users, customers, clients, members, patients, pupils
     "zaposleni", "zaposlenik", "zaposlenici", "djelatnik", "djelatnici", "delavec", "delavci", "uporabnik",
     "uporabniki", "korisnik", "korisnici", "kupec", "kupci", "kupac", "stranka", "stranke", "clan", "clani",
     "clanovi", "pacient", "pacienti", "pacijent", "pacijenti", "bolnik", "bolniki", "oseba", "osebe", "osoba",
     "osobe", "dijak", "dijaki", "ucenec", "ucenci", "ucenik", "ucenici", "studentje", "gost", "gosti",
     "najemnik", "najemniki", "potnik", "potniki", "putnik", "putnici", "voznik", "vozniki", "vozac", "vozaci",
     "vlasnik", "vlasnici", "lastnik", "lastniki", "kjoper", "kjopere", "kober", "kobere", "kopare",
     # Slovak and Czech: pupils, instructors
     "ziak", "ziaci", "zak", "zaci", "instruktor", "instruktori", "instruktorzy", "lektor", "lektori",
     # Lithuanian, Latvian, Estonian: employees, clients, users, patients, members, riders, pupils
     "darbuotojas", "darbuotojai", "klientas", "klientai", "vartotojas", "vartotojai", "naudotojas",
     "naudotojai", "pacientas", "pacientai", "narys", "nariai", "keleivis", "keleiviai", "vairuotojas",
     "vairuotojai", "mokinys", "mokiniai", "studentai", "darbinieks", "darbinieki", "klients", "klienti",
     "lietotajs", "lietotaji", "biedrs", "biedri", "tootaja", "tootajad", "kliendid", "kasutaja", "kasutajad",
     "patsient", "patsiendid", "liige", "liikmed", "opilane", "opilased",
     # Icelandic: staff, customers, users, members, patients, pupils, passengers, residents
     "starfsmenn", "starfsmadur", "vidskiptavinir", "vidskiptavinur", "notendur", "notandi", "felagar",
     "felagi", "sjuklingar", "sjuklingur", "nemendur", "nemandi", "farthegar", "farthegi", "ibuar", "ibui",
     # Bulgarian and Russian in Latin letters: clients, couriers, recipients, senders, employees, users
     "klient", "klienti", "kurier", "kurieri", "poluchatel", "poluchateli", "podatel", "podateli", "sluzhitel",
     "sluzhiteli", "potrebitel", "potrebiteli", "sotrudnik", "sotrudniki", "polzovatel", "polzovateli",
     "pokupatel", "pokupateli", "uchenik", "uchenici", "pacienti",
     # Ukrainian in Latin letters: employees, users, clients, patients, students, workers
     "spivrobitnyk", "spivrobitnyky", "korystuvach", "korystuvachi", "kliient", "kliienty", "patsiient",
     "patsiienty", "studenty", "pratsivnyk", "pratsivnyky", "uchen", "uchni",
     "user", "users", "usr", "usrs", "customer", "customers", "client", "clients", "employee", "employees", "staff", "patient",
     "patients", "member", "members", "contact", "contacts", "person", "persons", "people", "account", "accounts",
     "author", "authors", "profile", "profiles", "subscriber", "subscribers", "signup", "signups", "lead", "leads",
     "student", "students", "teacher", "teachers", "applicant", "applicants", "candidate", "candidates", "guest",
     "guests", "visitor", "visitors", "participant", "participants", "attendee", "attendees", "driver", "drivers",
     "passenger", "passengers", "buyer", "buyers", "recipient", "recipients", "beneficiary", "beneficiaries",
     "utilisateur", "utilisateurs", "adherent", "adherents", "membre", "membres", "personne", "personnes",
     "salarie", "salaries", "eleve", "eleves", "etudiant", "etudiants", "abonne", "abonnes", "inscrit", "inscrits",
     "newsletter", "actor", "actors", "doctor", "doctors", "nurse", "nurses", "owner", "owners", "tenant",
     "tenants", "player", "players", "volunteer", "volunteers", "donor", "donors", "citizen", "citizens",
     "individual", "individuals", "household", "households", "respondent", "respondents", "agent", "agents",
     "collaborateur", "collaborateurs", "personnel", "worker", "workers", "resident", "residents", "pupil", "pupils",
     "contractor", "contractors", "freelancer", "freelancers", "consultant", "consultants", "intern", "interns",
     "trainee", "trainees", "referee", "referees", "employe", "employes", "jobseeker", "jobseekers",
     # German, Spanish, Italian, Portuguese, Dutch
     "mitarbeiter", "mitarbeitende", "beschaeftigte", "angestellte", "personen", "kunde", "kunden", "nutzer",
     "benutzer", "bewerber", "bewerberin", "bewerbende", "mitglied", "mitglieder", "teilnehmer", "patienten",
     "schueler", "studierende", "empleado", "empleados", "cliente", "clientes", "usuario", "usuarios",
     "candidato", "candidatos", "paciente", "pacientes", "socio", "socios", "alumno", "alumnos", "persona",
     "personas", "trabajador", "trabajadores", "dipendente", "dipendenti", "clienti", "utente", "utenti",
     "paziente", "pazienti", "candidati", "studenti", "persone", "funcionario", "funcionarios", "colaborador",
     "colaboradores", "aluno", "alunos", "pessoa", "pessoas", "medewerker", "medewerkers", "werknemer",
     "werknemers", "klant", "klanten", "gebruiker", "gebruikers", "lid", "leden", "kandidaat", "kandidaten",
     "personeel", "kontakt", "kontakte", "ansprechpartner", "angehoerige", "contacto", "contactos", "familiares",
     "contatto", "contatti", "contato", "contatos", "arzt", "aerzte", "medico", "medicos", "medici", "huisarts",
     # Swedish, Danish, Norwegian, Finnish
     "elev", "elever", "vardnadshavare", "anstalld", "anstallda", "medarbetare", "kund", "kunder", "anvandare",
     "medlem", "medlemmar", "larare", "sokande", "deltagare", "patienter", "ansatt", "ansatte", "medarbejder",
     "medarbejdere", "bruger", "brugere", "bruker", "brukere", "oppilas", "oppilaat", "opiskelija",
     "opiskelijat", "tyontekija", "tyontekijat", "asiakas", "asiakkaat", "kayttaja", "kayttajat", "potilas",
     "potilaat",
     # Turkish: patients, staff, users, customers, employees, members, pupils, doctors, passengers, tenants
     "hasta", "hastalar", "personel", "kullanici", "kullanicilar", "musteri", "musteriler", "calisan",
     "calisanlar", "uye", "uyeler", "ogrenci", "ogrenciler", "hekim", "hekimler", "doktor", "doktorlar",
     "yolcu", "yolcular", "kisi", "kisiler", "abone", "aboneler", "kiraci", "kiracilar", "veli", "veliler",
     # Welsh: members, households, tenants, users, customers, workers, patients, pupils, students, residents
     "aelod", "aelodau", "aelwyd", "aelwydydd", "tenantiaid", "deiliad", "deiliaid", "defnyddiwr", "defnyddwyr",
     "cwsmer", "cwsmeriaid", "gweithiwr", "gweithwyr", "claf", "cleifion", "disgybl", "disgyblion", "myfyriwr",
     "myfyrwyr", "preswylydd", "preswylwyr"}
)
# Tables of payments: a "session" there is a payment provider's transaction (p24_session_id,
# stripe checkout session), no one's login.
PAYMENT_TABLES = frozenset(
    {"payment", "payments", "payout", "payouts", "transaction", "transactions", "charge", "charges", "checkout",
     "checkouts", "refund", "refunds", "platnosc", "platnosci", "wyplata", "wyplaty", "zahlung", "zahlungen",
     "auszahlung", "auszahlungen", "paiement", "paiements", "pago", "pagos", "pagamento", "pagamenti",
     "betaling", "betalingen", "betalning", "betalningar", "maksu", "maksut", "odeme", "plata", "platby",
     "placilo", "placila", "placanje", "placanja", "transakcija", "transakcije"}
)
# Tables about people's pay: gross and net amounts there are a person's pay.
PAY_TABLES = frozenset(
    {"payslip", "payslips", "payroll", "payrolls", "paycheck", "paychecks", "paystub", "paystubs", "salary",
     "salaries", "wage", "wages", "compensation", "compensations", "lohnabrechnung", "lohnabrechnungen",
     "gehaltsabrechnung", "gehaltsabrechnungen", "entgeltabrechnung", "lohn", "gehalt", "nomina", "nominas",
     "busta", "cedolino", "cedolini", "holerite", "holerites", "loonstrook", "loonstroken", "salarisstrook",
     "kyuyo", "kyuuyo", "misthodosia", "misthos", "misthoi"}
)
# Catalogues of offers: a posting, a listing, a product or a plan is no person, even with a
# salary range, a description quoting a contact or a key to who published it.
OFFER_TABLES = frozenset(
    {"posting", "postings", "vacancy", "vacancies", "listing", "listings", "offer", "offers", "opening", "openings",
     "product", "products", "plan", "plans", "course", "courses", "catalog", "catalogue", "tariff", "tariffs",
     "package", "packages", "stellenangebot", "stellenangebote", "stellenanzeige", "stellenanzeigen",
     "ausschreibung", "ausschreibungen", "oferta", "ofertas", "vacante", "vacantes", "offerta", "offerte",
     "annuncio", "annunci", "vaga", "vagas", "vacature", "vacatures", "produkt", "produkte", "producto",
     "productos", "prodotto", "prodotti", "produto", "produtos", "producten"}
)
COMPANY_TABLES = frozenset(
    {"company", "companies", "supplier", "suppliers", "vendor", "vendors", "organization", "organizations",
     "organisation", "organisations", "org", "orgs", "store", "stores", "shop", "shops", "merchant", "merchants",
     "partner", "partners", "societe", "societes", "entreprise", "entreprises", "fournisseur", "fournisseurs",
     "business", "businesses", "agency", "agencies", "bank", "banks", "manufacturer", "manufacturers", "brand",
     "brands", "carrier", "carriers", "warehouse", "warehouses", "branch", "branches", "office", "offices",
     "publisher", "publishers", "label", "labels", "employer", "employers",
     "kaisha", "torihikisaki", "shiiresaki",  # romanized Japanese: company, business partner, supplier
     # insurers, laboratories, public bodies, establishments (French and English)
     "mutuelle", "mutuelles", "assureur", "assureurs", "insurer", "insurers", "laboratoire", "laboratoires",
     "laboratory", "laboratories", "lab", "labs", "laboratorio", "laboratorios", "pharmacy", "pharmacies",
     "farmacia", "farmacias", "apotheke", "apotheken", "pharmacie", "pharmacies", "apotek", "apotheek",
     "partenaire", "partenaires", "etablissement", "etablissements",
     "rendelo", "rendelok", "szallito", "szallitok", "ceg", "cegek",  # Hungarian: surgeries, suppliers, firms
     # Slovenian, Croatian, Serbian: companies, suppliers, partners, banks, faculties, insurers, pharmacies
     "podjetje", "podjetja", "poduzece", "poduzeca", "tvrtka", "tvrtke", "preduzece", "preduzeca", "dobavitelj",
     "dobavitelji", "dobavljac", "dobavljaci", "partnerji", "partneri", "banka", "banke", "fakulteta",
     "fakultete", "fakultet", "univerza", "sveuciliste", "zavarovalnica", "zavarovalnice", "osiguravatelj",
     "lekarna", "lekarne", "ljekarna", "ljekarne", "apoteka", "apoteke", "poslovalnica", "poslovalnice",
     "podruznica", "podruznice", "organizacija", "organizacije",
     # Lithuanian, Latvian, Estonian: suppliers, companies, partners, banks
     "tiekejas", "tiekejai", "imone", "imones", "bendrove", "bendroves", "partneriai", "bankas", "bankai",
     "piegadatajs", "piegadataji", "uznemums", "uznemumi", "tarnija", "tarnijad", "ettevote", "ettevotted",
     "partnerid",
     # Icelandic: suppliers, companies, partners, banks, contractors
     "birgjar", "birgir", "fyrirtaeki", "samstarfsadilar", "samstarfsadili", "bankar", "verktakar",
     # Bulgarian and Russian in Latin letters: offices, partners, firms, suppliers, branches
     "ofis", "ofisi", "partnor", "partnori", "firmi", "dostavchik", "dostavchitsi", "postavshchik",
     "filial", "filiali", "kompaniya", "kompanii",
     # Ukrainian: counterparties, suppliers, partners, banks
     "kontrahent", "kontrahenty", "kontragent", "kontragenty", "postachalnyk", "postachalnyky", "partnery",
     "banky",
     # Slovak and Czech: suppliers, companies
     "dodavatel", "dodavatelia", "dodavatele", "spolocnost", "spolocnosti", "spolecnost", "spolecnosti",
     # Turkish: suppliers, firms, companies, dealers; Welsh: companies, suppliers, contractors
     "tedarikci", "tedarikciler", "firmalar", "sirket", "sirketler", "bayi", "bayiler", "cwmni", "cwmniau",
     "cyflenwr", "cyflenwyr", "contractwr", "contractwyr",
     # a network's own centres and facilities (a daycare's installations, a Kita, a crèche)
     "installation", "installations", "centre", "centres", "center", "centers", "garderie", "garderies",
     "creche", "creches", "cpe", "kita", "kitas", "kindertagesstaette",
     "organisme", "organismes", "banque", "banques", "agence", "agences", "institution", "institutions",
     "firm", "firms", "corporation", "corporations", "enterprise", "enterprises", "prestataire", "prestataires",
     "transporteur", "transporteurs", "fabricant", "fabricants", "editeur", "editeurs", "pharmacie", "pharmacies",
     "pharmacy", "pharmacies", "clinique", "cliniques", "clinic", "clinics", "hopital", "hopitaux", "hospital",
     "hospitals", "caisse", "caisses", "school", "schools", "ecole", "ecoles", "university", "universities",
     # German, Spanish, Italian, Portuguese, Dutch
     "firma", "firmen", "unternehmen", "gesellschaft", "lieferant", "lieferanten", "empresa", "empresas",
     "proveedor", "proveedores", "azienda", "aziende", "societa", "fornitore", "fornitori", "fornecedor",
     "fornecedores", "bedrijf", "bedrijven", "leverancier", "leveranciers", "krankenkasse", "krankenkassen",
     "versicherung", "versicherungen", "aseguradora", "aseguradoras",
     # a business's own sites with their front desks: clubs, gyms, branches, hotels, restaurants
     "club", "clubs", "gym", "gyms", "branch", "branches", "hotel", "hotels", "restaurant", "restaurants",
     "outlet", "outlets", "filiale", "filialen", "sucursal", "sucursales", "vestiging", "vestigingen",
     "klinik", "kliniken", "kliniek", "klinieken", "clinica", "clinicas", "praxis", "praksis",
     # schools, units, departments, municipalities, public bodies: organizations, not people,
     # even with a logo, a switchboard and a mailbox (SV DA NO FI DE NL EN)
     "skolenhet", "skolenheter", "enhet", "enheter", "skola", "skolor", "skole", "skoler", "koulu", "koulut",
     "forskola", "forskolor", "kommun", "kommuner", "kommune", "kunta", "kunnat", "forvaltning", "forvaltningar",
     "myndighet", "myndigheter", "campus", "campuses", "unit", "units", "department", "departments",
     "municipality", "municipalities", "council", "councils", "authority", "authorities", "gemeinde",
     "gemeinden", "behoerde", "gemeente", "gemeenten", "ayuntamiento", "schule", "schulen", "colegio",
     "colegios", "scuola", "scuole", "escola", "escolas"}
)
# People tables whose rows may be companies (B2B clients, SaaS tenants): they are companies
# when a column holds a company identifier or name and none a person's name or birth.
AMBIGUOUS_TABLES = frozenset(
    {"client", "clients", "customer", "customers", "account", "accounts", "tenant", "tenants", "owner", "owners",
     "member", "members", "adherent", "adherents", "beneficiary", "beneficiaries", "buyer", "buyers", "contractor",
     "contractors", "consultant", "consultants", "kunde", "kunden", "cliente", "clientes", "clienti", "klant",
     "klanten", "socio", "socios", "kjoper", "kjopere", "kober", "kobere", "kopare"}
)
# Care tables: body measurements and visit reasons there are health data.
CARE_TABLES = frozenset(
    {"body", "questionnaire", "questionnaires", "kezeles", "kezelesek", "treatment", "treatments", "consultation",
     "consultations", "appointment", "appointments", "visit", "visits", "encounter", "encounters",
     "admission", "admissions", "rdv", "rendez", "soin", "soins", "sejour", "sejours", "hospitalisation",
     "hospitalisations", "hospitalization", "hospitalizations", "examen", "examens", "exam", "exams",
     "examination", "examinations", "vital", "vitals", "constante", "constantes", "triage", "medical", "medicale",
     "medicales", "medicaux", "clinical", "dossier", "dossiers", "checkup", "checkups", "intake", "anamnese",
     "anamnesis", "behandlung", "behandlungen", "untersuchung", "untersuchungen", "krankmeldung", "krankmeldungen",
     "consulta", "consultas", "cita", "citas", "visita", "visitas", "visite", "ricovero", "ricoveri", "afspraak",
     "afspraken", "consult", "consulten", "atendimento", "atendimentos",
     # a school's or a clinic's health records (SV DA NO FI EN)
     "elevhalsa", "elevhalsan", "halsa", "halsovard", "skolhalsovard", "halsokontroll", "patientjournal",
     "journalanteckning", "journalanteckningar", "helse", "helsestasjon", "sundhed", "terveys", "health",
     "healthcare", "posudok", "posudky", "lekarsky", "prehliadka", "prohlidka",
     # Turkish: examinations, appointments, inpatient stays, treatments; Welsh: appointments, visits
     "muayene", "muayeneler", "randevu", "randevular", "yatis", "yatislar", "tedavi", "tedaviler",
     "apwyntiad", "apwyntiadau", "ymweliad", "ymweliadau"}
)
# Key/value settings tables (an app's own e-mail and phone among its options).
SETTINGS_TABLES = frozenset(
    {"settings", "setting", "parametres", "parametre", "parameters", "parameter", "params", "param", "config",
     "configs", "configuration", "configurations", "options", "option", "reglages", "reglage", "preferences",
     "properties", "variables", "kv", "registry", "einstellungen", "konfiguration", "configuracion", "ajustes",
     "impostazioni", "configurazione", "configuracoes", "instellingen", "installning", "installningar",
     "indstilling", "indstillinger", "innstilling", "innstillinger", "asetus", "asetukset", "configuracao",
     "definicoes", "parametros", "parametro", "einstellung", "konfig",
     "nastavitev", "nastavitve", "postavke", "postavka", "podesavanja", "konfiguracija", "nustatymai",
     "nustatymas", "iestatijumi", "seaded", "seadistused",
     "stillingar", "stilling", "nastroyka", "nastroyki",
     "configuraciones", "configurations", "configuracions", "nastavenie", "nastavenia", "nastaveni",
     "parametreler", "ayar", "ayarlar", "gosodiad", "gosodiadau", "nalashtuvannia", "nalashtuvannya"}
)
SETTINGS_KEYS = frozenset({"key", "cle", "name", "nom", "setting", "param", "parametre", "code", "property", "variable",
                           "k", "option", "schluessel", "clave", "chiave", "chave", "sleutel", "nyckel", "nogle", "nokkel", "avain",
                           "kljuc", "raktas", "atslega", "votti", "lykill", "klyuch", "kluc", "klic",
                           "anahtar", "allwedd", "kliuch"})
SETTINGS_VALUES = frozenset({"value", "valeur", "val", "v", "data", "contenu", "content", "wert", "valor", "valore",
                             "payload",
                             "waarde", "varde", "vaerdi", "verdi", "arvo", "vrednost", "vrijednost", "reiksme",
                             "vertiba", "vaartus", "gildi", "stoynost", "znachenie", "hodnota", "deger",
                             "gwerth", "znachennia", "znachennya"})
CATALOGUE_TABLES = frozenset(
    {"film", "films", "product", "products", "genre", "genres", "album", "albums", "track", "tracks", "category",
     "categories", "language", "languages", "media", "playlist", "playlists", "inventory", "item", "items", "sku",
     "country", "countries", "city", "cities", "currency", "currencies", "tag", "tags", "department", "departments",
     "produit", "produits", "article", "articles", "catalog", "catalogue", "movie", "movies", "book", "books",
     "song", "songs", "artist", "artists", "region", "regions", "state", "states", "migration", "migrations"}
)
# Tables of places: a cell site's, a building's or a flat for rent's coordinates and
# address are no one's (only a table linked to people makes a place someone's home).
PLACE_TABLES = frozenset(
    {"site", "sites", "tower", "towers", "mast", "masts", "antenna", "antennas", "station",
     "stations", "building", "buildings", "venue", "venues", "premises", "facility", "facilities", "woning",
     "woningen", "flat", "flats", "apartment", "apartments", "property", "properties", "poi", "landmark",
     "landmarks", "imovel", "imoveis", "inmueble", "inmuebles", "immobile", "immobili", "gebouw", "gebouwen",
     "pand", "panden", "standort", "standorte", "gebaeude", "edificio", "edificios", "depot", "depots",
     # where parcels are picked up, cash is drawn, goods are kept: a place, no one's home
     "pickuppoint", "pickuppoints", "pickup", "pickups", "dropoff", "dropoffs", "locker", "lockers",
     "parcelshop", "parcelshops", "servicepoint", "servicepoints", "packstation", "paczkomat", "paczkomaty",
     "punkt", "punkty", "atm", "atms", "kiosk", "kiosks",
     "wohnung", "wohnungen", "vivienda", "viviendas", "logement", "logements", "immeuble", "immeubles"}
)
# People and company words that name the table only as its head noun (the last word):
# account_move is an accounting entry, bank_link a person's link to their bank.
HEAD_ONLY = frozenset({"account", "accounts", "bank", "banks", "banque", "banco", "club", "clubs"})
# A column that tells people from companies in one table (Odoo's res_partner): the
# table holds people too, whatever its name says.
MIXED_FLAGS = frozenset({("is", "company"), ("is", "person"), ("is", "individual"), ("company", "type"),
                         ("partner", "type"), ("is", "organization"), ("is", "organisation")})
# A company word that, with an account number's column, names a table of bank accounts.
BANK_WORDS = frozenset({"bank", "banks", "banque", "banco", "bancaria", "iban", "account", "accounts"})
# Tables of animals (a vet's patients, a shelter's pets): their names, weights and
# diagnoses are no person's; their owner's columns are found as anywhere.
ANIMAL_TABLES = frozenset(
    {"pet", "pets", "animal", "animals", "dyr", "tier", "tiere", "animaux", "mascota", "mascotas", "huisdier",
     "huisdieren", "djur", "husdjur", "zwierze", "zwierzeta", "kaeledyr", "dog", "dogs", "cat", "cats", "horse",
     "horses", "hund", "hunde", "katze", "katzen", "chien", "chiens", "chat", "chats", "cheval", "livestock"}
)
# Tables of files attached to any record (ir_attachment, active_storage_blobs, uploads):
# their documents and images are people's as often as not.
ATTACHMENT_TABLES = frozenset(
    {"attachment", "attachments", "annotation", "annotations", "upload", "uploads", "blob", "blobs", "file", "files", "anhang", "anhaenge",
     "bijlage", "bijlagen", "fichier", "fichiers", "allegato", "allegati", "adjunto", "adjuntos", "anexo",
     "anexos", "bilaga", "bilagor", "vedhaeftning", "vedhaeftninger", "zalacznik", "zalaczniki"}
)
# Tables of equipment: a door controller's, a terminal's or a printer's IP, MAC address and
# serial are no one's, unless the table is linked to people (a user's devices).
EQUIPMENT_TABLES = frozenset(
    {"dev", "devs", "device", "devices", "terminal", "terminals", "reader", "readers", "controller",
     "controllers", "printer", "printers", "router", "routers", "switch", "switches", "sensor", "sensors",
     "camera", "cameras", "gateway", "gateways", "beacon", "beacons", "appliance", "appliances", "machine",
     "machines", "host", "hosts", "server", "servers", "equipment", "asset", "assets", "geraet", "geraete",
     "appareil", "appareils", "dispositivo", "dispositivos", "apparaat", "apparaten"}
)
# Tables of criminal record checks: their outcome, level and certificate are GDPR art. 10 data.
VETTING_TABLES = frozenset(
    {"vetting", "vettings", "dbs", "disclosure", "disclosures", "backgroundcheck", "backgroundchecks",
     "background", "fuehrungszeugnis", "casier", "antecedentes", "penali", "vog"}
)
