"""The thirty-first held-out application: a Turkish private hospital group's patient and staff system, a Java/MyBatis HBYS with `hbys_` prefixed lower-case Turkish snake_case.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the other applications. It was written
blind: without reading the detector (anything under checks/ but dump.py) or any scan,
starter, detect, naming, vocabulary or values test, and labelled
(tests/thirtyfirst/labels.yml) before any detector ran on it.

"Marmarapark Hastaneleri A.Ş." (fictional, marmarapark.com.tr) runs three private
hospitals in Istanbul (Kadıköy, Ataşehir, Bakırköy). Its HBYS (hastane bilgi yönetim
sistemi) was written in 2012 by an Ankara software house on Java 8, Spring MVC and
MyBatis, with Liquibase for the schema: Liquibase's own `databasechangelog` keeps its
name, every business table carries the `hbys_` prefix and a singular Turkish noun, and
the columns are lower-case Turkish snake_case without Turkish letters, as the MyBatis
mappers' resultMaps wrote them (`hbys_hasta`, `hbys_personel`, `hbys_randevu`,
`hbys_muayene`, `hbys_fatura`, `hbys_tedarikci`; `tc_kimlik_no`, `ad`, `soyad`,
`baba_adi`, `dogum_tarihi`, `cinsiyet`, `cep_tel`, `eposta`, `il`, `ilce`, `mahalle`,
`posta_kodu`, booleans ending in `_mi`). An examination names its patient by TC kimlik
no: `hbys_muayene.hasta_tc_kimlik_no` is a FOREIGN KEY to `hbys_hasta.tc_kimlik_no`
(UNIQUE).

The tables: `hbys_kullanici` the system's users (user name, named mailbox at the group's
domain, bcrypt hash, role, last sign-in and its IP), `hbys_brans` the departments
(code, name, floor, internal extension), `hbys_personel` the staff (TC kimlik no, names,
title, birth date, mobile, named mailbox, diploma registration number, TR IBAN for the
salary), `hbys_hasta` the patients (TC kimlik no: 11 digits, the tenth and eleventh
check digits; names, father's and mother's given names as on the Turkish ID card, birth
date and place, sex E/K, blood group, marital status, nationality, mobile and home phone
in the layouts Turks type, e-mail, il/ilçe/mahalle and the street address with sokak and
number, postcode, insurance (SGK or a private insurer), a relative's name and phone, a
JPEG photo, the registration desk's remark quoting phones, relatives and an IBAN),
`hbys_hizmet` the service catalogue (SUT codes, prices, VAT), `hbys_randevu` the
appointments (time, state, the complaint as free text, the web booking form as JSON with
the patient's TC, name, phone and e-mail), `hbys_muayene` the examinations (the
patient's TC kimlik no, ICD-10 code, the diagnosis and the epicrisis PDF), `hbys_fatura`
the invoices (number, amounts, payer's name and IBAN for refunds), `hbys_tedarikci` the
suppliers (trade name, VKN with its check digit, tax office, address, switchboard, info@
mailbox, company IBAN, a contact person and that person's mobile),
`hbys_portal_oturum` the patient portal's sessions (session token, IP, user agent),
`hbys_parametre` the settings (the group's own VKN, MERSİS number, address, call centre,
mailboxes, IBAN).

Everything here is the original side: the rows (`make_hospital`, drawn from a seeded
`random.Random`, so every server gets the same ones), the DDL (built from `SCHEMA` and
`FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and the personal
e-mails and IBANs a leak check looks for (the suppliers' and the group's own mailboxes
and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from support import apps
from support.apps import dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Hospital", "create", "dump", "load_labels", "make_hospital"]

SEED = 20261207
LABELS = Path(__file__).resolve().parents[1] / "thirtyfirst" / "labels.yml"
PATIENT_COUNT = 240
STAFF_COUNT = 40
USER_COUNT = 14
APPOINTMENT_COUNT = 300
SESSION_COUNT = 160
OWN_DOMAIN = "marmarapark.com.tr"

TYPES = {
    "mariadb": {"ts": "datetime", "blob": "longblob", "text": "text", "json": "json", "date": "date",
                "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp", "blob": "bytea", "text": "text", "json": "json", "date": "date",
                   "bool": "boolean"},
    "sqlite": {"ts": "TEXT", "blob": "BLOB", "text": "TEXT", "json": "TEXT", "date": "TEXT", "bool": "INTEGER"},
}

SCHEMA: dict[str, tuple[str, ...]] = {
    "databasechangelog": (
        "id varchar(255) PRIMARY KEY", "filename varchar(255) NOT NULL", "dateexecuted {ts} NOT NULL",
        "orderexecuted integer NOT NULL", "exectype varchar(10) NOT NULL", "md5sum varchar(35)",
        "liquibase varchar(20)"),
    "hbys_kullanici": (
        "id integer PRIMARY KEY", "kullanici_adi varchar(40) NOT NULL UNIQUE", "eposta varchar(120) NOT NULL",
        "sifre_hash varchar(60) NOT NULL", "rol varchar(20) NOT NULL", "son_giris_zamani {ts}",
        "son_giris_ip varchar(45)", "aktif_mi {bool} NOT NULL"),
    "hbys_brans": (
        "id integer PRIMARY KEY", "brans_kodu varchar(6) NOT NULL UNIQUE", "brans_adi varchar(80) NOT NULL",
        "kat varchar(4)", "dahili_no varchar(6)", "aktif_mi {bool} NOT NULL"),
    "hbys_personel": (
        "id integer PRIMARY KEY", "kullanici_id integer", "brans_id integer", "tc_kimlik_no char(11) NOT NULL",
        "ad varchar(60) NOT NULL", "soyad varchar(60) NOT NULL", "unvan varchar(30) NOT NULL",
        "dogum_tarihi {date}", "cep_tel varchar(20)", "eposta varchar(120)", "diploma_tescil_no varchar(12)",
        "iban varchar(34)", "aktif_mi {bool} NOT NULL"),
    "hbys_hasta": (
        "id integer PRIMARY KEY", "tc_kimlik_no char(11) NOT NULL UNIQUE", "ad varchar(60) NOT NULL",
        "soyad varchar(60) NOT NULL", "baba_adi varchar(60)", "anne_adi varchar(60)",
        "dogum_tarihi {date} NOT NULL", "dogum_yeri varchar(60)", "cinsiyet char(1) NOT NULL",
        "kan_grubu varchar(6)", "medeni_hal varchar(10)", "uyruk char(2) NOT NULL", "cep_tel varchar(20)",
        "ev_tel varchar(20)", "eposta varchar(120)", "il varchar(30)", "ilce varchar(40)", "mahalle varchar(60)",
        "adres varchar(160)", "posta_kodu char(5)", "sigorta_turu varchar(30)", "yakin_ad_soyad varchar(120)",
        "yakin_tel varchar(20)", "fotograf {blob}", "notlar {text}", "kayit_zamani {ts} NOT NULL"),
    "hbys_hizmet": (
        "id integer PRIMARY KEY", "sut_kodu varchar(10) NOT NULL", "hizmet_adi varchar(120) NOT NULL",
        "brans_id integer", "fiyat numeric(10,2) NOT NULL", "kdv_orani integer NOT NULL", "aktif_mi {bool} NOT NULL"),
    "hbys_randevu": (
        "id integer PRIMARY KEY", "hasta_id integer NOT NULL", "personel_id integer NOT NULL",
        "brans_id integer NOT NULL", "randevu_zamani {ts} NOT NULL", "durum varchar(12) NOT NULL",
        "kanal varchar(12) NOT NULL", "sikayet {text}", "web_form {json}", "olusturma_zamani {ts} NOT NULL"),
    "hbys_muayene": (
        "id integer PRIMARY KEY", "randevu_id integer NOT NULL", "hasta_tc_kimlik_no char(11) NOT NULL",
        "hizmet_id integer NOT NULL", "icd10_kodu varchar(8)", "tani_aciklama {text}", "recete_no varchar(10)",
        "epikriz_pdf {blob}", "muayene_zamani {ts} NOT NULL"),
    "hbys_fatura": (
        "id integer PRIMARY KEY", "muayene_id integer NOT NULL", "fatura_no varchar(16) NOT NULL UNIQUE",
        "fatura_tarihi {date} NOT NULL", "tutar numeric(10,2) NOT NULL", "kdv_tutari numeric(10,2) NOT NULL",
        "odeme_turu varchar(12) NOT NULL", "odeyen_ad_soyad varchar(120)", "iade_iban varchar(34)"),
    "hbys_tedarikci": (
        "id integer PRIMARY KEY", "unvan varchar(160) NOT NULL", "vergi_no char(10) NOT NULL",
        "vergi_dairesi varchar(60)", "adres varchar(200) NOT NULL", "telefon varchar(20) NOT NULL",
        "eposta varchar(120) NOT NULL", "iban varchar(34)", "yetkili_kisi varchar(120)",
        "yetkili_cep_tel varchar(20)", "aktif_mi {bool} NOT NULL"),
    "hbys_portal_oturum": (
        "id integer PRIMARY KEY", "hasta_id integer NOT NULL", "oturum_anahtari char(64) NOT NULL UNIQUE",
        "ip_adresi varchar(45)", "tarayici varchar(255)", "giris_zamani {ts} NOT NULL", "son_erisim_zamani {ts}"),
    "hbys_parametre": (
        "anahtar varchar(60) PRIMARY KEY", "deger varchar(255)", "aciklama varchar(255)",
        "guncelleme_zamani {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("hbys_personel", ["kullanici_id"], "hbys_kullanici", ["id"]),
    _fk("hbys_personel", ["brans_id"], "hbys_brans", ["id"]),
    _fk("hbys_hizmet", ["brans_id"], "hbys_brans", ["id"]),
    _fk("hbys_randevu", ["hasta_id"], "hbys_hasta", ["id"]),
    _fk("hbys_randevu", ["personel_id"], "hbys_personel", ["id"]),
    _fk("hbys_randevu", ["brans_id"], "hbys_brans", ["id"]),
    _fk("hbys_muayene", ["randevu_id"], "hbys_randevu", ["id"]),
    _fk("hbys_muayene", ["hasta_tc_kimlik_no"], "hbys_hasta", ["tc_kimlik_no"]),
    _fk("hbys_muayene", ["hizmet_id"], "hbys_hizmet", ["id"]),
    _fk("hbys_fatura", ["muayene_id"], "hbys_muayene", ["id"]),
    _fk("hbys_portal_oturum", ["hasta_id"], "hbys_hasta", ["id"]),
)

PLACES = (  # il, ilçe, postcode, mahalleler, sokaklar
    ("İstanbul", "Kadıköy", "34710", ("Caferağa Mah.", "Moda Mah.", "Osmanağa Mah."),
     ("Moda Cad.", "Bahariye Cad.", "Kadife Sok.", "Güneşli Bahçe Sok.")),
    ("İstanbul", "Kadıköy", "34726", ("Fenerbahçe Mah.", "Caddebostan Mah."), ("Bağdat Cad.", "Fener Kalamış Cad.")),
    ("İstanbul", "Ataşehir", "34758", ("Barbaros Mah.", "Atatürk Mah."), ("Ardıç Sok.", "Begonya Sok.")),
    ("İstanbul", "Üsküdar", "34662", ("Altunizade Mah.", "Kuzguncuk Mah."), ("Kuşbakışı Cad.", "İcadiye Cad.")),
    ("İstanbul", "Bakırköy", "34142", ("Ataköy 7-8-9-10. Kısım Mah.", "Zeytinlik Mah."),
     ("Fişekhane Cad.", "Halit Ziya Uşaklıgil Cad.")),
    ("İstanbul", "Maltepe", "34840", ("Bağlarbaşı Mah.", "Cevizli Mah."), ("Çamlık Sok.", "Tugay Yolu Cad.")),
    ("İstanbul", "Beşiktaş", "34353", ("Sinanpaşa Mah.", "Levent Mah."), ("Ihlamurdere Cad.", "Çarşı Cad.")),
    ("Kocaeli", "Gebze", "41400", ("Hacı Halil Mah.", "Osman Yılmaz Mah."), ("İstasyon Cad.", "Nişantaşı Sok.")),
    ("Ankara", "Çankaya", "06690", ("Kızılay Mah.", "Bahçelievler Mah."), ("Atatürk Blv.", "Aşkabat Cad.")),
    ("İzmir", "Bornova", "35040", ("Kazımdirik Mah.", "Erzene Mah."), ("Mustafa Kemal Cad.", "Ankara Cad.")),
)
BIRTHPLACES = ("İstanbul", "Ankara", "İzmir", "Trabzon", "Sivas", "Erzurum", "Konya", "Samsun", "Malatya", "Bursa",
               "Kastamonu", "Ordu", "Kars", "Diyarbakır")
MALE = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre", "Burak", "Can", "Yusuf",
        "Oğuz", "Kerem", "Serkan", "Tolga", "İsmail", "Eren")
FEMALE = ("Ayşe", "Fatma", "Emine", "Zeynep", "Elif", "Hatice", "Merve", "Büşra", "Şeyma", "Gül", "Özlem", "Derya",
          "Ebru", "Sevgi", "İrem", "Çiğdem", "Nur")
FAMILIES = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
            "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Güneş", "Aksoy")
MAIL_DOMAINS = ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "yandex.com", "windowslive.com")
TR_BANKS = ("00010", "00012", "00015", "00046", "00062", "00064", "00067", "00111", "00032", "00205")
MOBILE_PREFIXES = ("530", "532", "533", "535", "536", "538", "541", "542", "543", "505", "506", "507", "551", "552",
                   "553", "554", "555", "559")
BLOOD = ("A Rh+", "A Rh-", "B Rh+", "B Rh-", "0 Rh+", "0 Rh-", "AB Rh+", "AB Rh-")
INSURANCE = ("SGK", "SGK", "SGK", "Özel - Allianz", "Özel - Axa", "Özel - Anadolu Sigorta", "Ücretli")
DEPARTMENTS = (  # code, name, floor, extension
    ("DAH", "İç Hastalıkları", "2", "2201"), ("KAR", "Kardiyoloji", "3", "2301"), ("KBB", "Kulak Burun Boğaz", "2", "2210"),
    ("KAD", "Kadın Hastalıkları ve Doğum", "4", "2401"), ("COC", "Çocuk Sağlığı ve Hastalıkları", "1", "2101"),
    ("ORT", "Ortopedi ve Travmatoloji", "3", "2310"), ("PSK", "Psikiyatri", "5", "2501"),
    ("DER", "Dermatoloji", "1", "2110"), ("GOZ", "Göz Hastalıkları", "2", "2220"),
)
TITLES = ("Uzm. Dr.", "Uzm. Dr.", "Op. Dr.", "Doç. Dr.", "Prof. Dr.", "Hemşire", "Hemşire", "Ebe", "Sekreter")
SERVICES = (  # SUT code, name, department index, price, VAT
    ("520010", "Uzman hekim muayenesi", None, "1850.00", 10), ("520030", "Kontrol muayenesi", None, "0.00", 10),
    ("702000", "EKG", 1, "650.00", 10), ("703020", "Ekokardiyografi", 1, "2400.00", 10),
    ("801440", "Tam kan sayımı", None, "240.00", 10), ("804060", "HbA1c", 0, "320.00", 10),
    ("621290", "Obstetrik ultrasonografi", 3, "1500.00", 10), ("530070", "Psikiyatrik görüşme", 6, "2200.00", 10),
    ("615300", "Odyometri", 2, "700.00", 10), ("530700", "Göz dibi muayenesi", 8, "900.00", 10),
)
DIAGNOSES = (  # ICD-10, text
    ("I10", "Esansiyel hipertansiyon. Amlodipin 5 mg başlandı."),
    ("E11.9", "Tip 2 diabetes mellitus, komplikasyonsuz. Metformin dozu artırıldı."),
    ("F32.1", "Orta şiddette depresif epizod. Sertralin 50 mg, 4 hafta sonra kontrol."),
    ("J06.9", "Akut üst solunum yolu enfeksiyonu."),
    ("O24.4", "Gebelik diyabeti, 28. hafta. Diyet ve kan şekeri takibi."),
    ("B20", "HIV hastalığı, antiretroviral tedavi altında, viral yük baskılanmış."),
    ("M54.5", "Bel ağrısı. Fizik tedavi önerildi."),
    ("H52.1", "Miyopi, gözlük reçete edildi."),
    ("F10.2", "Alkol bağımlılığı sendromu, AMATEM'e yönlendirildi."),
)
COMPLAINTS = (
    "Üç gündür ateş ve boğaz ağrısı var.", "Göğüs ağrısı, merdiven çıkarken nefes darlığı.",
    "Kontrol randevusu, tahlil sonuçlarını göstereceğim.", "Uykusuzluk ve isteksizlik, eşim {relative} ile gelecek.",
    "Hamileliğin 20. haftası, rutin kontrol.", "Bel ağrısı, sağ bacağa vuruyor.", None, None,
)
NOTES = (
    "Eşi {relative} ile iletişime geçilecek, tel: {phone}.",
    "Fatura farkı iadesi için IBAN: {iban}",
    "Sonuçlar {email} adresine gönderilsin.",
    "Hasta işitme engelli, annesi {relative} eşlik ediyor ({phone}).",
    "Kimlik fotokopisi alındı, SGK provizyon sorunu çözüldü.",
    "Öğleden önce aranmak istiyor: {phone}",
)
AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36",
    "MarmaraparkMobil/3.4.1 (Android 13; Redmi Note 12)",
)
SUPPLIERS = (  # trade name, tax office, address, switchboard, mailbox
    ("Selçuk Ecza Deposu Tic. ve San. A.Ş.", "Büyük Mükellefler", "Esentepe Mah. Büyükdere Cad. No:193, 34394 Şişli/İstanbul",
     "0212 346 43 00", "info@selcukecza.com.tr"),
    ("Medikal Sistem Tıbbi Cihaz Ltd. Şti.", "Kozyatağı", "İçerenköy Mah. Çayır Cad. No:5, 34752 Ataşehir/İstanbul",
     "+90 216 574 22 10", "satis@medikalsistem.com.tr"),
    ("Anadolu Laboratuvar Malzemeleri A.Ş.", "Kavaklıdere", "Kızılırmak Mah. 1443. Cad. No:22, 06520 Çankaya/Ankara",
     "(0312) 284 10 10", "siparis@anadolulab.com.tr"),
    ("Temiz Yıldız Tekstil ve Çamaşırhane Hizmetleri", "Gebze", "Gebze OSB 1000. Sok. No:1012, 41480 Gebze/Kocaeli",
     "0262 751 33 44", "info@temizyildiz.com.tr"),
    ("Boğaziçi Yemek Sanayi ve Ticaret A.Ş.", "Kadıköy", "Hasanpaşa Mah. Uzunçayır Cad. No:4, 34722 Kadıköy/İstanbul",
     "0216 449 00 90", "iletisim@bogazici-yemek.com.tr"),
    ("Oksijen Medikal Gaz Ltd. Şti.", "Tuzla", "Aydıntepe Mah. Sanayi Cad. No:18, 34947 Tuzla/İstanbul",
     "0216 395 60 60", "info@oksijenmedikal.com.tr"),
)


@dataclass
class Hospital:
    """The hospital group's database: every table's rows in SCHEMA's column order, and the
    personal e-mails and IBANs a scrubbed dump must no longer hold."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not suppliers' or own)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def tr_fold(text: str) -> str:
    """Turkish letters to the ASCII an e-mail local part uses (ı has no decomposition)."""
    return apps.ascii_fold(text.replace("ı", "i").replace("İ", "I").replace(" ", ""))


def tc_kimlik_check(first9: str) -> str:
    """The TC kimlik no's tenth and eleventh digits."""
    d = [int(c) for c in first9]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    eleventh = (sum(d) + tenth) % 10
    return f"{tenth}{eleventh}"


def vkn_check(first9: str) -> str:
    """The check digit of a 10-digit vergi kimlik numarası."""
    total = 0
    for i, ch in enumerate(first9):
        c = (int(ch) + 9 - i) % 10
        total += 9 if c == 9 else (c * 2 ** (9 - i)) % 9 if c else 0
    return str((10 - total % 10) % 10)


def _fill(template: str, **makers: Any) -> str:
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Turkish values: TC kimlik numbers, phones, e-mails, IBANs, tokens, VKNs."""

    def __init__(self, rng: random.Random, m: Hospital) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, n: int) -> str:
        return "".join(self.rng.choices(string.digits, k=n))

    def tc_kimlik(self) -> str:
        def draw() -> str:
            first9 = str(self.rng.randint(1, 9)) + self.digits(8)
            return first9 + tc_kimlik_check(first9)

        return self.unique(draw)

    def vkn(self) -> str:
        first9 = self.unique(lambda: self.digits(9))
        return first9 + vkn_check(first9)

    def iban(self, personal: bool = True) -> str:
        bban = self.rng.choice(TR_BANKS) + "0" + self.unique(lambda: self.digits(16))
        compact = "TR" + iban_check_digits("TR", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact if self.rng.random() < 0.5 else grouped(compact)

    def mobile(self) -> str:
        rng = self.rng
        n = self.unique(lambda: rng.choice(MOBILE_PREFIXES) + self.digits(7))
        return rng.choice((f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"0{n}",
                           n, f"({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}", f"+90{n}", f"0 ({n[:3]}) {n[3:6]}-{n[6:]}"))

    def home(self) -> str:
        rng = self.rng
        area = rng.choice(("216", "212", "262", "312", "232"))
        n = self.unique(lambda: rng.choice("2345") + self.digits(6))
        return rng.choice((f"0{area} {n[:3]} {n[3:5]} {n[5:]}", f"({area}) {n[:3]} {n[3:5]} {n[5:]}",
                           f"0{area}{n}"))

    def email(self, given: str, family: str) -> str:
        rng = self.rng
        f, s = tr_fold(given), tr_fold(family)
        local = rng.choice((f"{f}.{s}", f"{f}{s}", f"{f}_{s}", f"{f[0]}{s}", f"{f}{s}{rng.randint(60, 99)}",
                            f"{f}.{s}{rng.randint(1, 34)}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def bcrypt(self) -> str:
        return "$2a$10$" + "".join(self.rng.choices(string.ascii_letters + string.digits + "./", k=53))


class _World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m = Hospital(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.patients: list[dict] = []
        self.staff: list[dict] = []
        self.exams: list[dict] = []

    def person(self, female: bool | None = None) -> tuple[str, str]:
        if female is None:
            female = self.rng.random() < 0.5
        return self.rng.choice(FEMALE if female else MALE), self.rng.choice(FAMILIES)

    def moment(self, first: int, last: int) -> str:
        return apps.moment(self.rng, first, last, (8, 19))


def _changelog(w: _World) -> None:
    files = ("db/changelog/2012/001-hasta.xml", "db/changelog/2012/002-personel.xml",
             "db/changelog/2014/010-randevu.xml", "db/changelog/2016/020-muayene-epikriz.xml",
             "db/changelog/2019/030-portal-oturum.xml", "db/changelog/2021/040-randevu-web-form.xml",
             "db/changelog/2023/050-fatura-iade-iban.xml")
    for n, name in enumerate(files, 1):
        w.m.rows["databasechangelog"].append((
            f"{name.rsplit('/', 1)[1][:3]}-{n}", name, f"{name[13:17]}-0{w.rng.randint(1, 9)}-1{w.rng.randint(0, 9)} "
            f"02:{w.rng.randint(10, 59)}:00", n, "EXECUTED", "8:" + "".join(w.rng.choices("0123456789abcdef", k=32)),
            "4.9.1"))


def _users_departments_staff(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (code, name, floor, ext) in enumerate(DEPARTMENTS, 1):
        w.m.rows["hbys_brans"].append((n, code, name, floor, ext, True))
    users = []
    for n in range(1, USER_COUNT + 1):
        given, family = w.person()
        login = make.unique(lambda: f"{tr_fold(given)[0]}{tr_fold(family)}")
        email = f"{tr_fold(given)}.{tr_fold(family)}@{OWN_DOMAIN}"
        w.m.emails.add(email.casefold())
        users.append((given, family, email))
        w.m.rows["hbys_kullanici"].append((
            n, login, email, make.bcrypt(), "YONETICI" if n <= 2 else rng.choice(("HEKIM", "HEMSIRE", "KAYIT", "VEZNE")),
            w.moment(2025, 2025), apps.ipv4(rng, (10, 172)) if rng.random() < 0.6 else apps.ipv4(rng, (78, 88, 85, 176)),
            rng.random() < 0.9))
    for n in range(1, STAFF_COUNT + 1):
        if n <= USER_COUNT and rng.random() < 0.8:
            given, family, email, user = *users[n - 1], n
        else:
            (given, family), user = w.person(), None
            email = f"{tr_fold(given)}.{tr_fold(family)}{n}@{OWN_DOMAIN}" if rng.random() < 0.7 else None
        if email:
            w.m.emails.add(email.casefold())
        title = rng.choice(TITLES)
        w.staff.append({"id": n, "name": f"{title} {given} {family}", "dept": rng.randint(1, len(DEPARTMENTS))})
        w.m.rows["hbys_personel"].append((
            n, user, w.staff[-1]["dept"], make.tc_kimlik(), given, family, title,
            apps.day(rng, 1960, 1998) if rng.random() < 0.95 else None, make.mobile(), email,
            make.unique(lambda: f"{rng.randint(1990, 2020)}/{make.digits(5)}") if "Dr." in title else None,
            make.iban() if rng.random() < 0.9 else None, rng.random() < 0.9))


def _patients(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, PATIENT_COUNT + 1):
        female = rng.random() < 0.52
        given, family = w.person(female)
        il, ilce, postcode, mahalleler, sokaklar = rng.choice(PLACES)
        email = make.email(given, family) if rng.random() < 0.75 else None
        phone = make.mobile() if rng.random() < 0.95 else None
        relative = relative_phone = None
        if rng.random() < 0.6:
            relative, relative_phone = " ".join(w.person()), make.mobile()
        note = None
        if rng.random() < 0.35:
            note = _fill(rng.choice(NOTES), relative=lambda: f"{w.person()[0]} {family}", phone=make.mobile,
                         iban=make.iban, email=lambda: make.email(w.person()[0], family))
        born = apps.day(rng, 1938, 2023)
        p = {"id": n, "tc": make.tc_kimlik(), "given": given, "family": family, "born": born, "email": email,
             "phone": phone}
        w.patients.append(p)
        w.m.rows["hbys_hasta"].append((
            n, p["tc"], given, family, w.person(False)[0] if rng.random() < 0.9 else None,
            w.person(True)[0] if rng.random() < 0.9 else None, born,
            rng.choice(BIRTHPLACES) if rng.random() < 0.85 else None, "K" if female else "E",
            rng.choice(BLOOD) if rng.random() < 0.6 else None,
            (rng.choice(("Evli", "Bekar", "Dul", "Boşanmış")) if born < "2005" else "Bekar") if rng.random() < 0.8
            else None, rng.choice(("TR",) * 14 + ("SY", "AZ", "DE", "IR")), phone,
            make.home() if rng.random() < 0.3 else None, email, il, ilce, rng.choice(mahalleler),
            f"{rng.choice(sokaklar)} No:{rng.randint(1, 180)} D:{rng.randint(1, 24)}" if rng.random() < 0.92 else None,
            postcode, rng.choice(INSURANCE), relative, relative_phone,
            apps.jpeg_bytes(rng) if rng.random() < 0.35 else None, note, w.moment(2014, 2025)))


def _services(w: _World) -> None:
    for n, (code, name, dept, price, vat) in enumerate(SERVICES, 1):
        w.m.rows["hbys_hizmet"].append((n, code, name, dept + 1 if dept is not None else None, Decimal(price), vat,
                                        True))


def _appointments_and_exams(w: _World) -> None:
    rng, make = w.rng, w.make
    exam = 0
    for n in range(1, APPOINTMENT_COUNT + 1):
        p = rng.choice(w.patients)
        s = rng.choice(w.staff)
        when = w.moment(2022, 2025)
        channel = rng.choice(("WEB", "WEB", "CAGRI", "KAYIT", "MOBIL"))
        form = None
        if channel in ("WEB", "MOBIL") and rng.random() < 0.8:
            form = json.dumps({"tcKimlikNo": p["tc"], "adSoyad": f"{p['given']} {p['family']}",
                               "dogumTarihi": p["born"], "cepTel": p["phone"], "eposta": p["email"],
                               "kvkkOnay": True, "kaynak": channel.lower()}, ensure_ascii=False)
        complaint = rng.choice(COMPLAINTS)
        if complaint:
            complaint = _fill(complaint, relative=lambda: f"{w.person()[0]} {p['family']}")
        state = rng.choice(("GELDI", "GELDI", "GELDI", "IPTAL", "GELMEDI", "BEKLIYOR"))
        w.m.rows["hbys_randevu"].append((
            n, p["id"], s["id"], s["dept"], when, state, channel, complaint, form,
            (dt.datetime.fromisoformat(when) - dt.timedelta(days=rng.randint(1, 20))).isoformat(sep=" ")))
        if state == "GELDI":
            exam += 1
            code, text = rng.choice(DIAGNOSES)
            pdf = None
            if rng.random() < 0.3:
                pdf = apps.pdf_bytes(["EPIKRIZ RAPORU", f"Hasta: {p['given']} {p['family']} TC: {p['tc']}",
                                      f"Dogum tarihi: {p['born']}", f"Tani: {code}", f"Hekim: {s['name']}"])
            w.exams.append({"id": exam, "patient": p})
            w.m.rows["hbys_muayene"].append((
                exam, n, p["tc"], rng.randint(1, len(SERVICES)), code if rng.random() < 0.95 else None,
                text if rng.random() < 0.85 else None,
                make.unique(lambda: rng.choice("123456789ABCDEFGHJKLMNPRSTUVYZ") + "".join(
                    rng.choices(string.ascii_uppercase + string.digits, k=6))) if rng.random() < 0.6 else None,
                pdf, when))


def _invoices(w: _World) -> None:
    rng, make = w.rng, w.make
    n = 0
    for e in w.exams:
        if rng.random() < 0.8:
            n += 1
            p = e["patient"]
            total = Decimal(rng.choice(("1850.00", "650.00", "2400.00", "320.00", "2200.00", "900.00", "240.00")))
            method = rng.choice(("NAKIT", "KREDI_KARTI", "KREDI_KARTI", "HAVALE", "SGK"))
            payer = f"{p['given']} {p['family']}" if method != "SGK" else None
            if payer and rng.random() < 0.15:
                payer = f"{w.person()[0]} {p['family']}"
            w.m.rows["hbys_fatura"].append((
                n, e["id"], f"MPH{rng.randint(2022, 2025)}{make.unique(lambda: make.digits(9))}",
                apps.day(rng, 2022, 2025), total, (total * Decimal("0.10")).quantize(Decimal("0.01")), method, payer,
                make.iban() if method in ("HAVALE", "KREDI_KARTI") and rng.random() < 0.3 else None))


def _suppliers(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, office, address, phone, mailbox) in enumerate(SUPPLIERS, 1):
        given, family = w.person()
        w.m.rows["hbys_tedarikci"].append((
            n, name, make.vkn(), office, address, phone, mailbox,
            grouped(make.iban(personal=False).replace(" ", "")) if rng.random() < 0.9 else None,
            f"{given} {family}", make.mobile(), True))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, SESSION_COUNT + 1):
        p = rng.choice(w.patients)
        start = w.moment(2023, 2025)
        last = (dt.datetime.fromisoformat(start) + dt.timedelta(minutes=rng.randint(1, 40))).isoformat(sep=" ")
        w.m.rows["hbys_portal_oturum"].append((
            n, p["id"], make.unique(lambda: "".join(rng.choices("0123456789abcdef", k=64))),
            apps.ipv4(rng, (78, 85, 88, 95, 176, 212)) if rng.random() < 0.95 else None, rng.choice(AGENTS), start,
            last if rng.random() < 0.85 else None))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    for key, value, about in (
        ("firma.unvan", "Marmarapark Hastaneleri A.Ş.", "Fatura ünvanı"),
        ("firma.vergi_no", make.vkn(), "Kozyatağı V.D."),
        ("firma.mersis_no", "0612045871200015", "MERSİS"),
        ("firma.adres", "Kozyatağı Mah. Değirmen Sok. No:12, 34742 Kadıköy/İstanbul", "Genel merkez"),
        ("firma.cagri_merkezi", "444 27 27", "Çağrı merkezi"),
        ("firma.eposta", f"info@{OWN_DOMAIN}", "Genel iletişim"),
        ("mail.gonderen", f"randevu@{OWN_DOMAIN}", "Randevu hatırlatma e-postaları"),
        ("firma.iban", grouped(make.iban(personal=False).replace(" ", "")), "Hasta ödemeleri için hesap"),
        ("portal.oturum_suresi_dk", "30", None),
        ("randevu.iptal_saat", "24", "Randevudan kaç saat önce iptal edilebilir"),
        ("sms.baslik", "MARMARAPARK", "SMS gönderici başlığı"),
    ):
        w.m.rows["hbys_parametre"].append((key, value, about, w.moment(2018, 2025)))


def make_hospital(seed: int = SEED) -> Hospital:
    """The whole hospital group's database, the same for the same seed."""
    w = _World(seed)
    _changelog(w)
    _users_departments_staff(w)
    _patients(w)
    _services(w)
    _appointments_and_exams(w)
    _invoices(w)
    _suppliers(w)
    _sessions(w)
    _settings(w)
    return w.m


def _stored(server: Any, table: str, row: tuple) -> tuple:
    """Booleans as the server takes them: SQLite and MariaDB store 0/1."""
    row = apps.stored(server, table, row)
    if server.name == "postgresql":
        return row
    return tuple(int(v) if isinstance(v, bool) else v for v in row)


def create(server: Any, db: str, m: Hospital) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES), COLUMNS, m.rows, _stored)


def load_labels(tool: str) -> dict:
    """tests/thirtyfirst/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
