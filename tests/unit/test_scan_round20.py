"""The detector's twentieth round of generalization, after the Zurich private bank's CRM:
a sessions table's serialized attributes quoting e-mail addresses (Spring Session's
attribute_bytes), which init empties, a civil status (Zivilstand), a document number
(dok_nummer) and a settings table named in the singular (einstellung). Every rule comes
with look-alikes that must not match."""

from __future__ import annotations

from dumpscrub import model
from dumpscrub.checks.detect import table_context
from dumpscrub.checks.values import quotes_email_in_bytes
from support.detector import LINKED, PEOPLE, PLAIN, category, detect

SERIALIZED = "\\xaced0005737200" + "anna.meier@bluewin.ch".encode().hex() + "7870"


def test_a_sessions_serialized_attributes_quoting_e_mails_are_an_identifier() -> None:
    assert quotes_email_in_bytes(SERIALIZED)
    assert quotes_email_in_bytes("\xac\xed\x00\x05t\x00\x15anna.meier@bluewin.ch")
    assert not quotes_email_in_bytes("\\xaced00057372" + "SPRING_SECURITY_CONTEXT".encode().hex())
    blobs = [SERIALIZED] * 3 + ["\\xaced0005740003" + "fr".encode().hex()] * 3
    found = detect("attribute_bytes", *blobs, ctx=PLAIN, table="spring_session_attributes", kind=model.BINARY)
    assert found is not None and found.category == "identifier"
    assert detect("attribute_bytes", *blobs, ctx=PLAIN, table="cache_entries", kind=model.BINARY) is None


def test_swiss_german_names() -> None:
    assert category("zivilstand", PEOPLE) == "family"
    assert category("dok_nummer", LINKED) == "id_number"
    assert category("dok_nummer", PLAIN) is None  # an invoice's document number, in a table of no one
    assert table_context("einstellung", ["id", "schluessel", "wert"]).is_settings
