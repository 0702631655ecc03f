"""The twenty-seventh held-out application: a Mexican telemedicine startup's platform, a Ruby on Rails app in Mexican Spanish.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/twentyseventh/labels.yml) before any detector ran on it.

"ConsultaYa Salud S.A.P.I. de C.V." (fictional, consultaya.mx) connects patients across
Mexico with doctors by video call from its office in Guadalajara. Its team built the
platform on Rails 7.1: the framework's and the gems' tables keep their English names
(`schema_migrations`; Devise's `users` with `email`, `encrypted_password` a `$2a$12$`
bcrypt hash, `reset_password_token`, `sign_in_count` and the trackable columns
`current_sign_in_ip`/`last_sign_in_ip`; activerecord-session_store's `sessions` with
`session_id` and `data` the base64 of the JSON-serialized session), the business tables
are plural snake_case in Mexican Spanish without accents (`pacientes`, `medicos`,
`consultas`, `recetas`, `pagos`, `mensajes`, `farmacias`), columns too (`correo`,
`celular`, `apellido_paterno`, `curp`, `colonia`, `codigo_postal`). Mexican prescriptions
carry the patient's CURP: `pacientes.curp` is UNIQUE and `recetas.paciente_curp` a
FOREIGN KEY to it.

The tables: `especialidades` the catalogue of specialties with base fees, `pacientes`
the patients (names with both family names, CURP (18 characters: birth date, sex and
state inside), RFC, birth date, sex, cell and home phones in every layout Mexicans type,
e-mail, street, colonia, postcode, municipality, state, blood group and allergies
(health), insurer and policy number, `contacto_emergencia` a JSON with an emergency
contact's name, relationship and phone, `ine_frente` a JPEG scan of the voter ID card),
`medicos` the doctors (names, cédula profesional, RFC, cell, personal e-mail, the CLABE
their fees are paid to, a PNG photo, fee), `consultas` the video consultations (reason,
ICD-10 diagnosis, clinical notes quoting names, phones and e-mails, the video room
token, the patient's IP, duration, status), `recetas` the prescriptions (a folio with a
check digit, the patient's CURP, `medicamentos` a JSON of drugs and doses, the signed
PDF with the patient's name and CURP), `pagos` the payments (amount, method, the card's
last four digits, the card holder, the gateway's charge id, the refund account: a CLABE
or, for patients living in Spain, a Spanish IBAN), `mensajes` the chat between patient
and doctor (free text with phones, e-mails, an IBAN now and then, photos of a rash),
`farmacias` the partner pharmacies (company RFC, address, switchboard, orders mailbox,
company CLABE, the licensed pharmacist in charge), `configuraciones` the settings (the
company's own RFC, address, phone, mailboxes, CLABE and the IBAN of its Spanish branch).

Everything here is the original side: the rows (`make_telemedicine`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the pharmacies' and the company's own
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

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Telemedicine", "create", "dump", "load_labels", "make_telemedicine"]

SEED = 20261203
LABELS = Path(__file__).resolve().parents[1] / "twentyseventh" / "labels.yml"
PATIENT_COUNT = 240
DOCTOR_COUNT = 45
CONSULT_COUNT = 260
MESSAGE_COUNT = 200
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "consultaya.mx"

TYPES = {
    "mariadb": {"ts": "datetime(6)", "blob": "longblob", "text": "text", "bool": "tinyint(1)", "json": "json"},
    "postgresql": {"ts": "timestamp(6) without time zone", "blob": "bytea", "text": "text", "bool": "boolean",
                   "json": "jsonb"},
    "sqlite": {"ts": "datetime(6)", "blob": "blob", "text": "text", "bool": "boolean", "json": "json"},
}

# Every table's column definitions, parents before children, as db/schema.rb declares them.
SCHEMA: dict[str, tuple[str, ...]] = {
    "schema_migrations": ("version varchar(255) PRIMARY KEY",),
    "users": (
        "id bigint PRIMARY KEY", "email varchar(255) NOT NULL UNIQUE", "encrypted_password varchar(255) NOT NULL",
        "reset_password_token varchar(255) UNIQUE", "reset_password_sent_at {ts}", "remember_created_at {ts}",
        "sign_in_count integer NOT NULL", "current_sign_in_at {ts}", "last_sign_in_at {ts}",
        "current_sign_in_ip varchar(45)", "last_sign_in_ip varchar(45)", "rol varchar(20) NOT NULL",
        "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "sessions": (
        "id bigint PRIMARY KEY", "session_id varchar(255) NOT NULL UNIQUE", "data {text}",
        "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "especialidades": (
        "id bigint PRIMARY KEY", "clave varchar(10) NOT NULL UNIQUE", "nombre varchar(80) NOT NULL",
        "tarifa_base numeric(8,2) NOT NULL"),
    "pacientes": (
        "id bigint PRIMARY KEY", "user_id bigint", "nombre varchar(80) NOT NULL",
        "apellido_paterno varchar(80) NOT NULL", "apellido_materno varchar(80)", "curp varchar(18) NOT NULL UNIQUE",
        "rfc varchar(13)", "fecha_nacimiento date NOT NULL", "sexo varchar(1)", "celular varchar(25)",
        "telefono_casa varchar(25)", "correo varchar(180)", "calle varchar(180)", "colonia varchar(120)",
        "codigo_postal varchar(5)", "municipio varchar(80)", "estado varchar(40)", "tipo_sangre varchar(3)",
        "alergias varchar(255)", "aseguradora varchar(60)", "numero_poliza varchar(20)",
        "contacto_emergencia {json}", "ine_frente {blob}", "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
    "medicos": (
        "id bigint PRIMARY KEY", "user_id bigint", "especialidad_id bigint NOT NULL", "nombre varchar(80) NOT NULL",
        "apellidos varchar(120) NOT NULL", "cedula_profesional varchar(8) NOT NULL UNIQUE", "rfc varchar(13)",
        "celular varchar(25)", "correo varchar(180)", "clabe varchar(18)", "foto {blob}",
        "tarifa_consulta numeric(8,2) NOT NULL", "activo {bool} NOT NULL", "created_at {ts} NOT NULL"),
    "consultas": (
        "id bigint PRIMARY KEY", "paciente_id bigint NOT NULL", "medico_id bigint NOT NULL",
        "programada_para {ts} NOT NULL", "motivo varchar(255)", "diagnostico_cie10 varchar(8)", "notas_clinicas {text}",
        "sala_token varchar(64)", "ip_paciente varchar(45)", "duracion_min integer", "estado varchar(15) NOT NULL",
        "created_at {ts} NOT NULL"),
    "recetas": (
        "id bigint PRIMARY KEY", "folio varchar(12) NOT NULL UNIQUE", "consulta_id bigint NOT NULL",
        "paciente_curp varchar(18) NOT NULL", "medicamentos {json}", "pdf {blob}", "firmada_at {ts}"),
    "pagos": (
        "id bigint PRIMARY KEY", "consulta_id bigint NOT NULL", "monto numeric(8,2) NOT NULL",
        "metodo varchar(12) NOT NULL", "tarjeta_ultimos4 varchar(4)", "titular varchar(160)",
        "referencia varchar(40)", "cuenta_reembolso varchar(34)", "estatus varchar(12) NOT NULL", "pagado_at {ts}"),
    "mensajes": (
        "id bigint PRIMARY KEY", "consulta_id bigint NOT NULL", "remitente varchar(10) NOT NULL", "cuerpo {text}",
        "adjunto {blob}", "leido {bool} NOT NULL", "created_at {ts} NOT NULL"),
    "farmacias": (
        "id bigint PRIMARY KEY", "razon_social varchar(160) NOT NULL", "rfc varchar(12) NOT NULL",
        "direccion varchar(200) NOT NULL", "codigo_postal varchar(5) NOT NULL", "telefono varchar(20) NOT NULL",
        "correo varchar(120) NOT NULL", "clabe varchar(18)", "responsable_sanitario varchar(120)",
        "activo {bool} NOT NULL"),
    "configuraciones": (
        "id bigint PRIMARY KEY", "clave varchar(80) NOT NULL UNIQUE", "valor varchar(255)",
        "created_at {ts} NOT NULL", "updated_at {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("pacientes", ["user_id"], "users", ["id"]),
    _fk("medicos", ["user_id"], "users", ["id"]),
    _fk("medicos", ["especialidad_id"], "especialidades", ["id"]),
    _fk("consultas", ["paciente_id"], "pacientes", ["id"]),
    _fk("consultas", ["medico_id"], "medicos", ["id"]),
    _fk("recetas", ["consulta_id"], "consultas", ["id"]),
    _fk("recetas", ["paciente_curp"], "pacientes", ["curp"]),
    _fk("pagos", ["consulta_id"], "consultas", ["id"]),
    _fk("mensajes", ["consulta_id"], "consultas", ["id"]),
)

CITIES = (  # municipio, estado, state code in the CURP, postcode prefixes, lada, colonias, streets, weight
    ("Guadalajara", "Jalisco", "JC", ("441", "443", "446"), "33",
     ("Americana", "Providencia", "Chapalita", "Santa Tere", "Oblatos"),
     ("Av. Chapultepec", "Calle Morelos", "Av. Vallarta", "Calle López Cotilla"), 25),
    ("Zapopan", "Jalisco", "JC", ("450", "451"), "33", ("Ciudad Granja", "Jardines Universidad", "Las Águilas"),
     ("Av. Patria", "Av. Guadalupe", "Calle Pino"), 10),
    ("Cuauhtémoc", "Ciudad de México", "DF", ("060", "065", "067"), "55", ("Roma Norte", "Condesa", "Juárez"),
     ("Calle Durango", "Av. Álvaro Obregón", "Calle Tonalá", "Calle Ámsterdam"), 25),
    ("Benito Juárez", "Ciudad de México", "DF", ("031", "033"), "55", ("Del Valle", "Narvarte", "Portales"),
     ("Av. Universidad", "Calle Pitágoras", "Eje 7 Sur"), 15),
    ("Monterrey", "Nuevo León", "NL", ("640", "646"), "81", ("Centro", "Mitras", "Contry"),
     ("Av. Constitución", "Calle Padre Mier", "Av. Garza Sada"), 15),
    ("Mérida", "Yucatán", "YN", ("970", "971"), "999", ("García Ginerés", "Itzimná", "Centro"),
     ("Calle 60", "Calle 47", "Paseo de Montejo"), 10),
)
MALE = ("José Luis", "Juan Carlos", "Miguel Ángel", "Alejandro", "Fernando", "Jorge", "Ricardo", "Eduardo",
        "Arturo", "Luis Enrique", "Héctor", "Raúl", "Iván", "Emiliano")
FEMALE = ("María Guadalupe", "Ana Karen", "Fernanda", "Daniela", "Verónica", "Claudia", "Alejandra", "Sofía",
          "Ximena", "Mariana", "Rosa María", "Itzel", "Lucía", "Brenda")
FAMILIES = ("Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
            "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez",
            "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Castillo", "Chávez", "Ibarra", "Núñez", "Olvera")
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx",
                "live.com.mx", "icloud.com", "prodigy.net.mx")
INSURERS = ("GNP Seguros", "AXA Seguros", "MetLife México", "Seguros Monterrey New York Life", "Mapfre México")
BLOOD = ("O+", "O+", "O+", "A+", "A+", "B+", "O-", "AB+", "A-")
ALLERGIES = ("Penicilina", "Sulfas", "AINEs (ibuprofeno, naproxeno)", "Mariscos", "Látex", "Polen y ácaros",
             "Ninguna conocida")
SPECIALTIES = (("MG", "Medicina general", "350.00"), ("PED", "Pediatría", "600.00"),
               ("GIN", "Ginecología y obstetricia", "750.00"), ("DER", "Dermatología", "700.00"),
               ("PSI", "Psiquiatría", "900.00"), ("PSC", "Psicología clínica", "650.00"),
               ("NUT", "Nutrición", "450.00"), ("END", "Endocrinología", "850.00"))
REASONS = ("Dolor de garganta y fiebre desde hace 3 días", "Control de diabetes tipo 2, ajuste de metformina",
           "Ansiedad y dificultad para dormir", "Erupción en brazos después de cambiar de detergente",
           "Seguimiento de embarazo, semana 24", "Dolor de cabeza recurrente", "Revisión de estudios de tiroides",
           "Episodio depresivo, seguimiento de sertralina", "Infección urinaria recurrente",
           "Plan de alimentación para bajar de peso")
ICD10 = ("J02.9", "E11.9", "F41.1", "L23.9", "Z34.2", "G44.2", "E03.9", "F32.1", "N39.0", "E66.9", "J06.9")
NOTES = (
    "Paciente {patient} refiere odinofagia y fiebre de 38.5. Se indica paracetamol y reposo. Cita de control en 5 días.",
    "Se revisan glucosas capilares enviadas por WhatsApp al {phone}. HbA1c 7.8%. Se ajusta dosis.",
    "Paciente con antecedente de intento suicida (2021). Niega ideación actual. Se refiere a psiquiatría presencial.",
    "La mamá {third} solicita que los resultados se manden a {email}.",
    "Sin hallazgos relevantes. Se explica plan de alimentación.",
    "Ultrasonido normal. Prueba de VIH negativa. Continuar ácido fólico.",
    "El paciente pide que su esposa {third} ({third_phone}) pueda ver sus resultados.",
)
DRUGS = (("Paracetamol 500 mg", "1 tableta cada 8 horas por 3 días"),
         ("Metformina 850 mg", "1 tableta con desayuno y cena"), ("Sertralina 50 mg", "1 tableta diaria"),
         ("Loratadina 10 mg", "1 tableta cada 24 horas"), ("Amoxicilina 500 mg", "1 cápsula cada 8 horas por 7 días"),
         ("Levotiroxina 50 mcg", "1 tableta en ayunas"), ("Clonazepam 0.5 mg", "media tableta antes de dormir"),
         ("Nitrofurantoína 100 mg", "1 cápsula cada 12 horas por 5 días"))
CHATS = (
    "Buenas tardes doctor, le mando la foto de la receta anterior.",
    "Doctora, mi número nuevo es {phone}, por si se corta la llamada.",
    "Hola {patient}, ¿cómo sigue la fiebre? Recuerde tomar el medicamento con alimentos.",
    "Le paso el correo de mi hija para que le lleguen los estudios: {email}",
    "Ya hice el pago pero me cobraron doble, ¿me pueden reembolsar a mi cuenta {iban}?",
    "Perfecto, nos vemos el jueves a las 5.",
    "Mi esposo {third} le va a marcar desde el {third_phone}.",
    "Gracias doctor, ya me siento mucho mejor.",
)
BANKS = ("002", "012", "014", "021", "036", "072", "127", "137")  # Banamex, BBVA, Santander, HSBC, Inbursa...
IP_FIRSTS = (187, 189, 200, 201, 177, 148, 143)
PHARMACIES = (  # razon social, rfc, address, postcode, phone, mailbox
    ("Farmacias del Bajío S.A. de C.V.", "FBA9803125K2", "Av. López Mateos Sur 2077, Guadalajara, Jal.", "44510",
     "33 3121 4000", "pedidos@farmaciasbajio.com.mx"),
    ("Distribuidora Médica del Norte S.A. de C.V.", "DMN050617QW8", "Av. Ruiz Cortines 4310, Monterrey, N.L.",
     "64400", "81 8150 2200", "ventas@dimednorte.mx"),
    ("Botica Central de Yucatán S. de R.L.", "BCY1102281T5", "Calle 59 No. 501, Centro, Mérida, Yuc.", "97000",
     "999 923 1100", "contacto@boticacentral.mx"),
    ("Farmacia Roma Norte S.A. de C.V.", "FRN150903LM4", "Calle Córdoba 45, Roma Norte, CDMX", "06700",
     "55 5514 7788", "recetas@farmaciaroma.mx"),
    ("Genéricos a Domicilio S.A.P.I. de C.V.", "GAD190222HJ9", "Av. Insurgentes Sur 1602, CDMX", "03940",
     "800 910 2020", "info@genericosadomicilio.mx"),
)


@dataclass
class Telemedicine:
    """The platform's database: every table's rows in SCHEMA's column order, and the personal
    e-mails and IBANs a scrubbed dump must no longer hold."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not pharmacies' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (7, 22)) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return (f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            f".{rng.randint(0, 999999):06d}")


def _plus(when: str, minutes: int) -> str:
    return (dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)).isoformat(sep=" ", timespec="microseconds")


def _fill(template: str, **makers: Any) -> str:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def _letters(text: str) -> str:
    return "".join(ch for ch in apps.ascii_fold(text).upper() if ch.isalpha())


def _clabe_digit(digits17: str) -> str:
    total = sum(int(d) * w % 10 for d, w in zip(digits17, (3, 7, 1) * 6))
    return str((10 - total % 10) % 10)


class _Maker(apps.Unique):
    """Mexican values: CURP, RFC, phones, e-mails, CLABEs, Spanish IBANs, tokens."""

    def __init__(self, rng: random.Random, m: Telemedicine) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, n: int) -> str:
        return "".join(self.rng.choices(string.digits, k=n))

    def curp(self, given: str, paterno: str, materno: str | None, born: str, female: bool, state: str) -> str:
        rng = self.rng
        p, m, g = _letters(paterno), _letters(materno or "X"), _letters(given.split()[0])
        vowel = next((c for c in p[1:] if c in "AEIOU"), "X")
        consonant = lambda s: next((c for c in s[1:] if c not in "AEIOU"), "X")  # noqa: E731
        head = f"{p[0]}{vowel}{m[0]}{g[0]}{born[2:4]}{born[5:7]}{born[8:10]}{'M' if female else 'H'}{state}"
        return self.unique(lambda: f"{head}{consonant(p)}{consonant(m)}{consonant(g)}"
                                   f"{rng.choice('0' if born < '2000' else 'ABC')}{rng.randint(0, 9)}")

    def rfc(self, curp: str) -> str:
        return curp[:10] + "".join(self.rng.choices(string.ascii_uppercase[:26] + "123456789", k=2)) \
            + self.rng.choice("0123456789A")

    def phone(self, city: tuple) -> str:
        rng = self.rng
        lada = city[4]
        n = self.unique(lambda: lada + str(rng.randint(1, 9)) + self.digits(9 - len(lada)))
        if lada == "999":
            layouts = (f"{n[:3]} {n[3:6]} {n[6:]}", f"({n[:3]}) {n[3:6]} {n[6:]}", f"+52 {n[:3]} {n[3:6]} {n[6:]}",
                       n, f"+52{n}")
        else:
            layouts = (f"{n[:2]} {n[2:6]} {n[6:]}", f"({n[:2]}) {n[2:6]}-{n[6:]}", f"+52 1 {n[:2]} {n[2:6]} {n[6:]}",
                       n, f"+52{n}", f"{n[:2]}-{n[2:6]}-{n[6:]}")
        return rng.choice(layouts)

    def email(self, given: str, family: str) -> str:
        rng = self.rng
        f, s = apps.ascii_fold(given.split()[0]), apps.ascii_fold(family)
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{f}.{s}{rng.randint(70, 99)}", f"{f}_{s}",
                            f"{s}{f[0]}{rng.randint(1, 99)}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def clabe(self) -> str:
        body = self.unique(lambda: self.rng.choice(BANKS) + self.rng.choice(("320", "180", "580", "910"))
                           + self.digits(11))
        return body + _clabe_digit(body)

    def iban(self, personal: bool = True) -> str:
        rng = self.rng
        bban = self.unique(lambda: rng.choice(("2100", "0049", "0182", "2038", "0081")) + self.digits(4)
                           + self.digits(2) + self.digits(10))
        compact = "ES" + iban_check_digits("ES", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def token(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def bcrypt(self) -> str:
        return f"$2a$12${self.token(53, string.ascii_letters + string.digits + './')}"


class _World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = Telemedicine(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.patients: list[dict] = []
        self.doctors: list[dict] = []
        self.consults: list[dict] = []
        self.user_id = 0

    def city(self) -> tuple:
        return self.rng.choices(CITIES, [c[7] for c in CITIES])[0]

    def name(self) -> str:
        female = self.rng.random() < 0.5
        return f"{self.rng.choice(FEMALE if female else MALE)} {self.rng.choice(FAMILIES)} {self.rng.choice(FAMILIES)}"

    def user(self, email: str, role: str, created: str) -> int:
        rng, make = self.rng, self.make
        self.user_id += 1
        count = rng.randint(0, 120)
        current = _plus(created, rng.randint(60, 500000)) if count else None
        last = _plus(created, rng.randint(30, 400000)) if count > 1 else current
        reset = rng.random() < 0.15
        self.m.rows["users"].append((
            self.user_id, email, make.bcrypt(), make.token(20, string.ascii_letters + string.digits + "-_") if reset
            else None, _moment(rng, 2025, 2025) if reset else None,
            _moment(rng, 2024, 2025) if rng.random() < 0.3 else None, count, current, last,
            apps.ipv4(rng, IP_FIRSTS) if count else None, apps.ipv4(rng, IP_FIRSTS) if count else None,
            role, created, _plus(created, rng.randint(10, 500000))))
        return self.user_id


def _catalogue(w: _World) -> None:
    for n, (code, name, fee) in enumerate(SPECIALTIES, 1):
        w.m.rows["especialidades"].append((n, code, name, fee))
    for version in ("20230114183201", "20230114190455", "20230302120010", "20230719081533", "20240205164422",
                    "20240911102317", "20250416093050"):
        w.m.rows["schema_migrations"].append((version,))


def _patients(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, PATIENT_COUNT + 1):
        female = rng.random() < 0.58
        given = rng.choice(FEMALE if female else MALE)
        paterno = rng.choice(FAMILIES)
        materno = rng.choice(FAMILIES) if rng.random() < 0.93 else None
        born = apps.day(rng, 1945, 2023)
        city = w.city()
        created = _moment(rng, 2022, 2025)
        email = make.email(given, paterno)
        user = w.user(email, "paciente", created) if rng.random() < 0.9 else None
        curp = make.curp(given, paterno, materno, born, female, city[2])
        mobile = make.phone(city)
        contact = None
        if rng.random() < 0.7:
            contact = json.dumps({"nombre": w.name(), "parentesco": rng.choice(("madre", "padre", "esposa", "esposo",
                                                                               "hermana", "hijo")),
                                  "telefono": make.phone(city)}, ensure_ascii=False)
        insured = rng.random() < 0.3
        w.patients.append({"id": n, "given": given, "family": paterno, "curp": curp, "mobile": mobile,
                           "city": city, "user": user, "female": female})
        w.m.rows["pacientes"].append((
            n, user, given, paterno, materno, curp, make.rfc(curp) if rng.random() < 0.45 else None, born,
            ("M" if female else "H") if rng.random() < 0.96 else None, mobile,
            make.phone(city) if rng.random() < 0.3 else None, email if rng.random() < 0.96 else None,
            f"{rng.choice(city[6])} {rng.randint(1, 3999)}" + rng.choice(("", "", f" Int. {rng.randint(1, 20)}"))
            if rng.random() < 0.85 else None,
            rng.choice(city[5]) if rng.random() < 0.85 else None,
            rng.choice(city[3]) + make.digits(2) if rng.random() < 0.9 else None, city[0], city[1],
            rng.choice(BLOOD) if rng.random() < 0.6 else None, rng.choice(ALLERGIES) if rng.random() < 0.5 else None,
            rng.choice(INSURERS) if insured else None, make.unique(lambda: make.digits(10)) if insured else None,
            contact, apps.jpeg_bytes(rng) if rng.random() < 0.4 else None, created,
            _plus(created, rng.randint(10, 300000))))


def _doctors(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, DOCTOR_COUNT + 1):
        female = rng.random() < 0.55
        given, paterno, materno = rng.choice(FEMALE if female else MALE), rng.choice(FAMILIES), rng.choice(FAMILIES)
        city = w.city()
        created = _moment(rng, 2022, 2025)
        email = make.email(given, paterno)
        user = w.user(email, "medico", created)
        curp = make.curp(given, paterno, materno, apps.day(rng, 1960, 1996), female, city[2])
        spec = rng.randint(1, len(SPECIALTIES))
        w.doctors.append({"id": n, "given": given, "family": paterno})
        w.m.rows["medicos"].append((
            n, user, spec, given, f"{paterno} {materno}", make.unique(lambda: str(rng.randint(3000000, 13999999))),
            make.rfc(curp) if rng.random() < 0.95 else None, make.phone(city),
            email if rng.random() < 0.9 else None, make.clabe() if rng.random() < 0.9 else None,
            apps.png_bytes(rng) if rng.random() < 0.7 else None,
            f"{float(SPECIALTIES[spec - 1][2]) + rng.choice((0, 50, 100, 150)):.2f}", rng.random() < 0.9, created))
    # the staff's accounts: the company's own named mailboxes
    for role in ("admin", "soporte", "soporte"):
        given, family = rng.choice(FEMALE + MALE), rng.choice(FAMILIES)
        email = f"{apps.ascii_fold(given.split()[0])}.{apps.ascii_fold(family)}@{OWN_DOMAIN}"
        w.m.emails.add(email.casefold())
        w.user(email, role, _moment(rng, 2022, 2023))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, p in enumerate(rng.sample([p for p in w.patients if p["user"]], 80), 1):
        data: dict = {"_csrf_token": apps.b64(rng.randbytes(32))}
        if rng.random() < 0.8:
            data["warden.user.user.key"] = [[p["user"]], make.bcrypt()[:29]]
        if rng.random() < 0.3:
            data["user_return_to"] = f"/pacientes/{p['id']}/consultas?curp={p['curp']}"
        created = _moment(rng, 2025, 2025)
        w.m.rows["sessions"].append((
            n, make.token(32, "0123456789abcdef"), base64.b64encode(json.dumps(data).encode()).decode() + "\n",
            created, _plus(created, rng.randint(1, 600))))


def _consults(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, CONSULT_COUNT + 1):
        p, d = rng.choice(w.patients), rng.choice(w.doctors)
        when = _moment(rng, 2023, 2025)
        reason = rng.randrange(len(REASONS))
        state = rng.choice(("completada", "completada", "completada", "cancelada", "no_asistio"))
        note = _fill(rng.choice(NOTES), patient=lambda: f"{p['given']} {p['family']}", phone=lambda: p["mobile"],
                     third=w.name, email=lambda: make.email(w.name().split()[0], p["family"]),
                     third_phone=lambda: make.phone(p["city"]))
        done = state == "completada"
        w.consults.append({"id": n, "patient": p, "doctor": d, "when": when, "done": done})
        w.m.rows["consultas"].append((
            n, p["id"], d["id"], when, REASONS[reason] if rng.random() < 0.95 else None,
            ICD10[reason] if done and rng.random() < 0.9 else None, note if done and rng.random() < 0.9 else None,
            make.token(43, string.ascii_letters + string.digits + "-_"),
            apps.ipv4(rng, IP_FIRSTS) if done else None, rng.randint(8, 45) if done else None, state,
            _plus(when, -rng.randint(60, 20000))))


def _prescriptions(w: _World) -> None:
    rng = w.rng
    n = 0
    for c in w.consults:
        if not c["done"] or rng.random() < 0.4:
            continue
        n += 1
        base = f"RX{c['when'][2:4]}{n:06d}"
        folio = base + str(sum(int(ch) for ch in base[2:]) % 10)
        drugs = [{"medicamento": d, "indicacion": i} for d, i in rng.sample(DRUGS, rng.randint(1, 3))]
        p = c["patient"]
        pdf = None
        if rng.random() < 0.5:
            pdf = apps.pdf_bytes(["ConsultaYa Salud - Receta medica", f"Paciente: {p['given']} {p['family']}",
                                  f"CURP: {p['curp']}", f"Dr(a). {c['doctor']['given']} {c['doctor']['family']}",
                                  *[d["medicamento"] for d in drugs]])
        w.m.rows["recetas"].append((
            n, folio, c["id"], p["curp"], json.dumps({"items": drugs, "dx": None}, ensure_ascii=False), pdf,
            _plus(c["when"], rng.randint(10, 60))))


def _payments(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for c in w.consults:
        if rng.random() < 0.15:
            continue
        n += 1
        p = c["patient"]
        method = rng.choice(("tarjeta", "tarjeta", "tarjeta", "oxxo", "spei"))
        refunded = rng.random() < 0.12
        account = None
        if refunded:
            account = grouped(make.iban()) if rng.random() < 0.35 else make.clabe()
        holder = None
        if method == "tarjeta":
            holder = f"{p['given']} {p['family']}".upper() if rng.random() < 0.85 else w.name().upper()
        w.m.rows["pagos"].append((
            n, c["id"], f"{rng.choice((350, 450, 600, 650, 700, 750, 900)):.2f}", method,
            make.digits(4) if method == "tarjeta" else None, holder,
            f"tr{make.token(19, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
            account, "reembolsado" if refunded else rng.choice(("pagado", "pagado", "pendiente")),
            _plus(c["when"], -rng.randint(5, 600))))


def _messages(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, MESSAGE_COUNT + 1):
        c = rng.choice(w.consults)
        p = c["patient"]
        sender = rng.choice(("paciente", "paciente", "medico"))
        body = _fill(rng.choice(CHATS), patient=lambda: p["given"], phone=lambda: make.phone(p["city"]),
                     email=lambda: make.email(rng.choice(FEMALE), p["family"]), iban=lambda: grouped(make.iban()),
                     third=w.name, third_phone=lambda: make.phone(p["city"]))
        w.m.rows["mensajes"].append((
            n, c["id"], sender, body if rng.random() < 0.95 else None,
            apps.jpeg_bytes(rng) if sender == "paciente" and rng.random() < 0.15 else None, rng.random() < 0.8,
            _plus(c["when"], rng.randint(-1440, 2880))))


def _pharmacies(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (firm, rfc, address, postcode, phone, mailbox) in enumerate(PHARMACIES, 1):
        w.m.rows["farmacias"].append((
            n, firm, rfc, address, postcode, phone, mailbox, make.clabe() if rng.random() < 0.8 else None,
            f"Q.F.B. {w.name()}" if rng.random() < 0.9 else None, True))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (key, value) in enumerate((
        ("empresa.razon_social", "ConsultaYa Salud S.A.P.I. de C.V."),
        ("empresa.rfc", "CSA180412PK7"),
        ("empresa.domicilio", "Av. Américas 1500 Piso 12, Country Club, 44610 Guadalajara, Jal."),
        ("empresa.telefono", "33 4170 2525"),
        ("empresa.correo_soporte", f"soporte@{OWN_DOMAIN}"),
        ("empresa.correo_facturacion", f"facturacion@{OWN_DOMAIN}"),
        ("empresa.clabe", make.clabe()),
        ("empresa.iban_espana", grouped(make.iban(personal=False))),
        ("consultas.duracion_default", "20"),
        ("consultas.proveedor_video", "twilio"),
        ("pagos.iva", "0.16"),
    ), 1):
        created = _moment(rng, 2022, 2024)
        w.m.rows["configuraciones"].append((n, key, value, created, _plus(created, rng.randint(0, 300000))))


def make_telemedicine(seed: int = SEED) -> Telemedicine:
    """The whole platform's database, the same for the same seed."""
    w = _World(seed)
    _catalogue(w)
    _patients(w)
    _doctors(w)
    _sessions(w)
    _consults(w)
    _prescriptions(w)
    _payments(w)
    _messages(w)
    _pharmacies(w)
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Telemedicine) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/twentyseventh/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
