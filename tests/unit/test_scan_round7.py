"""The detector's seventh round of generalization, after the Italian hotel group: a role
word after the head noun (IndirizzoIntestatario: the holder's address, not a name), Italian
and other health words (sedia a rotelle, gravidanza, celiachia, CPAP) without statuses
that start like one (disabled, invalido), certified e-mail (PEC) and role mailboxes by
their first word as a company's, a payment's transaction at its provider as a per-event
id, and Italian HR abbreviations (data_ass, permesso_sogg). Every rule comes with
look-alikes that must not match."""

from __future__ import annotations

import datetime as dt

import pytest

from dumpscrub import model
from dumpscrub.checks.detect import Sample, TableContext, detect_column, match_column
from dumpscrub.checks.evidence import health_codes
from dumpscrub.checks.values import is_company_mailbox, is_role_email, says_health
from dumpscrub.model import Column

TODAY = dt.date(2025, 1, 1)
LINKED = TableContext(is_linked=True)
PEOPLE = TableContext(is_people=True, is_linked=True, has_location=True)


def detect(name: str, *vals: str | None, ctx: TableContext = LINKED, kind: str = model.TEXT):
    sample = Sample()
    for value in vals:
        sample.add(value)
    return detect_column("t", name, Column(name, kind, kind), sample, ctx, TODAY, None)


def category(name: str, ctx: TableContext = LINKED) -> str | None:
    found = match_column(name, ctx.applies)
    return found.category if found is not None else None


@pytest.mark.parametrize(("name", "expected"), [
    ("IndirizzoIntestatario", "address"), ("telefono_destinatario", "phone"),
    ("CodiceFiscaleIntestatario", "national_id"), ("EmailDestinatario", "email"),
    ("intestatario", "name"), ("destinatario", "name"), ("account_holder", "name"), ("recipientName", "name"),
])
def test_a_role_after_its_head_noun_is_the_head_nouns(name: str, expected: str) -> None:
    assert category(name) == expected


def test_a_holders_addresses_are_found_by_the_head_noun_whatever_their_shape() -> None:
    addresses = ["Hall Center 901, KW4 3FP Lake Raymond", "Alena-Köck-Platz 2, 3511 Allentsteig",
                 "Pearce Ferry 7, G5 0DH East Jameston", "Viale Emma 861, 16165 Genova (GE)"] * 3
    found = detect("IndirizzoIntestatario", *addresses)
    assert found is not None and found.category == "address"


@pytest.mark.parametrize(("name", "expected"), [
    ("data_ass", "employment"), ("DataAssunzione", "employment"), ("permesso_sogg", "id_number"),
    ("residence_permit_no", "id_number"), ("aufenthaltstitel", "id_number"), ("data_nasc", "birthdate"),
])
def test_italian_hr_abbreviations_and_residence_permits_are_read(name: str, expected: str) -> None:
    assert category(name) == expected


@pytest.mark.parametrize("name", ["data_assenza", "massa", "permesso", "sogg"])
def test_look_alikes_of_the_italian_abbreviations_say_nothing(name: str) -> None:
    assert category(name) not in ("employment", "id_number")


@pytest.mark.parametrize("value", ["Sedia a rotelle: camera accessibile", "Gravidanza: letto matrimoniale",
                                   "Celiachia: colazione senza glutine", "Apnee notturne, usa CPAP",
                                   "Diabetico: frigo per insulina", "fauteuil roulant", "schwanger"])
def test_italian_and_other_health_words_say_health(value: str) -> None:
    assert says_health(value)


@pytest.mark.parametrize("value", ["disabled", "Disabled", "invalid", "disabilitato", "invalido", "enabled",
                                   "Piano alto, lontano dall'ascensore"])
def test_statuses_that_start_like_a_health_word_are_not_health(value: str) -> None:
    assert not says_health(value)


def test_a_status_list_with_disabled_is_not_health_codes() -> None:
    assert health_codes("t", "stato", ["enabled"] * 8 + ["disabled"] * 4 + ["pending"] * 3) is None


def test_guests_preferences_naming_conditions_are_health() -> None:
    preferences = (["Sedia a rotelle: camera accessibile, doccia a filo"] * 4 + ["Gravidanza: no piano terra"] * 3
                   + ["Piano alto, lontano dall'ascensore"] * 3 + ["Vegetariana"] * 2)
    found = detect("Preferenze", *preferences, ctx=PEOPLE)
    assert found is not None and found.category == "health" and found.sensitive


@pytest.mark.parametrize("value", ["reservations.venezia@hotel.it", "amministrazione@pec.azienda.it",
                                   "tecnoimpianti@pec.it", "studio.rossi@legalmail.it", "ufficio@comune.it"])
def test_certified_and_role_mailboxes_are_a_companys(value: str) -> None:
    assert is_company_mailbox(value)


@pytest.mark.parametrize("value", ["mario.rossi@gmail.com", "pec.lover@gmail.com", "infolinda@libero.it",
                                   "jobsworth@x.org"])
def test_personal_mailboxes_are_not_a_companys(value: str) -> None:
    assert not is_company_mailbox(value) and not is_role_email(value)


def test_a_column_of_companies_certified_mailboxes_is_not_personal() -> None:
    pec = ["tecnoimpiantiveneto@pec.it", "studioferrigalli@legalmail.it", "amministrazione@pec.lombarda.it"] * 5
    assert detect("PecDestinatario", *pec) is None
    private = [f"guest{i}@gmail.com" for i in range(12)] + pec[:3]
    found = detect("PecDestinatario", *private)
    assert found is not None and found.category == "email"


def test_a_payments_transaction_ids_at_its_provider_are_per_event() -> None:
    intents = [f"pi_3PQmGjzaEGZivW5Goh{i:04d}Ywd" for i in range(12)]
    assert detect("RifTransazione", *intents) is None
    found = detect("RifCliente", *intents)  # a customer's id at the provider: one person's
    assert found is not None and found.category == "identifier"
