"""The detector's twenty-sixth round of generalization, after the Mexican telemedicine
platform: the CURP by its shape and date, also inside a session's serialized data;
Spanish health words (alergias, tipo_sangre, a consultation's motivo), an insurance
policy's number, a Mexican neighbourhood (colonia), a pharmacy's responsible
pharmacist written after a degree (Q.F.B. Lucía Jiménez), and a user's role that names
a profession (medico), no health. Every rule comes with look-alikes that must not match."""

from __future__ import annotations

import base64

from dumpscrub import model
from dumpscrub.checks.detect import NameBook, table_context
from dumpscrub.checks.national_ids import is_curp
from dumpscrub.checks.values import is_national_id, quotes_personal_in_bytes
from support.detector import LINKED, PEOPLE, PLAIN, category, detect

BOOK = NameBook.build()
RAILS = base64.b64encode(b'{"_csrf_token": "dAAYO/DKiQJN6cVitivOck8oL8yHeC", "curp": "PECJ550912HJCRRS01"}').decode()
RAILS_PLAIN = base64.b64encode(b'{"_csrf_token": "dAAYO/DKiQJN6cVitivOck8oL8yHeCBwKPWyaTCMu8M"}').decode()


def test_a_curp_by_its_shape() -> None:
    assert is_curp("PECJ550912HJCRRS01")  # born 12 September 1955, a man from Jalisco
    assert is_curp("jira031127mnlmmnc1")
    assert is_national_id("PECJ550912HJCRRS01")
    assert not is_curp("PECJ551312HJCRRS01")  # month 13
    assert not is_curp("PECJ550912HQQRRS01")  # no state QQ
    assert not is_curp("PECJ550912HJCAES01")  # vowels where the consonants go


def test_a_curp_inside_a_sessions_serialized_data() -> None:
    assert quotes_personal_in_bytes(RAILS)
    assert not quotes_personal_in_bytes(RAILS_PLAIN)
    found = detect("data", *[RAILS] * 3, *[RAILS_PLAIN] * 3, ctx=PLAIN, table="sessions", kind=model.TEXT)
    assert found is not None and found.category == "identifier"


def test_spanish_health_words_and_a_policy_number() -> None:
    assert category("alergias", PLAIN) == "health"
    assert category("tipo_sangre", PLAIN) == "health"
    care = table_context("consultas", ["id", "paciente_id", "medico_id", "motivo"])
    assert category("motivo", care) == "health"
    assert category("motivo", LINKED) is None  # a refund's or a cancellation's reason
    assert category("numero_poliza", PLAIN) == "id_number"
    assert category("colonia", PEOPLE) == "address"
    assert category("colonia", LINKED) is None


def test_a_users_role_names_no_health() -> None:
    roles = ["paciente"] * 8 + ["medico"] * 4 + ["admin", "soporte"] * 2
    assert detect("rol", *roles, ctx=PEOPLE) is None


def test_a_responsible_pharmacist_after_a_degree() -> None:
    pharmacies = table_context("farmacias", ["id", "nombre", "rfc", "telefono", "responsable_sanitario"])
    assert pharmacies.is_company
    found = detect("responsable_sanitario", "Q.F.B. Lucía Jiménez Morales", "Q.F.B. Jorge Jiménez Gómez",
                   "Q.F.B. Brenda Díaz Mendoza", ctx=pharmacies, book=BOOK)
    assert found is not None and found.category == "name"
    assert detect("responsable_sanitario", "Calidad", "Dirección técnica", "Compras", ctx=pharmacies,
                  book=BOOK) is None


def test_a_technical_director_after_a_portuguese_title() -> None:
    pharmacies = table_context("tblFarmacias", ["lngFarmaciaID", "strNome", "strNIF", "strDirTecnica"])
    found = detect("strDirTecnica", "Dr.ª Soraia Borges", "Dr.ª Caetana Correia", "Dr. Enzo Simões",
                   ctx=pharmacies, book=BOOK)
    assert found is not None and found.category == "name"
