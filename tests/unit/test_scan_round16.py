"""The detector's sixteenth round of generalization, after the Portuguese pharmacy chain:
Portuguese health-service and social-security numbers, a professional licence, a
prescription's access codes, an order's deep link, pay and balances (vencimento,
saldo), localidade, pharmacies and laboratories as the business's own tables, a NIF as
a tax number companies have too, and a product's CNP that is no Romanian CNP. Every rule
comes with look-alikes that must not match."""

from __future__ import annotations


import pytest

from dumpscrub.checks.detect import TableContext, table_context
from dumpscrub.checks.naming import ValueEvidence
from support.detector import LINKED, category, detect


UTENTES = ["nIdUtente", "strNome", "strNIF", "dtNascimento", "strEmail"]


@pytest.mark.parametrize(("name", "expected"), [
    ("strNumUtenteSNS", "national_id"), ("strNISS", "national_id"), ("strNumBeneficiario", "id_number"),
    ("strCedulaProfissional", "id_number"), ("strLocalidade", "city"), ("nSaldoContaCorrente", "financial"),
    ("nVencimentoBase", "financial"), ("strNIF", "national_id"),
])
def test_portuguese_names_are_read(name: str, expected: str) -> None:
    utentes = table_context("tblUtentes", [*UTENTES, name])
    assert utentes.is_people
    assert category(name, utentes) == expected


def test_a_prescriptions_access_codes_and_an_orders_deep_link() -> None:
    receitas = table_context("tblReceitas", ["nIdReceita", "strCodAcesso", "strCodOpcao"], references_people=True)
    assert category("strCodAcesso", receitas) == "identifier" and category("strCodOpcao", receitas) == "identifier"
    assert category("access_code", TableContext()) is None  # a door's or an API's, in a table of no one
    assert category("deep_link_code", TableContext()) == "identifier"
    assert category("dtVencimento", table_context("tblFaturas", ["nIdFatura", "dtVencimento"])) is None  # a due date


def test_pharmacies_and_laboratories_are_the_businesss_own() -> None:
    assert table_context("tblFarmacias", ["nIdFarmacia", "strNome", "strNIF", "strMorada", "strEmail"]).is_company
    assert table_context("tblLaboratorios", ["nIdLaboratorio", "strNome", "strNIF", "strIBAN"]).is_company
    # named as neither: legal forms in its names make it a company's, a NIF does not say a person
    entities = table_context("tblEntidades", ["nIdEntidade", "strNome", "strNIF", "strIBAN"],
                             evidence=ValueEvidence(is_company=True))
    assert entities.is_company
    assert not table_context("tblEntidades", ["strNome", "strNIF", "dtNascimento"],
                             evidence=ValueEvidence(is_company=True)).is_company  # a birth date is a person's


def test_a_products_cnp_is_no_persons() -> None:
    products = table_context("tblProdutos", ["nIdProduto", "strCNP", "strDesignacao", "nPVP"])
    assert products.is_catalogue
    codes = ["2077376", "6816390", "2435823", "8744740", "6897925"]
    assert detect("strCNP", *codes, ctx=products) is None
    romanian = ["1800101221144", "2850512123457", "1760422456780"]  # personal numeric codes
    found = detect("cnp", *romanian, ctx=LINKED)
    assert found is not None and found.category == "national_id"
