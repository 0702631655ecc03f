"""The personal-data detector behind ``scan``: pure functions, no I/O.

A column is judged by its name (English and French, usual abbreviations), by its
table (people, companies, catalogue) and by a sample of its values (emails,
phones, IPs, IBANs, cards, national ids, birth dates, tokens, password hashes,
images, free text or JSON quoting any of those). Values never leave this module
unmasked: a finding carries at most a masked example.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import phonenumbers

from .. import model
from ..model import Column
from ..strategies.binary import image_format
from ..strategies.finance import is_luhn_valid, is_valid_iban
from ..strategies.freetext import _CARD, _DATE, _EMAIL, _IBAN, _IPV4, _IPV6, _may_hold_phone

SENSITIVE = frozenset(
    {"health", "religion", "political_opinion", "ethnic_origin", "sex_life", "genetic", "biometric", "criminal"}
)
QUASI = frozenset({"birthdate", "age", "gender", "postal_code", "city", "region", "country", "nationality"})
CATEGORIES = (
    "first_name", "last_name", "name", "username", "email", "phone", "address", "postal_code", "city", "region",
    "country", "geo_location", "birthdate", "age", "gender", "nationality", "ip", "mac_address", "password",
    "national_id", "id_number", "identifier", "iban", "credit_card", "financial", "employment", "license_plate",
    "blob_image", "free_text", "json", *sorted(SENSITIVE),
)
FOREIGN_KEY = "foreign_key"  # scan -r: a column a key links to a scrubbed one

MAJORITY = 0.6  # share of a column's non-empty sampled values a value detector must match
MIN_MATCHES = 2  # ... and at least this many (one, when the sample holds a single value)
TEXT_HITS_SHARE = 0.05  # free text: share of values quoting an item (and at least MIN_MATCHES)
KEPT_CHARS = 2000  # a sampled value is judged on its first characters (a 200 kB log line too)
PHONE_REGIONS = ("US", "FR", "GB", "DE")
# Regions a national-format number (no + or 00) is tried in, for ``phone_regions``.
REGION_CANDIDATES = ("FR", "US", "GB", "DE", "ES", "IT", "BE", "CH", "CA", "NL")


@dataclass(frozen=True)
class Finding:
    """A column holding personal data (or, in ``scan -r``, linked to one by a key)."""

    table: str  # as the dump spells it
    column: str
    category: str  # one of CATEGORIES (or FOREIGN_KEY)
    reason: str
    confidence: float  # 0..1
    sensitive: bool = False
    quasi: bool = False
    example: str | None = None  # masked, never the value itself

    def to_json(self) -> dict:
        return {
            "table": self.table,
            "column": self.column,
            "category": self.category,
            "reason": self.reason,
            "confidence": round(self.confidence, 2),
            "sensitive": self.sensitive,
            "quasi": self.quasi,
            "example": self.example,
        }


def finding(table: str, column: str, category: str, reason: str, confidence: float, example: str | None = None) -> Finding:
    """A Finding with ``sensitive`` and ``quasi`` set from its category."""
    return Finding(table, column, category, reason, round(min(max(confidence, 0.0), 1.0), 2),
                   category in SENSITIVE, category in QUASI, example)


# --- names -------------------------------------------------------------------

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^a-z0-9]+")
_DIGITS_AT_END = re.compile(r"(?<=[a-z])(?=\d)")


def tokenize(name: str) -> tuple[str, ...]:
    """A column or table name as lower-case words, accents removed: ``BillingPostalCode``
    -> billing postal code, ``e-mail`` -> e mail, ``prénom`` -> prenom, ``address2`` -> address.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _CAMEL.sub(" ", text).lower()
    text = _DIGITS_AT_END.sub(" ", text)
    return tuple(t for t in _SPLIT.split(text) if t and not t.isdigit())


# Where a name pattern applies: anywhere (but company tables), in tables about people,
# in tables about people or linked to them by a key, where addresses are kept,
# in tables about care (consultations, visits) or about people themselves, in tables about care only.
ANY, PEOPLE, LINKED, LOCATION, CARE, VISIT = "any", "people", "linked", "location", "care", "visit"


def _p(category: str, where: str, *patterns: str) -> list[tuple[tuple[str, ...], str, str]]:
    return [(tuple(p.split()), category, where) for p in patterns]


# First match wins: more specific categories come first (ip address before address).
NAME_PATTERNS = [
    *_p("ip", ANY, "ip", "ipv", "ip addr", "ip address", "ipaddress", "ipaddr", "remote addr", "remote ip"),
    *_p("mac_address", ANY, "mac address", "macaddress", "mac addr", "mac"),
    *_p("email", ANY, "email", "e mail", "mail", "courriel", "emailaddress", "mel"),
    *_p("id_number", ANY, "medical license", "medical licence"),  # a practitioner's number, not health
    *_p("health", ANY, "health", "sante", "diagnosis", "diagnoses", "diagnostic", "allergies", "allergy", "medical",
        "medication", "medications", "pathologie", "pathology", "traitement", "treatment", "maladie", "disease",
        "disability", "handicap", "blood type", "groupe sanguin", "symptoms", "prescription", "medical history",
        "symptomes", "symptome", "symptom", "antecedents", "antecedent", "vaccin", "vaccins", "vaccine", "vaccines",
        "vaccination", "vaccinations", "immunization", "immunizations", "ordonnance", "reason for visit",
        "visit reason", "chief complaint", "presenting complaint", "motif consultation", "motif de consultation",
        "blood pressure", "tension arterielle", "glycemie", "blood sugar", "blood glucose", "heart rate",
        "frequence cardiaque", "bmi", "imc"),
    # Body measurements and the reason for a visit: health only where care is recorded
    # (a shipment's weight, an image's height, a refund's reason are not).
    *_p("health", CARE, "poids", "weight", "taille", "height", "tension", "pulse", "pouls", "temperature",
        "saturation", "spo2", "systolic", "diastolic", "systolique", "diastolique", "bp", "cholesterol"),
    *_p("health", VISIT, "motif", "reason", "complaint", "plainte"),  # users.reason is no visit's reason
    *_p("religion", ANY, "religion", "religious", "faith", "confession"),
    *_p("political_opinion", ANY, "political", "politics", "opinion politique", "political party", "party affiliation"),
    *_p("ethnic_origin", ANY, "ethnicity", "ethnic", "ethnie", "ethnic origin"),
    *_p("ethnic_origin", PEOPLE, "race", "origine", "origin"),
    *_p("sex_life", ANY, "sexual orientation", "orientation sexuelle", "sexuality", "sexual", "sex life"),
    *_p("genetic", ANY, "genetic", "genetics", "genome", "genotype", "adn", "dna"),
    *_p("biometric", ANY, "fingerprint", "fingerprints", "empreinte", "empreintes", "biometric", "biometrics",
        "face template", "voiceprint", "iris"),
    *_p("criminal", ANY, "criminal", "casier", "casier judiciaire", "conviction", "convictions", "offence",
        "offense", "criminal record"),
    *_p("first_name", ANY, "first name", "firstname", "given name", "givenname", "fname", "prenom", "prenoms",
        "forename", "first names"),
    *_p("last_name", ANY, "last name", "lastname", "surname", "family name", "familyname", "lname", "nom famille",
        "nom de famille", "nom usage", "maiden name", "nom naissance"),
    *_p("name", ANY, "full name", "fullname", "display name", "displayname", "nom complet", "contact name",
        "customer name", "client name", "person name", "real name", "legal name", "ship name", "shipping name",
        "billing name", "recipient name", "sender name", "cardholder name", "card holder", "cardholder",
        "holder name", "owner name", "middle name", "nickname", "nick name", "patient name", "member name",
        "employee name", "user full name", "author name"),
    *_p("name", PEOPLE, "name", "nom", "names"),
    *_p("username", ANY, "username", "user name", "login", "user login", "screen name", "pseudo", "nom utilisateur"),
    *_p("username", PEOPLE, "handle"),
    *_p("national_id", ANY, "ssn", "nir", "num secu", "numero secu", "secu", "insee", "social security",
        "national id", "nationalid", "passport", "passeport", "passport number", "id card", "carte identite", "cni",
        "driving licence", "driving license", "driver license", "drivers license", "driver licence",
        "permis conduire", "tax id", "nif", "nino", "national insurance", "personnummer", "dni", "codice fiscale",
        "numero fiscal", "social insurance", "sin"),
    *_p("id_number", ANY, "doc number", "document number", "doc no", "document no", "emp no", "employee number",
        "employee no", "matricule", "badge number", "customer number", "member number", "membership number",
        "policy number", "patient number", "student number", "license number", "licence number",
        "permit number", "loyalty card", "numero client", "numero adherent",
        # a practitioner's professional number: France (RPPS, ADELI, Ordre), US (NPI, DEA), UK (GMC)
        "rpps", "adeli", "npi", "numero ordre", "num ordre", "no ordre", "dea number", "gmc number",
        "professional license", "professional licence"),
    *_p("password", ANY, "password", "passwd", "pwd", "mot de passe", "motdepasse", "mdp", "password hash",
        "passhash", "encrypted password", "password digest"),
    *_p("password", PEOPLE, "pass", "hash"),
    *_p("identifier", ANY, "session", "session id", "sessionid", "token", "access token", "refresh token",
        "api key", "apikey", "cookie", "device id", "deviceid", "jwt", "auth token", "remember token",
        "reset token", "otp secret", "push token", "advertising id", "idfa", "gaid", "visitor id", "tracking id",
        "anonymous id", "secret"),
    *_p("identifier", LINKED, "uuid", "guid"),
    *_p("iban", ANY, "iban", "rib", "bic", "swift", "bank account", "account number", "numero compte"),
    *_p("credit_card", ANY, "card number", "cardnumber", "pan", "cc", "cc number", "credit card", "creditcard", "cvv",
        "cvc", "card no", "numero carte", "carte bancaire"),
    *_p("financial", ANY, "salary", "salaire", "salaries", "wage", "wages", "income", "revenu", "revenus",
        "remuneration", "compensation", "net worth", "credit score"),
    *_p("employment", ANY, "job title", "jobtitle", "job", "occupation", "profession", "poste", "employer",
        "hire date", "hiredate", "date embauche", "embauche", "hired on", "hired at"),
    *_p("employment", PEOPLE, "title", "position", "fonction"),
    *_p("license_plate", ANY, "license plate", "licence plate", "plate number", "immatriculation", "plaque",
        "numberplate", "vehicle registration"),
    *_p("birthdate", ANY, "dob", "birth date", "birthdate", "birthday", "date naissance", "naissance",
        "date of birth", "birth", "born", "date de naissance", "anniversaire", "birth year", "birthyear"),
    *_p("age", PEOPLE, "age"),
    *_p("gender", ANY, "gender", "sex", "sexe"),
    *_p("gender", PEOPLE, "genre", "civilite", "civility", "salutation"),
    *_p("nationality", ANY, "nationality", "nationalite", "citizenship"),
    *_p("phone", ANY, "phone", "telephone", "tel", "mobile", "portable", "cell", "cellphone", "fax", "phone number",
        "phonenumber", "gsm", "msisdn", "telefono", "telefon"),
    *_p("postal_code", ANY, "zip", "zipcode", "zip code", "postcode", "post code", "postal code", "postalcode",
        "code postal", "codepostal", "cp", "plz"),
    *_p("address", ANY, "address", "addr", "adresse", "street", "rue", "street address", "address line", "voie"),
    # abbreviations too short to trust anywhere: adr1, adr_domicile; line1 alone in a people table
    *_p("address", LOCATION, "adr"),
    *_p("address", PEOPLE, "line", "ligne"),
    *_p("geo_location", LOCATION, "latitude", "longitude", "lat", "lng", "lon", "geo", "geolocation", "coordinates",
        "location", "gps", "geom", "position gps"),
    *_p("city", LOCATION, "city", "ville", "town", "commune", "locality"),
    *_p("region", LOCATION, "state", "region", "province", "county", "district", "departement"),
    *_p("country", LOCATION, "country", "pays", "country code"),
    *_p("blob_image", LINKED, "photo", "picture", "avatar", "portrait", "selfie", "headshot", "scan", "image",
        "mugshot", "profile picture"),
    *_p("free_text", LINKED, "bio", "biography", "about me", "notes", "note", "comment", "comments", "remark",
        "remarks", "message", "body", "commentaire", "commentaires", "remarque", "observations", "gift message"),
]

# Prefixes that put an address part in a person's context (BillingCity, ship_country).
PERSON_PREFIXES = frozenset(
    {"billing", "shipping", "ship", "delivery", "home", "residence", "birth", "mailing", "postal", "customer",
     "client", "user", "contact", "personal", "livraison", "facturation", "domicile", "naissance"}
)
# A name ending with one of these is about the thing, not the thing: user_id,
# email_verified, phone_count, address_type (unless a pattern ends there: national_id).
STOP_SUFFIXES = frozenset(
    {"id", "ids", "count", "cnt", "nb", "type", "types", "status", "kind", "flag", "flags", "verified", "confirmed",
     "enabled", "disabled", "sent", "at", "on", "format", "length", "len", "size", "visibility", "visible",
     "public", "private", "hidden", "required", "optin", "opt", "changed", "updated", "modified", "created",
     "expires", "expiry", "expiration", "attempts", "tries", "version", "template", "policy", "settings",
     "preference", "preferences", "mode", "allowed", "valid", "validated", "checked", "fk", "ref", "key", "no",
     "num", "idx", "index", "seq", "order", "rank", "sort"}
)
STOP_PREFIXES = frozenset({"is", "has", "can", "should", "allow", "nb", "count", "num", "total", "max", "min", "avg"})

PEOPLE_TABLES = frozenset(
    {"user", "users", "customer", "customers", "client", "clients", "employee", "employees", "staff", "patient",
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
     "collaborateur", "collaborateurs", "personnel", "worker", "workers", "resident", "residents", "pupil", "pupils"}
)
COMPANY_TABLES = frozenset(
    {"company", "companies", "supplier", "suppliers", "vendor", "vendors", "organization", "organizations",
     "organisation", "organisations", "org", "orgs", "store", "stores", "shop", "shops", "merchant", "merchants",
     "partner", "partners", "societe", "societes", "entreprise", "entreprises", "fournisseur", "fournisseurs",
     "business", "businesses", "agency", "agencies", "bank", "banks", "manufacturer", "manufacturers", "brand",
     "brands", "carrier", "carriers", "warehouse", "warehouses", "branch", "branches", "office", "offices",
     "publisher", "publishers", "label", "labels", "employer", "employers",
     # insurers, laboratories, public bodies, establishments (French and English)
     "mutuelle", "mutuelles", "assureur", "assureurs", "insurer", "insurers", "laboratoire", "laboratoires",
     "laboratory", "laboratories", "lab", "labs", "partenaire", "partenaires", "etablissement", "etablissements",
     "organisme", "organismes", "banque", "banques", "agence", "agences", "institution", "institutions",
     "firm", "firms", "corporation", "corporations", "enterprise", "enterprises", "prestataire", "prestataires",
     "transporteur", "transporteurs", "fabricant", "fabricants", "editeur", "editeurs", "pharmacie", "pharmacies",
     "pharmacy", "pharmacies", "clinique", "cliniques", "clinic", "clinics", "hopital", "hopitaux", "hospital",
     "hospitals", "caisse", "caisses", "school", "schools", "ecole", "ecoles", "university", "universities"}
)
# People tables whose rows may be companies (B2B clients, SaaS tenants): they are companies
# when a column holds a company identifier or name and none a person's name or birth.
AMBIGUOUS_TABLES = frozenset(
    {"client", "clients", "customer", "customers", "account", "accounts", "tenant", "tenants", "owner", "owners",
     "member", "members", "adherent", "adherents", "beneficiary", "beneficiaries", "buyer", "buyers"}
)
# Companies' identifiers and products' codes: never personal, whatever their digits pass
# (a SIRET or a CIP13 passes Luhn like a card number).
COMPANY_CODES = [tuple(p.split()) for p in (
    "siret", "siren", "vat", "tva", "duns", "ein", "ape", "naf", "rcs", "tva intracom", "numero tva", "ust idnr",
    "kvk", "abn", "company number", "company registration", "raison sociale", "company name", "companyname",
    "organisation name", "organization name", "org name",
)]
CODE_NAMES = [*COMPANY_CODES, *(tuple(p.split()) for p in (
    "cip", "ean", "gtin", "upc", "isbn", "issn", "sku", "barcode", "bar code", "code barre", "codebarre",
    "asin", "mpn", "ucd", "product code", "item code", "article code", "code produit", "code article",
))]
# The person-only columns that keep an ambiguous table about people.
PERSON_ONLY = frozenset({"first_name", "last_name", "birthdate", "gender", "national_id", "age"})
# Care tables: body measurements and visit reasons there are health data.
CARE_TABLES = frozenset(
    {"consultation", "consultations", "appointment", "appointments", "visit", "visits", "encounter", "encounters",
     "admission", "admissions", "rdv", "rendez", "soin", "soins", "sejour", "sejours", "hospitalisation",
     "hospitalisations", "hospitalization", "hospitalizations", "examen", "examens", "exam", "exams",
     "examination", "examinations", "vital", "vitals", "constante", "constantes", "triage", "medical", "medicale",
     "medicales", "medicaux", "clinical", "dossier", "dossiers", "checkup", "checkups", "intake", "anamnese",
     "anamnesis"}
)
# Tokens that may follow a care measurement's name: a unit or a qualifier (poids_kg, weight_lbs).
CARE_QUALIFIERS = frozenset(
    {"kg", "g", "lb", "lbs", "cm", "m", "mm", "mmhg", "bpm", "c", "f", "celsius", "fahrenheit", "pct", "percent",
     "value", "val", "valeur", "mesure", "measured", "actuel", "current", "initial", "patient", "de", "du", "la",
     "of", "for", "consultation", "visite", "visit", "rdv", "appointment", "systolique", "diastolique", "systolic",
     "diastolic", "arterielle", "cardiaque", "corporelle", "body", "text", "texte", "libre", "details", "detail"}
)
# Key/value settings tables (an app's own e-mail and phone among its options).
SETTINGS_TABLES = frozenset(
    {"settings", "setting", "parametres", "parametre", "parameters", "parameter", "params", "param", "config",
     "configs", "configuration", "configurations", "options", "option", "reglages", "reglage", "preferences",
     "properties", "variables", "kv", "registry"}
)
SETTINGS_KEYS = frozenset({"key", "cle", "name", "nom", "setting", "param", "parametre", "code", "property", "variable",
                           "k", "option", "cle"})
SETTINGS_VALUES = frozenset({"value", "valeur", "val", "v", "data", "contenu", "content"})
CATALOGUE_TABLES = frozenset(
    {"film", "films", "product", "products", "genre", "genres", "album", "albums", "track", "tracks", "category",
     "categories", "language", "languages", "media", "playlist", "playlists", "inventory", "item", "items", "sku",
     "country", "countries", "city", "cities", "currency", "currencies", "tag", "tags", "department", "departments",
     "produit", "produits", "article", "articles", "catalog", "catalogue", "movie", "movies", "book", "books",
     "song", "songs", "artist", "artists", "region", "regions", "state", "states", "migration", "migrations"}
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
ROLE_MAILBOXES = frozenset(
    {"contact", "info", "infos", "sales", "hello", "support", "admin", "noreply", "no-reply", "no_reply", "office",
     "team", "help", "billing", "accounts", "accounting", "press", "jobs", "careers", "marketing", "service",
     "webmaster", "postmaster", "enquiries", "inquiries", "bonjour", "accueil", "commercial", "secretariat",
     "hr", "rh", "legal", "privacy", "security", "abuse", "newsletter", "orders", "shop", "compta", "direction"}
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
    "birthdate": _TEXTUAL | {model.TEMPORAL, model.INTEGER},
    "age": _TEXTUAL | _NUMERIC,
    "gender": _TEXTUAL | {model.BOOLEAN, model.INTEGER},
    "ip": _TEXTUAL | {model.INET, model.INTEGER},
    "mac_address": _TEXTUAL | {model.INET},
    "identifier": _TEXTUAL | {model.UUID},
    "financial": _TEXTUAL | _NUMERIC,
    "employment": _TEXTUAL | {model.TEMPORAL},
    "geo_location": _TEXTUAL | _NUMERIC,
    **{c: _TEXTUAL | _NUMERIC | {model.BOOLEAN} for c in SENSITIVE},
}


@dataclass(frozen=True)
class TableContext:
    """What a table is about, which decides the patterns that apply to its columns."""

    is_people: bool = False  # its name says it holds people (users, clients, staff...)
    is_linked: bool = False  # about people, or references such a table by a key
    has_location: bool = False  # about people, or keeps a street address or postal code
    is_company: bool = False  # companies, suppliers, stores: their contact data is not personal
    is_catalogue: bool = False  # films, products, genres, cities...
    is_care: bool = False  # consultations, visits, vitals: where care is recorded
    is_settings: bool = False  # a key/value table of an application's own settings

    @property
    def applies(self) -> frozenset[str]:
        where = {ANY}
        if self.is_people:
            where.add(PEOPLE)
        if self.is_people or self.is_care:
            where.add(CARE)
        if self.is_care:
            where.add(VISIT)
        if self.is_linked or self.is_people:
            where.add(LINKED)
        if self.has_location or self.is_people:
            where.add(LOCATION)
        return frozenset(where)


def _contains(tokens: Sequence[str], pattern: Sequence[str]) -> int | None:
    """Where ``pattern`` ends in ``tokens`` (index after it), or None."""
    n = len(pattern)
    for i in range(len(tokens) - n + 1):
        if tuple(tokens[i : i + n]) == tuple(pattern):
            return i + n
    return None


@dataclass(frozen=True)
class NameMatch:
    category: str
    where: str
    words: str  # the matched words, for the reason


def match_name(name: str, where: Iterable[str] = (ANY, PEOPLE, LINKED, LOCATION)) -> NameMatch | None:
    """The category a column name says, among the patterns that apply ``where``."""
    tokens = tokenize(name)
    if not tokens:
        return None
    where = frozenset(where)
    for pattern, category, scope in NAME_PATTERNS:
        if scope not in where:
            continue
        end = _contains(tokens, pattern)
        if end is None:
            continue
        if end < len(tokens) and tokens[-1] in STOP_SUFFIXES:
            continue  # email_verified, address_id, phone_type (session_id: a longer pattern)
        if end - len(pattern) > 0 and tokens[0] in STOP_PREFIXES:
            continue  # is_email_confirmed, nb_emails (num_secu is a pattern of its own)
        if scope == PEOPLE and tokens != pattern:
            continue  # a generic word (name, title, hash) counts alone: not dept_name, file_hash
        if scope in (CARE, VISIT) and not set(tokens) - set(pattern) <= CARE_QUALIFIERS:
            continue  # poids_kg, motif_consultation; not weight_unit or motif_annulation
        if category in ("city", "region", "country") and scope == LOCATION and len(tokens) > len(pattern):
            # "state" alone, or "billing_state"; not "order_state" or "country_of_origin"
            if not (set(tokens) - set(pattern)) <= PERSON_PREFIXES | {"of", "de", "name", "code", "nom"}:
                continue
        return NameMatch(category, scope, " ".join(pattern))
    return None


def is_code_name(name: str) -> bool:
    """Whether a column name says a company identifier or a product code (siret, vat_number,
    num_tva, cip13, ean, sku...): not personal, whatever its digits look like."""
    tokens = tokenize(name)
    return any(_contains(tokens, pattern) is not None for pattern in CODE_NAMES)


def company_named(table: str) -> bool:
    """Whether a table's name says it holds companies by its head noun (the last word:
    ``bank_branches``, ``mutuelles``; not ``lab_results``)."""
    tokens = tokenize(table.rsplit(".", 1)[-1])
    return bool(tokens) and tokens[-1] in COMPANY_TABLES


def table_context(table: str, column_names: Iterable[str], references_people: bool = False) -> TableContext:
    """A table's context from its name and its columns' names (``references_people``:
    it has a foreign key to a table about people).

    A company word names a company table unless a people word is there too
    (``company_users``) or, when the table references people, it only qualifies another
    noun (``lab_results`` of patients). A table whose name may hold people or companies
    (``clients``, ``tenants``) holds companies when a column is a company identifier or
    name (siret, vat_number, company_name) and none a person's name, birth or gender.
    """
    tokens = tokenize(table.rsplit(".", 1)[-1])
    words = set(tokens)
    names = list(column_names)
    is_company = bool(words & COMPANY_TABLES) and not words & PEOPLE_TABLES
    if is_company and references_people and not company_named(table):
        is_company = False
    if not is_company and words & PEOPLE_TABLES and words & PEOPLE_TABLES <= AMBIGUOUS_TABLES:
        hits = [match_name(n, (ANY, PEOPLE)) for n in names]
        person = any(h is not None and h.category in PERSON_ONLY for h in hits)
        is_company = not person and any(is_code_name(n) and _is_company_code(n) for n in names)
    is_people = bool(words & PEOPLE_TABLES) and not is_company
    located = False
    for name in names:
        found = match_name(name, (ANY,))
        if found is not None and found.category in ("address", "postal_code"):
            located = True
    return TableContext(
        is_people=is_people,
        is_linked=(is_people or references_people) and not is_company,
        has_location=(is_people or located) and not is_company,
        is_company=is_company,
        is_catalogue=bool(words & CATALOGUE_TABLES) and not is_people,
        is_care=bool(words & CARE_TABLES) and not is_company,
        is_settings=_is_settings(words, names),
    )


def _is_company_code(name: str) -> bool:
    tokens = tokenize(name)
    return any(_contains(tokens, pattern) is not None for pattern in COMPANY_CODES)


def _is_settings(words: set[str], names: list[str]) -> bool:
    """A key/value table of settings: named so, with a key column and a value column
    (cle/valeur, key/value, option_name/option_value)."""
    if not words & SETTINGS_TABLES:
        return False
    last = [tokenize(n)[-1:] for n in names]
    return any(t and t[0] in SETTINGS_KEYS for t in last) and any(t and t[0] in SETTINGS_VALUES for t in last)


def is_settings_value(name: str) -> bool:
    """Whether a column is the value column of a key/value table (value, valeur, option_value)."""
    tokens = tokenize(name)
    return bool(tokens) and tokens[-1] in SETTINGS_VALUES


def is_about_people(ctx: TableContext, strong_columns: int) -> bool:
    """Whether other tables referencing this one are linked to people: its name says
    so, or it has direct identifiers (an email, a name, a birth date...)."""
    return not ctx.is_company and (ctx.is_people or strong_columns > 0)


STRONG = frozenset({"first_name", "last_name", "name", "email", "birthdate", "national_id", "username", "phone"})


# --- values --------------------------------------------------------------------

_EMAIL_VALUE = re.compile(r"[^@\s]{1,64}@[^@\s]+\.[^\W\d_]{2,63}")
_PHONE_SHAPE = re.compile(r"\+?[\d\s().\-/\u00a0]{6,25}(?:\s*(?:x|ext\.?|poste)\s*\d{1,5})?", re.I)
_UUID = re.compile(r"\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?", re.I)
_HEX_TOKEN = re.compile(r"[0-9a-f]{32,128}", re.I)
_JWT = re.compile(r"eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*")
_RANDOM_TOKEN = re.compile(r"[A-Za-z0-9_\-]{24,256}")
_PASSWORD_HASH = re.compile(
    r"(?:\$(?:2[abxy]?|argon2(?:id|i|d)|[1567]|y|gy|P|H|S|sha1|md5|pbkdf2(?:-sha\d+)?|scrypt)\$"
    r"|(?:pbkdf2_sha\d+|bcrypt(?:_sha256)?|argon2|sha1|md5|scrypt)\$"
    r"|(?:pbkdf2|scrypt):|\{(?:SSHA|SHA|SMD5|MD5|CRYPT|SSHA256|SSHA512)\})"
)
_SSN = re.compile(r"(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}")
_NIR = re.compile(r"([12])\s?(\d{2})\s?(0[1-9]|1[0-2]|[2-9]\d)\s?(\d{2}|2[AB])\s?(\d{3})\s?(\d{3})\s?(\d{2})", re.I)
_DATE_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:[+-]\d{2}(?::?\d{2})?|Z)?")
_DATE_DMY = re.compile(r"(\d{2})[/.](\d{2})[/.](\d{4})")
_MAC = re.compile(r"(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}", re.I)
_INTEGER = re.compile(r"[+-]?\d+")
_BYTEA = re.compile(r"\\x[0-9a-fA-F]*")
_BIRTH_AGES = (14, 110)  # a date is a plausible birth date this many years before today


def is_email(value: str) -> bool:
    return _EMAIL_VALUE.fullmatch(value) is not None


def is_role_email(value: str) -> bool:
    """contact@, info@, sales@...: a mailbox of a company, not of a person."""
    local = value.rsplit("@", 1)[0].casefold()
    return local in ROLE_MAILBOXES


def is_phone(value: str) -> bool:
    """A phone number written as people write them (a bare integer is not one, unless it
    starts with 0 or +)."""
    if _PHONE_SHAPE.fullmatch(value) is None or _DATE.fullmatch(value.strip()):
        return False
    digits = sum(c.isdigit() for c in value)
    if not 7 <= digits <= 15:
        return False
    text = value.strip()
    if (text.isdigit() and not text.startswith("0")) or is_ip(text):
        return False
    if text.count(".") == 1 and text.replace(".", "").isdigit():
        return False  # a decimal number
    try:
        if text.startswith("+") or text.startswith("00"):
            return phonenumbers.is_possible_number(phonenumbers.parse(text.replace("00", "+", 1) if text.startswith("00") else text, None))
        return any(phonenumbers.is_possible_number(phonenumbers.parse(text, r)) for r in PHONE_REGIONS)
    except phonenumbers.NumberParseException:
        return False


def phone_regions(values: Iterable[str], candidates: Sequence[str] = REGION_CANDIDATES) -> dict[str, int]:
    """How many values are valid phone numbers of each region (ISO code): an
    international number (+ or 00) counts for its own region; a national one for each
    candidate region where phonenumbers holds it valid, written with the region's trunk
    prefix where one is always written (0 in Europe; not North America's optional 1: a
    US ``(202) 555-0143`` is no German number). Most frequent first."""
    counts: dict[str, int] = {}
    for value in values:
        text = value.strip()
        if not text or len(text) > 40:
            continue
        if text.startswith("+") or text.startswith("00"):
            number = _parse_phone(text.replace("00", "+", 1) if text.startswith("00") else text, None)
            region = phonenumbers.region_code_for_number(number) if number is not None else None
            if number is not None and region and phonenumbers.is_valid_number(number):
                counts[region] = counts.get(region, 0) + 1
            continue
        digits = "".join(c for c in text if c.isdigit())
        for region in candidates:
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
            trunk = metadata.national_prefix if metadata is not None else None
            if trunk and trunk != "1" and not digits.startswith(trunk):
                continue
            number = _parse_phone(text, region)
            if number is not None and phonenumbers.is_valid_number_for_region(number, region):
                counts[region] = counts.get(region, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _parse_phone(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def is_ip(value: str) -> bool:
    if "." not in value and ":" not in value:
        return False
    try:
        ipaddress.ip_interface(value.strip())
    except ValueError:
        return False
    return True


def is_iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return 15 <= len(compact) <= 34 and is_valid_iban(value)


# Card issuers' number ranges (IIN prefixes) and lengths: a 13-digit product code or a
# 14-digit SIRET passes Luhn, but not an issuer's range and length together.
_CARD_BRANDS: tuple[tuple[tuple[tuple[int, int], ...], frozenset[int]], ...] = (
    (((4, 4),), frozenset({13, 16, 19})),  # Visa
    (((51, 55), (2221, 2720)), frozenset({16})),  # Mastercard
    (((34, 34), (37, 37)), frozenset({15})),  # American Express
    (((6011, 6011), (65, 65), (644, 649)), frozenset({16, 17, 18, 19})),  # Discover
    (((3528, 3589),), frozenset({16, 17, 18, 19})),  # JCB
    (((300, 305), (36, 36), (38, 38)), frozenset({14})),  # Diners Club
    (((62, 62),), frozenset({16, 17, 18, 19})),  # UnionPay
    (((5018, 5018), (5020, 5020), (5038, 5038), (5893, 5893), (6304, 6304), (6759, 6759), (6761, 6763)),
     frozenset({13, 14, 15, 16, 17, 18, 19})),  # Maestro
    (((2200, 2204),), frozenset({16, 17, 18, 19})),  # Mir
)


def card_brand_fits(digits: str) -> bool:
    """Whether a digit string has the length and prefix of some card issuer."""
    for ranges, lengths in _CARD_BRANDS:
        if len(digits) not in lengths:
            continue
        for low, high in ranges:
            width = len(str(low))
            if low <= int(digits[:width]) <= high:
                return True
    return False


def is_card(value: str) -> bool:
    """A card number: an issuer's prefix and length (Visa, Mastercard, Amex, Discover,
    JCB, Diners, UnionPay), and a valid Luhn check digit."""
    text = value.strip()
    if not re.fullmatch(r"\d(?:[ \-]?\d){12,18}", text):
        return False
    digits = "".join(c for c in text if c.isdigit())
    return card_brand_fits(digits) and is_luhn_valid(digits)


def is_national_id(value: str) -> bool:
    """A French NIR whose key checks (13 digits + 2), or a US SSN (123-45-6789)."""
    text = value.strip()
    if _SSN.fullmatch(text):
        return True
    m = _NIR.fullmatch(text)
    if m is None:
        return False
    body = "".join(m.groups()[:-1]).upper()
    body = body.replace("2A", "19").replace("2B", "18")
    return 97 - int(body) % 97 == int(m.group(7))


def is_password_hash(value: str) -> bool:
    return _PASSWORD_HASH.match(value) is not None and " " not in value


def is_token(value: str) -> bool:
    """A UUID, a long hex string, a JWT or a long random-looking string."""
    text = value.strip()
    if _UUID.fullmatch(text) or _HEX_TOKEN.fullmatch(text) or _JWT.fullmatch(text):
        return True
    if _RANDOM_TOKEN.fullmatch(text):
        kinds = sum(bool(re.search(p, text)) for p in ("[a-z]", "[A-Z]", "[0-9]"))
        return kinds == 3
    return False


def is_mac(value: str) -> bool:
    return _MAC.fullmatch(value.strip()) is not None


def value_bytes(value: str) -> bytes:
    """The bytes a binary value stands for: PostgreSQL's \\x hex, else the decoded bytes."""
    if _BYTEA.fullmatch(value[:130]) and len(value) % 2 == 0:
        try:
            return bytes.fromhex(value[2:130])
        except ValueError:
            pass
    return value[:64].encode("utf-8", "surrogateescape")


def is_image(value: str) -> bool:
    if value[:11].lower() == "data:image/":
        return True
    data = value_bytes(value)
    return image_format(data) is not None or image_format(value[:64].encode("latin-1", "replace")) is not None


def birth_year(value: str, today: dt.date) -> int | None:
    """The year of a date that may be a birth date: no time of day (or midnight), and
    between 14 and 110 years ago."""
    m = _DATE_VALUE.fullmatch(value.strip())
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if m[4] is not None and (m[4], m[5], m[6] or "00") != ("00", "00", "00"):
            return None
    else:
        m = _DATE_DMY.fullmatch(value.strip())
        if m is None:
            return None
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    low, high = today.year - _BIRTH_AGES[1], today.year - _BIRTH_AGES[0]
    return year if low <= year <= high else None


_ITEM_CHECKS = (
    ("email", lambda t: _EMAIL.search(t) is not None),
    ("ip", lambda t: any(is_ip(m.group()) for m in _IPV4.finditer(t)) or any(is_ip(m.group()) for m in _IPV6.finditer(t))),
    ("iban", lambda t: any(is_valid_iban(m.group()) for m in _IBAN.finditer(t))),
    ("credit_card", lambda t: any(is_card(m.group()) for m in _CARD.finditer(t))),
    ("phone", lambda t: _may_hold_phone(t) and _quotes_phone(t)),
)


def _quotes_phone(text: str) -> bool:
    for region in ("US", "FR"):
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            if match.start > 0 and text[match.start - 1].isalnum():
                continue  # DE123456789, BE0123456789: a VAT number, an account code
            if not _glued_to_code(text, match.start) or _dialable(match.raw_string, match.number):
                return True
    return False


def _glued_to_code(text: str, start: int) -> bool:
    """Whether the digits at ``start`` continue a code (``FAC-2024-00001``, ``REF/0042-1138``):
    a letter or digit behind a dash, slash, underscore or dot right before them."""
    return start >= 2 and text[start - 1] in "-/_." and text[start - 2].isalnum()


def _dialable(raw: str, number: phonenumbers.PhoneNumber) -> bool:
    """Whether digits inside a code are still a phone number: phonenumbers holds it valid,
    and it is written as one dials it (+, 00, or the region's trunk prefix such as 0)."""
    if not phonenumbers.is_valid_number(number):
        return False
    text = raw.lstrip("(")
    if text.startswith("+") or text.startswith("00"):
        return True
    region = phonenumbers.region_code_for_number(number)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region or "")
    prefix = metadata.national_prefix if metadata is not None else None
    return bool(prefix) and text.startswith(prefix)


# Timestamps and numbers are not free text; inside a text, their digit runs are no phone.
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}(?::?\d{2})?|Z)?)?")
_NUMBER = re.compile(r"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*")


def quoted_items(text: str) -> list[str]:
    """The kinds of personal items a text quotes (email, ip, iban, credit_card, phone)."""
    if _NUMBER.fullmatch(text) or _TIMESTAMP.fullmatch(text.strip()) or is_token(text):
        return []
    text = _TIMESTAMP.sub(" ", text)
    return [kind for kind, check in _ITEM_CHECKS if check(text)]


def _json_document(text: str) -> object | None:
    t = text.lstrip()
    if not t or t[0] not in "{[":
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _personal_keys(doc: object, depth: int = 0) -> set[str]:
    """Categories the keys of a JSON document name (email, phone, address...)."""
    found: set[str] = set()
    if depth > 6:
        return found
    if isinstance(doc, dict):
        for key, item in doc.items():
            hit = match_name(str(key), (ANY,))
            if hit is not None and hit.category in STRONG | {"address", "ip", "password", "iban", "credit_card"}:
                found.add(hit.category)
            found |= _personal_keys(item, depth + 1)
    elif isinstance(doc, list):
        for item in doc[:50]:
            found |= _personal_keys(item, depth + 1)
    return found


# --- masking -----------------------------------------------------------------


def _looks_binary(text: str) -> bool:
    return any((c < " " and c not in "\n\r\t") or "\udc80" <= c <= "\udcff" for c in text[:256])


def mask(value: str, category: str) -> str:
    """A masked form of a value: its shape without its content (``a***@e***.com``,
    ``+33 6** *** **78``, ``19**-**-**``)."""
    text = value.strip()
    if category == "blob_image" or _looks_binary(text):
        fmt = image_format(value_bytes(value))
        return f"<{fmt.upper()} image>" if fmt else "<binary>"
    if len(text) <= 2:
        return "*" * len(text)
    if category == "password" or is_password_hash(text):
        prefix = re.match(r"\$[^$]+\$(?:\d+\$)?", text)
        return (prefix.group() if prefix else "") + "***"
    m = _EMAIL.search(text)
    if m is not None and category in ("email", "free_text", "json", "username"):
        local, _, domain = m.group().partition("@")
        parts = domain.rsplit(".", 1)
        return f"{local[:1]}***@{parts[0][:1]}***.{parts[-1]}" if len(parts) == 2 else f"{local[:1]}***@***"
    if category in ("phone", "credit_card", "iban", "national_id", "id_number"):
        digits = [i for i, c in enumerate(text) if c.isalnum()]
        keep = set(digits[:3] + digits[-2:]) if len(digits) > 8 else set(digits[-1:])
        return "".join(c if (i in keep or not c.isalnum()) else "*" for i, c in enumerate(text))[:40]
    if category == "birthdate":
        return text[:2] + re.sub(r"\d", "*", text[2:10]) if text[:4].isdigit() else re.sub(r"\d", "*", text[:10])
    if category in ("free_text", "json"):
        return f"<text, {len(value)} characters>"
    head = text[:1]
    body = re.sub(r"[^\W_]", "*", text[1:12])
    return head + body + ("…" if len(text) > 12 else "")


# --- the detector ----------------------------------------------------------------


@dataclass
class Sample:
    """The sampled values of one column (non-empty ones, cut to KEPT_CHARS)."""

    values: list[str] = field(default_factory=list)
    nulls: int = 0

    def add(self, value: str | None) -> None:
        if value is None or value == "" or value.strip() == "":
            self.nulls += 1
        else:
            self.values.append(value[:KEPT_CHARS])


def _share(values: list[str], check) -> tuple[int, int]:
    hits = sum(1 for v in values if check(v))
    return hits, len(values)


def _enough(hits: int, total: int) -> bool:
    if total == 0:
        return False
    return hits >= (1 if total == 1 else MIN_MATCHES) and hits / total >= MAJORITY


VALUE_CHECKS: tuple[tuple[str, str, object], ...] = (
    ("password", "password hashes", is_password_hash),
    ("email", "e-mail addresses", is_email),
    ("iban", "IBANs", is_iban),
    ("credit_card", "card numbers (Luhn)", is_card),
    ("national_id", "national id numbers (NIR, SSN)", is_national_id),
    ("ip", "IP addresses", is_ip),
    ("mac_address", "MAC addresses", is_mac),
    ("phone", "phone numbers", is_phone),
)
_CONFIRMS = {c: check for c, _, check in VALUE_CHECKS}
_CONFIRMS["blob_image"] = is_image
_CONFIRMS["identifier"] = is_token


def _all_small_integers(values: list[str]) -> bool:
    return len(values) >= 5 and all(_INTEGER.fullmatch(v.strip()) and len(v.strip()) <= 6 for v in values)


def detect_column(
    table: str, name: str, column: Column | None, sample: Sample, ctx: TableContext, today: dt.date | None = None
) -> Finding | None:
    """Whether one column holds personal data, and why."""
    today = today or dt.date.today()
    if ctx.is_company or is_code_name(name):
        return None  # companies' data, company identifiers and product codes are not personal
    kind = column.kind if column is not None else model.UNKNOWN
    values = sample.values
    if ctx.is_settings and is_settings_value(name):
        return _settings_value(table, name, kind, values)
    example = values[0] if values else None
    hit = match_name(name, ctx.applies)
    if hit is None and ctx.is_linked and tokenize(name) == ("title",) and "titles" in tokenize(table.rsplit(".", 1)[-1]):
        hit = NameMatch("employment", PEOPLE, "title")  # employees' titles: one person's job titles over time
    if hit is not None and kind not in KINDS.get(hit.category, _TEXTUAL) and kind != model.UNKNOWN:
        hit = None
    if hit is not None:
        return _named(table, name, hit, kind, values, example)
    if not values or kind in (model.BOOLEAN, model.INTEGER, model.NUMBER):
        return None
    return _by_values(table, name, kind, values, ctx, today)


def _settings_value(table: str, name: str, kind: str, values: list[str]) -> Finding | None:
    """The value column of a key/value settings table holds the application's own address,
    phone and mailbox among its options: personal only when most values look personal."""
    if kind in (model.BOOLEAN, model.INTEGER, model.NUMBER):
        return None
    for category, label, check in VALUE_CHECKS:
        hits, total = _share(values, check)
        if _enough(hits, total):
            matching = next(v for v in values if check(v))
            return finding(table, name, category, f"{hits} of {total} sampled settings values are {label}",
                           0.5 + 0.45 * hits / total, mask(matching, category))
    return None


def _named(table: str, name: str, hit: NameMatch, kind: str, values: list[str], example: str | None) -> Finding | None:
    category = hit.category
    reason = f"name `{name}` means {category.replace('_', ' ')}" if hit.words == name.lower() else (
        f"name `{name}` says {hit.words}: {category.replace('_', ' ')}")
    confidence = 0.8 if hit.where == ANY else 0.65
    check = _CONFIRMS.get(category)
    if category == "email" and values:
        roles, total = _share(values, lambda v: is_email(v) and is_role_email(v))
        if total and roles / total >= 0.5:
            return None  # contact@, info@: a company's mailboxes
    if category in ("email", "phone", "ip", "first_name", "last_name", "name", "address", "city", "username",
                    "blob_image") and _all_small_integers(values):
        return None  # a "phone" column of integers 1..N counts or points at something else
    if check is not None and values:
        hits, total = _share(values, check)
        if _enough(hits, total):
            confidence = 0.95
            reason += f"; {hits} of {total} sampled values agree"
        elif category in ("email", "ip") and hits == 0 and total >= 5:
            confidence -= 0.3
            reason += f"; none of {total} sampled values looks like one"
    shown = mask(example, category) if example is not None else None
    return finding(table, name, category, reason, confidence, shown)


def _by_values(table: str, name: str, kind: str, values: list[str], ctx: TableContext, today: dt.date) -> Finding | None:
    if kind in (model.TEXT, model.UNKNOWN, model.OTHER, model.ARRAY, model.JSON, model.ENUM, model.INET, model.UUID):
        for category, label, check in VALUE_CHECKS:
            hits, total = _share(values, check)
            if _enough(hits, total):
                matching = next(v for v in values if check(v))
                if category == "email":
                    roles, _ = _share(values, lambda v: is_email(v) and is_role_email(v))
                    if roles * 2 >= hits:
                        return None
                return finding(table, name, category, f"{hits} of {total} sampled values are {label}",
                               0.5 + 0.45 * hits / total, mask(matching, category))
    if ctx.is_linked and not ctx.is_catalogue:
        if kind in (model.TEXT, model.UNKNOWN, model.UUID, model.BINARY, model.OTHER):
            hits, total = _share(values, is_token)
            if _enough(hits, total) and len(set(values)) * 2 > total:
                return finding(table, name, "identifier", f"{hits} of {total} sampled values are per-row tokens "
                               "(UUIDs, hex or random strings) in a table about people", 0.4 + 0.4 * hits / total,
                               mask(values[0], "identifier"))
        if kind in (model.BINARY, model.TEXT, model.UNKNOWN, model.OTHER):
            hits, total = _share(values, is_image)
            if hits and hits / total >= 0.3:
                return finding(table, name, "blob_image", f"{hits} of {total} sampled values are images "
                               "in a table about people", 0.6 + 0.3 * hits / total, mask(values[0], "blob_image"))
        if kind in (model.TEMPORAL, model.TEXT, model.UNKNOWN) and not set(tokenize(name)) & EVENT_TOKENS:
            years = [y for y in (birth_year(v, today) for v in values) if y is not None]
            if _enough(len(years), len(values)) and len(set(years)) >= 5 and max(years) - min(years) >= 15:
                return finding(table, name, "birthdate", f"{len(years)} of {len(values)} sampled values are dates "
                               f"{_BIRTH_AGES[0]} to {_BIRTH_AGES[1]} years ago, spread over {len(set(years))} years, "
                               "without a time of day", 0.4 + 0.4 * len(years) / len(values),
                               mask(values[0], "birthdate"))
    if kind in (model.TEXT, model.UNKNOWN, model.JSON, model.ARRAY, model.OTHER):
        return _text(table, name, kind, values, ctx)
    return None


def _text(table: str, name: str, kind: str, values: list[str], ctx: TableContext) -> Finding | None:
    docs = [_json_document(v) for v in values]
    json_count = sum(d is not None for d in docs)
    is_json = kind == model.JSON or (json_count and json_count / len(values) >= MAJORITY)
    quoting = 0
    kinds: dict[str, int] = {}
    keys: set[str] = set()
    for value, doc in zip(values, docs):
        found = quoted_items(value)
        if doc is not None:
            named = _personal_keys(doc)
            keys |= named
            found = found or sorted(named)
        if found:
            quoting += 1
            for k in found:
                kinds[k] = kinds.get(k, 0) + 1
    total = len(values)
    needed = max(MIN_MATCHES, int(TEXT_HITS_SHARE * total + 0.999)) if total > 5 else 1
    if quoting < needed:
        return None
    items = ", ".join(f"{k.replace('_', ' ')} ({n})" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
    category = "json" if is_json else "free_text"
    what = "JSON documents" if is_json else "values"
    reason = f"{quoting} of {total} sampled {what} quote personal items: {items}"
    confidence = 0.5 + 0.4 * min(1.0, quoting / total * 2)
    example = next(v for v in values if quoted_items(v) or (_json_document(v) is not None and _personal_keys(_json_document(v))))
    return finding(table, name, category, reason, confidence, mask(example, category))


def quasi_groups(findings: Iterable[Finding]) -> list[dict]:
    """Per table, the quasi-identifiers found, when there are two or more: crossing
    them singles people out even when each alone does not."""
    by_table: dict[str, list[str]] = {}
    for f in findings:
        if f.quasi:
            by_table.setdefault(f.table, []).append(f.column)
    return [
        {"table": t, "columns": cols, "reason": "crossing these columns can single a person out"}
        for t, cols in by_table.items()
        if len(cols) >= 2
    ]
