"""The held-out application: a medical practice's software the detector has never seen.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures
`dumpscrub scan`, `init`, `--strict` and `verify` on it. It was written blind, before
and without reading the detector, as a French practice ("Cabinet Saint-Michel") would
run it: patients with their social security number (NIR), IBAN, allergies and a photo;
staff and their logins; appointments, consultations, prescriptions, invoices and
payments; and next to them catalogues (medications, billable acts), insurers and
laboratories (company data), settings and lookup tables. Column names mix French and
English and use the abbreviations developers write (`prenom`, `dob`, `tel_portable`,
`courriel`, `adr1`, `cp`, `num_secu`, `pwd_hash`, `last_ip`).

Which column is personal is said in tests/heldout/labels.yml (a privacy officer's
reading, the format of shared/corpus/*/pii.yml plus `clearly_not_personal`).

Everything here is the original side: the rows (`make_practice`, drawn from a seeded
`random.Random` and seeded Faker instances, so every run and every server gets the same
ones), the DDL of each server, `create` and `dump` (the servers' own dump programs),
the foreign keys, and the personal e-mails and IBANs a leak check looks for.
"""

from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker

from support import apps
from support.apps import ascii_fold, compact_iban, dump, grouped  # dump: the acceptance test imports it from here
from support.apps import iban_check_digits, jpeg_bytes, luhn_digit, png_bytes
from support.apps import foreign_key as _fk

SEED = 20250307
LABELS = Path(__file__).resolve().parents[1] / "heldout" / "labels.yml"
PATIENT_COUNT = 240
RDV_COUNT = 600
PERSONAL_MAIL = ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr", "wanadoo.fr", "yahoo.fr")
ENGLISH_MAIL = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk")
STAFF_DOMAIN = "cabinet-saint-michel.fr"

# Per server: the DDL's placeholders.
TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "inet": "varchar(45)"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "inet": "inet"},
    "sqlite": {"ts": "DATETIME", "json": "TEXT", "blob": "BLOB", "bool": "BOOLEAN", "inet": "varchar(45)"},
}
DDL = (
    "CREATE TABLE specialites (id integer PRIMARY KEY, code varchar(10) NOT NULL UNIQUE, libelle varchar(80) NOT NULL)",
    "CREATE TABLE statuts_rdv (code varchar(12) PRIMARY KEY, libelle varchar(60) NOT NULL, ordre integer NOT NULL)",
    "CREATE TABLE mutuelles (id integer PRIMARY KEY, raison_sociale varchar(120) NOT NULL, siret char(14) NOT NULL,"
    " num_tva varchar(16) NOT NULL, standard_tel varchar(20) NOT NULL, email_contact varchar(120) NOT NULL,"
    " adresse varchar(150) NOT NULL, cp varchar(5) NOT NULL, ville varchar(80) NOT NULL, created_at {ts} NOT NULL)",
    "CREATE TABLE laboratoires (id integer PRIMARY KEY, name varchar(120) NOT NULL, vat_number varchar(16) NOT NULL,"
    " phone varchar(20) NOT NULL, contact_email varchar(120) NOT NULL, website varchar(120),"
    " country_code char(2) NOT NULL)",
    "CREATE TABLE medicaments (id integer PRIMARY KEY, cip13 char(13) NOT NULL UNIQUE,"
    " nom_commercial varchar(120) NOT NULL, dci varchar(120) NOT NULL, forme varchar(40) NOT NULL,"
    " dosage varchar(40) NOT NULL, prix_ttc decimal(8,2) NOT NULL, taux_remboursement integer NOT NULL,"
    " laboratoire_id integer NOT NULL, description text, updated_at {ts} NOT NULL,"
    " FOREIGN KEY (laboratoire_id) REFERENCES laboratoires (id))",
    "CREATE TABLE actes (code varchar(8) PRIMARY KEY, libelle varchar(160) NOT NULL, tarif_base decimal(8,2) NOT NULL,"
    " duree_min integer NOT NULL, description text)",
    "CREATE TABLE parametres (cle varchar(60) PRIMARY KEY, valeur varchar(255) NOT NULL, description varchar(255),"
    " updated_at {ts} NOT NULL)",
    "CREATE TABLE personnel (id integer PRIMARY KEY, first_name varchar(60) NOT NULL, last_name varchar(60) NOT NULL,"
    " email varchar(120) NOT NULL UNIQUE, mobile varchar(20), rpps char(11) UNIQUE, fonction varchar(20) NOT NULL,"
    " specialite_id integer, hired_on date NOT NULL, created_at {ts} NOT NULL, updated_at {ts} NOT NULL,"
    " FOREIGN KEY (specialite_id) REFERENCES specialites (id))",
    # The login is the staff member's e-mail: a foreign key on a personal column.
    "CREATE TABLE users (id integer PRIMARY KEY, email varchar(120) NOT NULL UNIQUE, username varchar(40) NOT NULL"
    " UNIQUE, pwd_hash varchar(72) NOT NULL, last_ip {inet}, last_login_at {ts}, role varchar(20) NOT NULL,"
    " is_active {bool} NOT NULL, mfa_enabled {bool} NOT NULL, created_at {ts} NOT NULL,"
    " FOREIGN KEY (email) REFERENCES personnel (email))",
    "CREATE TABLE user_sessions (id integer PRIMARY KEY, user_id integer NOT NULL, session_token char(64) NOT NULL"
    " UNIQUE, ip_address varchar(45) NOT NULL, user_agent varchar(255), created_at {ts} NOT NULL,"
    " expires_at {ts} NOT NULL, FOREIGN KEY (user_id) REFERENCES users (id))",
    "CREATE TABLE patients (id integer PRIMARY KEY, prenom varchar(60) NOT NULL, nom varchar(60) NOT NULL,"
    " nom_naissance varchar(60), sexe char(1) NOT NULL, dob date NOT NULL, num_secu char(15) NOT NULL UNIQUE,"
    " courriel varchar(120) UNIQUE, tel_portable varchar(20), tel_fixe varchar(20), adr1 varchar(150) NOT NULL,"
    " adr2 varchar(150), cp varchar(5) NOT NULL, ville varchar(80) NOT NULL, iban varchar(40),"
    " groupe_sanguin varchar(3), allergies varchar(255), religion varchar(30), photo {blob}, notes text,"
    " preferences {json}, mutuelle_id integer, medecin_id integer, created_at {ts} NOT NULL,"
    " updated_at {ts} NOT NULL, FOREIGN KEY (mutuelle_id) REFERENCES mutuelles (id),"
    " FOREIGN KEY (medecin_id) REFERENCES personnel (id))",
    "CREATE TABLE contacts_urgence (id integer PRIMARY KEY, patient_id integer NOT NULL,"
    " nom_complet varchar(120) NOT NULL, lien varchar(20) NOT NULL, telephone varchar(20) NOT NULL,"
    " email varchar(120), FOREIGN KEY (patient_id) REFERENCES patients (id))",
    "CREATE TABLE rendez_vous (id integer PRIMARY KEY, patient_id integer NOT NULL, personnel_id integer NOT NULL,"
    " acte_code varchar(8) NOT NULL, statut varchar(12) NOT NULL, debut {ts} NOT NULL, duree_min integer NOT NULL,"
    " motif varchar(255), created_at {ts} NOT NULL, FOREIGN KEY (patient_id) REFERENCES patients (id),"
    " FOREIGN KEY (personnel_id) REFERENCES personnel (id), FOREIGN KEY (acte_code) REFERENCES actes (code),"
    " FOREIGN KEY (statut) REFERENCES statuts_rdv (code))",
    "CREATE TABLE consultations (id integer PRIMARY KEY, rdv_id integer NOT NULL UNIQUE, diagnostic varchar(255),"
    " compte_rendu text, poids_kg decimal(5,1), tension varchar(7), created_at {ts} NOT NULL,"
    " FOREIGN KEY (rdv_id) REFERENCES rendez_vous (id))",
    # The patient's NIR, not the patient id: what the pharmacy's software reads off the carte Vitale.
    "CREATE TABLE ordonnances (id integer PRIMARY KEY, consultation_id integer NOT NULL, patient_nir char(15) NOT NULL,"
    " emise_le date NOT NULL, renouvelable {bool} NOT NULL, FOREIGN KEY (consultation_id) REFERENCES"
    " consultations (id), FOREIGN KEY (patient_nir) REFERENCES patients (num_secu))",
    "CREATE TABLE lignes_ordonnance (id integer PRIMARY KEY, ordonnance_id integer NOT NULL,"
    " medicament_id integer NOT NULL, posologie varchar(255) NOT NULL, quantite integer NOT NULL,"
    " FOREIGN KEY (ordonnance_id) REFERENCES ordonnances (id),"
    " FOREIGN KEY (medicament_id) REFERENCES medicaments (id))",
    "CREATE TABLE factures (id integer PRIMARY KEY, numero varchar(20) NOT NULL UNIQUE, patient_id integer NOT NULL,"
    " montant_ttc decimal(8,2) NOT NULL, statut varchar(12) NOT NULL, emise_le {ts} NOT NULL, payee_le {ts},"
    " FOREIGN KEY (patient_id) REFERENCES patients (id))",
    "CREATE TABLE paiements (id integer PRIMARY KEY, facture_id integer NOT NULL, montant decimal(8,2) NOT NULL,"
    " mode varchar(12) NOT NULL, iban_emetteur varchar(40), reference varchar(40) NOT NULL, paid_at {ts} NOT NULL,"
    " FOREIGN KEY (facture_id) REFERENCES factures (id))",
)

# Every table's columns in DDL order (parents before children, the order rows go in).
COLUMNS = {
    "specialites": ("id", "code", "libelle"),
    "statuts_rdv": ("code", "libelle", "ordre"),
    "mutuelles": ("id", "raison_sociale", "siret", "num_tva", "standard_tel", "email_contact", "adresse", "cp", "ville",
                  "created_at"),
    "laboratoires": ("id", "name", "vat_number", "phone", "contact_email", "website", "country_code"),
    "medicaments": ("id", "cip13", "nom_commercial", "dci", "forme", "dosage", "prix_ttc", "taux_remboursement",
                    "laboratoire_id", "description", "updated_at"),
    "actes": ("code", "libelle", "tarif_base", "duree_min", "description"),
    "parametres": ("cle", "valeur", "description", "updated_at"),
    "personnel": ("id", "first_name", "last_name", "email", "mobile", "rpps", "fonction", "specialite_id", "hired_on",
                  "created_at", "updated_at"),
    "users": ("id", "email", "username", "pwd_hash", "last_ip", "last_login_at", "role", "is_active", "mfa_enabled",
              "created_at"),
    "user_sessions": ("id", "user_id", "session_token", "ip_address", "user_agent", "created_at", "expires_at"),
    "patients": ("id", "prenom", "nom", "nom_naissance", "sexe", "dob", "num_secu", "courriel", "tel_portable",
                 "tel_fixe", "adr1", "adr2", "cp", "ville", "iban", "groupe_sanguin", "allergies", "religion", "photo",
                 "notes", "preferences", "mutuelle_id", "medecin_id", "created_at", "updated_at"),
    "contacts_urgence": ("id", "patient_id", "nom_complet", "lien", "telephone", "email"),
    "rendez_vous": ("id", "patient_id", "personnel_id", "acte_code", "statut", "debut", "duree_min", "motif",
                    "created_at"),
    "consultations": ("id", "rdv_id", "diagnostic", "compte_rendu", "poids_kg", "tension", "created_at"),
    "ordonnances": ("id", "consultation_id", "patient_nir", "emise_le", "renouvelable"),
    "lignes_ordonnance": ("id", "ordonnance_id", "medicament_id", "posologie", "quantite"),
    "factures": ("id", "numero", "patient_id", "montant_ttc", "statut", "emise_le", "payee_le"),
    "paiements": ("id", "facture_id", "montant", "mode", "iban_emetteur", "reference", "paid_at"),
}


FOREIGN_KEYS = (
    _fk("medicaments", ["laboratoire_id"], "laboratoires", ["id"]),
    _fk("personnel", ["specialite_id"], "specialites", ["id"]),
    _fk("users", ["email"], "personnel", ["email"]),
    _fk("user_sessions", ["user_id"], "users", ["id"]),
    _fk("patients", ["mutuelle_id"], "mutuelles", ["id"]),
    _fk("patients", ["medecin_id"], "personnel", ["id"]),
    _fk("contacts_urgence", ["patient_id"], "patients", ["id"]),
    _fk("rendez_vous", ["patient_id"], "patients", ["id"]),
    _fk("rendez_vous", ["personnel_id"], "personnel", ["id"]),
    _fk("rendez_vous", ["acte_code"], "actes", ["code"]),
    _fk("rendez_vous", ["statut"], "statuts_rdv", ["code"]),
    _fk("consultations", ["rdv_id"], "rendez_vous", ["id"]),
    _fk("ordonnances", ["consultation_id"], "consultations", ["id"]),
    _fk("ordonnances", ["patient_nir"], "patients", ["num_secu"]),
    _fk("lignes_ordonnance", ["ordonnance_id"], "ordonnances", ["id"]),
    _fk("lignes_ordonnance", ["medicament_id"], "medicaments", ["id"]),
    _fk("factures", ["patient_id"], "patients", ["id"]),
    _fk("paiements", ["facture_id"], "factures", ["id"]),
)

SPECIALITES = (
    ("MG", "Médecine générale"), ("PED", "Pédiatrie"), ("CARDIO", "Cardiologie"), ("DERM", "Dermatologie"),
    ("GYN", "Gynécologie médicale"), ("KINE", "Masso-kinésithérapie"), ("IDE", "Soins infirmiers"),
    ("PSY", "Psychiatrie"),
)
STATUTS = (("planifie", "Planifié", 1), ("confirme", "Confirmé", 2), ("honore", "Honoré", 3),
           ("annule", "Annulé", 4), ("absent", "Patient absent", 5))
MUTUELLES = (
    ("Mutuelle Générale de l'Ouest", "mgo-sante.fr", "Nantes", "44000"),
    ("Harmonie Prévoyance Bretagne", "harmonie-prevoyance.fr", "Rennes", "35000"),
    ("MutSanté Île-de-France", "mutsante-idf.fr", "Paris", "75011"),
    ("Caisse Solidaire des Artisans", "csa-mutuelle.fr", "Lyon", "69003"),
    ("Alliance Santé Famille", "alliance-sante-famille.fr", "Bordeaux", "33000"),
    ("Prévoyance des Enseignants", "prevens.fr", "Lille", "59000"),
    ("Mutuelle du Littoral", "mutuelle-littoral.fr", "Brest", "29200"),
    ("Entraide Santé Rurale", "entraide-sante-rurale.fr", "Limoges", "87000"),
    ("Cigogne Mutuelle", "cigogne-mutuelle.fr", "Strasbourg", "67000"),
    ("Azur Santé Prévoyance", "azur-sante.fr", "Nice", "06000"),
)
LABORATOIRES = (
    ("Laboratoires Servane", "FR", "servane-pharma.fr"), ("Biogaran", "FR", "biogaran.fr"),
    ("Pharmavita GmbH", "DE", "pharmavita.de"), ("Sandoz", "CH", "sandoz.ch"), ("Arrow Génériques", "FR", "arrow.fr"),
    ("Teva Santé", "FR", "teva-sante.fr"), ("Zentiva France", "FR", "zentiva.fr"), ("Mylan Medical", "FR", "mylan.fr"),
)
# (commercial name, INN, form, strength, price, reimbursement %)
MEDICAMENTS = (
    ("Doliprane", "paracétamol", "comprimé", "1000 mg", "2.18", 65),
    ("Dafalgan", "paracétamol", "gélule", "500 mg", "1.96", 65),
    ("Amoxicilline", "amoxicilline", "gélule", "500 mg", "3.54", 65),
    ("Augmentin", "amoxicilline/acide clavulanique", "comprimé", "1 g", "6.90", 65),
    ("Spasfon", "phloroglucinol", "comprimé", "80 mg", "2.86", 30),
    ("Ventoline", "salbutamol", "suspension inhalée", "100 µg", "4.26", 65),
    ("Kardegic", "acétylsalicylate de lysine", "poudre", "75 mg", "2.60", 65),
    ("Levothyrox", "lévothyroxine", "comprimé", "75 µg", "2.42", 65),
    ("Metformine", "metformine", "comprimé", "850 mg", "2.75", 65),
    ("Amlodipine", "amlodipine", "gélule", "5 mg", "3.10", 65),
    ("Ramipril", "ramipril", "comprimé", "5 mg", "3.88", 65),
    ("Atorvastatine", "atorvastatine", "comprimé", "20 mg", "6.05", 65),
    ("Oméprazole", "oméprazole", "gélule", "20 mg", "3.47", 65),
    ("Ibuprofène", "ibuprofène", "comprimé", "400 mg", "2.04", 65),
    ("Smecta", "diosmectite", "poudre", "3 g", "3.61", 30),
    ("Aerius", "desloratadine", "comprimé", "5 mg", "4.53", 30),
    ("Xanax", "alprazolam", "comprimé", "0,25 mg", "1.94", 65),
    ("Seresta", "oxazépam", "comprimé", "10 mg", "1.88", 65),
    ("Lasilix", "furosémide", "comprimé", "40 mg", "2.33", 65),
    ("Bisoprolol", "bisoprolol", "comprimé", "5 mg", "3.05", 65),
    ("Daflon", "diosmine", "comprimé", "500 mg", "5.12", 0),
    ("Gaviscon", "alginate de sodium", "suspension buvable", "500 mg", "3.90", 0),
    ("Efferalgan", "paracétamol", "comprimé effervescent", "1 g", "2.36", 65),
    ("Célestène", "bétaméthasone", "solution buvable", "0,05 %", "2.88", 65),
    ("Clamoxyl", "amoxicilline", "poudre pour suspension", "250 mg/5 ml", "3.26", 65),
    ("Inexium", "ésoméprazole", "comprimé", "40 mg", "7.14", 65),
    ("Forlax", "macrogol", "poudre", "10 g", "4.19", 30),
    ("Solupred", "prednisolone", "comprimé orodispersible", "20 mg", "2.65", 65),
    ("Vogalène", "métopimazine", "gélule", "15 mg", "2.59", 30),
    ("Tahor", "atorvastatine", "comprimé", "10 mg", "5.90", 65),
)
ACTES = (
    ("G", "Consultation de médecine générale", "26.50", 20),
    ("GS", "Consultation de médecine générale spécialisée", "30.00", 20),
    ("VG", "Visite à domicile", "36.50", 40),
    ("APC", "Avis ponctuel de consultant", "56.50", 30),
    ("DEQP003", "Électrocardiographie sur au moins 12 dérivations", "14.26", 15),
    ("QZJA002", "Ablation d'un corps étranger superficiel de la peau", "26.12", 20),
    ("QZHA001", "Biopsie cutanée", "28.80", 20),
    ("COE", "Consultation obligatoire de l'enfant", "46.00", 30),
    ("TCG", "Téléconsultation", "26.50", 15),
    ("AMI4", "Soin infirmier", "12.60", 15),
    ("AMK8", "Rééducation kinésithérapie", "17.20", 30),
    ("CNPSY", "Consultation de psychiatrie", "51.70", 45),
)
PARAMETRES = (
    ("cabinet.nom", "Cabinet médical Saint-Michel", "Nom affiché sur les documents"),
    ("cabinet.email", f"secretariat@{STAFF_DOMAIN}", "Adresse d'envoi des rappels et factures"),
    ("cabinet.tel", "02 99 31 44 20", "Standard du cabinet"),
    ("cabinet.adresse", "14 place Saint-Michel, 35000 Rennes", "Adresse imprimée sur les ordonnances"),
    ("smtp.host", f"smtp.{STAFF_DOMAIN}", None), ("smtp.port", "587", None),
    ("sms.expediteur", "CABINETSM", "Nom d'expéditeur des SMS (11 caractères au plus)"),
    ("rdv.duree_defaut_min", "20", None), ("rdv.rappel_heures_avant", "24", "Envoi du rappel SMS ou e-mail"),
    ("factures.prefixe", "FAC", None), ("rgpd.conservation_ans", "20", "Durée de conservation du dossier médical"),
    ("ui.theme", "clair", None), ("ui.langue", "fr", None),
)
FONCTIONS = (("medecin", "medecin"), ("secretaire", "secretariat"), ("infirmier", "soignant"), ("kine", "soignant"))
MOTIFS = (
    "Renouvellement d'ordonnance", "Douleur lombaire depuis une semaine", "Fièvre et toux depuis 3 jours",
    "Certificat de non contre-indication au sport", "Suivi tension artérielle", "Vaccination grippe",
    "Bilan sanguin à commenter", "Mal de gorge", "Suivi diabète", "Éruption cutanée", "Troubles du sommeil",
    "Contrôle post-opératoire", "Vertiges", None,
)
DIAGNOSTICS = (
    "Angine virale", "Lombalgie commune", "HTA essentielle équilibrée", "Diabète de type 2 équilibré",
    "Rhinopharyngite aiguë", "Entorse bénigne de la cheville droite", "Trouble anxieux généralisé", "Eczéma atopique",
    "Otite moyenne aiguë", "Gastro-entérite aiguë", "Migraine sans aura", "Hypothyroïdie substituée",
    "Bronchite aiguë", "Insomnie chronique", "Syndrome grippal",
)
ALLERGIES = (
    "Pénicilline", "Arachides", "Pollens de graminées", "Acariens", "Aspirine", "Latex", "Iode", "Fruits à coque",
)
GROUPES = ("O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-")
RELIGIONS = ("catholique", "musulmane", "juive", "protestante", "orthodoxe", "aucune")
POSOLOGIES = (
    "1 comprimé matin et soir pendant 7 jours", "1 gélule 3 fois par jour", "2 bouffées en cas de gêne respiratoire",
    "1 comprimé le matin à jeun", "1 sachet par jour pendant 5 jours", "1 comprimé au coucher si besoin",
)
USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko)"
    " Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
)
# Notes the secretaries and doctors type; {email}, {phone}, {iban} are a relative's or the patient's.
NOTE_TEMPLATES = (
    "Préfère être appelé(e) sur le {phone}, jamais au travail.",
    "Fille à prévenir pour les résultats : {email}",
    "RAS.",
    "Envoyer les résultats par mail à {email} ou appeler le {phone}.",
    "Règle par virement depuis le compte {iban}.",
    "Patient malentendant : privilégier les SMS au {phone}.",
    "Dossier transféré du Dr Martin (Vannes) en 2021.",
    "Tiers payant refusé en 2023, demander la carte de mutuelle à jour.",
    "Speaks English only; wife interprets. Contact: {email}",
)
REPORT_TEMPLATES = (
    "Patient vu pour {motif}. Examen clinique sans particularité. Traitement symptomatique.",
    "Vu ce jour. TA {tension}. Résultats à transmettre à {email}. Rappeler au {phone} si aggravation.",
    "Consultation de suivi. Poids stable. Pas de modification du traitement.",
    "Examen : auscultation normale, pas de signe de gravité. Revoir dans 15 jours.",
    "Bilan biologique prescrit ; le laboratoire enverra les résultats au {phone}.",
    "Arrêt de travail de 3 jours. Courrier à la médecine du travail (copie à {email}).",
)


def nir_key(first13: str) -> str:
    """The French social security number's key: 97 minus the number modulo 97."""
    return f"{97 - int(first13) % 97:02d}"


@dataclass
class Practice:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's addresses, casefolded (company ones excluded)
    ibans: set[str] = field(default_factory=set)  # compact, upper case


class _Maker:
    """Draws the practice's values; every phone, e-mail, NIR and IBAN it gives is new."""

    def __init__(self, rng: random.Random, practice: Practice) -> None:
        self.rng = rng
        self.practice = practice
        self.numbers: set[str] = set()
        self.nirs: set[str] = set()

    def phone(self, kind: str = "mobile", country: str = "FR") -> str:
        rng = self.rng
        while True:
            if country == "GB":
                text = f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
            elif kind == "mobile":
                digits = rng.choice("67") + "".join(rng.choices(string.digits, k=8))
                if digits[0] == "7":
                    digits = "7" + rng.choice("5678") + digits[2:]
                text = self._french(digits)
            else:
                text = self._french(rng.choice("12345") + "".join(rng.choices(string.digits, k=8)))
            number = phonenumbers.parse(text, country)
            national = str(number.national_number)
            if phonenumbers.is_valid_number(number) and national not in self.numbers:
                self.numbers.add(national)
                return text

    def _french(self, digits: str) -> str:
        pairs = [digits[i : i + 2] for i in range(1, 9, 2)]
        style = self.rng.random()
        if style < 0.6:
            return f"0{digits[0]} {' '.join(pairs)}"
        if style < 0.8:
            return f"0{digits[0]}{''.join(pairs)}"
        if style < 0.9:
            return f"0{digits[0]}.{'.'.join(pairs)}"
        return f"+33 {digits[0]} {' '.join(pairs)}"

    def email(self, first: str, last: str, domains: tuple[str, ...]) -> str:
        rng = self.rng
        base = rng.choice((f"{ascii_fold(first)}.{ascii_fold(last)}", f"{ascii_fold(first)[0]}{ascii_fold(last)}",
                           f"{ascii_fold(first)}_{ascii_fold(last)}"))
        while True:
            local = base if rng.random() < 0.4 else f"{base}{rng.randint(1, 99)}"
            address = f"{local}@{rng.choice(domains)}"
            if address.casefold() not in self.practice.emails:
                self.practice.emails.add(address.casefold())
                return address

    def iban(self) -> str:
        rng = self.rng
        bban = "".join(rng.choices(string.digits, k=21)) + f"{rng.randint(1, 97):02d}"  # bank, branch, account, RIB key
        compact = "FR" + iban_check_digits("FR", bban) + bban
        self.practice.ibans.add(compact)
        return compact

    def nir(self, sexe: str, dob: str) -> str:
        rng = self.rng
        while True:
            dept = rng.choice(("35", "75", "29", "56", "44", "22", "13", "69", "2A", "99"))
            numeric_dept = {"2A": "19"}.get(dept, dept)  # Corsica's 2A counts as 19 in the key
            commune = f"{rng.randint(1, 400):03d}" if dept != "99" else f"{rng.choice((109, 132, 134, 352)):03d}"
            head = f"{'1' if sexe == 'M' else '2'}{dob[2:4]}{dob[5:7]}"
            order = f"{rng.randint(1, 999):03d}"
            key = nir_key(head + numeric_dept + commune + order)
            nir = head + dept + commune + order + key
            if nir not in self.nirs:
                self.nirs.add(nir)
                return nir


def _moment(rng: random.Random, first_year: int, last_year: int) -> str:
    day = f"{rng.randint(first_year, last_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"{day} {rng.randint(7, 19):02d}:{rng.choice((0, 15, 20, 30, 40, 45)):02d}:00"


def _ipv4(rng: random.Random) -> str:
    return apps.ipv4(rng, (82, 86, 90, 92, 109, 176, 193))  # French broadband operators' ranges


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return _ipv4(rng)
    return f"2a01:cb1{rng.randint(0, 9)}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}::{rng.getrandbits(16):x}"


def _bcrypt(rng: random.Random) -> str:
    alphabet = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    return "$2b$12$" + "".join(rng.choices(alphabet, k=53))


def _catalogue(rng: random.Random, p: Practice, fake: Faker) -> None:
    p.rows["specialites"] = [(i, code, label) for i, (code, label) in enumerate(SPECIALITES, 1)]
    p.rows["statuts_rdv"] = list(STATUTS)
    make = _Maker(rng, Practice())  # company numbers: not people's, not in the leak sets
    p.rows["mutuelles"] = []
    for i, (name, domain, city, cp) in enumerate(MUTUELLES, 1):
        siren = f"{rng.randint(30000000, 99999999):08d}"
        siren += luhn_digit(siren)
        nic = f"{rng.randint(1, 999):04d}"
        siret = siren + nic + luhn_digit(siren + nic)
        vat = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
        address = f"{rng.randint(1, 120)} {fake.street_name()}"
        p.rows["mutuelles"].append((i, name, siret, vat, make.phone("fixe"), f"contact@{domain}", address, cp, city,
                                    _moment(rng, 2019, 2020)))
    p.rows["laboratoires"] = []
    for i, (name, country, domain) in enumerate(LABORATOIRES, 1):
        vat = {"FR": f"FR{rng.randint(10, 99)}{rng.randint(300000000, 999999999)}",
               "DE": f"DE{rng.randint(100000000, 999999999)}",
               "CH": f"CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"}[country]
        phone = make.phone("fixe") if country == "FR" else {"DE": "+49 30 2093 4410", "CH": "+41 61 324 11 11"}[country]
        p.rows["laboratoires"].append((i, name, vat, phone, f"pharmacovigilance@{domain}", f"https://www.{domain}",
                                       country))
    p.rows["medicaments"] = []
    for i, (name, dci, forme, dosage, price, rate) in enumerate(MEDICAMENTS, 1):
        cip = "34009" + f"{rng.randint(0, 9999999):07d}"
        cip += luhn_digit(cip)
        description = f"{name} {dosage}, {forme}. Principe actif : {dci}. Boîte de {rng.choice((8, 16, 20, 28, 30))}."
        p.rows["medicaments"].append((i, cip, f"{name} {dosage}", dci, forme, dosage, Decimal(price), rate,
                                      rng.randint(1, len(LABORATOIRES)), description, _moment(rng, 2023, 2024)))
    p.rows["actes"] = [(code, label, Decimal(tarif), minutes, f"Acte {code} de la nomenclature ({label.lower()}).")
                       for code, label, tarif, minutes in ACTES]
    p.rows["parametres"] = [(key, value, note, _moment(rng, 2022, 2024)) for key, value, note in PARAMETRES]


def _staff(rng: random.Random, p: Practice, make: _Maker, fake: Faker) -> None:
    p.rows["personnel"], p.rows["users"], p.rows["user_sessions"] = [], [], []
    usernames: set[str] = set()
    for i in range(1, 23):
        fonction, role = FONCTIONS[0] if i <= 12 else rng.choice(FONCTIONS[1:])
        first, last = fake.first_name(), fake.last_name()
        email = make.email(first, last, (STAFF_DOMAIN,))
        rpps = None
        if fonction == "medecin":
            rpps = "10" + f"{rng.randint(0, 99999999):08d}"
            rpps += luhn_digit(rpps)
        specialite = {"medecin": rng.randint(1, 5), "infirmier": 7, "kine": 6}.get(fonction)
        created = _moment(rng, 2015, 2022)
        p.rows["personnel"].append((i, first, last, email, make.phone() if rng.random() < 0.9 else None, rpps,
                                    fonction, specialite, created[:10], created, _moment(rng, 2023, 2024)))
        username = ascii_fold(first)[0] + ascii_fold(last)
        while username in usernames:
            username += str(rng.randint(0, 9))
        usernames.add(username)
        p.rows["users"].append((i, email, username, _bcrypt(rng), _ip(rng) if rng.random() < 0.95 else None,
                                _moment(rng, 2024, 2024), "admin" if i == 1 else role, rng.random() < 0.9,
                                rng.random() < 0.4, created))
    for i in range(1, 161):
        start = _moment(rng, 2024, 2024)
        p.rows["user_sessions"].append((i, rng.randint(1, 22), f"{rng.getrandbits(256):064x}", _ipv4(rng),
                                        rng.choice(USER_AGENTS), start, start.replace("2024", "2025", 1)))


def _fill(rng: random.Random, make: _Maker, template: str, first: str, last: str, **known: str) -> str:
    """A note or report: {email}, {phone} and {iban} become a relative's values unless given."""
    values = dict(known)
    if "{email}" in template and "email" not in values:
        values["email"] = make.email(rng.choice(("Claire", "Paul", "Sophie", "Marc", "Emma", "Louis")), last,
                                     PERSONAL_MAIL)
    if "{phone}" in template and "phone" not in values:
        values["phone"] = make.phone()
    if "{iban}" in template and "iban" not in values:
        values["iban"] = grouped(make.iban())
    return template.format(**values)


def _patient(rng: random.Random, make: _Maker, fr: Faker, en: Faker, i: int, doctors: list[int]) -> tuple:
    english = rng.random() < 0.15
    fake = en if english else fr
    sexe = rng.choice("FM")
    first = fake.first_name_female() if sexe == "F" else fake.first_name_male()
    last = fake.last_name()
    birth_name = fr.last_name() if sexe == "F" and rng.random() < 0.35 else None
    dob = f"{rng.randint(1935, 2020)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    email = make.email(first, last, ENGLISH_MAIL if english else PERSONAL_MAIL) if rng.random() < 0.85 else None
    mobile = make.phone(country="GB" if english and rng.random() < 0.5 else "FR") if rng.random() < 0.9 else None
    iban = make.iban() if rng.random() < 0.6 else None
    if iban and rng.random() < 0.4:
        iban = grouped(iban)  # typed from a RIB
    photo = None
    if rng.random() < 0.3:
        photo = png_bytes(rng) if rng.random() < 0.5 else jpeg_bytes(rng)
    notes = None
    if rng.random() < 0.6:
        known = {"phone": mobile} if mobile and rng.random() < 0.5 else {}
        if iban:
            known["iban"] = iban
        notes = _fill(rng, make, rng.choice(NOTE_TEMPLATES), first, last, **known)
    preferences = None
    if rng.random() < 0.8:
        preferences = {"langue": "en" if english else "fr", "rappel": rng.choice(("sms", "email", "aucun")),
                       "rappel_veille": rng.random() < 0.7, "newsletter": rng.random() < 0.2}
        if rng.random() < 0.5:
            contact = {"email": make.email(rng.choice(("Julie", "Thomas", "Anne")), last, PERSONAL_MAIL)}
            if rng.random() < 0.6:
                contact["tel"] = make.phone()
            preferences["contact_resultats"] = contact
        preferences = json.dumps(preferences, ensure_ascii=False)
    created = _moment(rng, 2016, 2023)
    return (
        i, first, last, birth_name, sexe, dob, make.nir(sexe, dob), email, mobile,
        make.phone("fixe") if rng.random() < 0.3 else None, fr.street_address(),
        rng.choice(("Bâtiment B", "Appt 12", "Résidence Les Tilleuls", "3e étage")) if rng.random() < 0.2 else None,
        fr.postcode(), fr.city(), iban, rng.choice(GROUPES) if rng.random() < 0.5 else None,
        ", ".join(rng.sample(ALLERGIES, rng.randint(1, 2))) if rng.random() < 0.3 else None,
        rng.choice(RELIGIONS) if rng.random() < 0.25 else None, photo, notes, preferences,
        rng.randint(1, len(MUTUELLES)) if rng.random() < 0.85 else None, rng.choice(doctors), created,
        _moment(rng, 2024, 2024),
    )


def _care(rng: random.Random, p: Practice, make: _Maker, fr: Faker) -> None:
    patients = p.rows["patients"]
    doctors = [row[0] for row in p.rows["personnel"] if row[6] == "medecin"]
    carers = [row[0] for row in p.rows["personnel"] if row[6] in ("medecin", "infirmier", "kine")]
    p.rows["contacts_urgence"] = []
    for patient in patients:
        if rng.random() < 0.5:
            first, last = fr.first_name(), rng.choice((patient[2], fr.last_name()))
            email = make.email(first, last, PERSONAL_MAIL) if rng.random() < 0.6 else None
            p.rows["contacts_urgence"].append((len(p.rows["contacts_urgence"]) + 1, patient[0], f"{first} {last}",
                                               rng.choice(("conjoint", "parent", "enfant", "ami", "voisin")),
                                               make.phone(), email))
    p.rows["rendez_vous"], p.rows["consultations"] = [], []
    p.rows["ordonnances"], p.rows["lignes_ordonnance"] = [], []
    for i in range(1, RDV_COUNT + 1):
        patient = rng.choice(patients)
        acte = rng.choice(ACTES)
        start = _moment(rng, 2023, 2024)
        statut = rng.choices(("planifie", "confirme", "honore", "annule", "absent"), (1, 1, 8, 1, 1))[0]
        motif = rng.choice(MOTIFS)
        doctor = rng.choice(doctors) if acte[0] not in ("AMI4", "AMK8") else rng.choice(carers)
        p.rows["rendez_vous"].append((i, patient[0], doctor, acte[0], statut, start, acte[3], motif,
                                      _moment(rng, 2023, 2023)))
        if statut != "honore":
            continue
        tension = f"{rng.randint(10, 16)}/{rng.randint(6, 9)}"
        known = {"phone": patient[8]} if patient[8] else {}
        if patient[7] and rng.random() < 0.5:
            known["email"] = patient[7]
        motif_text = (motif or "un contrôle").lower()
        report = _fill(rng, make, rng.choice(REPORT_TEMPLATES), patient[1], patient[2], motif=motif_text,
                       tension=tension, **known)
        consultation = len(p.rows["consultations"]) + 1
        p.rows["consultations"].append((consultation, i, rng.choice(DIAGNOSTICS), report,
                                        Decimal(f"{rng.randint(350, 1100) / 10:.1f}") if rng.random() < 0.7 else None,
                                        tension if rng.random() < 0.8 else None, start))
        if rng.random() < 0.7:
            ordonnance = len(p.rows["ordonnances"]) + 1
            p.rows["ordonnances"].append((ordonnance, consultation, patient[6], start[:10], rng.random() < 0.3))
            for medicament in rng.sample(range(1, len(MEDICAMENTS) + 1), rng.randint(1, 3)):
                p.rows["lignes_ordonnance"].append((len(p.rows["lignes_ordonnance"]) + 1, ordonnance, medicament,
                                                    rng.choice(POSOLOGIES), rng.randint(1, 3)))


def _billing(rng: random.Random, p: Practice, make: _Maker) -> None:
    by_id = {row[0]: row for row in p.rows["patients"]}
    p.rows["factures"], p.rows["paiements"] = [], []
    tarifs = {code: Decimal(tarif) for code, _, tarif, _ in ACTES}
    for rdv in p.rows["rendez_vous"]:
        if rdv[4] != "honore" or rng.random() < 0.2:
            continue
        invoice = len(p.rows["factures"]) + 1
        amount = tarifs[rdv[3]]
        paid = rng.random() < 0.85
        paid_at = rdv[5][:11] + f"{rng.randint(18, 20)}:{rng.randint(0, 59):02d}:00" if paid else None
        p.rows["factures"].append((invoice, f"FAC-{rdv[5][:4]}-{invoice:05d}", rdv[1], amount,
                                   "payee" if paid else "emise", rdv[5], paid_at))
        if not paid:
            continue
        mode = rng.choices(("carte", "virement", "cheque", "especes"), (5, 3, 1, 1))[0]
        iban = None
        if mode == "virement":
            own = by_id[rdv[1]][14]
            iban = own if own and rng.random() < 0.7 else make.iban()  # a joint or a relative's account otherwise
            if rng.random() < 0.3:
                iban = grouped(compact_iban(iban))
        reference = f"{mode[:3].upper()}-{rdv[5][:10].replace('-', '')}-{rng.randint(100000, 999999)}"
        p.rows["paiements"].append((len(p.rows["paiements"]) + 1, invoice, amount, mode, iban, reference, paid_at))


def make_practice(seed: int = SEED) -> Practice:
    """The whole practice, the same for the same seed."""
    rng = random.Random(seed)
    fr, en = Faker("fr_FR"), Faker("en_GB")
    fr.seed_instance(seed)
    en.seed_instance(seed + 1)
    p = Practice()
    make = _Maker(rng, p)
    _catalogue(rng, p, fr)
    _staff(rng, p, make, fr)
    doctors = [row[0] for row in p.rows["personnel"] if row[6] == "medecin"]
    p.rows["patients"] = [_patient(rng, make, fr, en, i, doctors) for i in range(1, PATIENT_COUNT + 1)]
    _care(rng, p, make, fr)
    _billing(rng, p, make)
    return p


def create(server: Any, db: str, p: Practice) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, [statement.format(**TYPES[server.name]) for statement in DDL], COLUMNS, p.rows)


def load_labels(tool: str) -> dict:
    """tests/heldout/labels.yml's section for `tool`: columns, quasi_identifiers,
    not_personal, clearly_not_personal."""
    return apps.load_labels(LABELS, tool)
