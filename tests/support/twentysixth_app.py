"""The twenty-sixth held-out application: a Québec daycare network's family portal, a Laravel (PHP) app in Québec French.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/twentysixth/labels.yml) before any detector ran on it.

"CPE Les Petits Pas" (fictional, cpepetitspas.qc.ca) is a centre de la petite enfance
with five installations in Montréal, Laval, Longueuil, Québec and Gatineau. A Montréal
agency built its family portal on Laravel 11: the framework's own tables keep their
English names (`users` with `name`, `email`, `email_verified_at`, `password` a
`$2y$12$` bcrypt hash and `remember_token`; `password_reset_tokens` keyed by the e-mail,
which the agency declared as a FOREIGN KEY to `users.email`; `sessions` of the database
session driver with `ip_address`, `user_agent`, `payload` the base64 of the PHP-serialized
session and `last_activity` a Unix time), the business tables are plural snake_case in
Québec French without accents (`parents`, `enfants`, `educatrices`, `prelevements`,
`fournisseurs`), columns too (`courriel`, `cellulaire`, `code_postal`, `nas`, `no_ramq`).

The tables: `installations` the centre's own sites (permit number, address, postcode,
switchboard, the site's mailbox, places), `parents` the families' parents (names,
e-mail, cell and work phone in every layout Quebecers type, address, postcode, city,
the NAS (social insurance number, 9 digits with a Luhn digit) asked for the RL-24 tax
slip, employer, language), `enfants` the children (names, birth date, sex, the RAMQ
health insurance number LLLF YYMM DDNN with the birth date and sex inside, allergies
and medication (health), a JPEG photo, `contacts_urgence` a JSON of emergency contacts
and people allowed to pick the child up, with names, phones and relationships),
`educatrices` the educators (staff number, names, NAS, birth date, cell, personal
e-mail, address, postcode, the payroll deposit account in Canadian transit/institution/
account form, a background-check result, hourly wage), `prelevements` the parents'
pre-authorized debits (institution, transit, account, an IBAN for the few families
paying from a French or Belgian account, the holder's name), `journal_quotidien` the
educators' daily notes to parents (free text quoting names, phones, e-mails, health),
`factures` the monthly invoices (a number with a Luhn digit, amounts, status, the RL-24
slip as a PDF with the parent's name and NAS), `fournisseurs` the suppliers (NEQ, GST
and QST numbers, office address, switchboard, info@ mailbox, a French supplier's
company IBAN, a contact person), `parametres` the settings (the centre's own NEQ, tax
numbers, IBAN, phone, mailboxes).

Everything here is the original side: the rows (`make_daycare`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the suppliers' and the centre's own mailboxes
and accounts excluded).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support import apps
from support.apps import dump, grouped, iban_check_digits, luhn_digit
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Daycare", "create", "dump", "load_labels", "make_daycare"]

SEED = 20261202
LABELS = Path(__file__).resolve().parents[1] / "twentysixth" / "labels.yml"
PARENT_COUNT = 220
CHILD_COUNT = 180
EDUCATOR_COUNT = 60
NOTE_COUNT = 150
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "cpepetitspas.qc.ca"

TYPES = {
    "mariadb": {"ts": "timestamp NULL", "blob": "longblob", "text": "longtext", "bool": "tinyint(1)", "json": "json"},
    "postgresql": {"ts": "timestamp(0) without time zone", "blob": "bytea", "text": "text", "bool": "boolean",
                   "json": "json"},
    "sqlite": {"ts": "datetime", "blob": "blob", "text": "text", "bool": "tinyint(1)", "json": "text"},
}

# Every table's column definitions, parents before children, as the Laravel migrations declare them.
SCHEMA: dict[str, tuple[str, ...]] = {
    "users": (
        "id bigint PRIMARY KEY", "name varchar(255) NOT NULL", "email varchar(255) NOT NULL UNIQUE",
        "email_verified_at {ts}", "password varchar(255) NOT NULL", "remember_token varchar(100)",
        "role varchar(20) NOT NULL", "created_at {ts}", "updated_at {ts}"),
    "password_reset_tokens": ("email varchar(255) PRIMARY KEY", "token varchar(255) NOT NULL", "created_at {ts}"),
    "sessions": (
        "id varchar(255) PRIMARY KEY", "user_id bigint", "ip_address varchar(45)", "user_agent {text}",
        "payload {text} NOT NULL", "last_activity integer NOT NULL"),
    "installations": (
        "id bigint PRIMARY KEY", "nom varchar(120) NOT NULL", "no_permis varchar(12) NOT NULL UNIQUE",
        "adresse varchar(180) NOT NULL", "ville varchar(60) NOT NULL", "code_postal varchar(7) NOT NULL",
        "telephone varchar(20) NOT NULL", "courriel varchar(120) NOT NULL", "places_poupons integer NOT NULL",
        "places_total integer NOT NULL"),
    "parents": (
        "id bigint PRIMARY KEY", "user_id bigint", "prenom varchar(80) NOT NULL", "nom varchar(80) NOT NULL",
        "courriel varchar(180)", "cellulaire varchar(25)", "tel_travail varchar(30)", "adresse varchar(180)",
        "ville varchar(60)", "code_postal varchar(7)", "nas varchar(11)", "employeur varchar(120)",
        "langue char(2) NOT NULL", "created_at {ts}", "updated_at {ts}"),
    "enfants": (
        "id bigint PRIMARY KEY", "parent_id bigint NOT NULL", "installation_id bigint NOT NULL",
        "prenom varchar(80) NOT NULL", "nom varchar(80) NOT NULL", "date_naissance date NOT NULL",
        "sexe char(1)", "no_ramq varchar(14)", "allergies_medication varchar(255)", "photo {blob}",
        "contacts_urgence {json}", "groupe varchar(30) NOT NULL", "date_admission date NOT NULL",
        "created_at {ts}", "updated_at {ts}"),
    "educatrices": (
        "id bigint PRIMARY KEY", "installation_id bigint NOT NULL", "matricule varchar(8) NOT NULL UNIQUE",
        "prenom varchar(80) NOT NULL", "nom varchar(80) NOT NULL", "nas varchar(11) NOT NULL",
        "date_naissance date", "cellulaire varchar(25)", "courriel varchar(180)", "adresse varchar(180)",
        "code_postal varchar(7)", "depot_transit varchar(5)", "depot_institution varchar(3)",
        "depot_compte varchar(12)", "verif_antecedents varchar(160)", "taux_horaire numeric(6,2) NOT NULL",
        "date_embauche date NOT NULL", "actif {bool} NOT NULL"),
    "prelevements": (
        "id bigint PRIMARY KEY", "parent_id bigint NOT NULL", "institution varchar(3)", "transit varchar(5)",
        "no_compte varchar(12)", "iban varchar(34)", "titulaire varchar(160) NOT NULL",
        "montant_mensuel numeric(8,2) NOT NULL", "jour_prelevement integer NOT NULL", "actif {bool} NOT NULL",
        "created_at {ts}"),
    "journal_quotidien": (
        "id bigint PRIMARY KEY", "enfant_id bigint NOT NULL", "educatrice_id bigint", "date_journal date NOT NULL",
        "humeur varchar(20)", "sieste_minutes integer", "note {text}", "created_at {ts}"),
    "factures": (
        "id bigint PRIMARY KEY", "no_facture varchar(16) NOT NULL UNIQUE", "parent_id bigint NOT NULL",
        "periode varchar(7) NOT NULL", "montant numeric(8,2) NOT NULL", "tps numeric(8,2) NOT NULL",
        "tvq numeric(8,2) NOT NULL", "statut varchar(12) NOT NULL", "releve24_pdf {blob}", "created_at {ts}"),
    "fournisseurs": (
        "id bigint PRIMARY KEY", "raison_sociale varchar(160) NOT NULL", "neq varchar(10) NOT NULL UNIQUE",
        "no_tps varchar(15)", "no_tvq varchar(16)", "adresse varchar(180) NOT NULL", "telephone varchar(20) NOT NULL",
        "courriel varchar(120) NOT NULL", "iban varchar(34)", "personne_contact varchar(120)",
        "actif {bool} NOT NULL"),
    "parametres": ("cle varchar(80) PRIMARY KEY", "valeur varchar(255) NOT NULL", "updated_at {ts}"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("password_reset_tokens", ["email"], "users", ["email"]),
    _fk("sessions", ["user_id"], "users", ["id"]),
    _fk("parents", ["user_id"], "users", ["id"]),
    _fk("enfants", ["parent_id"], "parents", ["id"]),
    _fk("enfants", ["installation_id"], "installations", ["id"]),
    _fk("educatrices", ["installation_id"], "installations", ["id"]),
    _fk("prelevements", ["parent_id"], "parents", ["id"]),
    _fk("journal_quotidien", ["enfant_id"], "enfants", ["id"]),
    _fk("journal_quotidien", ["educatrice_id"], "educatrices", ["id"]),
    _fk("factures", ["parent_id"], "parents", ["id"]),
)

CITIES = (  # city, postcode first letters, area codes, streets, weight
    ("Montréal", ("H2J", "H2T", "H2V", "H1V", "H4A", "H3S", "H2G"), ("514", "438"),
     ("rue Saint-Denis", "avenue du Mont-Royal Est", "rue Beaubien Est", "boulevard Rosemont", "rue Fabre",
      "avenue Papineau", "rue de Bordeaux"), 40),
    ("Laval", ("H7N", "H7G", "H7T", "H7M"), ("450", "579"),
     ("boulevard des Laurentides", "rue Cartier", "boulevard Lévesque Est"), 15),
    ("Longueuil", ("J4H", "J4K", "J4M"), ("450", "579"), ("chemin de Chambly", "rue Saint-Charles Ouest"), 12),
    ("Québec", ("G1R", "G1K", "G1S", "G1V"), ("418", "581"),
     ("rue Saint-Jean", "chemin Sainte-Foy", "avenue Cartier", "3e Avenue"), 18),
    ("Gatineau", ("J8T", "J8Y", "J9H"), ("819", "873"), ("boulevard Saint-Joseph", "rue Laurier", "rue Jacques-Cartier"),
     10),
)
INSTALLATIONS = (  # nom, city index, address, postcode
    ("Installation Plateau", 0, "4520, rue De Lorimier", "H2H 2B2"),
    ("Installation Rosemont", 0, "5310, boulevard Saint-Michel", "H1Y 2C9"),
    ("Installation Laval-des-Rapides", 1, "95, boulevard Cartier Ouest", "H7N 2J1"),
    ("Installation Limoilou", 3, "770, 3e Avenue", "G1L 2W7"),
    ("Installation Hull", 4, "22, rue Laurier", "J8X 3X3"),
)
MALE = ("Jean-François", "Mathieu", "Sébastien", "Olivier", "Maxime", "Alexandre", "Étienne", "Samuel", "Gabriel",
        "Frédéric", "Simon", "Vincent", "Philippe", "Karim", "Nguyen", "Luc")
FEMALE = ("Marie-Ève", "Julie", "Geneviève", "Catherine", "Émilie", "Isabelle", "Mélanie", "Valérie", "Audrey",
          "Stéphanie", "Annie", "Karine", "Nadia", "Fatima", "Josée", "Chloé")
KIDS_M = ("Liam", "William", "Noah", "Thomas", "Léo", "Jacob", "Édouard", "Arthur", "Félix", "Zack", "Adam")
KIDS_F = ("Léa", "Florence", "Alice", "Emma", "Charlie", "Rosalie", "Olivia", "Zoé", "Béatrice", "Maëlle", "Lily")
FAMILIES = ("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
            "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard",
            "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Nadeau", "Benali", "Nguyen", "Diallo")
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.ca", "videotron.ca", "outlook.com",
                "icloud.com", "sympatico.ca", "yahoo.ca")
EMPLOYERS = ("Hydro-Québec", "CIUSSS du Centre-Sud", "Desjardins", "Ville de Montréal", "Bombardier",
             "Université Laval", "Travailleur autonome", "Ubisoft", "Commission scolaire", "Banque Nationale")
BANKS = (("815", "Desjardins"), ("006", "Banque Nationale"), ("003", "RBC"), ("004", "TD"), ("002", "Scotia"),
         ("001", "BMO"))
IP_FIRSTS = (24, 70, 74, 76, 142, 173, 184, 192, 206, 207, 216)
BROWSERS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15")
ALLERGIES = ("Allergie sévère aux arachides, ÉpiPen Jr dans le sac", "Intolérance au lactose",
             "Asthme - Ventolin 2 inh. au besoin", "Eczéma, crème hydrocortisone 0,5%", "Allergie aux oeufs",
             "Épilepsie, Rivotril selon protocole", "Diabète de type 1, glycémie avant dîner")
GROUPS = ("Poupons", "Coccinelles", "Papillons", "Libellules", "Explorateurs", "Grands amis")
MOODS = ("joyeux", "calme", "fatigué", "grognon", "énergique")
NOTES = (
    "{child} a bien mangé ce midi. Petite fièvre en fin de journée (38,2), nous avons appelé {parent} au {phone}.",
    "Journée calme. {child} a fait une longue sieste. Merci d'apporter des couches de rechange.",
    "{child} s'est cogné la tête au parc, rapport d'accident signé. Sa grand-mère {third} est venue le chercher.",
    "Rappel : le médicament ({medicine}) doit être remis à l'éducatrice avec l'autorisation signée.",
    "Maman demande qu'on lui écrive à {email} plutôt qu'au courriel du papa.",
    "{child} a mordu un ami aujourd'hui, nous en avons discuté. Pouvez-vous nous rappeler au CPE?",
    "Changement de personne autorisée : {third}, {third_phone}, à partir de lundi.",
    "Sortie à la bibliothèque demain, prévoir des bottes. Bonne soirée!",
    "Remboursement des frais de la sortie sur le compte {iban} comme demandé par {parent}.",
)
MEDICINES = ("Tempra", "Advil", "Amoxicilline", "Ventolin", "Rivotril")
BACKGROUND = ("Aucun empêchement", "Aucun empêchement", "Aucun empêchement",
              "Antécédent judiciaire déclaré (2009, vol simple) - jugé sans lien avec l'emploi",
              "En attente - demande envoyée au SPVM")
SUPPLIERS = (  # raison sociale, address, mailbox, domain, foreign IBAN?
    ("Les Aliments Bio-Marché inc.", "1200, rue Bélanger, Montréal (Québec) H2S 1H8", "commandes", "biomarche.ca", False),
    ("Jouets Éducatifs Boréal ltée", "455, boulevard Industriel, Laval (Québec) H7C 2M2", "ventes", "jouetsboreal.ca",
     False),
    ("Nettoyage Pro-Net inc.", "88, rue Saint-Paul, Longueuil (Québec) J4H 3S5", "info", "pronet.qc.ca", False),
    ("Éditions Petite Plume SARL", "14 rue des Lilas, 69003 Lyon, France", "contact", "petiteplume.fr", True),
    ("Logiciels Garderie Plus inc.", "300, rue du Pont, Québec (Québec) G1K 6M5", "support", "garderieplus.ca",
     False),
)


@dataclass
class Daycare:
    """The daycare's database: every table's rows in SCHEMA's column order, and the personal
    e-mails and IBANs a scrubbed dump must no longer hold."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not suppliers' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (6, 22)) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _plus(when: str, minutes: int) -> str:
    return (dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)).isoformat(sep=" ")


def _unix(when: str) -> int:
    return int(dt.datetime.fromisoformat(when).replace(tzinfo=dt.timezone.utc).timestamp())


def _fill(template: str, **makers: Any) -> str:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def _php(value: Any) -> str:
    """PHP's serialize() of a str, int or dict (Laravel's session payload)."""
    if isinstance(value, int):
        return f"i:{value};"
    if isinstance(value, str):
        return f's:{len(value.encode("utf-8"))}:"{value}";'
    return f"a:{len(value)}:{{" + "".join(_php(k) + _php(v) for k, v in value.items()) + "}"


class _Maker(apps.Unique):
    """Québec values: NAS, RAMQ numbers, phones, postcodes, e-mails, accounts, tokens."""

    def __init__(self, rng: random.Random, m: Daycare) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def nas(self) -> str:
        """A social insurance number: 9 digits, a Luhn digit, printed 123 456 782 or 123-456-782."""
        n = self.unique(lambda: (lambda d: d + luhn_digit(d))(self.rng.choice("12456") + self.digits(7)))
        return self.rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"))

    def ramq(self, given: str, family: str, born: str, female: bool) -> str:
        """The RAMQ number: 3 letters of the family name, 1 of the given, YYMMDD (month +50
        for girls), 2 digits."""
        fam = apps.ascii_fold(family).replace("-", "").upper()[:3].ljust(3, "X")
        y, mth, d = born[2:4], int(born[5:7]) + (50 if female else 0), born[8:10]
        code = self.unique(lambda: f"{fam}{apps.ascii_fold(given)[0].upper()}{y}{mth:02d}{d}{self.digits(2)}")
        return code if self.rng.random() < 0.6 else f"{code[:4]} {code[4:8]} {code[8:]}"

    def postcode(self, city: tuple) -> str:
        rng = self.rng
        return f"{rng.choice(city[1])} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"

    def phone(self, city: tuple) -> str:
        rng = self.rng
        n = self.unique(lambda: rng.choice(city[2]) + str(rng.randint(2, 9)) + self.digits(2) + self.digits(4))
        return rng.choice((f"{n[:3]}-{n[3:6]}-{n[6:]}", f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]}-{n[6:]}",
                           f"{n[:3]}.{n[3:6]}.{n[6:]}", f"+1{n}", f"1-{n[:3]}-{n[3:6]}-{n[6:]}", n))

    def email(self, given: str, family: str) -> str:
        rng = self.rng
        f, s = apps.ascii_fold(given), apps.ascii_fold(family)
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{f}.{s}{rng.randint(1, 99)}", f"{f}_{s}",
                            f"{s}.{f}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, personal: bool = True, country: str = "FR") -> str:
        rng = self.rng
        if country == "FR":
            bban = self.unique(lambda: rng.choice(("30003", "20041", "10278", "30004")) + self.digits(5)
                               + self.digits(11) + self.digits(2))
        else:  # BE
            bban = self.unique(lambda: self.digits(12))
        compact = country + iban_check_digits(country, bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def bcrypt(self) -> str:
        return f"$2y$12${self.token(53, string.ascii_letters + string.digits + './')}"


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = Daycare(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.parents: list[dict] = []
        self.children: list[dict] = []

    def city(self) -> tuple:
        return self.rng.choices(CITIES, [c[4] for c in CITIES])[0]

    def street(self, city: tuple) -> str:
        rng = self.rng
        return f"{rng.randint(10, 9800)}, {rng.choice(city[3])}" + rng.choice(("", "", f", app. {rng.randint(1, 12)}"))

    def name(self) -> str:
        female = self.rng.random() < 0.5
        return f"{self.rng.choice(FEMALE if female else MALE)} {self.rng.choice(FAMILIES)}"


def _installations(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, c, address, postcode) in enumerate(INSTALLATIONS, 1):
        city = CITIES[c]
        poupons = rng.choice((10, 15, 18))
        w.m.rows["installations"].append((
            n, name, f"{rng.randint(1000, 9999)}-{make.digits(4)}", address, city[0], postcode,
            f"{city[2][0]}-{rng.randint(200, 999)}-{make.digits(4)}", f"{name.split()[-1].lower()}@{OWN_DOMAIN}",
            poupons, poupons + rng.choice((45, 60, 65))))


def _users_and_parents(w: _World) -> None:
    rng, make = w.rng, w.make
    rows = w.m.rows
    for n in range(1, PARENT_COUNT + 1):
        female = rng.random() < 0.6
        given, family = rng.choice(FEMALE if female else MALE), rng.choice(FAMILIES)
        city = w.city()
        created = _moment(rng, 2020, 2025)
        email = make.email(given, family)
        has_user = rng.random() < 0.85
        if has_user:
            rows["users"].append((
                n, f"{given} {family}", email, _plus(created, rng.randint(1, 300)) if rng.random() < 0.9 else None,
                make.bcrypt(), make.token(60) if rng.random() < 0.4 else None, "parent", created,
                _plus(created, rng.randint(10, 400000))))
        mobile = make.phone(city)
        w.parents.append({"id": n, "given": given, "family": family, "female": female, "email": email,
                          "mobile": mobile, "city": city, "user": n if has_user else None, "created": created})
        work = None
        if rng.random() < 0.4:
            work = make.phone(city) + (f" poste {rng.randint(100, 9999)}" if rng.random() < 0.5 else "")
        rows["parents"].append((
            n, n if has_user else None, given, family, email if rng.random() < 0.95 else None,
            mobile if rng.random() < 0.97 else None, work, w.street(city) if rng.random() < 0.9 else None, city[0],
            make.postcode(city) if rng.random() < 0.92 else None, make.nas() if rng.random() < 0.7 else None,
            rng.choice(EMPLOYERS) if rng.random() < 0.6 else None, rng.choice(("fr", "fr", "fr", "en", "es", "ar")),
            created, _plus(created, rng.randint(10, 400000))))
    # the staff's accounts: the centre's own named mailboxes
    for k in range(1, 6):
        n = PARENT_COUNT + k
        given, family = rng.choice(FEMALE), rng.choice(FAMILIES)
        created = _moment(rng, 2020, 2022)
        email = f"{apps.ascii_fold(given)}.{apps.ascii_fold(family)}@{OWN_DOMAIN}"
        w.m.emails.add(email.casefold())
        rows["users"].append((n, f"{given} {family}", email, created, make.bcrypt(), make.token(60),
                              rng.choice(("direction", "admin", "educatrice")), created, created))


def _password_resets(w: _World) -> None:
    rng, make = w.rng, w.make
    for u in rng.sample(w.m.rows["users"], 25):
        w.m.rows["password_reset_tokens"].append((u[2], make.bcrypt(), _moment(rng, 2025, 2025)))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    for p in rng.sample(w.parents, 70):
        logged = p["user"] if rng.random() < 0.85 else None
        data: dict = {"_token": make.token(40)}
        if logged:
            data["login_web_59ba36addc2b2f9401580f014c7f58ea4e30989d"] = logged
        data["_previous"] = {"url": rng.choice((f"https://portail.{OWN_DOMAIN}/enfants",
                                                f"https://portail.{OWN_DOMAIN}/factures",
                                                f"https://portail.{OWN_DOMAIN}/profil?courriel={p['email']}"))}
        data["_flash"] = {"old": {}, "new": {}}
        payload = base64.b64encode(_php(data).encode("utf-8")).decode("ascii")
        w.m.rows["sessions"].append((
            make.token(40), logged, apps.ipv4(rng, IP_FIRSTS), rng.choice(BROWSERS), payload,
            _unix(_moment(rng, 2025, 2025))))


def _children(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, CHILD_COUNT + 1):
        p = rng.choice(w.parents)
        female = rng.random() < 0.5
        given = rng.choice(KIDS_F if female else KIDS_M)
        family = p["family"] if rng.random() < 0.8 else f"{p['family']}-{rng.choice(FAMILIES)}"
        born = apps.day(rng, 2020, 2025)
        if born > TODAY.isoformat():
            born = "2025-03-14"
        inst = rng.randint(1, len(INSTALLATIONS))
        contacts = []
        for _ in range(rng.randint(1, 3)):
            contacts.append({"nom": w.name(), "lien": rng.choice(("grand-mère", "grand-père", "tante", "oncle",
                                                                   "voisine", "gardienne")),
                             "telephone": make.phone(p["city"]), "autorise_cueillette": rng.random() < 0.7})
        created = _moment(rng, max(2020, int(born[:4])), 2025)
        w.children.append({"id": n, "given": given, "parent": p, "inst": inst})
        w.m.rows["enfants"].append((
            n, p["id"], inst, given, family, born, ("F" if female else "M") if rng.random() < 0.95 else None,
            make.ramq(given, family, born, female) if rng.random() < 0.9 else None,
            rng.choice(ALLERGIES) if rng.random() < 0.25 else None,
            apps.jpeg_bytes(rng) if rng.random() < 0.5 else None,
            json.dumps({"contacts": contacts, "pediatre": f"Dr {w.name()}" if rng.random() < 0.4 else None},
                       ensure_ascii=False),
            rng.choice(GROUPS), created[:10], created, _plus(created, rng.randint(10, 300000))))


def _educators(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, EDUCATOR_COUNT + 1):
        female = rng.random() < 0.9
        given, family = rng.choice(FEMALE if female else MALE), rng.choice(FAMILIES)
        inst = rng.randint(1, len(INSTALLATIONS))
        city = CITIES[INSTALLATIONS[inst - 1][1]]
        bank = rng.choice(BANKS)
        w.m.rows["educatrices"].append((
            n, inst, f"E{n + 2000:05d}", given, family, make.nas(),
            apps.day(rng, 1965, 2004) if rng.random() < 0.95 else None, make.phone(city),
            make.email(given, family) if rng.random() < 0.9 else None, w.street(city) if rng.random() < 0.9 else None,
            make.postcode(city) if rng.random() < 0.9 else None, make.digits(5), bank[0],
            make.unique(lambda: make.digits(7)), rng.choice(BACKGROUND),
            f"{rng.uniform(19.5, 31.0):.2f}", apps.day(rng, 2008, 2025), rng.random() < 0.9))


def _debits(w: _World) -> None:
    rng, make = w.rng, w.make
    for p in w.parents:
        if rng.random() < 0.35:
            continue
        holder = f"{p['given']} {p['family']}"
        if rng.random() < 0.2:
            holder = holder.upper()
        if rng.random() < 0.12:  # a family paying from a French or Belgian account
            iban = make.iban(country=rng.choice(("FR", "FR", "BE")))
            iban = grouped(iban) if rng.random() < 0.4 else iban
            inst = transit = account = None
        else:
            iban = None
            inst, transit, account = rng.choice(BANKS)[0], make.digits(5), make.unique(lambda: make.digits(7))
        w.m.rows["prelevements"].append((
            len(w.m.rows["prelevements"]) + 1, p["id"], inst, transit, account, iban, holder,
            f"{rng.choice((191.10, 229.35, 273.00, 382.20)):.2f}", rng.choice((1, 15)), rng.random() < 0.9,
            _plus(p["created"], rng.randint(60, 20000))))


def _journal(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, NOTE_COUNT + 1):
        c = rng.choice(w.children)
        p = c["parent"]
        when = _moment(rng, 2024, 2025, (15, 18))
        note = _fill(rng.choice(NOTES), child=lambda: c["given"], parent=lambda: f"{p['given']} {p['family']}",
                     phone=lambda: p["mobile"], email=lambda: make.email(p["given"], p["family"]), third=w.name,
                     third_phone=lambda: make.phone(p["city"]), medicine=lambda: rng.choice(MEDICINES),
                     iban=lambda: grouped(make.iban()))
        w.m.rows["journal_quotidien"].append((
            n, c["id"], rng.randint(1, EDUCATOR_COUNT) if rng.random() < 0.95 else None, when[:10],
            rng.choice(MOODS) if rng.random() < 0.8 else None, rng.choice((None, 45, 60, 90, 120)),
            note if rng.random() < 0.95 else None, when))


def _invoices(w: _World) -> None:
    rng = w.rng
    n = 0
    nas_of = {row[0]: row[10] for row in w.m.rows["parents"]}
    for p in rng.sample(w.parents, 150):
        for period in rng.sample(("2025-07", "2025-08", "2025-09", "2025-10", "2025-11"), rng.randint(1, 2)):
            n += 1
            base = f"{period[:4]}{n:06d}"
            amount = rng.choice((191.10, 229.35, 273.00, 382.20))
            pdf = None
            if rng.random() < 0.3:
                pdf = apps.pdf_bytes(["Releve 24 - Frais de garde", f"{p['given']} {p['family']}",
                                      f"NAS {nas_of[p['id']] or ''}", f"Montant {amount:.2f} $"])
            w.m.rows["factures"].append((
                n, f"F-{base}{luhn_digit(base)}", p["id"], period, f"{amount:.2f}", "0.00", "0.00",
                rng.choice(("payee", "payee", "payee", "envoyee", "en_retard")), pdf,
                f"{period}-01 03:00:00"))


def _suppliers(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (firm, address, mailbox, domain, foreign) in enumerate(SUPPLIERS, 1):
        neq = make.unique(lambda: rng.choice(("114", "116", "117", "224", "336")) + make.digits(7))
        bn = make.digits(9)
        w.m.rows["fournisseurs"].append((
            n, firm, neq, None if foreign else f"{bn}RT0001", None if foreign else f"{make.digits(10)}TQ0001",
            address, "+33 4 78 " + " ".join(make.digits(2) for _ in range(3)) if foreign
            else f"1-{rng.choice(('800', '888', '514', '450'))}-{rng.randint(200, 999)}-{make.digits(4)}",
            f"{mailbox}@{domain}", grouped(make.iban(personal=False)) if foreign else None,
            w.name() if rng.random() < 0.8 else None, True))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    for key, value in (
        ("cpe.nom", "Centre de la petite enfance Les Petits Pas"),
        ("cpe.adresse", "4520, rue De Lorimier, Montréal (Québec) H2H 2B2"),
        ("cpe.neq", "1142237788"),
        ("cpe.no_tps", "118834562RT0001"),
        ("cpe.no_tvq", "1019283746TQ0001"),
        ("cpe.iban_europe", grouped(make.iban(personal=False))),
        ("cpe.telephone", "514-521-0101"),
        ("cpe.courriel", f"info@{OWN_DOMAIN}"),
        ("facturation.courriel", f"facturation@{OWN_DOMAIN}"),
        ("facturation.contribution_reduite", "9.35"),
        ("prelevement.jour_defaut", "1"),
    ):
        w.m.rows["parametres"].append((key, value, _moment(rng, 2024, 2025)))


def make_daycare(seed: int = SEED) -> Daycare:
    """The whole daycare's database, the same for the same seed."""
    w = _World(seed)
    _installations(w)
    _users_and_parents(w)
    _password_resets(w)
    _sessions(w)
    _children(w)
    _educators(w)
    _debits(w)
    _journal(w)
    _invoices(w)
    _suppliers(w)
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Daycare) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/twentysixth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
