"""The detector's seventeenth round of generalization, after the Romanian ride-hailing
app: an employee's base pay (salariu), an identity card's series (seria CI) and a
professional driver's certificate (atestat), with look-alikes that must not match. (The
round's other change is verify's: an address a scrubbed text quotes, drawn from the same
street lists as an original, is chance; see test_verify.py.)"""

from __future__ import annotations

import pytest

from dumpscrub.checks.detect import TableContext, table_context

SALARIATI = ["ID_SALARIAT", "NUME", "PRENUME", "CNP", "DATA_NASTERII"]


@pytest.mark.parametrize(("name", "expected"), [
    ("SALARIU_BAZA", "financial"), ("SERIE_CI", "id_number"), ("NUMAR_CI", "id_number"),
    ("atestatNumber", "id_number"),
])
def test_romanian_staff_and_driver_names_are_read(name: str, expected: str) -> None:
    staff = table_context("SALARIATI", [*SALARIATI, name])
    found = staff.match(name)
    assert found is not None and found.category == expected


def test_a_salary_only_where_people_are() -> None:
    assert TableContext().match("SALARIU_BAZA") is None  # a grid of base salaries, no one's
    assert TableContext().match("SERIE_FACTURA") is None  # an invoice's series
