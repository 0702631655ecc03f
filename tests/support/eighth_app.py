"""The eighth held-out application: an Italian hotel group's property management and booking engine.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the seven other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/eighth/labels.yml) before any detector ran on it.

"Serenissima Hotels S.p.A.", a (fictional) group with two hotels in Venice, one on Lake
Garda and one in Florence, keeps its guests in one database that three teams wrote, and
the names show it. The property-management system is a .NET product of an Italian
vendor, migrated from SQL Server: PascalCase Italian tables and columns with an `ID`
suffix (`Ospiti.OspiteID`, `Nome`, `Cognome`, `DataNascita`, `LuogoNascita`,
`CodiceFiscale` with its check letter, `Cellulare`, `Preferenze`;
`Prenotazioni.NoteRicevimento`; `SchedineAlloggiati`, the registration of every guest the
law makes hotels send to the police through Alloggiati Web, with `Sesso` as 1/2,
`ComuneNascita`, `Cittadinanza`, `TipoDocumento` as IDENT/PASOR/IDELE/PATEN,
`NumeroDocumento` and a JPEG scan of the document; `Fatture` with the holder's codice
fiscale, the SDI recipient code and a PDF; `Pagamenti.IbanOrdinante`). The booking engine
and channel manager came with the 2022 acquisition of a Milan start-up and follow Rails
conventions (`users` of Devise: `encrypted_password`, `reset_password_token`,
`current_sign_in_ip`; `sessions` of activerecord-session_store; `bookings.guest_email`,
a foreign key to the PMS guest's `Ospiti.Email`, `special_requests`, a JSON `payload` of
the checkout; `loyalty_members` with a birthday, an avatar thumbnail and JSON
preferences; `messages` from Booking.com, Expedia, e-mail and WhatsApp, where OTA relay
addresses such as `...@guest.booking.com` stand in for the guest's). Housekeeping runs a
tablet app a local agency wrote in lower-case Italian abbreviations with an `hk_` prefix
(`hk_personale.cod_fisc`, `cell`, `iban_stip`, `permesso_sogg`, `idoneita_note`;
`hk_oggetti_smarriti.ospite_nome`, `contatto`). Next to the people are the hotels
themselves (reception phones and mailboxes, PEC addresses, VAT numbers with their check
digit, the national CIN code, coordinates, collection IBANs), rooms, sales channels,
rate plans, the group's settings with its own contact data, IBAN and a publishable
payment key, OTA and police receipt numbers, booking codes with a Luhn digit and payment
providers' transaction ids.

Everything here is the original side: the rows (`make_hotel_group`, drawn from a seeded
`random.Random` and seeded Faker instances, so every server gets the same ones), the DDL
(built from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted so
PascalCase survives PostgreSQL), `create`, and the personal e-mails and IBANs a leak
check looks for (the group's and companies' excluded).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
import struct
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, b64, dump, grouped, iban_check_digits, luhn_digit, pdf_bytes, png_bytes
from support.apps import foreign_key as _fk, day as _day, moment as _moment_of

__all__ = ["COLUMNS", "FOREIGN_KEYS", "HotelGroup", "create", "dump", "load_labels", "make_hotel_group"]

SEED = 20251221
LABELS = Path(__file__).resolve().parents[1] / "eighth" / "labels.yml"
GUEST_COUNT = 230
STAY_COUNT = 180
STAFF_COUNT = 56
LOST_COUNT = 55
SESSION_COUNT = 160
TODAY = dt.date(2025, 7, 15)
OWN_DOMAIN = "serenissimahotels.it"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "text": "text",
                "inet": "varchar(45)"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "text": "text",
                   "inet": "inet"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "bool": "boolean", "text": "text",
               "inet": "varchar(45)"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- the PMS (.NET, PascalCase Italian, ID suffixes) --
    "Strutture": (
        "StrutturaID integer PRIMARY KEY", "CodiceStruttura char(4) NOT NULL UNIQUE",
        "Denominazione varchar(80) NOT NULL", "RagioneSociale varchar(80) NOT NULL", "Indirizzo varchar(100) NOT NULL",
        "CAP char(5) NOT NULL", "Comune varchar(40) NOT NULL", "Provincia char(2) NOT NULL",
        "Telefono varchar(20) NOT NULL", "EmailRicevimento varchar(100) NOT NULL", "PEC varchar(100) NOT NULL",
        "PartitaIVA char(11) NOT NULL UNIQUE", "CodiceCIN varchar(20) NOT NULL", "Stelle integer NOT NULL",
        "Latitudine decimal(9,6) NOT NULL", "Longitudine decimal(9,6) NOT NULL", "IBANIncassi varchar(34) NOT NULL"),
    "Camere": (
        "CameraID integer PRIMARY KEY", "StrutturaID integer NOT NULL", "NumeroCamera varchar(6) NOT NULL",
        "Piano integer NOT NULL", "Tipologia varchar(4) NOT NULL", "PostiLetto integer NOT NULL",
        "TariffaBase decimal(8,2) NOT NULL", "FuoriServizio {bool} NOT NULL"),
    "Canali": (
        "CanaleID integer PRIMARY KEY", "Codice varchar(4) NOT NULL UNIQUE", "Descrizione varchar(60) NOT NULL",
        "CommissionePct decimal(5,2) NOT NULL", "Attivo {bool} NOT NULL"),
    "Impostazioni": (
        "Chiave varchar(60) PRIMARY KEY", "Valore {text} NOT NULL", "ModificatoIl {ts} NOT NULL"),
    # -- the booking engine's catalogue (Rails) --
    "rate_plans": (
        "id bigint PRIMARY KEY", "code varchar(12) NOT NULL UNIQUE", "name varchar(80) NOT NULL",
        "refundable {bool} NOT NULL", "breakfast_included {bool} NOT NULL", "discount_pct decimal(5,2) NOT NULL",
        "min_nights integer NOT NULL", "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    # -- the PMS's guests and stays --
    "Ospiti": (
        "OspiteID integer PRIMARY KEY", "Cognome varchar(60) NOT NULL", "Nome varchar(40) NOT NULL",
        "Sesso char(1)", "DataNascita date", "LuogoNascita varchar(60)", "Cittadinanza char(2)",
        "CodiceFiscale char(16)", "Email varchar(120) UNIQUE", "Cellulare varchar(24)", "Indirizzo varchar(120)",
        "CAP varchar(10)", "Citta varchar(60)", "Nazione char(2)", "Lingua char(2) NOT NULL", "Preferenze {text}",
        "Segmento varchar(10) NOT NULL", "ConsensoMarketing {bool} NOT NULL", "InseritoIl {ts} NOT NULL"),
    "Prenotazioni": (
        "PrenotazioneID integer PRIMARY KEY", "CodicePrenotazione varchar(16) NOT NULL UNIQUE",
        "StrutturaID integer NOT NULL", "CameraID integer", "OspiteID integer NOT NULL", "CanaleID integer NOT NULL",
        "RifCanale varchar(20)", "DataArrivo date NOT NULL", "DataPartenza date NOT NULL", "Adulti integer NOT NULL",
        "Bambini integer NOT NULL", "Trattamento char(2) NOT NULL", "Totale decimal(10,2) NOT NULL",
        "Stato varchar(12) NOT NULL", "NoteRicevimento {text}", "CreataIl {ts} NOT NULL"),
    "SchedineAlloggiati": (
        "SchedinaID integer PRIMARY KEY", "PrenotazioneID integer NOT NULL", "TipoAlloggiato char(2) NOT NULL",
        "Cognome varchar(60) NOT NULL", "Nome varchar(40) NOT NULL", "Sesso char(1) NOT NULL",
        "DataNascita date NOT NULL", "ComuneNascita varchar(40)", "ProvinciaNascita char(2)",
        "StatoNascita varchar(40) NOT NULL", "Cittadinanza varchar(40) NOT NULL", "TipoDocumento char(5)",
        "NumeroDocumento varchar(20)", "LuogoRilascio varchar(60)", "ScansioneDocumento {blob}",
        "RicevutaQuestura varchar(20)", "InviataIl {ts}"),
    "Fatture": (
        "FatturaID integer PRIMARY KEY", "NumeroFattura varchar(20) NOT NULL UNIQUE", "StrutturaID integer NOT NULL",
        "PrenotazioneID integer NOT NULL", "TipoDoc char(4) NOT NULL", "Intestatario varchar(120) NOT NULL",
        "CodiceFiscaleIntestatario varchar(16)", "IndirizzoIntestatario varchar(160)",
        "CodiceDestinatario char(7) NOT NULL", "PecDestinatario varchar(100)", "Imponibile decimal(10,2) NOT NULL",
        "Iva decimal(10,2) NOT NULL", "TassaSoggiorno decimal(8,2) NOT NULL", "Totale decimal(10,2) NOT NULL",
        "PdfFattura {blob}", "EmessaIl {ts} NOT NULL"),
    "Pagamenti": (
        "PagamentoID integer PRIMARY KEY", "PrenotazioneID integer NOT NULL", "FatturaID integer",
        "Metodo varchar(10) NOT NULL", "Circuito varchar(10)", "UltimeCifre char(4)", "TitolareCarta varchar(80)",
        "IbanOrdinante varchar(34)", "RifTransazione varchar(40)", "Importo decimal(10,2) NOT NULL",
        "Valuta char(3) NOT NULL", "DataOperazione {ts} NOT NULL"),
    # -- housekeeping (a tablet app: lower-case Italian abbreviations, hk_ prefix) --
    "hk_personale": (
        "id_pers integer PRIMARY KEY", "matricola varchar(8) NOT NULL UNIQUE", "nome varchar(40) NOT NULL",
        "cognome varchar(60) NOT NULL", "cod_fisc char(16) NOT NULL", "data_nasc date NOT NULL", "naz char(2) NOT NULL",
        "cell varchar(20)", "email varchar(100)", "indirizzo varchar(150)", "iban_stip varchar(34)",
        "mansione varchar(30) NOT NULL", "id_strutt integer NOT NULL", "data_ass date NOT NULL",
        "permesso_sogg varchar(12)", "idoneita_note varchar(200)", "attivo {bool} NOT NULL"),
    "hk_oggetti_smarriti": (
        "id_ogg integer PRIMARY KEY", "id_strutt integer NOT NULL", "id_camera integer",
        "trovato_il {ts} NOT NULL", "trovato_da integer", "descr varchar(200) NOT NULL", "ospite_nome varchar(100)",
        "contatto varchar(120)", "spedizione_indirizzo varchar(160)", "stato varchar(12) NOT NULL"),
    # -- the booking engine and channel manager (Rails) --
    "users": (
        "id bigint PRIMARY KEY", "email varchar(255) NOT NULL UNIQUE", "encrypted_password varchar(255) NOT NULL",
        "reset_password_token varchar(255) UNIQUE", "reset_password_sent_at {ts}", "remember_created_at {ts}",
        "sign_in_count integer NOT NULL", "current_sign_in_at {ts}", "last_sign_in_at {ts}",
        "current_sign_in_ip {inet}", "last_sign_in_ip {inet}", "confirmation_token varchar(255) UNIQUE",
        "confirmed_at {ts}", "locale varchar(5)", "ospite_id integer", "created_at {ts} NOT NULL",
        "updated_at {ts} NOT NULL"),
    "sessions": (
        "id bigint PRIMARY KEY", "session_id varchar(255) NOT NULL UNIQUE", "data {text}", "created_at {ts} NOT NULL",
        "updated_at {ts} NOT NULL"),
    "loyalty_members": (
        "id bigint PRIMARY KEY", "user_id bigint NOT NULL UNIQUE", "card_number varchar(16) NOT NULL UNIQUE",
        "tier varchar(10) NOT NULL", "points_balance integer NOT NULL", "birthday date", "gender varchar(12)",
        "postal_code varchar(10)", "country char(2)", "avatar_thumbnail {blob}", "marketing_opt_in {bool} NOT NULL",
        "preferences {json}", "enrolled_at {ts} NOT NULL", "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "bookings": (
        "id bigint PRIMARY KEY", "confirmation_code varchar(10) NOT NULL UNIQUE", "user_id bigint",
        "guest_email varchar(120) NOT NULL", "guest_first_name varchar(60) NOT NULL",
        "guest_last_name varchar(60) NOT NULL", "guest_phone varchar(30)", "struttura_code char(4) NOT NULL",
        "rate_plan_code varchar(12) NOT NULL", "arrival_on date NOT NULL", "departure_on date NOT NULL",
        "adults integer NOT NULL", "children integer NOT NULL", "total_cents integer NOT NULL",
        "currency char(3) NOT NULL", "special_requests {text}", "payload {json}", "remote_ip {inet}",
        "status varchar(12) NOT NULL", "pms_prenotazione_id integer", "created_at {ts} NOT NULL",
        "updated_at {ts} NOT NULL"),
    "messages": (
        "id bigint PRIMARY KEY", "pms_prenotazione_id integer NOT NULL", "channel varchar(12) NOT NULL",
        "direction varchar(8) NOT NULL", "sender varchar(255) NOT NULL", "subject varchar(200)", "body {text} NOT NULL",
        "read_at {ts}", "created_at {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("Camere", ["StrutturaID"], "Strutture", ["StrutturaID"]),
    _fk("Prenotazioni", ["StrutturaID"], "Strutture", ["StrutturaID"]),
    _fk("Prenotazioni", ["CameraID"], "Camere", ["CameraID"]),
    _fk("Prenotazioni", ["OspiteID"], "Ospiti", ["OspiteID"]),
    _fk("Prenotazioni", ["CanaleID"], "Canali", ["CanaleID"]),
    _fk("SchedineAlloggiati", ["PrenotazioneID"], "Prenotazioni", ["PrenotazioneID"]),
    _fk("Fatture", ["StrutturaID"], "Strutture", ["StrutturaID"]),
    _fk("Fatture", ["PrenotazioneID"], "Prenotazioni", ["PrenotazioneID"]),
    _fk("Pagamenti", ["PrenotazioneID"], "Prenotazioni", ["PrenotazioneID"]),
    _fk("Pagamenti", ["FatturaID"], "Fatture", ["FatturaID"]),
    _fk("hk_personale", ["id_strutt"], "Strutture", ["StrutturaID"]),
    _fk("hk_oggetti_smarriti", ["id_strutt"], "Strutture", ["StrutturaID"]),
    _fk("hk_oggetti_smarriti", ["id_camera"], "Camere", ["CameraID"]),
    _fk("hk_oggetti_smarriti", ["trovato_da"], "hk_personale", ["id_pers"]),
    _fk("users", ["ospite_id"], "Ospiti", ["OspiteID"]),
    _fk("loyalty_members", ["user_id"], "users", ["id"]),
    _fk("bookings", ["user_id"], "users", ["id"]),
    _fk("bookings", ["guest_email"], "Ospiti", ["Email"]),
    _fk("bookings", ["struttura_code"], "Strutture", ["CodiceStruttura"]),
    _fk("bookings", ["rate_plan_code"], "rate_plans", ["code"]),
    _fk("bookings", ["pms_prenotazione_id"], "Prenotazioni", ["PrenotazioneID"]),
    _fk("messages", ["pms_prenotazione_id"], "Prenotazioni", ["PrenotazioneID"]),
)

# The hotels: code, name, company, street, CAP, comune, province, phone, reception mailbox,
# PEC, province office of the VAT number, CIN, stars, latitude, longitude.
HOTELS = (
    ("VE01", "Hotel Ca' Serenissima", "Ca' Serenissima S.r.l.", "Calle Larga XXII Marzo 2159", "30124", "Venezia",
     "VE", "+39 041 520 4411", f"ricevimento.ve01@{OWN_DOMAIN}", "caserenissima@legalmail.it", "027",
     "IT027042A1RT4UZ8KD", 4, "45.432650", "12.334700"),
    ("VE02", "Palazzo Zattere Boutique Hotel", "Palazzo Zattere S.r.l.", "Fondamenta Zattere allo Spirito Santo 1402",
     "30123", "Venezia", "VE", "+39 041 241 3390", f"ricevimento.ve02@{OWN_DOMAIN}", "palazzozattere@legalmail.it",
     "027", "IT027042B4JQ7PLM2C", 4, "45.428890", "12.329410"),
    ("GA01", "Hotel Lido di Garda", "Garda Lido Hotels S.r.l.", "Lungolago Regina Adelaide 34", "37016", "Garda", "VR",
     "+39 045 725 5120", f"ricevimento.ga01@{OWN_DOMAIN}", "gardalidohotels@pec.it", "023",
     "IT023036A1W9XGZ3HN", 3, "45.575430", "10.707600"),
    ("FI01", "Residenza Oltrarno", "Oltrarno Ospitalità S.r.l.", "Via Maggio 28", "50125", "Firenze", "FI",
     "+39 055 219 8870", f"ricevimento.fi01@{OWN_DOMAIN}", "oltrarnoospitalita@legalmail.it", "048",
     "IT048017B4K2MV8T6Q", 4, "43.766210", "11.248310"),
)
ROOM_TYPES = (("SGL", 1, "95.00"), ("DUS", 2, "120.00"), ("DBL", 2, "150.00"), ("TRP", 3, "185.00"),
              ("JSU", 3, "260.00"))
CHANNELS = ((1, "BKG", "Booking.com", "15.00", True), (2, "EXP", "Expedia", "18.00", True),
            (3, "WEB", "Sito web (booking engine)", "0.00", True),
            (4, "TEL", "Telefono / e-mail diretto", "0.00", True),
            (5, "AGY", "Agenzie e tour operator", "10.00", True), (6, "HRS", "HRS (dismesso)", "14.00", False))
CHANNEL_WEIGHTS = (36, 14, 34, 11, 5, 0)
RATE_PLANS = (("BAR", "Best Available Rate", True, False, "0.00", 1),
              ("BAR_BB", "Best Available Rate - Bed & Breakfast", True, True, "0.00", 1),
              ("NRF", "Non rimborsabile", False, False, "12.00", 1),
              ("NRF_BB", "Non rimborsabile con colazione", False, True, "12.00", 1),
              ("LONG7", "Soggiorni lunghi 7+ notti", True, True, "15.00", 7),
              ("CLUB", "Tariffa Serenissima Club", True, True, "10.00", 1))

# Where guests come from: citizenship, Faker locale, weight, Italian name of the country,
# Belfiore code of the country (for a codice fiscale), mail domains, ID document kinds.
COUNTRIES = {
    "IT": ("it_IT", 44, "ITALIA", None, ("gmail.com", "gmail.com", "libero.it", "hotmail.it", "yahoo.it", "alice.it",
                                           "virgilio.it", "tiscali.it", "icloud.com", "outlook.it")),
    "DE": ("de_DE", 15, "GERMANIA", "Z112", ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de")),
    "GB": ("en_GB", 8, "REGNO UNITO", "Z114", ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com")),
    "US": ("en_US", 10, "STATI UNITI D'AMERICA", "Z404", ("gmail.com", "yahoo.com", "aol.com", "icloud.com",
                                                           "outlook.com")),
    "FR": ("fr_FR", 7, "FRANCIA", "Z110", ("orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr")),
    "NL": ("nl_NL", 5, "PAESI BASSI", "Z126", ("ziggo.nl", "gmail.com", "hotmail.nl", "kpnmail.nl")),
    "AT": ("de_AT", 6, "AUSTRIA", "Z102", ("gmx.at", "aon.at", "gmail.com", "chello.at")),
    "CH": ("de_CH", 5, "SVIZZERA", "Z133", ("bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch")),
}
# Italian comuni: name, province, Belfiore code, first CAP, CAPs in the town.
COMUNI = (("Venezia", "VE", "L736", 30121, 50), ("Roma", "RM", "H501", 118, 81), ("Milano", "MI", "F205", 20121, 41),
          ("Torino", "TO", "L219", 10121, 35), ("Napoli", "NA", "F839", 80121, 26), ("Padova", "PD", "G224", 35121, 22),
          ("Verona", "VR", "L781", 37121, 21), ("Treviso", "TV", "L407", 31100, 1),
          ("Bologna", "BO", "A944", 40121, 20), ("Firenze", "FI", "D612", 50121, 24),
          ("Bergamo", "BG", "A794", 24121, 8), ("Brescia", "BS", "B157", 25121, 15),
          ("Vicenza", "VI", "L840", 36100, 1), ("Trento", "TN", "L378", 38121, 2), ("Bolzano", "BZ", "A952", 39100, 1),
          ("Palermo", "PA", "G273", 90121, 30), ("Bari", "BA", "A662", 70121, 11), ("Genova", "GE", "D969", 16121, 46),
          ("Mestre", "VE", "L736", 30171, 3), ("Chioggia", "VE", "C638", 30015, 1))
# Housekeeping staff from abroad: name lists in Latin letters, Belfiore code, mail domains.
STAFF_ORIGINS = {
    "RO": (("Ioana", "Maria", "Elena", "Andreea", "Mihai", "Florin", "Gabriela", "Daniela"),
           ("Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu", "Constantin", "Rusu", "Lungu"), "Z129"),
    "UA": (("Olena", "Iryna", "Nataliia", "Oksana", "Tetiana", "Andrii", "Svitlana"),
           ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Oliinyk"), "Z138"),
    "BD": (("Rahim", "Karim", "Shahidul", "Nasrin", "Mohammad", "Rubel", "Sumon"),
           ("Hossain", "Rahman", "Akter", "Islam", "Uddin", "Miah", "Begum"), "Z249"),
    "PH": (("Maricel", "Jocelyn", "Rowena", "Jonathan", "Maria Luisa", "Arnel"),
           ("Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza"), "Z216"),
    "MA": (("Fatima", "Khadija", "Youssef", "Hakima", "Mohamed", "Naima"),
           ("El Amrani", "Benali", "Ouazzani", "El Idrissi", "Bennani", "Tazi"), "Z330"),
    "AL": (("Ardita", "Elona", "Besnik", "Gentian", "Mirela", "Arben"),
           ("Hoxha", "Shehu", "Gashi", "Krasniqi", "Dervishi", "Leka"), "Z100"),
}
STAFF_WEIGHTS = {"IT": 40, "RO": 20, "UA": 10, "BD": 10, "PH": 10, "MA": 5, "AL": 5}
NON_EU = ("UA", "BD", "PH", "MA", "AL")
JOBS = ("cameriera ai piani", "cameriera ai piani", "cameriera ai piani", "governante", "facchino", "manutentore",
        "lavanderia", "addetto pulizie aree comuni")
FITNESS = (None, None, None, "Idoneo", "Idoneo",
           "Idoneo con limitazioni: no sollevamento carichi > 10 kg (ernia L4-L5)",
           "Idoneo con prescrizioni: guanti in nitrile, dermatite da contatto",
           "Gravidanza: esonero da prodotti chimici fino al termine del congedo",
           "Asma bronchiale: evitare spray a base di cloro", "Idoneo, visita di controllo tra 12 mesi (diabete tipo 2)")
# Companies that pay some guests' invoices (business travel).
COMPANIES = (("Tecnoimpianti Veneto S.r.l.", "Via dell'Elettricità 21, 30175 Marghera (VE)", "M5UXCR1",
              "tecnoimpiantiveneto@pec.it", "023"),
             ("Studio Associato Ferri & Galli", "Corso Porta Nuova 44, 37122 Verona (VR)", "KRRH6B9",
              "studioferrigalli@legalmail.it", "023"),
             ("Lombarda Packaging S.p.A.", "Viale Certosa 210, 20156 Milano (MI)", "USAL8PV",
              "amministrazione@pec.lombardapackaging.it", "015"),
             ("Arno Software S.r.l.", "Via Lorenzo il Magnifico 9, 50129 Firenze (FI)", "T04ZHR3",
              "arnosoftware@pec.it", "048"),
             ("Bauer Maschinenbau GmbH", "Industriestraße 12, 86150 Augsburg, Germania", "XXXXXXX", None, None))
PREFERENCES = (None, None, None, None, "Cuscino anallergico, piumino sintetico", "Celiachia: colazione senza glutine",
               "Allergia grave alle arachidi - avvisare cucina", "Dieta kosher", "Halal, niente alcol nel minibar",
               "Sedia a rotelle: camera accessibile, doccia a filo", "Diabetico: frigo in camera per insulina",
               "Piano alto, lontano dall'ascensore", "Vegetariana", "Gravidanza: letto matrimoniale, no piano terra",
               "Apnee notturne, usa CPAP: presa vicino al letto", "Cliente VIP: bottiglia di prosecco all'arrivo")
RECEPTION_NOTES = (
    None, None, None, "Arrivo tardi (~23:30), ha chiamato dal {phone}.",
    "Cliente abituale, preferisce camera ai piani alti. Viaggia con {partner}.",
    "Fattura da intestare a {company}, P.IVA {vat}.",
    "Caparra con bonifico da {iban}: verificare accredito prima dell'arrivo.",
    "Ospite celiaco, avvisata la cucina.", "No-show: addebitata la prima notte sulla carta a garanzia.",
    "Sorpresa per il compleanno: contattare {partner} ({email}) per la torta.",
    "Transfer in taxi acqueo da Marco Polo alle 21:40, cell. {phone}.",
    "Chiede culla per il neonato e frigo in camera per il latte. Accompagnatore: {partner}.",
)
SPECIAL_REQUESTS = (
    None, None, None, "Late arrival around 23:00, please call me on {phone}.",
    "Severe nut allergy - please inform the breakfast staff.", "It's our honeymoon! Travelling with {partner}.",
    "We need a cot for our 1 year old.", "Wheelchair user, please give us a step-free room.",
    "Quiet room please, I suffer from insomnia.", "Bitte ein ruhiges Zimmer, ich bin schwanger (7. Monat).",
    "Please send the invoice to {email}.", "Ci sarà anche mia madre {partner}, 82 anni: camera vicino all'ascensore.",
)
INBOUND = {  # by the guest's language
    "it": ("Buongiorno, arriviamo verso le 23, è possibile il check-in tardivo? Il mio cellulare è {phone}. Grazie, "
           "{name}",
           "Ciao, viaggio con mia madre in sedia a rotelle: la camera è accessibile? {name} - {phone}",
           "Buongiorno, ho fatto il bonifico della caparra dal conto {iban}, potete confermare? Saluti, {name}",
           "Per favore intestate la fattura a {company}, P.IVA {vat}, e mandatela a {email}. {name}"),
    "en": ("Hello, we are celebrating our anniversary, could you arrange flowers? {partner} is allergic to lilies. "
           "Best, {name}",
           "Please send the invoice to {email}, company {company}, VAT {vat}. Thanks, {name}",
           "Hi, I paid the deposit by bank transfer from IBAN {iban}, can you confirm you received it? {name}",
           "Our flight lands at Marco Polo at 21:40, could you book a water taxi? You can reach me on {phone}.",
           "I changed my e-mail address, please write to {email} from now on. {name}"),
    "de": ("Guten Tag, ich habe Zöliakie. Gibt es ein glutenfreies Frühstück? Mit freundlichen Grüßen, {name}",
           "Hallo, wir kommen erst gegen 23 Uhr an. Bitte rufen Sie mich unter {phone} an. {name}",
           "Die Anzahlung habe ich von meinem Konto {iban} überwiesen. Viele Grüße, {name}"),
    "fr": ("Bonjour, pouvez-vous me rappeler au {phone} ? Je voudrais changer les dates. Cordialement, {name}",
           "Bonjour, {partner}, qui voyage avec moi, est diabétique : avez-vous un réfrigérateur dans la chambre ? "
           "{name}"),
    "nl": ("Hallo, kunt u de factuur naar {email} sturen? Groeten, {name}",
           "Wij komen laat aan, mijn nummer is {phone}. Met vriendelijke groet, {name}"),
}
OUTBOUND = {  # the hotel answers in Italian, German or English
    "it": ("Gentile {name}, la ringraziamo per la prenotazione. La reception è aperta 24 ore su 24. Cordiali saluti, "
           "Ricevimento {hotel}",
           "Gentile {name}, abbiamo ricevuto il bonifico di EUR {amount}. Cordiali saluti, reservations@" + OWN_DOMAIN),
    "de": ("Sehr geehrte/r {name}, wir haben Ihre Anfrage an die Küche weitergeleitet. Mit freundlichen Grüßen, "
           "{hotel}",
           "Sehr geehrte/r {name}, Ihre Rechnung finden Sie im Anhang. Rezeption: {hotel_phone}"),
    "en": ("Dear {name}, your water taxi is confirmed for 21:40 at the Marco Polo taxi rank. Reception: {hotel_phone}.",
           "Dear {name}, we have received your transfer of EUR {amount}. Kind regards, reservations@" + OWN_DOMAIN,
           "Dear {name}, please find your invoice attached. For questions write to fatture@" + OWN_DOMAIN + "."),
}
LOST_ITEMS = ("Caricabatterie iPhone bianco", "Occhiali da sole Ray-Ban", "Orologio Swatch blu",
              "Fede nuziale in oro", "Peluche coniglio rosa", "Giacca a vento North Face taglia M",
              "Libro 'Il nome della rosa'", "Farmaci: insulina Humalog (conservata in frigo)", "Ombrello nero",
              "Cuffie Bose QC45", "Sciarpa di cashmere grigia", "Passaporto tedesco (consegnato alla Questura)")
USER_AGENTS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
)
MOBILE_PREFIXES = {
    "IT": ("320", "324", "328", "329", "330", "333", "335", "338", "339", "340", "342", "345", "346", "347", "348",
           "349", "351", "366", "380", "388", "389", "392", "393"),
    "DE": ("151", "152", "157", "160", "162", "170", "171", "172", "176", "177", "178", "179"),
    "AT": ("650", "660", "664", "676", "680", "699"),
    "CH": ("76", "77", "78", "79"),
}
US_AREAS = ("212", "415", "617", "312", "646", "305", "206", "512", "303", "404")
ITALIAN_BANKS = ("03069", "02008", "05034", "01030", "03015", "06230", "05696", "03062", "08327")
GERMAN_BANKS = ("10070000", "70150000", "50010517", "12030000", "20041133", "43060967", "76050101")
_CF_ODD = dict(zip(string.digits + string.ascii_uppercase,
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23)))
_CF_EVEN = {**{d: int(d) for d in string.digits}, **{c: i for i, c in enumerate(string.ascii_uppercase)}}


@dataclass
class HotelGroup:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the group's or companies')
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def _check_char(body: str) -> str:
    """The control letter of a codice fiscale, and the CIN of an Italian BBAN: odd positions
    (1-based) through the odd table, even ones at their value, the sum mod 26."""
    total = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(body))
    return string.ascii_uppercase[total % 26]


def codice_fiscale(last: str, first: str, born: str, sex: str, belfiore: str) -> str:
    """An Italian tax code: surname and name letters, year, month letter, day (+40 for
    women), the birthplace's Belfiore code and the check letter."""

    def letters(name: str) -> tuple[str, str]:
        plain = "".join(c for c in ascii_fold(name).upper() if c.isalpha())
        return "".join(c for c in plain if c not in "AEIOU"), "".join(c for c in plain if c in "AEIOU")

    cons, vows = letters(last)
    family = (cons + vows + "XXX")[:3]
    cons, vows = letters(first)
    given = cons[0] + cons[2] + cons[3] if len(cons) > 3 else (cons + vows + "XXX")[:3]
    day = int(born[8:10]) + (40 if sex == "F" else 0)
    body = f"{family}{given}{born[2:4]}{'ABCDEHLMPRST'[int(born[5:7]) - 1]}{day:02d}{belfiore}"
    return body + _check_char(body)


class _Maker(apps.Unique):
    """Draws the group's values; every phone, e-mail, IBAN and identifier it gives is new."""

    def __init__(self, rng: random.Random, m: HotelGroup) -> None:
        super().__init__()
        self.rng = rng
        self.m = m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def phone(self, country: str) -> str:
        """A mobile number as the guest typed it."""
        rng = self.rng
        if country == "IT":
            d = self.unique(lambda: rng.choice(MOBILE_PREFIXES["IT"]) + self.digits(7))
            return rng.choice((f"{d[:3]} {d[3:]}", d, f"+39 {d[:3]} {d[3:]}", f"+39{d}", f"{d[:3]} {d[3:6]} {d[6:]}",
                               f"{d[:3]}-{d[3:]}", f"0039 {d}"))
        if country == "DE":
            d = self.unique(lambda: rng.choice(MOBILE_PREFIXES["DE"]) + self.digits(8))
            return rng.choice((f"+49 {d[:3]} {d[3:]}", f"0{d[:3]} {d[3:]}", f"+49{d}"))
        if country == "AT":
            d = self.unique(lambda: rng.choice(MOBILE_PREFIXES["AT"]) + self.digits(7))
            return rng.choice((f"+43 {d[:3]} {d[3:]}", f"0{d[:3]} {d[3:]}"))
        if country == "CH":
            d = self.unique(lambda: rng.choice(MOBILE_PREFIXES["CH"]) + self.digits(7))
            return f"+41 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}"
        if country == "GB":
            d = self.unique(lambda: "7" + rng.choice("4579") + self.digits(8))
            return rng.choice((f"+44 {d[:4]} {d[4:]}", f"0{d[:4]} {d[4:]}", f"+44{d}"))
        if country == "US":
            d = self.unique(lambda: rng.choice(US_AREAS) + str(rng.randint(2, 9)) + self.digits(6))
            return rng.choice((f"+1 {d[:3]} {d[3:6]} {d[6:]}", f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}", f"+1{d}"))
        if country == "FR":
            d = self.unique(lambda: rng.choice("67") + self.digits(8))
            return rng.choice((f"+33 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+33{d}"))
        d = self.unique(lambda: "6" + self.digits(8))  # NL
        return rng.choice((f"+31 6 {d[1:]}", f"+31{d}", f"06-{d[1:]}"))

    def email(self, first: str, last: str, country: str) -> str:
        rng = self.rng
        given, family = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
        base = rng.choice((f"{given}.{family}", f"{given}{family}", f"{given[0]}.{family}", f"{family}.{given}",
                           f"{given}_{family}", f"{given}.{family}{rng.randint(60, 99)}"))
        while True:
            local = base if rng.random() < 0.6 else base + str(rng.randint(1, 99))
            address = f"{local}@{rng.choice(COUNTRIES[country][4])}"
            if address.casefold() not in self.m.emails:
                self.m.emails.add(address.casefold())
                return address

    def relay_email(self, first: str, last: str, channel: str) -> str:
        """The address an OTA gives the hotel instead of the guest's own."""
        if channel == "BKG":
            given, family = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
            address = self.unique(lambda: f"{given[0]}{family[:7]}.{self.digits(6)}@guest.booking.com")
        else:
            address = self.unique(lambda: f"{self.rng.randbytes(8).hex()}@m.expediapartnercentral.com")
        self.m.emails.add(address.casefold())
        return address

    def private_email(self, first: str, last: str, domains: tuple[str, ...]) -> str:
        rng = self.rng
        given, family = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
        address = self.unique(lambda: f"{rng.choice((given + '.' + family, given + family, given[0] + family))}"
                                      f"{rng.randint(1, 99) if rng.random() < 0.5 else ''}@{rng.choice(domains)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, country: str = "IT", personal: bool = True) -> str:
        rng = self.rng

        def draw() -> str:
            if country == "DE":
                bban = rng.choice(GERMAN_BANKS) + self.digits(10)
            elif country == "AT":
                bban = rng.choice(("20111", "12000", "14000", "32000")) + self.digits(11)
            elif country == "GB":
                bban = rng.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + self.digits(14)
            elif country == "LT":  # Revolut
                bban = "32500" + self.digits(11)
            elif country == "CH":
                bban = rng.choice(("00762", "00235", "80808")) + self.digits(12)
            else:
                rest = rng.choice(ITALIAN_BANKS) + self.digits(5) + "0000" + self.digits(8)
                bban = _check_char(rest) + rest
                country_code = "IT"
                return country_code + iban_check_digits(country_code, bban) + bban
            return country + iban_check_digits(country, bban) + bban

        compact = self.unique(draw)
        if personal:
            self.m.ibans.add(compact)
        return compact

    def partita_iva(self, office: str) -> str:
        return self.unique(lambda: (body := self.digits(7) + office) + luhn_digit(body))

    def document(self, country: str) -> tuple[str, str]:
        """An identity document's Alloggiati type and number."""
        rng = self.rng
        up = string.ascii_uppercase
        if country == "IT":
            kind = rng.choice(("IDELE", "IDELE", "IDENT", "PASOR", "PATEN"))
            draw = {"IDELE": lambda: "CA" + self.digits(5) + "".join(rng.choices(up, k=2)),
                    "IDENT": lambda: "A" + rng.choice(up) + self.digits(7),
                    "PASOR": lambda: "Y" + rng.choice("ABC") + self.digits(7),
                    "PATEN": lambda: rng.choice(("VE", "MI", "RM", "TO", "U1")) + self.digits(7) + rng.choice(up)}[kind]
            return kind, self.unique(draw)
        if country in ("DE", "AT", "FR", "NL") and rng.random() < 0.5:
            alnum = "CFGHJKLMNPRTVWXYZ0123456789"
            return "IDENT", self.unique(lambda: rng.choice("LT") + "".join(rng.choices(alnum, k=8)))
        if country in ("GB", "US"):
            return "PASOR", self.unique(lambda: self.digits(9))
        if country == "FR":
            return "PASOR", self.unique(lambda: self.digits(2) + "".join(rng.choices(up, k=2)) + self.digits(5))
        if country == "NL":
            return "PASOR", self.unique(lambda: "N" + rng.choice(up) + "".join(rng.choices(up + string.digits, k=6))
                                        + self.digits(1))
        return "PASOR", self.unique(lambda: rng.choice("CPUSX") + self.digits(7))


def _moment(rng: random.Random, first: int, last: int) -> str:
    """A moment between two years, never after the day of the dump."""
    when = _moment_of(rng, first, last)
    return when if when[:10] <= TODAY.isoformat() else _at(TODAY - dt.timedelta(days=rng.randint(0, 200)), rng)


def _after(rng: random.Random, when: str) -> str:
    """A moment after `when` and not after the day of the dump (updates, logins, reads)."""
    start = dt.date.fromisoformat(when[:10])
    if start >= TODAY:
        return when
    later = _at(start + dt.timedelta(days=rng.randint(0, min(400, (TODAY - start).days))), rng, (0, 23))
    return later if later > when else when


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (7, 22)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        prefix = rng.choice(("2001:b07:", "2a01:e11:", "2003:e6:"))  # Fastweb, Iliad, Deutsche Telekom
        return prefix + f"{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"
    return apps.ipv4(rng, (2, 5, 37, 79, 87, 93, 95, 151, 176, 185, 212, 217))


def _bcrypt(rng: random.Random) -> str:
    alphabet = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    return "$2a$12$" + "".join(rng.choices(alphabet, k=53))


def _friendly_token(rng: random.Random) -> str:
    """Devise.friendly_token: 20 URL-safe characters."""
    return b64(rng.randbytes(15), url=True).replace("l", "s").replace("I", "x").replace("O", "y").replace("0", "z")


def _session_data(rng: random.Random, user_id: int | None, salt: str | None) -> str:
    """activerecord-session_store's data column: a Marshal dump in base64 lines of 60."""
    csrf = b64(rng.randbytes(32))
    raw = b"\x04\x08{\x07I\"\x10_csrf_token\x06:\x06ETI\"" + bytes([len(csrf) + 5]) + csrf.encode() + b"\x06;\x00F"
    if user_id is not None and salt is not None:
        raw += (b"I\"\x19warden.user.user.key\x06;\x00T[\x07[\x06i\x02" + struct.pack("<H", user_id)
                + b"I\"\"" + salt.encode() + b"\x06;\x00T")
    raw += b"I\"\x0elocale\x06;\x00TI\"\x07" + rng.choice((b"it", b"en", b"de")) + b"\x06;\x00T"
    coded = b64(raw) + "=" * (-len(b64(raw)) % 4)
    return "".join(coded[i: i + 60] + "\n" for i in range(0, len(coded), 60))


def _scan_jpeg(rng: random.Random) -> bytes:
    """A JFIF file's framing with a scanner's comment: the front of an identity document."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00\x96\x00\x96\x00\x00"
    comment = b"Scansione documento - Kodak Alaris"
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(400, 1200))).replace(b"\xff", b"\xfe")
    return b"\xff\xd8" + app0 + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + body + b"\xff\xd9"


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with its fields filled; a field's maker (no arguments) is called only when
    the template has the field, so no value is drawn for nothing."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def _reference(rng: random.Random, m: HotelGroup, make: _Maker) -> None:
    m.rows["Strutture"] = []
    for i, (code, name, company, street, cap, town, prov, tel, mail, pec, office, cin, stars, lat, lon) in enumerate(
            HOTELS, 1):
        m.rows["Strutture"].append((i, code, name, company, street, cap, town, prov, tel, mail, pec,
                                    make.partita_iva(office), cin, stars, Decimal(lat), Decimal(lon),
                                    grouped(make.iban(personal=False)) if i % 2 else make.iban(personal=False)))
    m.rows["Camere"] = []
    for hotel in range(1, len(HOTELS) + 1):
        for n in range(rng.randint(16, 22)):
            kind, beds, rate = rng.choice(ROOM_TYPES)
            floor = 1 + n // 6
            m.rows["Camere"].append((len(m.rows["Camere"]) + 1, hotel, f"{floor}{n % 6 + 1:02d}", floor, kind, beds,
                                     Decimal(rate) + rng.choice((0, 0, 10, 20, 35)), rng.random() < 0.05))
    m.rows["Canali"] = [(i, c, d, Decimal(p), a) for i, c, d, p, a in CHANNELS]
    m.rows["rate_plans"] = [(i, code, name, refundable, breakfast, Decimal(pct), nights, "2022-10-03 09:14:22",
                             _moment(rng, 2023, 2025)) for i, (code, name, refundable, breakfast, pct, nights)
                            in enumerate(RATE_PLANS, 1)]
    own_iban = make.iban(personal=False)
    m.rows["Impostazioni"] = [
        ("Azienda.RagioneSociale", "Serenissima Hotels S.p.A.", "2019-02-11 10:02:00"),
        ("Azienda.PartitaIVA", "IT" + make.partita_iva("027"), "2019-02-11 10:02:00"),
        ("Azienda.SedeLegale", "Calle Larga XXII Marzo 2159, 30124 Venezia (VE)", "2019-02-11 10:02:00"),
        ("Azienda.Telefono", "+39 041 520 4400", "2021-05-03 16:40:00"),
        ("Azienda.EmailInfo", f"info@{OWN_DOMAIN}", "2019-02-11 10:02:00"),
        ("Azienda.EmailPrenotazioni", f"reservations@{OWN_DOMAIN}", "2022-11-20 09:00:00"),
        ("Azienda.PEC", "serenissimahotels@legalmail.it", "2019-02-11 10:02:00"),
        ("Privacy.EmailDPO", f"dpo@{OWN_DOMAIN}", "2023-03-01 12:00:00"),
        ("Fatturazione.CodiceDestinatarioSDI", "SUBM70N", "2019-02-11 10:02:00"),
        ("Fatturazione.EmailFatture", f"fatture@{OWN_DOMAIN}", "2020-01-07 08:30:00"),
        ("Incassi.IBAN", grouped(own_iban), "2022-06-30 15:10:00"),
        ("AlloggiatiWeb.Endpoint", "https://alloggiatiweb.poliziadistato.it/service/Service.asmx",
         "2023-09-14 11:00:00"),
        ("AlloggiatiWeb.Utente", "VE012345", "2023-09-14 11:00:00"),
        ("CheckIn.OraInizio", "14:00", "2019-02-11 10:02:00"),
        ("CheckOut.OraFine", "11:00", "2019-02-11 10:02:00"),
        ("TassaSoggiorno.Venezia.EuroNotte", "5.00", "2025-01-02 09:00:00"),
        ("TassaSoggiorno.Firenze.EuroNotte", "6.00", "2025-01-02 09:00:00"),
        ("BookingEngine.StripePublishableKey", "pk_live_51Hx" + b64(rng.randbytes(60), url=True)[:80],
         "2024-04-18 17:25:00"),
        ("Privacy.ConservazioneSchedineGiorni", "1825", "2023-03-01 12:00:00"),
    ]


def _comune(rng: random.Random) -> tuple[str, str, str, str]:
    name, prov, belfiore, first_cap, count = rng.choice(COMUNI)
    return name, prov, belfiore, f"{first_cap + rng.randrange(count):05d}"


def _guests(rng: random.Random, m: HotelGroup, make: _Maker, fakes: dict[str, Faker]) -> list[dict]:
    m.rows["Ospiti"] = []
    guests = []
    countries = list(COUNTRIES)
    weights = [COUNTRIES[c][1] for c in countries]
    for i in range(1, GUEST_COUNT + 1):
        country = rng.choices(countries, weights)[0]
        fake = fakes[country]
        sex = rng.choice("MF")
        first = fake.first_name_male() if sex == "M" else fake.first_name_female()
        last = fake.last_name()
        born = _day(rng, 1941, 2004)
        if country == "IT":
            town, prov, belfiore, _ = _comune(rng)
            birthplace, born_in = f"{town} ({prov})", (town.upper(), prov)
            home, home_prov, _, cap = _comune(rng)
            street = f"{fake.street_name()} {fake.building_number()}"
            cf = codice_fiscale(last, first, born, sex, belfiore) if rng.random() < 0.85 else None
        else:
            birthplace, born_in = fake.city(), (None, None)
            home, cap = fake.city(), fake.postcode()
            street = f"{fake.street_name()} {fake.building_number()}"
            cf = None
        via_ota = rng.random() < 0.3 and country != "IT" or rng.random() < 0.1
        if via_ota:
            email = make.relay_email(first, last, rng.choice(("BKG", "BKG", "EXP")))
        elif rng.random() < 0.9:
            email = make.email(first, last, country)
        else:
            email = None
        lang = {"IT": "it", "DE": "de", "AT": "de", "CH": "de", "FR": "fr", "NL": "nl"}.get(country, "en")
        g = {"id": i, "first": first, "last": last, "sex": sex, "born": born, "country": country, "email": email,
             "phone": make.phone(country) if rng.random() < 0.9 else None, "street": street, "cap": cap,
             "city": home, "cf": cf, "ota": via_ota, "lang": lang, "iban": None, "fake": fake, "born_in": born_in,
             "doc": None,
             "address": f"{street}, {cap} {home}" + (f" ({home_prov})" if country == "IT" else "")}
        guests.append(g)
        m.rows["Ospiti"].append((
            i, last.upper() if rng.random() < 0.15 else last, first.upper() if rng.random() < 0.15 else first,
            sex if rng.random() < 0.95 else None, born if rng.random() < 0.9 else None,
            birthplace if rng.random() < 0.8 else None, country, cf, email, g["phone"],
            street if rng.random() < 0.85 else None, cap, home, country if rng.random() < 0.95 else "IT", lang,
            rng.choice(PREFERENCES), rng.choice(("LEISURE", "LEISURE", "LEISURE", "BUSINESS", "GRUPPO", "VIP")),
            rng.random() < 0.35, _moment(rng, 2019, 2025)))
    return guests


def _guest_iban(make: _Maker, g: dict) -> str:
    if g["iban"] is None:
        country = g["country"] if g["country"] in ("IT", "DE", "AT", "GB", "CH") else "LT"
        g["iban"] = make.iban(country)
    return g["iban"]


def _partner(rng: random.Random, g: dict) -> str:
    fake = g["fake"]
    return fake.first_name_female() if g["sex"] == "M" else fake.first_name_male()


def _vat(name: str, office: str | None) -> str:
    """A company's VAT number, the same every time: Italian (7 digits, the province office,
    the check digit) or German."""
    serial = f"{sum(ord(c) * (i + 1) for i, c in enumerate(name)) % 10**7:07d}"
    if office is None:
        return "DE" + serial + "41"
    return serial + office + luhn_digit(serial + office)


def _company_at(index: int) -> tuple[str, str, str, str | None, str]:
    """A client company: name, address, SDI code, PEC and VAT number."""
    name, address, sdi, pec, office = COMPANIES[index]
    return name, address, sdi, pec, _vat(name, office)


def _company(rng: random.Random, make: _Maker) -> tuple[str, str, str, str | None, str]:
    return _company_at(rng.randrange(len(COMPANIES)))


def _stays(rng: random.Random, m: HotelGroup, make: _Maker, guests: list[dict]) -> list[dict]:
    for table in ("Prenotazioni", "SchedineAlloggiati", "Fatture", "Pagamenti"):
        m.rows[table] = []
    stays = []
    rooms_of: dict[int, list[tuple]] = {}
    for room in m.rows["Camere"]:
        rooms_of.setdefault(room[1], []).append(room)
    serial = {code[0]: 4000 for code in HOTELS}
    channel_codes = [c[1] for c in CHANNELS]
    start = dt.date(2024, 4, 1)
    for i in range(1, STAY_COUNT + 1):
        hotel = rng.randint(1, len(HOTELS))
        code = HOTELS[hotel - 1][0]
        channel = rng.choices(channel_codes, CHANNEL_WEIGHTS)[0]
        pool = [g for g in guests if (g["ota"] if channel in ("BKG", "EXP") else not g["ota"])]
        if channel == "WEB":
            pool = [g for g in pool if g["email"]]
        g = rng.choice(pool)
        arrival = start + dt.timedelta(days=rng.randint(0, 540))
        nights = rng.choice((1, 2, 2, 3, 3, 4, 5, 7))
        departure = arrival + dt.timedelta(days=nights)
        adults = rng.choice((1, 1, 2, 2, 2, 3))
        children = rng.choice((0, 0, 0, 0, 0, 1, 2)) if adults >= 2 else 0
        booked = min(arrival - dt.timedelta(days=rng.randint(1, 180)), TODAY - dt.timedelta(days=rng.randint(0, 20)))
        if arrival > TODAY:
            status = rng.choice(("CONFERMATA",) * 8 + ("CANCELLATA",))
        elif departure > TODAY:
            status = "CHECKIN"
        else:
            status = rng.choice(("CHECKOUT",) * 14 + ("CANCELLATA", "NOSHOW"))
        serial[code] += rng.randint(1, 40)
        digits = f"{arrival.year % 100:02d}{serial[code]:05d}"
        booking_code = f"{code}-{digits[:2]}-{digits[2:]}{luhn_digit(digits)}"
        ref = {"BKG": lambda: str(rng.randint(2, 6)) + make.digits(9), "EXP": lambda: make.digits(rng.choice((8, 9))),
               "AGY": lambda: f"VCH-{arrival.year}-{make.digits(4)}"}.get(channel)
        rate = Decimal(rng.randrange(9000, 42000, 500)) / 100
        total = rate * nights
        company = _company(rng, make) if rng.random() < 0.15 else None
        partner = _partner(rng, g)
        note = _fill(rng.choice(RECEPTION_NOTES), phone=lambda: g["phone"] or make.phone(g["country"]),
                     partner=lambda: partner, company=lambda: (company or _company_at(0))[0],
                     vat=lambda: (company or _company_at(0))[4], iban=lambda: grouped(_guest_iban(make, g)),
                     email=lambda: make.email(partner, g["last"], g["country"]))
        room = rng.choice(rooms_of[hotel])
        s = {"id": i, "guest": g, "hotel": hotel, "code": code, "channel": channel, "arrival": arrival,
             "departure": departure, "adults": adults, "children": children, "status": status, "total": total,
             "room": room, "company": company, "ref": ref() if ref else None, "booked": booked}
        stays.append(s)
        m.rows["Prenotazioni"].append((
            i, booking_code, hotel, room[0] if status != "CANCELLATA" or rng.random() < 0.5 else None, g["id"],
            channel_codes.index(channel) + 1, s["ref"], arrival.isoformat(), departure.isoformat(), adults, children,
            rng.choice(("BB", "BB", "BB", "RO", "HB")), total, status, note, _at(booked, rng, (0, 23))))
        if status in ("CHECKIN", "CHECKOUT"):
            _registrations(rng, m, make, s)
        if status == "CHECKOUT" or (status == "NOSHOW" and rng.random() < 0.5):
            _invoice(rng, m, make, s)
    return stays


def _registrations(rng: random.Random, m: HotelGroup, make: _Maker, s: dict) -> None:
    """The Alloggiati Web records of a stay: the head with a document, the others without."""
    g = s["guest"]
    fake = g["fake"]
    people = [(g["last"], g["first"], g["sex"], g["born"])]
    for n in range(s["adults"] - 1 + s["children"]):
        child = n >= s["adults"] - 1
        sex = rng.choice("MF")
        first = fake.first_name_male() if sex == "M" else fake.first_name_female()
        last = g["last"] if child or rng.random() < 0.6 else fake.last_name()
        people.append((last, first, sex, _day(rng, 2010, 2023) if child else _day(rng, 1945, 2004)))
    single = len(people) == 1
    group = s["channel"] == "AGY"
    country = g["country"]
    state = COUNTRIES[country][2]
    sent = _at(s["arrival"], rng, (15, 23))
    for n, (last, first, sex, born) in enumerate(people):
        head = n == 0
        kind = ("16" if single else "18" if group else "17") if head else ("20" if group else "19")
        if head:
            birth_town, birth_prov = g["born_in"]
        elif country == "IT":
            town, prov, _, _ = _comune(rng)
            birth_town, birth_prov = town.upper(), prov
        else:
            birth_town, birth_prov = None, None
        doc_kind = doc_no = issued = scan = None
        if head:
            if g["doc"] is None:
                g["doc"] = make.document(country)
            doc_kind, doc_no = g["doc"]
            if country == "IT":
                town = g["city"].upper()
                issued = {"IDELE": f"COMUNE DI {town}", "IDENT": f"COMUNE DI {town}", "PASOR": f"QUESTURA DI {town}",
                          "PATEN": "MIT-UCO"}[doc_kind]
            else:
                issued = state
            scan = _scan_jpeg(rng) if rng.random() < 0.7 else None
        m.rows["SchedineAlloggiati"].append((
            len(m.rows["SchedineAlloggiati"]) + 1, s["id"], kind, last.upper(), first.upper(),
            "1" if sex == "M" else "2",
            born, birth_town, birth_prov, state, state, doc_kind, doc_no, issued, scan,
            make.unique(lambda: make.digits(12)) if rng.random() < 0.95 else None, sent))


def _invoice(rng: random.Random, m: HotelGroup, make: _Maker, s: dict) -> None:
    g = s["guest"]
    hotel = HOTELS[s["hotel"] - 1]
    number = f"{s['departure'].year}/{s['code']}/{len(m.rows['Fatture']) + 1:06d}"
    nights = (s["departure"] - s["arrival"]).days
    per_night = {"Venezia": "5.00", "Firenze": "6.00"}.get(hotel[5], "2.00")  # the comune's tassa di soggiorno
    tax = Decimal(per_night) * nights * s["adults"]
    total = s["total"]
    taxable = (total / Decimal("1.10")).quantize(Decimal("0.01"))
    vat = total - taxable
    issued = _at(s["departure"], rng, (8, 12))
    if s["company"]:
        name, address, sdi, pec, vat_no = s["company"]
        holder, fiscal, kind = name, vat_no, "TD01"
    else:
        holder = rng.choice((f"{g['first']} {g['last']}", f"{g['last'].upper()} {g['first'].upper()}"))
        fiscal = g["cf"] if g["country"] == "IT" else None
        address = g["address"] if rng.random() < 0.9 else None
        sdi, pec, kind = ("0000000" if g["country"] == "IT" else "XXXXXXX"), None, rng.choice(("TD01", "TD01", "TD24"))
    pdf = pdf_bytes([hotel[2] + " - P.IVA " + m.rows["Strutture"][s["hotel"] - 1][11], f"Fattura n. {number} del "
                     f"{issued[:10]}", f"Intestatario: {holder}", address or "", f"C.F./P.IVA: {fiscal or '-'}",
                     f"Soggiorno dal {s['arrival']} al {s['departure']}", f"Totale EUR {total + tax}"])
    invoice_id = len(m.rows["Fatture"]) + 1
    m.rows["Fatture"].append((invoice_id, number, s["hotel"], s["id"], kind, holder, fiscal, address, sdi, pec, taxable,
                              vat, tax, total + tax, pdf if rng.random() < 0.9 else None, issued))
    method = rng.choices(("CARTA", "BONIFICO", "CONTANTI"), (65, 20, 15))[0] if not s["company"] else "CARTA"
    amount = total + tax
    if method == "BONIFICO":
        iban = _guest_iban(make, g)
        deposit = (amount * Decimal("0.3")).quantize(Decimal("0.01"))
        for part, when in ((deposit, s["booked"]), (amount - deposit, s["departure"])):
            m.rows["Pagamenti"].append((
                len(m.rows["Pagamenti"]) + 1, s["id"], invoice_id if when == s["departure"] else None, "BONIFICO", None,
                None, None, grouped(iban) if rng.random() < 0.4 else iban, make.digits(11), part, "EUR",
                _at(when, rng)))
    else:
        card = method == "CARTA"
        holder_name = f"{g['first']} {g['last']}".upper()
        m.rows["Pagamenti"].append((
            len(m.rows["Pagamenti"]) + 1, s["id"], invoice_id, method,
            rng.choice(("VISA", "VISA", "MC", "AMEX", "MAESTRO")) if card else None, make.digits(4) if card else None,
            holder_name if card and rng.random() < 0.85 else None, None,
            ("pi_3P" + "".join(rng.choices(string.ascii_letters + string.digits, k=22))) if card else None,
            amount, "EUR", _at(s["departure"], rng, (7, 11))))


def _housekeeping(rng: random.Random, m: HotelGroup, make: _Maker, fakes: dict[str, Faker],
                  stays: list[dict]) -> None:
    m.rows["hk_personale"], m.rows["hk_oggetti_smarriti"] = [], []
    origins = list(STAFF_WEIGHTS)
    it = fakes["IT"]
    for i in range(1, STAFF_COUNT + 1):
        origin = rng.choices(origins, [STAFF_WEIGHTS[o] for o in origins])[0]
        sex = rng.choices("FM", (75, 25))[0]
        if origin == "IT":
            first = it.first_name_male() if sex == "M" else it.first_name_female()
            last = it.last_name()
            _, _, belfiore, _ = _comune(rng)
        else:
            firsts, lasts, belfiore = STAFF_ORIGINS[origin]
            first, last = rng.choice(firsts), rng.choice(lasts)
        born = _day(rng, 1965, 2004)
        cf = codice_fiscale(last, first, born, sex, belfiore)
        hotel = rng.randint(1, len(HOTELS))
        town, prov, _, cap = (rng.choice((("Venezia", "VE", "", "30121"), ("Mestre", "VE", "", "30172"),
                                          ("Marghera", "VE", "", "30175"), ("Spinea", "VE", "", "30038")))
                              if hotel <= 2 else ("Garda", "VR", "", "37016") if hotel == 3
                              else ("Firenze", "FI", "", f"{50121 + rng.randrange(24)}"))
        m.rows["hk_personale"].append((
            i, f"HK{1040 + i * 3:04d}", first, last, cf, born, origin,
            make.phone("IT") if rng.random() < 0.95 else None,
            make.private_email(first, last, ("gmail.com", "gmail.com", "libero.it", "yahoo.com", "hotmail.it"))
            if rng.random() < 0.7 else None,
            f"{it.street_name()} {it.building_number()}, {cap} {town} ({prov})" if rng.random() < 0.9 else None,
            make.iban("LT" if rng.random() < 0.1 else "IT") if rng.random() < 0.95 else None,
            rng.choice(JOBS), hotel, _day(rng, 2012, 2024),
            make.unique(lambda: "I" + rng.choice("ABCDEFGH") + make.digits(7)) if origin in NON_EU else None,
            rng.choice(FITNESS), rng.random() < 0.9))
    past = [s for s in stays if s["status"] == "CHECKOUT"]
    for i in range(1, LOST_COUNT + 1):
        s = rng.choice(past)
        g = s["guest"]
        known = rng.random() < 0.8
        contact = None
        if known:
            own = g["email"] if g["email"] and not g["ota"] else None
            contact = own if own and rng.random() < 0.5 else (g["phone"] or own)
        status = rng.choice(("IN_DEPOSITO", "RESTITUITO", "SPEDITO", "SMALTITO")) if known else "IN_DEPOSITO"
        m.rows["hk_oggetti_smarriti"].append((
            i, s["hotel"], s["room"][0], _at(s["departure"], rng, (10, 15)),
            rng.choice([p[0] for p in m.rows["hk_personale"] if p[12] == s["hotel"]] or [None]),
            rng.choice(LOST_ITEMS), f"{g['first']} {g['last']}" if known else None, contact,
            g["address"] if status == "SPEDITO" else None, status))


def _web(rng: random.Random, m: HotelGroup, make: _Maker, guests: list[dict], stays: list[dict]) -> None:
    for table in ("users", "sessions", "loyalty_members", "bookings", "messages"):
        m.rows[table] = []
    web_stays = [s for s in stays if s["channel"] == "WEB"]
    registered = {s["guest"]["id"]: s["guest"] for s in web_stays if rng.random() < 0.8}
    others = [g for g in guests if g["email"] and not g["ota"] and g["id"] not in registered]
    for g in rng.sample(others, 40):
        registered[g["id"]] = g
    user_of: dict[int, int] = {}
    hashes: dict[int, str] = {}
    for n, g in enumerate(sorted(registered.values(), key=lambda x: x["id"]), 1):
        user_of[g["id"]] = n
        email = g["email"] if rng.random() < 0.9 else make.email(g["first"], g["last"], g["country"])
        created = _moment(rng, 2022, 2025)
        signed = _after(rng, created) if rng.random() < 0.9 else None
        hashes[n] = _bcrypt(rng)
        reset = rng.random() < 0.12
        confirmed = rng.random() < 0.93
        m.rows["users"].append((
            n, email, hashes[n], make.unique(lambda: rng.randbytes(32).hex()) if reset else None,
            _after(rng, created) if reset else None, _after(rng, created) if rng.random() < 0.3 else None,
            rng.randint(1, 40) if signed else 0, signed, _after(rng, created) if signed else None,
            _ip(rng) if signed else None, _ip(rng) if signed else None,
            make.unique(lambda: _friendly_token(rng)), _after(rng, created) if confirmed else None,
            g["lang"] if rng.random() < 0.8 else None, g["id"], created, _after(rng, created)))
    for n in range(1, SESSION_COUNT + 1):
        started = _at(TODAY - dt.timedelta(days=rng.randint(0, 60)), rng, (0, 23))
        user = rng.randint(1, len(m.rows["users"])) if rng.random() < 0.6 else None
        m.rows["sessions"].append((
            n, "2::" + make.unique(lambda: rng.randbytes(32).hex()),
            _session_data(rng, user, hashes[user][:29] if user else None), started, _after(rng, started)))
    members = rng.sample(sorted(user_of.values()), len(user_of) * 7 // 10)
    by_user = {u: g for g_id, u in user_of.items() for g in [registered[g_id]]}
    for n, user in enumerate(sorted(members), 1):
        g = by_user[user]
        body = "7001" + f"{rng.randint(0, 10**11 - 1):011d}"
        enrolled = _moment(rng, 2022, 2025)
        prefs: dict[str, Any] = {"pillow": rng.choice(("memory", "piuma", "anallergico")),
                                 "floor": rng.choice(("high", "low", "any"))}
        if rng.random() < 0.4:
            prefs["newspaper"] = rng.choice(("Corriere della Sera", "la Repubblica", "FAZ", "The Times"))
        if rng.random() < 0.3:
            prefs["dietary"] = rng.sample(["gluten_free", "vegetarian", "lactose_free", "halal", "kosher"], 1)
        if rng.random() < 0.35:
            prefs["celebrations"] = {"anniversary": _day(rng, 1985, 2022), "partner_name": _partner(rng, g)}
        if rng.random() < 0.3 and g["phone"]:
            prefs["contact"] = {"whatsapp": g["phone"]}
        birthday = None
        if rng.random() < 0.85:
            birthday = g["born"] if rng.random() < 0.8 else "1904" + g["born"][4:]
        m.rows["loyalty_members"].append((
            n, user, make.unique(lambda: body + luhn_digit(body)), rng.choice(("silver", "silver", "gold", "platinum")),
            rng.randint(0, 48000), birthday,
            {"M": "male", "F": "female"}[g["sex"]] if rng.random() < 0.8 else rng.choice((None, "prefer_not")),
            g["cap"] if rng.random() < 0.9 else None, g["country"],
            png_bytes(rng) if rng.random() < 0.4 else None, rng.random() < 0.5, json.dumps(prefs), enrolled,
            enrolled, _after(rng, enrolled)))
    for n, s in enumerate(web_stays, 1):
        g = s["guest"]
        code = make.unique(lambda: "".join(rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=8)))
        plan = rng.choice(RATE_PLANS)[0]
        partner = _partner(rng, g)
        request = _fill(rng.choice(SPECIAL_REQUESTS), phone=lambda: g["phone"] or make.phone(g["country"]),
                        partner=lambda: partner, email=lambda: make.email(g["first"], g["last"], g["country"]))
        ip = _ip(rng)
        created = _at(s["booked"], rng, (0, 23))
        payload = {
            "source": "web", "locale": g["lang"],
            "guest": {"first_name": g["first"], "last_name": g["last"], "email": g["email"], "phone": g["phone"],
                      "country": g["country"], "address": {"line1": g["street"], "zip": g["cap"], "city": g["city"]}},
            "stay": {"property": s["code"], "arrival": s["arrival"].isoformat(),
                     "departure": s["departure"].isoformat(),
                     "adults": s["adults"], "children": s["children"], "rate_plan": plan},
            "payment": {"provider": "stripe", "payment_method": "pm_1P" + "".join(
                rng.choices(string.ascii_letters + string.digits, k=22)),
                        "card_brand": rng.choice(("visa", "mastercard", "amex")), "last4": make.digits(4),
                        "holder": f"{g['first']} {g['last']}".upper()},
            "client": {"ip": ip, "user_agent": rng.choice(USER_AGENTS)},
            "utm": {"source": rng.choice(("google", "newsletter", "instagram", "direct")),
                    "campaign": rng.choice(("venezia_estate", "garda_primavera", "firenze_arte", None))},
        }
        status = {"CANCELLATA": "cancelled", "CONFERMATA": "confirmed"}.get(s["status"], "completed")
        m.rows["bookings"].append((
            n, code, user_of.get(g["id"]), g["email"], g["first"], g["last"], g["phone"], s["code"], plan,
            s["arrival"].isoformat(), s["departure"].isoformat(), s["adults"], s["children"], int(s["total"] * 100),
            "EUR", request, json.dumps(payload, ensure_ascii=False) if rng.random() < 0.92 else None, ip, status,
            s["id"] if rng.random() < 0.97 else None, created, _after(rng, created)))


def _messages(rng: random.Random, m: HotelGroup, make: _Maker, stays: list[dict]) -> None:
    for s in stays:
        if s["channel"] in ("AGY",):
            continue
        g = s["guest"]
        name = f"{g['first']} {g['last']}"
        hotel = HOTELS[s["hotel"] - 1]
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            inbound = rng.random() < 0.55
            if s["channel"] == "BKG":
                channel = "booking_com"
            elif s["channel"] == "EXP":
                channel = "expedia"
            else:
                channel = rng.choice(("email", "email", "whatsapp"))
            if inbound:
                company = _company(rng, make)
                iban_layout = rng.random() < 0.5
                body = _fill(rng.choice(INBOUND[g["lang"]]), name=lambda: name,
                             phone=lambda: g["phone"] or make.phone(g["country"]), partner=lambda: _partner(rng, g),
                             email=lambda: make.email(g["first"], g["last"], g["country"]),
                             company=lambda: company[0], vat=lambda: company[4],
                             iban=lambda: grouped(_guest_iban(make, g)) if iban_layout else _guest_iban(make, g))
                if channel == "whatsapp":
                    sender = g["phone"] or make.phone(g["country"])
                else:
                    sender = g["email"] or make.email(g["first"], g["last"], g["country"])
                subject = {"booking_com": f"Messaggio da {name} per la prenotazione {s['ref']}",
                           "expedia": f"Expedia: new message from {name} (itinerary {s['ref']})",
                           "email": rng.choice(("Richiesta informazioni", f"Prenotazione {s['arrival']}",
                                                "Late arrival", "Rechnung"))}.get(channel)
            else:
                body = rng.choice(OUTBOUND.get(g["lang"], OUTBOUND["en"])).format(
                    name=name, hotel=hotel[1], hotel_phone=hotel[7], amount=f"{s['total']:.2f}")
                sender = f"reservations@{OWN_DOMAIN}" if channel != "whatsapp" else hotel[7]
                subject = None if channel == "whatsapp" else f"Re: {hotel[1]} - {s['arrival'].strftime('%d/%m/%Y')}"
            created = _at(min(s["booked"] + dt.timedelta(days=rng.randint(0, 30)), TODAY), rng, (0, 23))
            m.rows["messages"].append((len(m.rows["messages"]) + 1, s["id"], channel,
                                       "inbound" if inbound else "outbound", sender, subject, body,
                                       _after(rng, created) if rng.random() < 0.85 else None, created))


def make_hotel_group(seed: int = SEED) -> HotelGroup:
    """The whole hotel group, the same for the same seed."""
    rng = random.Random(seed)
    fakes = {}
    for n, (country, spec) in enumerate(COUNTRIES.items()):
        fakes[country] = Faker(spec[0])
        fakes[country].seed_instance(seed + n)
    m = HotelGroup()
    make = _Maker(rng, m)
    _reference(rng, m, make)
    guests = _guests(rng, m, make, fakes)
    stays = _stays(rng, m, make, guests)
    _housekeeping(rng, m, make, fakes, stays)
    _web(rng, m, make, guests, stays)
    _messages(rng, m, make, stays)
    return m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: HotelGroup) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows)


def load_labels(tool: str) -> dict:
    """tests/eighth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
