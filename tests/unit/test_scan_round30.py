"""The detector's thirtieth round of generalization, after the Turkish hospital group and
the Welsh housing association: Turkish and Welsh tables and names, blood groups told by
their values, a name pattern winning over a shorter one it lengthens, a
correspondence address's town, a support worker's name, a UK sort code, and a job's
number that is no employment. Every rule comes with look-alikes that must not match."""

from __future__ import annotations

from dumpscrub.checks.detect import NameBook, table_context
from dumpscrub.checks.values import are_blood_groups, says_health
from support.detector import LINKED, PEOPLE, PLAIN, category, detect

PATIENTS = table_context("hbys_hasta", ["id", "tc_kimlik_no", "ad", "soyad", "dogum_tarihi", "cep_tel"])


def test_turkish_tables() -> None:
    assert PATIENTS.is_people
    assert table_context("hbys_tedarikci", ["id", "unvan", "vergi_no", "adres", "telefon", "iban"]).is_company
    assert table_context("hbys_parametre", ["anahtar", "deger", "aciklama"]).is_settings
    assert table_context("hbys_muayene", ["id", "randevu_id", "icd10_kodu"]).is_care
    assert not table_context("hbys_hizmet", ["id", "hizmet_adi", "fiyat"]).is_people  # a catalogue of services


def test_turkish_names() -> None:
    for name, wanted in (("anne_adi", "name"), ("baba_adi", "name"), ("dogum_yeri", "city"),
                         ("cinsiyet", "gender"), ("kan_grubu", "health"), ("medeni_hal", "family"),
                         ("il", "region"), ("diploma_tescil_no", "id_number"), ("posta_kodu", "postal_code")):
        assert category(name, PATIENTS) == wanted, name
    assert category("tani_aciklama", LINKED) == "health"
    assert category("tani_aciklama", PLAIN) == "health"  # the words together say a diagnosis anywhere
    assert category("tani", PLAIN) is None  # alone, only in a table linked to people
    assert category("il", PLAIN) is None  # a province only where addresses are kept
    assert category("ad", PLAIN) is None


def test_a_turkish_suppliers_authorized_person_and_mobile() -> None:
    suppliers = table_context("hbys_tedarikci", ["id", "unvan", "vergi_no", "telefon", "yetkili_kisi",
                                                 "yetkili_cep_tel"])
    found = detect("yetkili_kisi", "Ayşe Yılmaz", "Mehmet Demir", "Fatma Kaya", "Ali Çelik", "Zeynep Arslan",
                   "Hasan Kurt", ctx=suppliers,
                   book=NameBook.build())
    assert found is not None and found.category == "name"
    mobiles = ["+90 532 412 55 10", "0 542 318 77 21", "+905331234567", "0505 111 22 33"]
    found = detect("yetkili_cep_tel", *mobiles, ctx=suppliers)
    assert found is not None and found.category == "phone"
    assert detect("telefon", "+90 212 555 10 00", "+90 216 444 12 12", "0 312 123 45 67", ctx=suppliers) is None
    # cep makes a phone word a mobile's; alone it is Brazil's CEP, a postcode
    ceps = ["01310-100", "20040-002", "30130-010", "40020-000", "80010-000"]
    partners = table_context("fornecedores", ["id", "razao_social", "cnpj", "contato_nome", "contato_cep"])
    assert detect("contato_cep", *ceps, ctx=partners, book=NameBook.build()) is None


def test_blood_groups_by_their_values() -> None:
    assert are_blood_groups(["B Rh+", "A Rh-", "0 Rh+", "AB Rh+"])
    assert are_blood_groups(["A+", "O-", "AB+", "B+"])
    assert are_blood_groups(["AB pozitif", "0 negatif"])
    assert not are_blood_groups(["A+", "A", "B+", "C"])  # grades
    assert not are_blood_groups(["A+", "B-", "A-", "B+"])  # grades too: no 0, O, AB or rhesus word
    values = ["B Rh+", "A Rh+", "0 Rh+", "A Rh-", "AB Rh+", "0 Rh-", "B Rh+", "A Rh+", "0 Rh+", "A Rh+", "B Rh-"] * 2
    found = detect("grup", *values)
    assert found is not None and found.category == "health"
    grades = ["A+", "A", "A-", "B+", "B", "B-", "A+", "A", "B", "A-", "B+"] * 2
    assert detect("not", *grades) is None


def test_turkish_and_welsh_health_words_in_texts() -> None:
    assert says_health("Esansiyel hipertansiyon. Amlodipin 5 mg başlandı.")
    assert says_health("Akut üst solunum yolu enfeksiyonu.")
    assert says_health("Gebelik takibi, 12. hafta.")
    assert says_health("Anabledd corfforol, addasiadau i'r ystafell ymolchi.")
    assert not says_health("Kontrol randevusu, sonuçlar normal.")
    assert not says_health("Dallas office closed on Friday.")


def test_welsh_names() -> None:
    members = table_context("aelod_aelwyd", ["id", "tenant_id", "enw_llawn", "dyddiad_geni", "rhyw"])
    assert members.is_people
    for name, wanted in (("enw_llawn", "name"), ("dyddiad_geni", "birthdate"), ("rhyw", "gender"),
                         ("cyfenw", "last_name"), ("cyfeiriad", "address"), ("cod_post", "postal_code"),
                         ("ffon", "phone"), ("anabledd", "health"), ("manylion", "free_text")):
        assert category(name, members) == wanted, name
    assert category("rhyw", PLAIN) is None  # only in a table about people
    assert category("manylion", PLAIN) is None  # a product's details


def test_a_support_workers_name() -> None:
    names = ["Mererid Lloyd", "Siwan Howells", "Dewi Prys", "Rhys Jones", "Catrin Evans"]
    found = detect("gweithiwr_cymorth", *names)
    assert found is not None and found.category == "name"
    found = detect("support_worker", *names)
    assert found is not None and found.category == "name"
    assert detect("support_worker", "SW-1", "SW-2", "SW-3", "SW-4", "SW-5") is None  # a worker's code
    assert category("ffon_gweithiwr", LINKED) == "phone"


def test_a_correspondence_address_and_a_sort_code() -> None:
    assert category("corr_town", PEOPLE) == "city"
    assert category("prev_postcode", PEOPLE) == "postal_code"
    assert category("order_town", PEOPLE) is None  # not a person's context
    assert category("dd_sort_code", PEOPLE) == "financial"
    assert category("sort_code", PLAIN) is None  # a bank's branch list: no one's
    assert category("sort_order", PEOPLE) is None


def test_a_job_number_is_no_employment() -> None:
    assert detect("job_no", "RJ040001", "RJ040002", "RJ040003") is None
    assert detect("job_number", "J-1", "J-2", "J-3") is None
    assert category("job", PEOPLE) == "employment"
    assert category("job_title", PEOPLE) == "employment"


def test_a_pattern_wins_over_the_shorter_one_it_lengthens() -> None:
    assert category("posta_kodu", LINKED) == "postal_code"
    assert category("posta", LINKED) == "email"  # Italian mail, alone
    assert category("birth_place", PLAIN) == "city"
    assert category("birth_date", PLAIN) == "birthdate"
    assert category("place_of_birth", PLAIN) == "city"  # not "birth", a date
    assert category("id_card_no", LINKED) == "id_number"
