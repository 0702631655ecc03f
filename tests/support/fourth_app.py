"""The fourth held-out application: a Spanish mobile operator's customer back office.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the clinic (support/heldout.py), the
staffing agency (support/blind_app.py) and the rental platform (support/third_app.py).
It was written blind: without reading the detector (checks/detect.py, vocabulary.py,
values.py, scan.py, starter.py) or any scan test, and labelled (tests/fourth/labels.yml)
before any detector ran on it.

"Ondaverde Telecom S.A." in Madrid sells prepaid and contract mobile lines through its
own web shop and a network of dealer shops. Four teams wrote its back office, and the
names show it: the billing core came from an Oracle shop in UPPER_CASE abbreviations
with table prefixes (`CUST_MSTR.CUST_NM`, `CUST_SRNM1`, `DOC_NBR`, `BRTH_DT`,
`ADDR_LN1`, `CNTCT_TEL`, `SOC_TRF_RSN`, `SUBS.MSISDN`, `SIM_INV.IMSI`, `INV_HDR.PAY_IBAN`),
the network team writes terse lower case (`cdr_voice.calling_nbr`, `called_nbr`,
`loc_ping.lat`, `lon`), the customer-care CRM is Spanish (`reclamaciones.tfno_contacto`,
`correo_contacto`, `texto_reclamacion`) and the self-care portal uses an `usr_`/`sess_`
prefix (`web_usr.usr_login`, `usr_pwd_hash`, `usr_last_ip`, `web_sess.sess_id`). Next to
the people are the dealer shops (companies: landlines, tienda@ addresses, CIFs with a
check digit, IBANs), the cell towers (coordinates and addresses of masts), the tariff
and handset (TAC) catalogues, settings holding the operator's own contact data, and
invoice and portability references with digits.

Everything here is the original side: the rows (`make_operator`, drawn from a seeded
`random.Random` and seeded Faker instances, so every run and every server gets the same
ones), the DDL of each server (built from `SCHEMA` and `FOREIGN_KEYS`, every identifier
quoted, so UPPER_CASE names survive PostgreSQL), `create`, and the personal e-mails and
IBANs a leak check looks for (companies' excluded).
"""

from __future__ import annotations

import base64
import hashlib
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
from support.apps import ascii_fold, dump, grouped, iban_check_digits, jpeg_bytes, luhn_digit, png_bytes
from support.apps import foreign_key as _fk, day as _day

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Operator", "create", "dump", "load_labels", "make_operator"]

SEED = 20251104
LABELS = Path(__file__).resolve().parents[1] / "fourth" / "labels.yml"
CUSTOMER_COUNT = 230
SPARE_SIMS = 60
CDR_COUNT = 420
PING_COUNT = 360
OWN_DOMAIN = "ondaverde.es"
SPANISH_MAIL = ("gmail.com", "hotmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com",
                "gmail.com", "live.com")
FOREIGN_MAIL = ("gmail.com", "yahoo.com", "yahoo.ro", "outlook.com", "hotmail.it")

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "inet": "varchar(45)"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "inet": "inet"},
    "sqlite": {"ts": "DATETIME", "json": "TEXT", "blob": "BLOB", "bool": "BOOLEAN", "inet": "varchar(45)"},
}

# Every table's column definitions ("name type constraints"), parents before children:
# the order the tables are created and filled in. The name is quoted when the DDL is built.
SCHEMA: dict[str, tuple[str, ...]] = {
    "PLAN_CAT": (
        "PLAN_CD varchar(12) PRIMARY KEY", "PLAN_NM varchar(60) NOT NULL", "MTHLY_FEE decimal(6,2) NOT NULL",
        "DATA_GB integer NOT NULL", "VOICE_MIN integer NOT NULL", "IS_PREPAID {bool} NOT NULL",
        "ACTV_FLG char(1) NOT NULL"),
    "TAC_CAT": (
        "TAC char(8) PRIMARY KEY", "MANUF_NM varchar(40) NOT NULL", "MODEL_NM varchar(60) NOT NULL",
        "OS_NM varchar(20) NOT NULL", "RLS_YR integer NOT NULL"),
    "CELL_SITE": (
        "CELL_ID integer PRIMARY KEY", "CGI varchar(24) NOT NULL UNIQUE", "SITE_CD varchar(10) NOT NULL",
        "LAT decimal(9,6) NOT NULL", "LON decimal(9,6) NOT NULL", "SITE_ADDR varchar(120) NOT NULL",
        "PROV_NM varchar(30) NOT NULL", "TECH varchar(4) NOT NULL", "AZIMUTH integer NOT NULL",
        "INST_DT date NOT NULL"),
    "DLR": (
        "DLR_ID integer PRIMARY KEY", "DLR_NM varchar(100) NOT NULL", "DLR_CIF char(9) NOT NULL UNIQUE",
        "DLR_TEL varchar(20) NOT NULL", "DLR_EMAIL varchar(100) NOT NULL", "DLR_ADDR varchar(120) NOT NULL",
        "DLR_CP char(5) NOT NULL", "DLR_CITY varchar(60) NOT NULL", "DLR_IBAN varchar(34) NOT NULL",
        "DLR_COMM_PCT decimal(4,2) NOT NULL", "DLR_OPEN_DT date NOT NULL"),
    "CUST_MSTR": (
        "CUST_ID integer PRIMARY KEY", "CUST_NM varchar(60) NOT NULL", "CUST_SRNM1 varchar(60) NOT NULL",
        "CUST_SRNM2 varchar(60)", "DOC_TYP varchar(3) NOT NULL", "DOC_NBR varchar(12) NOT NULL UNIQUE",
        "BRTH_DT date NOT NULL", "GNDR_CD char(1) NOT NULL", "NATL_CD char(2) NOT NULL",
        "EMAIL_ADDR varchar(120) UNIQUE", "CNTCT_TEL varchar(20)", "ADDR_LN1 varchar(120) NOT NULL",
        "ADDR_LN2 varchar(40)", "POST_CD char(5) NOT NULL", "CITY_NM varchar(60) NOT NULL",
        "PROV_NM varchar(30) NOT NULL", "BANK_IBAN varchar(34)", "CR_SCORE integer", "SOC_TRF_RSN varchar(100)",
        "DOC_IMG {blob}", "DLR_ID integer", "CUST_STS varchar(4) NOT NULL", "CRT_TS {ts} NOT NULL",
        "UPD_TS {ts} NOT NULL"),
    "SIM_INV": (
        "ICCID char(19) PRIMARY KEY", "IMSI char(15) NOT NULL UNIQUE", "PUK1 char(8) NOT NULL",
        "SIM_STS varchar(8) NOT NULL", "DLR_ID integer", "BATCH_NBR varchar(14) NOT NULL", "MFG_DT date NOT NULL"),
    "SUBS": (
        "SUBS_ID integer PRIMARY KEY", "CUST_ID integer NOT NULL", "MSISDN varchar(15) NOT NULL UNIQUE",
        "ICCID char(19) NOT NULL UNIQUE", "PLAN_CD varchar(12) NOT NULL", "ACTV_DT date NOT NULL", "DEACT_DT date",
        "PORT_IN_FLG char(1) NOT NULL", "SUBS_STS varchar(6) NOT NULL"),
    "DEVICE_REG": (
        "DEV_ID integer PRIMARY KEY", "SUBS_ID integer NOT NULL", "IMEI char(15) NOT NULL", "TAC char(8) NOT NULL",
        "FIRST_SEEN_TS {ts} NOT NULL", "LAST_SEEN_TS {ts} NOT NULL"),
    "cdr_voice": (
        "cdr_id integer PRIMARY KEY", "subs_id integer NOT NULL", "call_typ varchar(6) NOT NULL",
        "calling_nbr varchar(16) NOT NULL", "called_nbr varchar(16) NOT NULL", "call_start_ts {ts} NOT NULL",
        "dur_sec integer NOT NULL", "cell_id integer NOT NULL", "charge_eur decimal(7,4) NOT NULL"),
    "loc_ping": (
        "ping_id integer PRIMARY KEY", "subs_id integer NOT NULL", "ts_utc {ts} NOT NULL",
        "lat decimal(9,6) NOT NULL", "lon decimal(9,6) NOT NULL", "accuracy_m integer NOT NULL",
        "src varchar(4) NOT NULL", "cell_id integer"),
    "INV_HDR": (
        "INV_ID integer PRIMARY KEY", "INV_NBR varchar(16) NOT NULL UNIQUE", "CUST_ID integer NOT NULL",
        "BILL_PRD char(7) NOT NULL", "INV_AMT decimal(8,2) NOT NULL", "TAX_AMT decimal(8,2) NOT NULL",
        "DUE_DT date NOT NULL", "PAY_MTHD varchar(6) NOT NULL", "PAY_IBAN varchar(34)",
        "SENT_TO_EMAIL varchar(120)", "PAY_STS varchar(6) NOT NULL"),
    "reclamaciones": (
        "id_reclamacion integer PRIMARY KEY", "id_cliente integer NOT NULL", "msisdn_afectado varchar(15)",
        "canal varchar(10) NOT NULL", "categoria varchar(30) NOT NULL", "texto_reclamacion text NOT NULL",
        "tfno_contacto varchar(20)", "correo_contacto varchar(120)", "agente varchar(8) NOT NULL",
        "estado varchar(12) NOT NULL", "fecha_alta {ts} NOT NULL", "fecha_cierre {ts}"),
    "PORTAB_SOL": (
        "SOL_ID integer PRIMARY KEY", "SUBS_ID integer", "MSISDN varchar(15) NOT NULL",
        "DONOR_OPR varchar(12) NOT NULL", "REF_PORT varchar(20) NOT NULL UNIQUE", "SOL_DATA {json}",
        "SOL_TS {ts} NOT NULL", "SOL_STS varchar(10) NOT NULL"),
    "web_usr": (
        "usr_id integer PRIMARY KEY", "usr_cust_id integer NOT NULL", "usr_login varchar(120) NOT NULL UNIQUE",
        "usr_pwd_hash varchar(120) NOT NULL", "usr_last_ip {inet}", "usr_last_login_ts {ts}",
        "usr_lang char(2) NOT NULL", "usr_mkt_optin {bool} NOT NULL", "usr_crt_ts {ts} NOT NULL"),
    "web_sess": (
        "sess_id char(64) PRIMARY KEY", "usr_id integer NOT NULL", "sess_ip {inet}", "sess_ua varchar(200)",
        "csrf_tok varchar(64) NOT NULL", "sess_start_ts {ts} NOT NULL", "sess_exp_ts {ts} NOT NULL"),
    "SYS_PARAM": (
        "PARAM_KEY varchar(60) PRIMARY KEY", "PARAM_VAL varchar(200) NOT NULL", "UPD_TS {ts} NOT NULL",
        "UPD_BY varchar(20) NOT NULL"),
}
COLUMNS: dict[str, tuple[str, ...]] = apps.columns_of(SCHEMA)


FOREIGN_KEYS = (
    _fk("CUST_MSTR", ["DLR_ID"], "DLR", ["DLR_ID"]),
    _fk("SIM_INV", ["DLR_ID"], "DLR", ["DLR_ID"]),
    _fk("SUBS", ["CUST_ID"], "CUST_MSTR", ["CUST_ID"]),
    _fk("SUBS", ["ICCID"], "SIM_INV", ["ICCID"]),
    _fk("SUBS", ["PLAN_CD"], "PLAN_CAT", ["PLAN_CD"]),
    _fk("DEVICE_REG", ["SUBS_ID"], "SUBS", ["SUBS_ID"]),
    _fk("DEVICE_REG", ["TAC"], "TAC_CAT", ["TAC"]),
    _fk("cdr_voice", ["subs_id"], "SUBS", ["SUBS_ID"]),
    _fk("cdr_voice", ["cell_id"], "CELL_SITE", ["CELL_ID"]),
    _fk("loc_ping", ["subs_id"], "SUBS", ["SUBS_ID"]),
    _fk("loc_ping", ["cell_id"], "CELL_SITE", ["CELL_ID"]),
    _fk("INV_HDR", ["CUST_ID"], "CUST_MSTR", ["CUST_ID"]),
    # The e-mail an invoice went to must be the customer's address on file.
    _fk("INV_HDR", ["SENT_TO_EMAIL"], "CUST_MSTR", ["EMAIL_ADDR"]),
    _fk("reclamaciones", ["id_cliente"], "CUST_MSTR", ["CUST_ID"]),
    # The CRM names the line a complaint is about by its phone number.
    _fk("reclamaciones", ["msisdn_afectado"], "SUBS", ["MSISDN"]),
    _fk("PORTAB_SOL", ["SUBS_ID"], "SUBS", ["SUBS_ID"]),
    _fk("web_usr", ["usr_cust_id"], "CUST_MSTR", ["CUST_ID"]),
    # The portal's login is the customer's e-mail.
    _fk("web_usr", ["usr_login"], "CUST_MSTR", ["EMAIL_ADDR"]),
    _fk("web_sess", ["usr_id"], "web_usr", ["usr_id"]),
)

PLANS = (
    ("PRE-BASIC5", "Prepago Básico 5 GB", "5.00", 5, 100, True),
    ("PRE-MAX20", "Prepago Max 20 GB", "10.00", 20, 0, True),
    ("CTR-S15", "Contrato S 15 GB", "12.90", 15, 0, False),
    ("CTR-M50", "Contrato M 50 GB", "19.90", 50, 0, False),
    ("CTR-L-ILIM", "Contrato L Ilimitada", "29.90", 999, 0, False),
    ("CTR-FAM2", "Familia 2 líneas", "34.90", 120, 0, False),
    ("DAT-ROUT", "Router 4G en casa", "24.90", 300, 0, False),
    ("PRE-TURIST", "Tarjeta Turista 30 días", "15.00", 40, 60, True),
)
HANDSETS = (
    ("Apple", "iPhone 13", "iOS", 2021), ("Apple", "iPhone 14", "iOS", 2022), ("Apple", "iPhone 15", "iOS", 2023),
    ("Samsung", "Galaxy A54 5G", "Android", 2023), ("Samsung", "Galaxy S23", "Android", 2023),
    ("Samsung", "Galaxy A14", "Android", 2023), ("Xiaomi", "Redmi Note 12", "Android", 2023),
    ("Xiaomi", "Redmi 12C", "Android", 2023), ("OPPO", "A78", "Android", 2023),
    ("Motorola", "moto g54", "Android", 2023), ("Google", "Pixel 7a", "Android", 2023),
    ("Huawei", "P30 lite", "Android", 2019), ("Realme", "C55", "Android", 2023), ("Nokia", "105 4G", "S30+", 2021),
    ("Alcatel", "1066G", "S30+", 2022), ("Teltonika", "RUT240 router", "RutOS", 2018),
)
# (province, city, area code, postcode lead, latitude, longitude)
PLACES = (
    ("Madrid", "Madrid", "91", "28", 40.4168, -3.7038), ("Madrid", "Alcalá de Henares", "91", "28", 40.4820, -3.3635),
    ("Madrid", "Getafe", "91", "28", 40.3057, -3.7329), ("Barcelona", "Barcelona", "93", "08", 41.3874, 2.1686),
    ("Barcelona", "L'Hospitalet de Llobregat", "93", "08", 41.3662, 2.1169),
    ("Valencia", "Valencia", "96", "46", 39.4699, -0.3763), ("Sevilla", "Sevilla", "95", "41", 37.3891, -5.9845),
    ("Málaga", "Málaga", "95", "29", 36.7213, -4.4214), ("Zaragoza", "Zaragoza", "976", "50", 41.6488, -0.8891),
    ("Bizkaia", "Bilbao", "94", "48", 43.2630, -2.9350), ("Murcia", "Cartagena", "968", "30", 37.6257, -0.9966),
    ("Toledo", "Talavera de la Reina", "925", "45", 39.9635, -4.8308),
)
STREETS = ("Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real", "Paseo de Gracia",
           "Calle San Vicente", "Avenida de América", "Calle Gran Vía", "Calle del Carmen", "Plaza de España",
           "Calle Sierpes", "Calle Larios", "Avenida Diagonal", "Calle de Atocha", "Ronda de Segovia",
           "Calle Doctor Fleming", "Calle Princesa", "Avenida del Puerto", "Calle Colón", "Calle Iparraguirre")
FLOORS = ("1º A", "2º B", "3º Izda.", "4º Dcha.", "Bajo", "Ático", "5º C", "2º 1ª", "Esc. B, 3º D", "Entreplanta")
# (name, mailbox, domain, place index)
DEALERS = (
    ("Telefonía Puerta del Sol S.L.", "tienda", "telefoniasol.es", 0),
    ("MóvilCenter Getafe S.L.", "info", "movilcenter.es", 2),
    ("Comunicaciones Henares S.L.", "ventas", "comhenares.es", 1),
    ("Phone House Diagonal S.A.", "diagonal", "phonehouse-bcn.es", 3),
    ("Conecta Llobregat S.L.", "tienda", "conectallobregat.com", 4),
    ("Turia Móviles S.L.", "info", "turiamoviles.es", 5),
    ("Giralda Telecom S.L.", "tienda", "giraldatelecom.es", 6),
    ("Costa del Sol Conecta S.L.", "info", "costasolconecta.es", 7),
    ("Pilar Comunicaciones S.L.", "ventas", "pilarcom.es", 8),
    ("Bizkaia Mugikorrak S.L.", "denda", "bizkaiamugikor.eus", 9),
    ("Cartagena Digital S.L.", "info", "cartagenadigital.es", 10),
    ("Talavera Conecta S.L.", "tienda", "talaveraconecta.es", 11),
    ("Distribuciones Ondaverde Online S.L.", "pedidos", "ondaverde.es", 0),
    ("Kiosko Móvil Atocha S.L.", "info", "kioskoatocha.es", 0),
)
BANKS = ("2100", "0049", "0182", "0081", "2085", "1465", "0128", "0075", "3058", "0239")
NATIONALITIES = ("ES",) * 13 + ("RO", "MA", "CO", "EC", "IT", "GB", "CN", "VE", "UA", "PE")
SOCIAL_TARIFF = ("discapacidad reconocida del 45%", "pensionista por incapacidad permanente",
                 "perceptor del ingreso mínimo vital", "desempleado de larga duración",
                 "persona con hipoacusia: solo contacto por SMS", "tratamiento de diálisis: línea prioritaria",
                 "víctima de violencia de género (acreditada)")
CUSTOMER_STATUS = ("ACT", "ACT", "ACT", "ACT", "SUSP", "BAJA")
OPERATORS = ("MOVISTAR", "VODAFONE", "ORANGE", "YOIGO", "DIGI", "LOWI", "PEPEPHONE", "SIMYO")
AGENTS = tuple(f"AG{n:04d}" for n in (112, 238, 342, 417, 509, 633, 781, 905))
USER_AGENTS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "OndaverdeApp/3.8.1 (Android 13; Redmi Note 12)",
)
COMPLAINTS = (
    ("facturacion", "Me han cobrado dos veces la factura de marzo. Solicito la devolución a mi cuenta {iban}."),
    ("facturacion",
     "No reconozco el cargo de 9,99 € por servicios premium. Mi correo es {email}, envíenme el detalle."),
    ("cobertura", "En mi casa de {street} no hay cobertura 4G desde hace una semana. Pueden llamarme al {phone}."),
    ("cobertura", "Sin datos móviles desde el martes. Soy {first}, mi número alternativo es {phone}."),
    ("portabilidad", "La portabilidad de {donor} lleva 10 días parada. Mi DNI es {doc}, por favor revisen."),
    ("atencion", "El agente de la tienda fue muy maleducado. Quiero hablar con un responsable: {phone} o {email}."),
    ("baja", "Quiero dar de baja la línea. No me llamen, escriban a {email}."),
    ("atencion", "Mi madre está en tratamiento de quimioterapia y necesita la línea operativa; llamen al {phone}."),
    ("facturacion", "He cambiado de banco: a partir de ahora domicilien en {iban}. Gracias, {first}."),
    ("cobertura", "Las llamadas se cortan constantemente en la zona centro."),
    ("atencion", "Llevo tres llamadas al 1004 sin solución."),
    ("baja", "Me cambio a otro operador por precio."),
)
CLOSING_NOTES = ("", "", " [cerrada: abono aplicado]", " [escalado a N2]", " [cliente contactado]")


@dataclass
class Operator:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's addresses, casefolded (companies' excluded)
    ibans: set[str] = field(default_factory=set)  # people's, compact, upper case


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_letter(number: int) -> str:
    """The Spanish national id's (DNI, and NIE after its X/Y/Z becomes 0/1/2) check letter."""
    return DNI_LETTERS[number % 23]


def cif_digit(seven: str) -> str:
    """A Spanish company tax code's (CIF, for S.A. and S.L.) check digit: the odd
    positions doubled and their digits summed, the even added, ten minus the last digit."""
    total = sum(int(seven[i]) for i in (1, 3, 5))
    total += sum(sum(divmod(2 * int(seven[i]), 10)) for i in (0, 2, 4, 6))
    return str((10 - total % 10) % 10)


def ccc_digit(ten: str) -> str:
    """One of a Spanish bank account's (CCC) two control digits, over ten digits."""
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    rest = 11 - sum(int(d) * w for d, w in zip(ten, weights, strict=True)) % 11
    return "0" if rest == 11 else "1" if rest == 10 else str(rest)


class _Maker(apps.Unique):
    """Draws the operator's values; every phone, e-mail and IBAN it gives is new."""

    def __init__(self, rng: random.Random, operator: Operator) -> None:
        super().__init__()
        self.rng = rng
        self.operator = operator
        self.numbers: set[str] = set()

    def _national(self, kind: str, area: str) -> str:
        rng = self.rng
        while True:
            if kind == "mobile":
                digits = rng.choice("6667") + "".join(rng.choices(string.digits, k=8))
            else:
                digits = area + "".join(rng.choices(string.digits, k=9 - len(area)))
            number = phonenumbers.parse(digits, "ES")
            if phonenumbers.is_valid_number(number) and digits not in self.numbers:
                self.numbers.add(digits)
                return digits

    def msisdn(self) -> str:
        """A line's number as the network writes it: E.164 digits without the plus."""
        return "34" + self._national("mobile", "")

    def phone(self, kind: str = "mobile", area: str = "91") -> str:
        """A number as a person or an agent typed it."""
        d = self._national(kind, area)
        if kind == "mobile":
            return self.rng.choice((d, f"{d[:3]} {d[3:6]} {d[6:]}", f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                                    f"+34{d}", f"0034{d}", f"{d[:3]}-{d[3:5]}-{d[5:7]}-{d[7:]}"))
        spaced = f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}" if len(area) == 2 else f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"
        return self.rng.choice((d, spaced, f"+34 {d[:3]} {d[3:6]} {d[6:]}"))

    def email(self, first: str, last: str, domains: tuple[str, ...]) -> str:
        rng = self.rng
        given, family = ascii_fold(first.replace(" ", "")), ascii_fold(last.replace(" ", ""))
        base = rng.choice((f"{given}.{family}", f"{given[0]}{family}", f"{given}{family}", f"{given}_{family}",
                           f"{given}{rng.randint(60, 99)}", f"{family}.{given[0]}"))
        while True:
            local = base if rng.random() < 0.5 else f"{base}{rng.randint(1, 999)}"
            address = f"{local}@{rng.choice(domains)}"
            if rng.random() < 0.05:
                address = address[0].upper() + address[1:]  # a capital typed on a phone
            if address.casefold() not in self.operator.emails:
                self.operator.emails.add(address.casefold())
                return address

    def iban(self, personal: bool = True) -> str:
        rng = self.rng
        bank_branch = rng.choice(BANKS) + "".join(rng.choices(string.digits, k=4))
        account = "".join(rng.choices(string.digits, k=10))
        bban = bank_branch + ccc_digit("00" + bank_branch) + ccc_digit(account) + account
        compact = "ES" + iban_check_digits("ES", bban) + bban
        if personal:
            self.operator.ibans.add(compact)
        return compact

    def dni(self) -> str:
        def draw() -> str:
            number = self.rng.randint(1_000_000, 79_999_999)
            return f"{number:08d}{dni_letter(number)}"

        return self.unique(draw)

    def nie(self) -> str:
        def draw() -> str:
            lead = self.rng.choice("XYZ")
            seven = "".join(self.rng.choices(string.digits, k=7))
            return f"{lead}{seven}{dni_letter(int(str('XYZ'.index(lead)) + seven))}"

        return self.unique(draw)

    def passport(self) -> str:
        return self.unique(lambda: "".join(self.rng.choices(string.ascii_uppercase, k=2))
                           + "".join(self.rng.choices(string.digits, k=7)))

    def cif(self) -> str:
        def draw() -> str:
            seven = f"{self.rng.choice(('28', '08', '46', '41', '29', '50', '48', '30', '45'))}" + "".join(
                self.rng.choices(string.digits, k=5))
            return "B" + seven + cif_digit(seven)

        return self.unique(draw)

    def imei(self, tac: str) -> str:
        def draw() -> str:
            head = tac + "".join(self.rng.choices(string.digits, k=6))
            return head + luhn_digit(head)

        return self.unique(draw)

    def iccid(self) -> str:
        def draw() -> str:
            head = "893403" + "".join(self.rng.choices(string.digits, k=12))
            return head + luhn_digit(head)

        return self.unique(draw)

    def imsi(self) -> str:
        return self.unique(lambda: "21403" + "".join(self.rng.choices(string.digits, k=10)))


def _moment(rng: random.Random, first_year: int, last_year: int) -> str:
    return apps.moment(rng, first_year, last_year, (0, 23))


def _later(moment: str, minutes: int) -> str:
    """`moment` plus some minutes, within the same day (the generator's days end at 23:59)."""
    hour, minute = int(moment[11:13]), int(moment[14:16]) + minutes
    hour, minute = min(23, hour + minute // 60), minute % 60
    return f"{moment[:11]}{hour:02d}:{minute:02d}{moment[16:]}"


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return apps.ipv4(rng, (79, 80, 83, 88, 90, 95, 176, 188, 213, 217))  # Spanish access networks' ranges
    return f"2a0c:5a8{rng.getrandbits(4):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}::{rng.getrandbits(16):x}"


def _password_hash(rng: random.Random) -> str:
    """argon2id for accounts since the 2021 portal, the old portal's unsalted MD5 before."""
    if rng.random() < 0.3:
        return hashlib.md5(rng.randbytes(12)).hexdigest()
    salt = base64.b64encode(rng.randbytes(16)).decode("ascii").rstrip("=")
    digest = base64.b64encode(rng.randbytes(32)).decode("ascii").rstrip("=")
    return f"$argon2id$v=19$m=65536,t=3,p=4${salt}${digest}"


def _coordinate(rng: random.Random, centre: float, spread: float) -> Decimal:
    return Decimal(f"{centre + rng.uniform(-spread, spread):.6f}")


def _reference_data(rng: random.Random, o: Operator, make: _Maker) -> None:
    o.rows["PLAN_CAT"] = [(code, name, Decimal(fee), gb, minutes, prepaid, "S" if code != "PRE-TURIST" else "N")
                          for code, name, fee, gb, minutes, prepaid in PLANS]
    o.rows["TAC_CAT"] = []
    for maker, model, os_name, year in HANDSETS:
        tac = make.unique(lambda: rng.choice(("35", "35", "86", "01")) + "".join(rng.choices(string.digits, k=6)))
        o.rows["TAC_CAT"].append((tac, maker, model, os_name, year))
    o.rows["CELL_SITE"] = []
    for i in range(1, 49):
        province, city, _, lead, lat, lon = PLACES[i % len(PLACES)]
        lac, ci = rng.randint(1000, 59999), rng.randint(10000, 268435455 // 1000)
        o.rows["CELL_SITE"].append((
            i * 10 + rng.randint(1, 3), f"214-03-{lac}-{ci}", f"{lead}{rng.choice('MNSU')}{i:04d}",
            _coordinate(rng, lat, 0.06), _coordinate(rng, lon, 0.06),
            f"{rng.choice(STREETS)} {rng.randint(1, 200)} (azotea), {city}", province,
            rng.choice(("4G", "4G", "5G", "3G")), rng.choice((0, 120, 240)), _day(rng, 2008, 2023)))
    o.rows["DLR"] = []
    for i, (name, box, domain, place) in enumerate(DEALERS, 1):
        province, city, area, lead, _, _ = PLACES[place]
        iban = make.iban(personal=False)
        o.rows["DLR"].append((
            i, name, make.cif(), make.phone("fixed", area), f"{box}@{domain}",
            f"{rng.choice(STREETS)}, {rng.randint(1, 180)}, local {rng.randint(1, 9)}",
            f"{lead}{rng.randint(1, 80):03d}", city, grouped(iban) if rng.random() < 0.5 else iban,
            Decimal(rng.choice(("4.50", "5.00", "6.25", "7.00"))), _day(rng, 2004, 2022)))
    own_iban = make.iban(personal=False)
    o.rows["SYS_PARAM"] = [
        (key, value, _moment(rng, 2020, 2024), rng.choice(("BATCH", "ADM_SYS", "DEPLOY"))) for key, value in (
            ("EMPRESA.RAZON_SOCIAL", "Ondaverde Telecom S.A."),
            ("EMPRESA.CIF", "A86412273"),
            ("EMPRESA.DOMICILIO", "Calle de Alcalá 265, 28027 Madrid"),
            ("EMPRESA.IBAN_COBROS", grouped(own_iban)),
            ("ATC.TELEFONO", "+34 910 55 12 00"),
            ("ATC.NUMERO_CORTO", "1004"),
            ("ATC.EMAIL", f"atencion@{OWN_DOMAIN}"),
            ("MAIL.REMITENTE_FACTURAS", f"facturas-noreply@{OWN_DOMAIN}"),
            ("MAIL.SMTP_HOST", f"smtp.{OWN_DOMAIN}"),
            ("RED.MCC_MNC", "214-03"),
            ("PORTAB.VENTANA_HORAS", "24"),
            ("FACT.DIA_EMISION", "1"),
            ("FACT.IVA_PCT", "21"),
            ("RGPD.RETENCION_CDR_MESES", "12"),
            ("LIMITE.LINEAS_POR_CLIENTE", "5"),
            ("SMS.REMITENTE", "Ondaverde"),
        )
    ]


def _customer(rng: random.Random, make: _Maker, fakes: dict[str, Faker], i: int) -> tuple:
    nationality = rng.choice(NATIONALITIES)
    fake = fakes["ES"] if nationality in ("ES", "CO", "EC", "VE", "PE") else fakes["RO"] if nationality in (
        "RO", "UA") else fakes["IT"] if nationality == "IT" else fakes["EN"]
    sex = rng.choice("HM")
    first = fake.first_name_male() if sex == "H" else fake.first_name_female()
    surname1 = fake.last_name()
    surname2 = fakes["ES"].last_name() if nationality == "ES" or (fake is fakes["ES"] and rng.random() < 0.7) else None
    if nationality == "ES":
        doc_type, doc = "DNI", make.dni()
    elif rng.random() < 0.85:
        doc_type, doc = "NIE", make.nie()
    else:
        doc_type, doc = "PAS", make.passport()
    email = None
    if rng.random() < 0.88:
        email = make.email(first, surname1, SPANISH_MAIL if nationality in ("ES", "CO", "EC", "VE", "PE")
                           else FOREIGN_MAIL)
    place = rng.choice(PLACES)
    province, city, area, lead, _, _ = place
    contact = None
    if rng.random() < 0.65:
        contact = make.phone("fixed", area) if rng.random() < 0.5 else make.phone("mobile")
    iban = None
    if rng.random() < 0.8:
        iban = make.iban()
        iban = grouped(iban) if rng.random() < 0.3 else iban
    image = None
    if rng.random() < 0.4:
        image = jpeg_bytes(rng) if rng.random() < 0.75 else png_bytes(rng)
    created = _moment(rng, 2012, 2024)
    return (
        i, first, surname1, surname2, doc_type, doc, _day(rng, 1940, 2006), sex, nationality, email, contact,
        f"{rng.choice(STREETS)}, {rng.randint(1, 220)}", rng.choice(FLOORS) if rng.random() < 0.75 else None,
        f"{lead}{rng.randint(1, 99):03d}", city, province, iban,
        rng.randint(300, 850) if rng.random() < 0.7 else None,
        rng.choice(SOCIAL_TARIFF) if rng.random() < 0.08 else None, image,
        rng.randint(1, len(DEALERS)) if rng.random() < 0.6 else None, rng.choice(CUSTOMER_STATUS), created,
        created if rng.random() < 0.3 else _moment(rng, int(created[:4]), 2024) if created[:4] < "2024" else created,
    )


def _customers(rng: random.Random, o: Operator, make: _Maker, fakes: dict[str, Faker]) -> None:
    o.rows["CUST_MSTR"] = [_customer(rng, make, fakes, i) for i in range(1, CUSTOMER_COUNT + 1)]


def _lines(rng: random.Random, o: Operator, make: _Maker) -> None:
    o.rows["SIM_INV"], o.rows["SUBS"], o.rows["DEVICE_REG"] = [], [], []
    tacs = [row[0] for row in o.rows["TAC_CAT"]]
    batch = 0
    for customer in o.rows["CUST_MSTR"]:
        for _ in range(rng.choice((1, 1, 1, 1, 2, 2, 3))):
            if len(o.rows["SIM_INV"]) % 25 == 0:
                batch += 1
            iccid = make.iccid()
            subs_id = len(o.rows["SUBS"]) + 1
            o.rows["SIM_INV"].append((iccid, make.imsi(), f"{rng.randint(0, 99_999_999):08d}", "ASIGN",
                                      customer[20], f"LOT-2{batch:03d}-{rng.randint(10, 99)}", _day(rng, 2015, 2023)))
            start = _day(rng, max(2012, int(customer[22][:4])), 2024)
            stopped = customer[21] == "BAJA" or rng.random() < 0.08
            plan = rng.choice(PLANS)[0]
            o.rows["SUBS"].append((
                subs_id, customer[0], make.msisdn(), iccid, plan, start,
                f"{min(2024, int(start[:4]) + rng.randint(0, 3))}{start[4:]}" if stopped else None,
                "S" if rng.random() < 0.35 else "N", "BAJA" if stopped else rng.choice(("ACTIVA", "ACTIVA", "SUSP"))))
            for _ in range(rng.choice((1, 1, 1, 2))):
                tac = rng.choice(tacs)
                seen = _moment(rng, 2022, 2024)
                o.rows["DEVICE_REG"].append((len(o.rows["DEVICE_REG"]) + 1, subs_id, make.imei(tac), tac, seen,
                                             _moment(rng, int(seen[:4]), 2024) if seen[:4] < "2024" else seen))
    for _ in range(SPARE_SIMS):
        if rng.random() < 0.2:
            batch += 1
        o.rows["SIM_INV"].append((make.iccid(), make.imsi(), f"{rng.randint(0, 99_999_999):08d}",
                                  rng.choice(("STOCK", "STOCK", "BLOQ")), rng.randint(1, len(DEALERS)),
                                  f"LOT-2{batch:03d}-{rng.randint(10, 99)}", _day(rng, 2022, 2024)))


def _other_party(rng: random.Random, o: Operator, make: _Maker) -> str:
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(o.rows["SUBS"])[2]  # another Ondaverde line
    if roll < 0.7:
        return make.msisdn()
    if roll < 0.86:
        return "34" + make._national("fixed", rng.choice(PLACES)[2])
    if roll < 0.94:  # roaming partners' mobiles: the UK, France, Romania, Morocco, Colombia
        prefix, length = rng.choice((("447", 9), ("336", 8), ("407", 8), ("2126", 8), ("573", 9)))
        return prefix + "".join(rng.choices(string.digits, k=length))
    return rng.choice(("1004", "112", "010", "22535", "900100200"))  # service and short numbers


def _traffic(rng: random.Random, o: Operator, make: _Maker) -> None:
    o.rows["cdr_voice"], o.rows["loc_ping"] = [], []
    cells = o.rows["CELL_SITE"]
    for i in range(1, CDR_COUNT + 1):
        line = rng.choice(o.rows["SUBS"])
        kind = rng.choice(("MOC", "MOC", "MTC", "SMS-MO", "SMS-MT"))
        other = _other_party(rng, o, make)
        calling, called = (line[2], other) if kind in ("MOC", "SMS-MO") else (other, line[2])
        seconds = 0 if kind.startswith("SMS") else rng.choice((rng.randint(3, 120), rng.randint(60, 2400)))
        charge = Decimal("0") if line[4].startswith("CTR") or kind.endswith("MT") else Decimal(
            rng.randrange(0, 90000)) / 10000
        o.rows["cdr_voice"].append((i, line[0], kind, calling, called, _moment(rng, 2024, 2024), seconds,
                                    rng.choice(cells)[0], charge))
    for i in range(1, PING_COUNT + 1):
        line = rng.choice(o.rows["SUBS"])
        cell = rng.choice(cells)
        gps = rng.random() < 0.6
        o.rows["loc_ping"].append((
            i, line[0], _moment(rng, 2024, 2024), _coordinate(rng, float(cell[3]), 0.01),
            _coordinate(rng, float(cell[4]), 0.01), rng.randint(4, 40) if gps else rng.randint(150, 2500),
            "GPS" if gps else "NET", None if gps and rng.random() < 0.3 else cell[0]))


def _invoice_number(serial: int) -> str:
    head = f"24{serial:08d}"
    return f"FV{head[:2]}-{head[2:]}-{luhn_digit(head)}"


def _billing(rng: random.Random, o: Operator, make: _Maker) -> None:
    o.rows["INV_HDR"] = []
    contract = {row[1] for row in o.rows["SUBS"] if row[4].startswith(("CTR", "DAT"))}
    billed = [c for c in o.rows["CUST_MSTR"] if c[0] in contract]
    serial = 300_000
    for period in ("2024-01", "2024-02", "2024-03"):
        for customer in billed:
            if rng.random() < 0.15:
                continue
            amount = Decimal(rng.randrange(990, 9990)) / 100
            direct_debit = customer[16] is not None and rng.random() < 0.85
            payer = None
            if direct_debit:
                payer = customer[16].replace(" ", "") if rng.random() < 0.9 else make.iban()  # a relative pays
            status = rng.choice(("PAGADA", "PAGADA", "PAGADA", "PEND", "DEVUEL"))
            serial += rng.randint(1, 40)  # the other invoices of the series went to business customers
            o.rows["INV_HDR"].append((
                len(o.rows["INV_HDR"]) + 1, _invoice_number(serial), customer[0],
                period, amount, (amount * Decimal("0.21")).quantize(Decimal("0.01")),
                f"{period}-{rng.choice(('05', '10', '15'))}",
                "DOMIC" if direct_debit else rng.choice(("TARJ", "TRANSF")),
                payer, customer[9] if customer[9] and rng.random() < 0.8 else None, status))


def _fill(template: str, **values: str) -> str:
    return template.format(**{k: v for k, v in values.items() if "{" + k + "}" in template})


def _care(rng: random.Random, o: Operator, make: _Maker) -> None:
    o.rows["reclamaciones"], o.rows["PORTAB_SOL"] = [], []
    lines_of: dict[int, list[tuple]] = {}
    for line in o.rows["SUBS"]:
        lines_of.setdefault(line[1], []).append(line)
    for i in range(1, 141):
        customer = rng.choice(o.rows["CUST_MSTR"])
        line = rng.choice(lines_of[customer[0]])
        category, template = rng.choice(COMPLAINTS)
        iban = customer[16] or make.iban()
        text = _fill(template, iban=iban if rng.random() < 0.5 else grouped(iban.replace(" ", "")),
                     email=customer[9] or make.email(customer[1], customer[2], SPANISH_MAIL),
                     phone=make.phone(rng.choice(("mobile", "fixed")), rng.choice(PLACES)[2]),
                     street=customer[11], first=customer[1], donor=rng.choice(OPERATORS), doc=customer[5])
        opened = _moment(rng, 2023, 2024)
        closed = rng.random() < 0.7
        o.rows["reclamaciones"].append((
            i, customer[0], line[2] if rng.random() < 0.85 else None, rng.choice(("tienda", "telefono", "web", "app")),
            category, text + (rng.choice(CLOSING_NOTES) if closed else ""),
            make.phone("mobile") if rng.random() < 0.55 else None,
            make.email(customer[1], customer[2], SPANISH_MAIL) if rng.random() < 0.35 else None,
            rng.choice(AGENTS), "CERRADA" if closed else rng.choice(("ABIERTA", "EN_CURSO")), opened,
            _later(opened, rng.randint(5, 600)) if closed else None))
    ported = [line for line in o.rows["SUBS"] if line[7] == "S"]
    for i, line in enumerate(ported[:90], 1):
        customer = o.rows["CUST_MSTR"][line[1] - 1]
        data = None
        if rng.random() < 0.9:
            data = {"titular": {"nombre": customer[1], "apellidos": " ".join(filter(None, customer[2:4])),
                                "tipo_doc": customer[4], "num_doc": customer[5]},
                    "iccid_donante": "8934" + rng.choice(("01", "07", "04", "22")) + "".join(
                        rng.choices(string.digits, k=13)),
                    "modalidad": rng.choice(("prepago", "contrato")),
                    "ventana": f"{line[5]}T02:00:00+01:00"}
            if rng.random() < 0.6:
                data["contacto"] = {"email": customer[9] or make.email(customer[1], customer[2], SPANISH_MAIL),
                                    "tel": make.phone("mobile")}
            data = json.dumps(data, ensure_ascii=False)
        moment = f"{line[5]} {rng.randint(9, 20):02d}:{rng.randint(0, 59):02d}:00"
        o.rows["PORTAB_SOL"].append((
            i, line[0] if rng.random() < 0.95 else None, line[2][2:], rng.choice(OPERATORS),
            f"PRT{line[5].replace('-', '')}{i:06d}", data, moment,
            rng.choice(("COMPLETADA", "COMPLETADA", "COMPLETADA", "RECHAZADA", "CANCELADA"))))


def _portal(rng: random.Random, o: Operator) -> None:
    o.rows["web_usr"], o.rows["web_sess"] = [], []
    for customer in o.rows["CUST_MSTR"]:
        if customer[9] is None or rng.random() < 0.3:
            continue
        created = _moment(rng, max(2016, int(customer[22][:4])), 2024)
        o.rows["web_usr"].append((
            len(o.rows["web_usr"]) + 1, customer[0], customer[9], _password_hash(rng),
            _ip(rng) if rng.random() < 0.9 else None, _moment(rng, 2024, 2024) if rng.random() < 0.85 else None,
            "es" if customer[8] in ("ES", "CO", "EC", "VE", "PE") else rng.choice(("es", "en", "ro", "ca")),
            rng.random() < 0.4, created))
    for _ in range(280):
        user = rng.choice(o.rows["web_usr"])
        start = _moment(rng, 2024, 2024)
        o.rows["web_sess"].append((
            rng.randbytes(32).hex(), user[0], _ip(rng) if rng.random() < 0.95 else None,
            rng.choice(USER_AGENTS) if rng.random() < 0.9 else None,
            base64.urlsafe_b64encode(rng.randbytes(32)).decode("ascii").rstrip("="), start, _later(start, 30)))


def make_operator(seed: int = SEED) -> Operator:
    """The whole operator, the same for the same seed."""
    rng = random.Random(seed)
    fakes = {"ES": Faker("es_ES"), "RO": Faker("ro_RO"), "IT": Faker("it_IT"), "EN": Faker("en_GB")}
    for offset, fake in enumerate(fakes.values()):
        fake.seed_instance(seed + offset)
    o = Operator()
    make = _Maker(rng, o)
    _reference_data(rng, o, make)
    _customers(rng, o, make, fakes)
    _lines(rng, o, make)
    _traffic(rng, o, make)
    _billing(rng, o, make)
    _care(rng, o, make)
    _portal(rng, o)
    return o


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, o: Operator) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, o.rows)


def load_labels(tool: str) -> dict:
    """tests/fourth/labels.yml's section for `tool`: columns, quasi_identifiers,
    not_personal, clearly_not_personal."""
    return apps.load_labels(LABELS, tool)
