"""The detector's nineteenth round of generalization, after the Brazilian online shop: an
address's neighbourhood and second line (bairro, complemento), a state (uf), a house
number as the bare number column right after a street (logradouro, numero), an
affiliate's balance, affiliates as people, Portuguese settings tables; and init's house
numbers. Every rule comes with look-alikes that must not match."""

from __future__ import annotations

import pytest

from dumpscrub.checks.detect import TableContext, table_context

ENDERECO = ["id", "cliente_id", "destinatario", "cep", "logradouro", "numero", "complemento", "bairro", "cidade",
            "uf"]


@pytest.mark.parametrize(("name", "expected"), [
    ("numero", "address"), ("complemento", "address"), ("bairro", "address"), ("uf", "region"),
])
def test_a_brazilian_address_is_read(name: str, expected: str) -> None:
    addresses = table_context("clientes_endereco", ENDERECO, references_people=True)
    found = addresses.match(name)
    assert found is not None and found.category == expected


def test_a_number_is_a_house_number_only_right_after_a_street() -> None:
    invoices = table_context("faturas", ["id", "numero", "cliente_id", "logradouro", "total"], references_people=True)
    assert invoices.match("numero") is None  # the invoice's own number
    assert table_context("pedidos", ["id", "numero", "total"], references_people=True).match("numero") is None
    streets = table_context("kunden", ["id", "name", "strasse", "nr", "plz"])
    assert streets.match("nr").category == "address"


def test_affiliates_balances_and_portuguese_settings() -> None:
    affiliates = table_context("afiliados_afiliado", ["id", "nome", "cpf", "email", "saldo"])
    assert affiliates.is_people and affiliates.match("saldo").category == "financial"
    assert TableContext().match("saldo") is None  # a stock's balance, in a table of no one
    assert table_context("core_configuracao", ["id", "chave", "valor"]).is_settings


def test_a_column_of_street_names_is_no_column_of_towns() -> None:
    from dumpscrub.checks.detect import Sample, detect_column
    from dumpscrub.model import Column
    from dumpscrub import model
    streets = ["Rua Augusta", "Rua Oscar Freire", "Alameda Santos", "Avenida Paulista", "Rua Augusta"] * 4
    sample = Sample()
    for value in streets:
        sample.add(value)
    ctx = TableContext(is_people=True, is_linked=True, has_location=True)
    found = detect_column("t", "logradouro", Column("logradouro", "varchar", model.TEXT), sample, ctx)
    assert found is not None and found.category == "address"
