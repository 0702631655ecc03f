"""The thirty-fourth held-out application: a Luxembourg fund administrator's investor register and transfer-agency back office, a .NET Framework/NHibernate system with `ta_` tables and PascalCase columns in mixed French and German.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/thirtyfourth/labels.yml) before any detector ran on it.

"Moselle Fund Services S.A." (fictional, mosellefs.lu) in Luxembourg-Kirchberg is the
registrar and transfer agent of a few Luxembourg SICAVs. Its back office was written in
2011 by a Strasbourg-Saarbrücken consultancy on .NET Framework 4 with NHibernate and
hbm.xml mappings: NHibernate's hilo generator keeps its `hibernate_unique_key` table, the
mapped tables carry the `ta_` prefix (transfer agency) and a lower-case French noun
(`ta_investisseur`, `ta_beneficiaire_effectif`, `ta_dossier_kyc`, `ta_ordre`), and the
columns are the C# properties' PascalCase names as the French and German developers each
wrote them (`Nom`, `Prenom`, `Geburtsdatum`, `Geburtsort`, `Geschlecht`, `Matricule`,
`NumPasseport`, `TelMobile`, `Courriel`, `Strasse`, `CodePostal`, `Localite`, `Notiz`,
`Kommentar`, booleans `EstPep`, `Aktiv`). The mailings log names its investor by e-mail:
`ta_correspondance.InvestisseurCourriel` is a FOREIGN KEY to `ta_investisseur.Courriel`
(UNIQUE).

The tables: `hibernate_unique_key` (NHibernate's hilo counter), `ta_utilisateur` the
back-office users (login, named mailbox at the administrator's domain, ASP.NET Identity
v3 hash, full name, last sign-in and its IP), `ta_fonds` the sub-funds and share classes
(LU ISIN with its check digit, name, currency, NAV, status), `ta_investisseur` the
investors (register number with a check digit, natural persons and a few holding
companies: salutation, names, birth date and place, sex, nationality, the 13-digit
Luxembourg matricule with its Luhn and Verhoeff check digits, a passport number, LU, FR,
DE and BE mobiles and landlines, e-mail, street, postcode, locality and country in
Luxembourg, Lorraine, Wallonia and the Saarland/Trier area, tax residence, profession, a
free-text note quoting relatives, phones and an IBAN), `ta_beneficiaire_effectif` the
beneficial owners of the holding companies (name, birth date, nationality, passport,
private address, share held, PEP flag), `ta_dossier_kyc` the KYC/AML files (risk level,
PEP function held, source of funds as free text, the scanned ID card (JPEG), the proof
of address (PDF), the screening provider's answer as JSON with name, birth date and
passport, the analyst's comment), `ta_compte_bancaire` the investors' bank accounts
(holder, LU/FR/DE/BE IBAN, BIC), `ta_ordre` the subscriptions and redemptions
(reference with check digits, units, amount, value date, status, the settlement IBAN),
`ta_distributeur` the distributors (company name, RCS number, VAT number, address,
switchboard, info@ mailbox, company IBAN, a contact person and that person's mobile),
`ta_correspondance` the mailings (the investor's e-mail, subject, body),
`ta_session_portail` the investor portal's sessions (ASP.NET session id, IP, user agent),
`ta_parametre` the settings (the administrator's own RCS and VAT numbers, address,
switchboard, mailboxes, IBAN).

Everything here is the original side: the rows (`make_register`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the distributors' and the administrator's own
mailboxes and accounts excluded).
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
from support.apps import dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Register", "create", "dump", "load_labels", "make_register"]

SEED = 20261214
LABELS = Path(__file__).resolve().parents[1] / "thirtyfourth" / "labels.yml"
INVESTOR_COUNT = 220
USER_COUNT = 12
ORDER_COUNT = 300
SESSION_COUNT = 150
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "mosellefs.lu"

TYPES = {
    "mariadb": {"ts": "datetime", "blob": "longblob", "text": "text", "json": "json", "date": "date",
                "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp", "blob": "bytea", "text": "text", "json": "json", "date": "date",
                   "bool": "boolean"},
    "sqlite": {"ts": "DATETIME", "blob": "BLOB", "text": "TEXT", "json": "JSON", "date": "DATE", "bool": "BOOLEAN"},
}

SCHEMA: dict[str, tuple[str, ...]] = {
    "hibernate_unique_key": ("next_hi integer NOT NULL",),
    "ta_utilisateur": (
        "Id integer PRIMARY KEY", "Login varchar(30) NOT NULL UNIQUE", "Courriel varchar(120) NOT NULL",
        "MotDePasseHash varchar(100) NOT NULL", "NomComplet varchar(120) NOT NULL", "Rolle varchar(20) NOT NULL",
        "DernierLoginLe {ts}", "DernierLoginIp varchar(45)", "Aktiv {bool} NOT NULL"),
    "ta_fonds": (
        "Id integer PRIMARY KEY", "CodeIsin char(12) NOT NULL UNIQUE", "NomCompartiment varchar(120) NOT NULL",
        "ClasseParts varchar(10) NOT NULL", "Devise char(3) NOT NULL", "Vni numeric(12,4) NOT NULL",
        "DateVni {date} NOT NULL", "Statut varchar(10) NOT NULL"),
    "ta_investisseur": (
        "Id integer PRIMARY KEY", "NumeroRegistre varchar(12) NOT NULL UNIQUE", "TypePersonne char(2) NOT NULL",
        "Anrede varchar(10)", "Nom varchar(120) NOT NULL", "Prenom varchar(60)", "Geburtsdatum {date}",
        "Geburtsort varchar(60)", "Geschlecht char(1)", "Nationalite char(2)", "Matricule varchar(16)",
        "NumPasseport varchar(12)", "NumeroRcs varchar(12)", "TelMobile varchar(24)", "TelFixe varchar(24)",
        "Courriel varchar(120) UNIQUE", "Strasse varchar(120)", "CodePostal varchar(8)", "Localite varchar(60)",
        "Pays char(2) NOT NULL", "ResidenceFiscale char(2)", "Beruf varchar(60)", "Notiz {text}",
        "CreeLe {ts} NOT NULL"),
    "ta_beneficiaire_effectif": (
        "Id integer PRIMARY KEY", "InvestisseurId integer NOT NULL", "NomComplet varchar(120) NOT NULL",
        "Geburtsdatum {date}", "Nationalite char(2)", "NumPasseport varchar(12)", "AdressePrivee varchar(200)",
        "PourcentageDetention numeric(5,2) NOT NULL", "EstPep {bool} NOT NULL"),
    "ta_dossier_kyc": (
        "Id integer PRIMARY KEY", "InvestisseurId integer NOT NULL", "NiveauRisque varchar(8) NOT NULL",
        "FonctionPep varchar(120)", "SourceFonds {text}", "PieceIdentite {blob}", "JustificatifDomicile {blob}",
        "ScreeningJson {json}", "Kommentar {text}", "VerifiePar integer", "DateRevue {date} NOT NULL",
        "Statut varchar(12) NOT NULL"),
    "ta_compte_bancaire": (
        "Id integer PRIMARY KEY", "InvestisseurId integer NOT NULL", "Titulaire varchar(120) NOT NULL",
        "Iban varchar(42) NOT NULL", "Bic varchar(11) NOT NULL", "Devise char(3) NOT NULL",
        "Gueltig {bool} NOT NULL"),
    "ta_ordre": (
        "Id integer PRIMARY KEY", "RefOrdre varchar(20) NOT NULL UNIQUE", "InvestisseurId integer NOT NULL",
        "FondsId integer NOT NULL", "Sens char(3) NOT NULL", "NombreParts numeric(14,4)",
        "Montant numeric(14,2)", "Devise char(3) NOT NULL", "DateValeur {date} NOT NULL",
        "IbanReglement varchar(42)", "Statut varchar(10) NOT NULL", "SaisiPar integer"),
    "ta_distributeur": (
        "Id integer PRIMARY KEY", "RaisonSociale varchar(120) NOT NULL", "NumeroRcs varchar(24) NOT NULL",
        "NumeroTva varchar(14)", "Adresse varchar(200) NOT NULL", "Telephone varchar(24) NOT NULL",
        "Courriel varchar(120) NOT NULL", "Iban varchar(42)", "ContactNom varchar(120)",
        "ContactTel varchar(24)"),
    "ta_correspondance": (
        "Id integer PRIMARY KEY", "InvestisseurCourriel varchar(120) NOT NULL", "Betreff varchar(160) NOT NULL",
        "Corps {text}", "Kanal varchar(10) NOT NULL", "EnvoyeLe {ts} NOT NULL"),
    "ta_session_portail": (
        "Id integer PRIMARY KEY", "SessionId varchar(24) NOT NULL UNIQUE", "InvestisseurId integer NOT NULL",
        "AdresseIp varchar(45)", "UserAgent varchar(255)", "CreeLe {ts} NOT NULL", "ExpireLe {ts} NOT NULL"),
    "ta_parametre": (
        "Cle varchar(60) PRIMARY KEY", "Valeur varchar(255)", "Description varchar(255)"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("ta_beneficiaire_effectif", ["InvestisseurId"], "ta_investisseur", ["Id"]),
    _fk("ta_dossier_kyc", ["InvestisseurId"], "ta_investisseur", ["Id"]),
    _fk("ta_dossier_kyc", ["VerifiePar"], "ta_utilisateur", ["Id"]),
    _fk("ta_compte_bancaire", ["InvestisseurId"], "ta_investisseur", ["Id"]),
    _fk("ta_ordre", ["InvestisseurId"], "ta_investisseur", ["Id"]),
    _fk("ta_ordre", ["FondsId"], "ta_fonds", ["Id"]),
    _fk("ta_ordre", ["SaisiPar"], "ta_utilisateur", ["Id"]),
    _fk("ta_correspondance", ["InvestisseurCourriel"], "ta_investisseur", ["Courriel"]),
    _fk("ta_session_portail", ["InvestisseurId"], "ta_investisseur", ["Id"]),
)

PLACES = {  # country: (locality, postcode) ...
    "LU": (("Luxembourg", "L-1{:03d}"), ("Esch-sur-Alzette", "L-4{:03d}"), ("Differdange", "L-45{:02d}"),
           ("Strassen", "L-80{:02d}"), ("Bertrange", "L-80{:02d}"), ("Mersch", "L-75{:02d}"),
           ("Ettelbruck", "L-90{:02d}"), ("Remich", "L-55{:02d}"), ("Mamer", "L-82{:02d}")),
    "FR": (("Thionville", "571{:02d}"), ("Metz", "570{:02d}"), ("Yutz", "579{:02d}"), ("Hettange-Grande", "573{:02d}"),
           ("Longwy", "544{:02d}")),
    "BE": (("Arlon", "67{:02d}"), ("Aubange", "67{:02d}"), ("Messancy", "67{:02d}"), ("Bastogne", "66{:02d}")),
    "DE": (("Trier", "542{:02d}"), ("Perl", "667{:02d}"), ("Saarburg", "544{:02d}"), ("Konz", "543{:02d}")),
}
STREETS = {
    "LU": ("rue de Hollerich", "boulevard Royal", "route d'Arlon", "rue de l'Alzette", "avenue de la Gare",
           "Grand-Rue", "rue des Romains", "Bei der Kierch"),
    "FR": ("rue de Paris", "avenue Clemenceau", "rue du Général Leclerc", "place du Marché", "rue Saint-Pierre"),
    "BE": ("rue de Diekirch", "avenue de Longwy", "Grand-Place", "rue des Faubourgs"),
    "DE": ("Hauptstraße", "Saarstraße", "Paulinstraße", "Moselweinstraße", "Bahnhofstraße"),
}
GIVEN = {
    "M": ("Jean", "Marc", "Paul", "Luc", "Pierre", "Tom", "Gilles", "Claude", "Jos", "Romain", "Thomas", "Stefan",
          "Michael", "Olivier", "Laurent", "Mathias", "Nico", "Frank"),
    "F": ("Marie", "Anne", "Sophie", "Claudine", "Carole", "Nathalie", "Sandra", "Martine", "Julia", "Laura",
          "Christiane", "Isabelle", "Monique", "Petra", "Sabine", "Léa"),
}
SURNAMES = ("Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Schiltz", "Kieffer", "Reuter", "Klein",
            "Weis", "Hansen", "Becker", "Meyer", "Dupont", "Lambert", "Martin", "Dubois", "Fischer", "Da Silva",
            "Ferreira", "Schneider", "Peters", "Goedert", "Majerus", "Kremer")
BIRTHPLACES = ("Luxembourg", "Esch-sur-Alzette", "Ettelbruck", "Metz", "Thionville", "Nancy", "Arlon", "Liège",
               "Trier", "Saarbrücken", "Porto", "Lisboa", "Paris", "Bruxelles")
PROFESSIONS = ("Fonctionnaire européen", "Banquier", "Médecin", "Ingenieur", "Avocat", "Retraité", "Rentnerin",
               "Enseignante", "Commerçant", "Steuerberater", "Architecte", "Chef d'entreprise", "Pilote Cargolux")
HOLDINGS = ("{f} Family Holding S.à r.l.", "SOPARFI {f} S.A.", "{f} Patrimoine SPF S.A.", "{f} Vermögensverwaltung GmbH")
MAIL_DOMAINS = ("pt.lu", "internet.lu", "gmail.com", "hotmail.com", "orange.fr", "free.fr", "skynet.be", "web.de",
                "gmx.de", "t-online.de", "outlook.com")
BANKS = {  # country: ((bank code, BIC, name), ...)
    "LU": (("001", "BCEELULL", "Spuerkeess"), ("002", "BILLLULL", "BIL"), ("003", "BGLLLULL", "BGL BNP Paribas"),
           ("014", "CELLLULL", "Banque Raiffeisen"), ("019", "CCRALULL", "Banque Raiffeisen")),
    "FR": (("30003", "SOGEFRPP", "Société Générale"), ("30004", "BNPAFRPP", "BNP Paribas"),
           ("15629", "CMCIFR2A", "Crédit Mutuel")),
    "DE": (("58550130", "TRISDE55", "Sparkasse Trier"), ("59050101", "SAKSDE55", "Sparkasse Saarbrücken"),
           ("58560103", "GENODED1TVB", "Volksbank Trier")),
    "BE": (("000", "BPOTBEB1", "bpost banque"), ("063", "GKCCBEBB", "Belfius"), ("310", "BBRUBEBB", "ING Belgique")),
}
FUNDS = (  # name, share classes, currency
    ("Moselle SICAV - Euro Bond", ("A", "B", "I"), "EUR"), ("Moselle SICAV - Global Equity", ("A", "I"), "EUR"),
    ("Moselle SICAV - US Growth", ("A-USD", "I-USD"), "USD"), ("Alzette Invest - Balanced", ("R", "I"), "EUR"),
    ("Alzette Invest - Swiss Dividend", ("R-CHF",), "CHF"), ("Sûre Capital SICAV-RAIF - Private Debt", ("I",), "EUR"),
)
DISTRIBUTORS = (  # name, RCS, VAT, address, switchboard, mailbox
    ("Banque de la Pétrusse S.A.", "B 45123", "LU15487236", "12, boulevard Royal, L-2449 Luxembourg",
     "+352 45 67 89-1", "fundorders@petrusse-bank.lu"),
    ("Kirchberg Wealth Partners S.à r.l.", "B 201776", "LU28974511", "15, avenue J.F. Kennedy, L-1855 Luxembourg",
     "+352 27 48 11 00", "info@kwp.lu"),
    ("Moselle Conseil Patrimonial SAS", "RCS Metz 812 334 567", "FR44812334567", "8 place Saint-Louis, 57000 Metz",
     "+33 3 87 75 12 40", "contact@moselle-conseil.fr"),
    ("Trierer Vermögensberatung AG", "HRB 41522", "DE298765431", "Simeonstraße 40, 54290 Trier",
     "+49 651 9912 300", "service@tvb-ag.de"),
)
RISK_PEP = ("Député à la Chambre des Députés", "Bourgmestre de la commune de Mamer", "Conseiller d'État",
            "Ehemaliger Staatssekretär (Saarland)", "Juge à la Cour administrative", "Conjoint d'un ministre")
SOURCE = (
    "Épargne salariale, salaire de {prof}.", "Héritage de {relative} (acte notarié Me Wurth, 2019).",
    "Vente d'un immeuble à {place}, produit 840.000 EUR.", "Erbschaft von {relative}, Nachlass 2021.",
    "Cession de parts de la société familiale, contrat du 12/03/2022.", "Bonus et stock-options, employeur bancaire.",
)
COMMENTS = (
    None, None, "Passeport expiré, nouveau document demandé par e-mail à {email}.",
    "Homonyme sur liste PEP écarté après appel au {phone}.", "Rückruf Kunde {phone}, Adresse bestätigt.",
    "Mandataire : {relative}, procuration jointe.", "Remboursement sur {iban} validé par la compliance.",
    "Client vulnérable, contacter sa fille {relative} au {phone}.",
)
NOTES = (
    "Courrier à adresser chez {relative}.", "Préfère le contact en luxembourgeois.",
    "Ancien IBAN {iban} clôturé.", "Bitte nur per E-Mail {email} kontaktieren.",
    "Succession en cours, notaire informé. Héritier : {relative} ({phone}).", "Investisseur frontalier, impôt FR.",
)
SUBJECTS = ("Avis d'exécution de votre souscription", "Avis d'exécution de votre rachat", "Relevé de compte annuel",
            "Demande de mise à jour KYC", "Jahresauszug Ihres Anlegerkontos", "FATCA/CRS : auto-certification")
BODIES = (
    "Madame, Monsieur {name},\nVeuillez trouver ci-joint l'avis d'exécution de l'ordre {ref}. Le montant sera versé sur {iban}.",
    "Sehr geehrte(r) {name},\nanbei Ihr Jahresauszug. Bei Fragen erreichen Sie uns unter +352 26 02 11 1.",
    "Bonjour {name},\nvotre pièce d'identité expire. Merci de nous la renvoyer. Nous avons noté votre numéro {phone}.",
    "Cher investisseur,\nle document FATCA/CRS est disponible dans votre espace.",
)
AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
)
IP_FIRSTS = {"LU": (80, 85, 94, 158), "FR": (82, 86, 90, 176), "BE": (81, 91, 109), "DE": (84, 87, 93, 217)}

_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))
_VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_digit(digits: str) -> str:
    """Verhoeff's check digit to append to `digits` (the matricule's thirteenth)."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def isin_digit(body: str) -> str:
    """An ISIN's check digit: Luhn over the letters turned into numbers."""
    return apps.luhn_digit("".join(str(int(c, 36)) for c in body))


@dataclass
class Register:
    """The administrator's database: every table's rows in SCHEMA's column order, and the
    personal e-mails and IBANs a scrubbed dump must no longer hold."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not distributors' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def _moment(rng: random.Random, first: int, last: int) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return f"{day.isoformat()} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _fill(template: str, **makers: Any) -> str:
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Luxembourg and cross-border values: matricules, passports, phones, e-mails, IBANs, tokens."""

    def __init__(self, rng: random.Random, m: Register) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, n: int) -> str:
        return "".join(self.rng.choices(string.digits, k=n))

    def matricule(self, born: str) -> str:
        def draw() -> str:
            body = born.replace("-", "") + self.digits(3)
            return body + apps.luhn_digit(body) + verhoeff_digit(body)

        n = self.unique(draw)
        return n if self.rng.random() < 0.75 else f"{n[:4]} {n[4:8]} {n[8:11]} {n[11:]}"

    def passport(self, country: str) -> str:
        rng = self.rng
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if country == "LU":
            return self.unique(lambda: "".join(rng.choices(letters, k=2)) + self.digits(6))
        if country == "FR":
            return self.unique(lambda: self.digits(2) + "".join(rng.choices(letters, k=2)) + self.digits(5))
        if country == "DE":
            return self.unique(lambda: "C" + "".join(rng.choices("CFGHJKLMNPRTVWXYZ0123456789", k=8)))
        return self.unique(lambda: "E" + rng.choice(letters) + self.digits(6))

    def mobile(self, country: str) -> str:
        rng = self.rng
        if country == "LU":
            n = self.unique(lambda: rng.choice(("621", "628", "661", "671", "691")) + self.digits(6))
            return rng.choice((f"+352 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"00352{n}", f"+352{n}",
                               f"(+352) {n[:3]}-{n[3:]}"))
        if country == "FR":
            n = self.unique(lambda: rng.choice("67") + self.digits(8))
            return rng.choice((f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                               f"+33{n}", f"0{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}"))
        if country == "DE":
            n = self.unique(lambda: rng.choice(("151", "160", "170", "176", "1520")) + self.digits(7))
            return rng.choice((f"+49 {n[:3]} {n[3:]}", f"0{n[:3]} {n[3:]}", f"0{n[:3]}/{n[3:]}", f"+49{n}"))
        n = self.unique(lambda: rng.choice(("470", "475", "485", "496")) + self.digits(6))
        return rng.choice((f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}", f"+32{n}"))

    def landline(self, country: str) -> str:
        rng = self.rng
        if country == "LU":
            n = self.unique(lambda: rng.choice(("2", "4", "3", "5")) + self.digits(rng.choice((5, 7))))
            pairs = " ".join(n[i:i + 2] for i in range(0, len(n), 2))
            return rng.choice((f"+352 {pairs}", pairs, f"00352 {n}"))
        if country == "FR":
            n = self.unique(lambda: "38" + self.digits(7))
            return rng.choice((f"03 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+33 3 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"))
        if country == "DE":
            n = self.unique(lambda: self.digits(6))
            return rng.choice((f"0651 {n}", f"+49 651 {n[:3]} {n[3:]}", f"06581/{n}"))
        n = self.unique(lambda: self.digits(6))
        return rng.choice((f"063 {n[:2]} {n[2:4]} {n[4:]}", f"+32 63 {n[:2]} {n[2:4]} {n[4:]}"))

    def email(self, given: str, family: str) -> str:
        rng = self.rng
        f, s = apps.ascii_fold(given), apps.ascii_fold(family.replace(" ", ""))
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{f[0]}.{s}", f"{s}.{f}", f"{f}.{s}{rng.randint(50, 99)}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, country: str, personal: bool = True) -> tuple[str, str, str]:
        """An IBAN (compact or grouped), its BIC and the bank's name."""
        rng = self.rng
        code, bic, bank = rng.choice(BANKS[country])
        if country == "LU":
            bban = self.unique(lambda: code + self.digits(13))
        elif country == "FR":
            account = self.unique(lambda: self.digits(11))
            branch = self.digits(5)
            key = 97 - (int(code + branch + account) * 100) % 97
            bban = f"{code}{branch}{account}{key:02d}"
        elif country == "DE":
            bban = code + self.unique(lambda: self.digits(10))
        else:
            body = code + self.unique(lambda: self.digits(7))
            check = int(body) % 97 or 97
            bban = f"{body}{check:02d}"
        compact = country + iban_check_digits(country, bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return (compact if rng.random() < 0.5 else grouped(compact)), bic, bank

    def session_id(self) -> str:
        return self.unique(lambda: "".join(self.rng.choices("abcdefghijklmnopqrstuvwxyz012345", k=24)))

    def identity_hash(self) -> str:
        header = bytes([1]) + (1).to_bytes(4, "big") + (10000).to_bytes(4, "big") + (16).to_bytes(4, "big")
        raw = header + bytes(self.rng.getrandbits(8) for _ in range(48))
        return base64.b64encode(raw).decode("ascii")


class _World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = Register(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.investors: list[dict] = []

    def person(self, sex: str | None = None) -> tuple[str, str, str]:
        sex = sex or self.rng.choice("MF")
        return self.rng.choice(GIVEN[sex]), self.rng.choice(SURNAMES), sex

    def country(self) -> str:
        return self.rng.choice(("LU", "LU", "LU", "LU", "FR", "FR", "BE", "DE"))


def _hilo(w: _World) -> None:
    w.m.rows["hibernate_unique_key"].append((47,))


def _users(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, USER_COUNT + 1):
        given, family, _ = w.person()
        login = make.unique(lambda: f"{apps.ascii_fold(given)[0]}{apps.ascii_fold(family)[:7]}")
        email = f"{apps.ascii_fold(given)}.{apps.ascii_fold(family.replace(' ', ''))}@{OWN_DOMAIN}"
        email = make.unique(lambda: email if email not in make.used else email.replace("@", f"{rng.randint(2, 9)}@"))
        w.m.emails.add(email.casefold())
        w.m.rows["ta_utilisateur"].append((
            n, login, email, make.identity_hash(), f"{given} {family.upper()}",
            "Admin" if n <= 2 else rng.choice(("TA_Operator", "KYC_Analyst", "Compliance", "ReadOnly")),
            _moment(rng, 2025, 2025), apps.ipv4(rng, (10, 172)) if rng.random() < 0.4 else apps.ipv4(rng, IP_FIRSTS["LU"]),
            rng.random() < 0.9))


def _funds(w: _World) -> None:
    rng = w.rng
    n = 0
    for name, classes, currency in FUNDS:
        for share in classes:
            n += 1
            body = f"LU{rng.randint(1000000000, 2999999999):09d}"[:11]
            w.m.rows["ta_fonds"].append((
                n, body + isin_digit(body), name, share, currency, f"{rng.randint(8000, 250000) / 100:.4f}",
                "2025-11-27", rng.choice(("ACTIF", "ACTIF", "ACTIF", "FERME"))))
    w.fund_count = n


def _investors(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, INVESTOR_COUNT + 1):
        country = w.country()
        place, code = rng.choice(PLACES[country])
        postcode = code.format(rng.randint(10, 99)) if "{:03d}" not in code else code.format(rng.randint(100, 999))
        street = f"{rng.randint(1, 180)}, {rng.choice(STREETS[country])}" if country in ("LU", "FR", "BE") \
            else f"{rng.choice(STREETS[country])} {rng.randint(1, 120)}"
        digits = f"{n + 100000:06d}"
        number = f"REG{digits}{apps.luhn_digit(digits)}"
        corporate = rng.random() < 0.15
        mobile_country = country if rng.random() < 0.8 else "LU"
        if corporate:
            founder = rng.choice(SURNAMES)
            name = rng.choice(HOLDINGS).format(f=founder)
            record = {"id": n, "given": None, "family": founder, "name": name, "country": country, "email": None,
                      "mobile": None, "corporate": True}
            w.m.rows["ta_investisseur"].append((
                n, number, "PM", None, name, None, None, None, None, None, None, None,
                f"B{rng.randint(100000, 290000)}", None, make.landline("LU"), None, street, postcode, place, country,
                country, None, None, _moment(rng, 2012, 2025)))
        else:
            given, family, sex = w.person()
            born = apps.day(rng, 1935, 2004)
            nationality = rng.choice((country, country, "LU", "PT", "FR", "BE", "DE", "IT"))
            email = make.email(given, family) if rng.random() < 0.85 else None
            mobile = make.mobile(mobile_country) if rng.random() < 0.9 else None
            note = None
            if rng.random() < 0.3:
                note = _fill(rng.choice(NOTES), relative=lambda: " ".join(w.person()[:2]),
                             phone=lambda: make.mobile(w.country()), iban=lambda: make.iban(country)[0],
                             email=lambda: make.email(w.person()[0], family))
            record = {"id": n, "given": given, "family": family, "name": f"{given} {family}", "country": country,
                      "email": email, "mobile": mobile, "corporate": False, "born": born, "nationality": nationality}
            w.m.rows["ta_investisseur"].append((
                n, number, "PP", ("Monsieur" if sex == "M" else "Madame") if country != "DE" else
                ("Herr" if sex == "M" else "Frau"), family.upper() if rng.random() < 0.5 else family, given, born,
                rng.choice(BIRTHPLACES) if rng.random() < 0.8 else None, sex, nationality,
                make.matricule(born) if country == "LU" or rng.random() < 0.3 else None,
                make.passport(nationality if nationality in ("LU", "FR", "DE", "BE") else "LU") if rng.random() < 0.7 else None,
                None, mobile, make.landline(country) if rng.random() < 0.35 else None, email, street, postcode, place,
                country, country if rng.random() < 0.9 else "LU", rng.choice(PROFESSIONS) if rng.random() < 0.7 else None,
                note, _moment(rng, 2012, 2025)))
        w.investors.append(record)


def _owners(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for inv in w.investors:
        if not inv["corporate"]:
            continue
        shares = [100.0] if rng.random() < 0.4 else [50.0, 50.0] if rng.random() < 0.5 else [40.0, 35.0, 25.0]
        for share in shares:
            n += 1
            given, _, _ = w.person()
            family = inv["family"] if rng.random() < 0.8 else rng.choice(SURNAMES)
            country = w.country()
            place, code = rng.choice(PLACES[country])
            postcode = code.format(rng.randint(10, 99)) if "{:03d}" not in code else code.format(rng.randint(100, 999))
            nationality = rng.choice((country, "LU", "FR", "DE", "BE"))
            w.m.rows["ta_beneficiaire_effectif"].append((
                n, inv["id"], f"{given} {family}", apps.day(rng, 1940, 1995), nationality,
                make.passport(nationality) if rng.random() < 0.8 else None,
                f"{rng.randint(1, 90)}, {rng.choice(STREETS[country])}, {postcode} {place}",
                f"{share:.2f}", rng.random() < 0.1))


def _kyc(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, inv in enumerate(w.investors, 1):
        pep = None if inv["corporate"] or rng.random() < 0.93 else rng.choice(RISK_PEP)
        risk = "ELEVE" if pep else rng.choice(("FAIBLE", "FAIBLE", "MOYEN"))
        screening = None
        if not inv["corporate"] and rng.random() < 0.6:
            screening = json.dumps({
                "provider": "WorldCheck One", "caseId": f"5jb{''.join(rng.choices('0123456789abcdef', k=10))}",
                "query": {"name": inv["name"], "dateOfBirth": inv["born"], "nationality": inv["nationality"]},
                "hits": ([{"matchStrength": "STRONG", "category": "PEP", "primaryName": inv["name"].upper()}]
                         if pep else []), "screenedAt": _moment(rng, 2024, 2025)}, ensure_ascii=False)
        comment = rng.choice(COMMENTS)
        if comment:
            comment = _fill(comment, email=lambda: inv["email"] or make.email(w.person()[0], inv["family"]),
                            phone=lambda: inv["mobile"] or make.mobile(inv["country"]),
                            relative=lambda: " ".join(w.person()[:2]), iban=lambda: make.iban(inv["country"])[0])
        source = None
        if rng.random() < 0.7:
            source = _fill(rng.choice(SOURCE), prof=lambda: rng.choice(PROFESSIONS).lower(),
                           relative=lambda: f"{w.person()[0]} {inv['family']}",
                           place=lambda: rng.choice(PLACES["LU"])[0])
        proof = None
        if rng.random() < 0.3:
            proof = apps.pdf_bytes([f"Certificat de résidence - {inv['name']}", f"Commune de {rng.choice(PLACES['LU'])[0]}",
                                    f"Né(e) le {inv.get('born') or ''}"])
        w.m.rows["ta_dossier_kyc"].append((
            n, inv["id"], risk, pep, source, apps.jpeg_bytes(rng) if rng.random() < 0.4 else None, proof, screening,
            comment, rng.randint(3, USER_COUNT) if rng.random() < 0.9 else None, apps.day(rng, 2023, 2025),
            rng.choice(("VALIDE", "VALIDE", "EN_COURS", "A_REVOIR"))))


def _accounts(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for inv in w.investors:
        for _ in range(1 if rng.random() < 0.8 else 2):
            n += 1
            country = inv["country"] if rng.random() < 0.7 else "LU"
            iban, bic, _bank = make.iban(country, personal=not inv["corporate"])  # a holding's account: a company's
            holder = inv["name"].upper() if rng.random() < 0.4 else inv["name"]
            if not inv["corporate"] and rng.random() < 0.15:
                holder = f"{inv['name']} et/ou {w.person()[0]} {inv['family']}"
            inv.setdefault("ibans", []).append(iban)
            w.m.rows["ta_compte_bancaire"].append((n, inv["id"], holder, iban, bic, "EUR", rng.random() < 0.9))


def _orders(w: _World) -> None:
    rng = w.rng
    w.refs = []
    for n in range(1, ORDER_COUNT + 1):
        inv = rng.choice(w.investors)
        side = rng.choice(("SUB", "SUB", "RED"))
        year = rng.randint(2021, 2025)
        digits = f"{year}{n:06d}"
        ref = f"{side}-{year}-{n:06d}-{apps.luhn_digit(digits)}"
        w.refs.append((inv, ref))
        units = rng.randint(100, 5000000) / 1000
        amount = rng.randint(1000, 50000000) / 100
        w.m.rows["ta_ordre"].append((
            n, ref, inv["id"], rng.randint(1, w.fund_count), side,
            f"{units:.4f}" if side == "RED" or rng.random() < 0.5 else None,
            f"{amount:.2f}" if side == "SUB" or rng.random() < 0.5 else None, "EUR", apps.day(rng, year, year),
            rng.choice(inv["ibans"]) if side == "RED" else None,
            rng.choice(("EXECUTE", "EXECUTE", "EXECUTE", "EN_ATTENTE", "ANNULE")), rng.randint(3, USER_COUNT)))


def _distributors(w: _World) -> None:
    make = w.make
    for n, (name, rcs, vat, address, phone, mailbox) in enumerate(DISTRIBUTORS, 1):
        given, family, _ = w.person()
        country = vat[:2]
        w.m.rows["ta_distributeur"].append((
            n, name, rcs, vat, address, phone, mailbox, grouped(make.iban(country, personal=False)[0].replace(" ", "")),
            f"{given} {family}", make.mobile(country)))


def _mailings(w: _World) -> None:
    rng, make = w.rng, w.make
    with_mail = [inv for inv in w.investors if inv["email"]]
    for n in range(1, 181):
        inv = rng.choice(with_mail)
        refs = [ref for i, ref in w.refs if i is inv] or ["SUB-2025-000000-0"]
        w.m.rows["ta_correspondance"].append((
            n, inv["email"], rng.choice(SUBJECTS),
            _fill(rng.choice(BODIES), name=lambda: inv["name"], ref=lambda: rng.choice(refs),
                  iban=lambda: rng.choice(inv["ibans"]), phone=lambda: inv["mobile"] or make.mobile(inv["country"])),
            rng.choice(("EMAIL", "EMAIL", "PORTAIL")), _moment(rng, 2023, 2025)))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    people = [inv for inv in w.investors if inv["email"]]
    for n in range(1, SESSION_COUNT + 1):
        inv = rng.choice(people)
        created = dt.datetime.fromisoformat(_moment(rng, 2024, 2025))
        w.m.rows["ta_session_portail"].append((
            n, make.session_id(), inv["id"], apps.ipv4(rng, IP_FIRSTS[inv["country"]]) if rng.random() < 0.95 else None,
            rng.choice(AGENTS), created.isoformat(sep=" "), (created + dt.timedelta(minutes=20)).isoformat(sep=" ")))


def _settings(w: _World) -> None:
    make = w.make
    for key, value, about in (
        ("Societe.RaisonSociale", "Moselle Fund Services S.A.", "Nom sur les avis d'exécution"),
        ("Societe.Rcs", "B 158432", "Registre de commerce et des sociétés Luxembourg"),
        ("Societe.Tva", "LU24871566", "Numéro de TVA intracommunautaire"),
        ("Societe.Adresse", "2, rue Albert Borschette, L-1246 Luxembourg", "Siège social"),
        ("Societe.Telephone", "+352 26 02 11 1", "Standard"),
        ("Societe.CourrielTa", f"ta.dealing@{OWN_DOMAIN}", "Ordres des investisseurs"),
        ("Mail.Absender", f"noreply@{OWN_DOMAIN}", "Expéditeur des avis"),
        ("Societe.IbanCollecte", grouped(make.iban("LU", personal=False)[0].replace(" ", "")), "Compte de collecte des souscriptions"),
        ("Cutoff.Heure", "12:00", "Heure limite de réception des ordres (CET)"),
        ("Session.TimeoutMinutes", "20", None),
    ):
        w.m.rows["ta_parametre"].append((key, value, about))


def make_register(seed: int = SEED) -> Register:
    """The whole transfer agent's database, the same for the same seed."""
    w = _World(seed)
    _hilo(w)
    _users(w)
    _funds(w)
    _investors(w)
    _owners(w)
    _kyc(w)
    _accounts(w)
    _orders(w)
    _distributors(w)
    _mailings(w)
    _sessions(w)
    _settings(w)
    return w.m


def create(server: Any, db: str, m: Register) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/thirtyfourth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
