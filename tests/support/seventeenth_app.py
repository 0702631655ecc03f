"""The seventeenth held-out application: a Portuguese pharmacy chain's Delphi back office and Shopware 6 online shop.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the sixteen other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/seventeenth/labels.yml) before any detector ran on it.

"Farmácias Sol Nascente" (fictional), a chain of nine pharmacies around Porto and
Lisbon, sells medicines at the counter and parapharmacy online. Two systems share one
database, and the names show it. The back office is a Delphi application that a Braga
software house sold to pharmacies in the 2000s, moved from Firebird: `tbl` tables in
PascalCase Portuguese and Hungarian notation on every column (`n` numbers, `str`
strings, `dt` dates, `ch` chars, `b` booleans, `mem` memo fields, `blb` blobs):
`tblFarmacias` the pharmacies (INFARMED licence, the company's NIF, the shop's phone and
mailbox, and `strDirTecnica`, the pharmacist who is each pharmacy's technical director),
`tblLaboratorios` the suppliers (NIFs with their check digit, order mailboxes, IBANs,
and `strContacto`, the sales representative), `tblProdutos` the catalogue (the 7-digit
CNP, the active substance, the ATC code, prescription-only and reimbursement tier),
`tblUtentes` the regular customers with a pharmacy account (`strNome` the full name,
`strNIF` the tax number with its check digit, `strNumUtenteSNS` the national health
service number, `strCartaoCidadao` the citizen card number with its check characters,
`dtNascimento`, `chSexo`, `strMorada`, `strCodPostal` 4150-563, `strLocalidade`,
`strTelemovel`, `strTelefone`, `strEmail`, `strIBAN` for the direct debit of the
account, `strSubsistema` ADSE/SAMS/Médis and `strNumBeneficiario`, the account's
`nSaldoContaCorrente`, `memObservacoes` with diabetes, methadone, a pregnancy, a
daughter's phone, an IBAN, and `blbAssinaturaRGPD`, the PNG of the consent signature),
`tblColaboradores` the staff (`strLogin`, an unsalted SHA-1 `strPasswordHash`, NIF,
NISS the social security number with its check digit, citizen card, the Ordem dos
Farmacêuticos `strCedulaProfissional`, birth date, address, phones, a private and a work
e-mail, salary IBAN and base pay, a JPEG `blbFoto`), `tblReceitas` the prescriptions
dispensed (the 19-digit prescription number with its 6-digit access and 4-digit option
codes that let anyone dispense it, the patient's SNS number as a foreign key to
`tblUtentes.strNumUtenteSNS`, the prescribing doctor and their licence number, the
health centre, the pharmacist's notes, the JPEG scan of a handwritten prescription),
`tblVendas` the sales (invoice numbers FR F03/2025/004512 and their ATCUD, the buyer's
NIF for e-fatura or 999999990 for an anonymous consumer, the MB WAY phone of a payment)
and `tblVendasLinhas`. The online shop is Shopware 6 (snake_case, `binary(16)` UUID keys,
`custom_fields` JSON): `customer` (`customer_number`, `title`, names, `email`, a bcrypt
`password`, `birthday`, `company`, `vat_ids`, `custom_fields` with the loyalty card, the
NIF and allergies, `remote_address` in full before an upgrade and anonymized to /24 or
/48 after it), `customer_address` (street, floor, zipcode, city, phone), `order` (the
`customer_comment`, the `deep_link_code` that opens an order without logging in),
`order_customer` (the buyer as the order saw them) and `system_config` (the shop's
settings: the company's address, phone, mailboxes, VAT number and IBAN).

Everything here is the original side: the rows (`make_pharmacy`, drawn from a seeded
`random.Random` and a seeded Faker, so every server gets the same ones), the DDL (built
from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted, so the mixed
case survives PostgreSQL and `order` survives every server), `create`, and the personal
e-mails and IBANs a leak check looks for (the pharmacies', the suppliers' and the shop's
mailboxes and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import string
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Pharmacy", "create", "dump", "load_labels", "make_pharmacy"]

SEED = 20260702
LABELS = Path(__file__).resolve().parents[1] / "seventeenth" / "labels.yml"
PATIENT_COUNT = 220
STAFF_COUNT = 54
CUSTOMER_COUNT = 165
ORDER_COUNT = 240
PRESCRIPTION_COUNT = 260
SALE_COUNT = 300
TODAY = dt.date(2025, 11, 28)
OWN_DOMAIN = "farmaciassol.pt"

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "longblob", "text": "text", "bool": "tinyint(1)",
                "uuid": "binary(16)"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "text": "text", "bool": "boolean",
                   "uuid": "bytea"},
    "sqlite": {"ts": "datetime", "json": "json", "blob": "blob", "text": "text", "bool": "boolean",
               "uuid": "blob"},
}

# Every table's column definitions ("name type constraints"), parents before children.
SCHEMA: dict[str, tuple[str, ...]] = {
    # -- the Delphi back office (Hungarian notation, moved from Firebird) --
    "tblFarmacias": (
        "nIdFarmacia integer PRIMARY KEY", "strCodigo char(3) NOT NULL UNIQUE", "strNome varchar(60) NOT NULL",
        "strAlvara varchar(10) NOT NULL", "strNIF char(9) NOT NULL", "strMorada varchar(100) NOT NULL",
        "strCodPostal char(8) NOT NULL", "strLocalidade varchar(40) NOT NULL", "strTelefone varchar(20)",
        "strEmail varchar(80)", "strDirTecnica varchar(80) NOT NULL", "strHorario varchar(60)",
        "nLatitude decimal(9,6)", "nLongitude decimal(9,6)", "bAtiva {bool} NOT NULL"),
    "tblLaboratorios": (
        "nIdLaboratorio integer PRIMARY KEY", "strNome varchar(80) NOT NULL", "strNIF char(9) NOT NULL",
        "strMorada varchar(100)", "strCodPostal char(8)", "strLocalidade varchar(40)", "strTelefone varchar(20)",
        "strEmail varchar(80)", "strIBAN varchar(34)", "strContacto varchar(80)",
        "nPrazoPagamento smallint NOT NULL", "bAtivo {bool} NOT NULL"),
    "tblProdutos": (
        "nIdProduto integer PRIMARY KEY", "strCNP char(7) NOT NULL UNIQUE", "strDesignacao varchar(120) NOT NULL",
        "strDCI varchar(80)", "strCodATC varchar(8)", "strForma varchar(40)", "nPVP decimal(8,2) NOT NULL",
        "nTaxaIVA decimal(4,2) NOT NULL", "bMSRM {bool} NOT NULL", "bGenerico {bool} NOT NULL", "chEscalao char(1)",
        "nIdLaboratorio integer NOT NULL", "nStock integer NOT NULL"),
    "tblUtentes": (
        "nIdUtente integer PRIMARY KEY", "nIdFarmacia integer NOT NULL", "strNome varchar(100) NOT NULL",
        "strNIF char(9)", "strNumUtenteSNS char(9) UNIQUE", "strCartaoCidadao varchar(16)", "dtNascimento date",
        "chSexo char(1)", "strMorada varchar(120)", "strCodPostal char(8)", "strLocalidade varchar(40)",
        "strTelemovel varchar(20)", "strTelefone varchar(20)", "strEmail varchar(120)", "strIBAN varchar(34)",
        "strSubsistema varchar(20)", "strNumBeneficiario varchar(20)", "nSaldoContaCorrente decimal(10,2) NOT NULL",
        "memObservacoes {text}", "blbAssinaturaRGPD {blob}", "bConsentimentoRGPD {bool} NOT NULL",
        "bConsentimentoMarketing {bool} NOT NULL", "dtRegisto {ts} NOT NULL", "dtAlteracao {ts}"),
    "tblColaboradores": (
        "nIdColaborador integer PRIMARY KEY", "nIdFarmacia integer NOT NULL", "strNome varchar(100) NOT NULL",
        "strLogin varchar(20) NOT NULL UNIQUE", "strPasswordHash char(40) NOT NULL", "strNIF char(9) NOT NULL",
        "strNISS char(11) NOT NULL", "strCartaoCidadao varchar(16)", "strCedulaProfissional varchar(10)",
        "strCategoria varchar(40) NOT NULL", "dtNascimento date NOT NULL", "chSexo char(1) NOT NULL",
        "strMorada varchar(120)", "strCodPostal char(8)", "strLocalidade varchar(40)", "strTelemovel varchar(20)",
        "strEmailPessoal varchar(120)", "strEmailProf varchar(120)", "strIBAN varchar(34) NOT NULL",
        "nVencimentoBase decimal(8,2) NOT NULL", "dtAdmissao date NOT NULL", "blbFoto {blob}",
        "bAtivo {bool} NOT NULL"),
    "tblReceitas": (
        "nIdReceita integer PRIMARY KEY", "strNumReceita char(19) NOT NULL UNIQUE", "strCodAcesso char(6)",
        "strCodOpcao char(4)", "strTipo char(3) NOT NULL", "nIdUtente integer",
        "strNumUtenteSNS char(9)", "strMedico varchar(80) NOT NULL", "strCedulaMedico varchar(8) NOT NULL",
        "strLocalPrescricao varchar(80)", "dtPrescricao date NOT NULL", "dtValidade date NOT NULL",
        "dtDispensa {ts} NOT NULL", "memNotas {text}", "blbDigitalizacao {blob}", "nIdColaborador integer NOT NULL"),
    "tblVendas": (
        "nIdVenda integer PRIMARY KEY", "nIdFarmacia integer NOT NULL", "strNumDocumento varchar(24) NOT NULL UNIQUE",
        "strATCUD varchar(20) NOT NULL", "nIdUtente integer", "strNIFCliente char(9)", "nTotal decimal(10,2) NOT NULL",
        "nComparticipacao decimal(10,2) NOT NULL", "nIVA decimal(10,2) NOT NULL",
        "strMeioPagamento varchar(8) NOT NULL", "strTelemovelMBWay varchar(20)", "dtVenda {ts} NOT NULL",
        "nIdColaborador integer NOT NULL"),
    "tblVendasLinhas": (
        "nIdLinha integer PRIMARY KEY", "nIdVenda integer NOT NULL", "nIdProduto integer NOT NULL",
        "nIdReceita integer", "nQuantidade smallint NOT NULL", "nPrecoUnit decimal(8,2) NOT NULL",
        "nComparticipacao decimal(8,2) NOT NULL", "nDesconto decimal(8,2) NOT NULL"),
    # -- the Shopware 6 online shop --
    "customer": (
        "id {uuid} PRIMARY KEY", "customer_number varchar(255) NOT NULL", "title varchar(100)",
        "first_name varchar(255) NOT NULL", "last_name varchar(255) NOT NULL", "email varchar(254) NOT NULL",
        "password varchar(1024)", "birthday date", "company varchar(255)", "vat_ids {json}", "custom_fields {json}",
        "active {bool} NOT NULL", "guest {bool} NOT NULL", "newsletter {bool} NOT NULL", "first_login date",
        "last_login {ts}", "remote_address varchar(255)", "default_billing_address_id {uuid}",
        "created_at {ts} NOT NULL", "updated_at {ts}"),
    "customer_address": (
        "id {uuid} PRIMARY KEY", "customer_id {uuid} NOT NULL", "company varchar(255)", "department varchar(35)",
        "first_name varchar(255) NOT NULL", "last_name varchar(255) NOT NULL", "street varchar(255) NOT NULL",
        "additional_address_line1 varchar(255)", "zipcode varchar(50)", "city varchar(255) NOT NULL",
        "country_id {uuid} NOT NULL", "phone_number varchar(40)", "created_at {ts} NOT NULL", "updated_at {ts}"),
    "order": (
        "id {uuid} PRIMARY KEY", "version_id {uuid} NOT NULL", "order_number varchar(64) NOT NULL UNIQUE",
        "amount_total decimal(10,2) NOT NULL", "amount_net decimal(10,2) NOT NULL",
        "shipping_total decimal(10,2) NOT NULL", "order_date_time {ts} NOT NULL", "customer_comment {text}",
        "deep_link_code varchar(32) NOT NULL UNIQUE", "affiliate_code varchar(255)", "campaign_code varchar(255)",
        "created_at {ts} NOT NULL"),
    "order_customer": (
        "id {uuid} PRIMARY KEY", "order_id {uuid} NOT NULL", "customer_id {uuid}", "email varchar(254) NOT NULL",
        "title varchar(100)", "first_name varchar(255) NOT NULL", "last_name varchar(255) NOT NULL",
        "company varchar(255)", "customer_number varchar(255)", "remote_address varchar(255)",
        "created_at {ts} NOT NULL"),
    "system_config": (
        "id {uuid} PRIMARY KEY", "configuration_key varchar(255) NOT NULL", "configuration_value {json} NOT NULL",
        "sales_channel_id {uuid}", "created_at {ts} NOT NULL", "updated_at {ts}"),
}
COLUMNS = apps.columns_of(SCHEMA)

# The Delphi application checked its joins itself; the keys were declared when it moved
# from Firebird. tblReceitas joins the patient by their SNS number (the number the
# prescription carries), not by nIdUtente, which walk-in patients do not have.
FOREIGN_KEYS = (
    _fk("tblProdutos", ["nIdLaboratorio"], "tblLaboratorios", ["nIdLaboratorio"]),
    _fk("tblUtentes", ["nIdFarmacia"], "tblFarmacias", ["nIdFarmacia"]),
    _fk("tblColaboradores", ["nIdFarmacia"], "tblFarmacias", ["nIdFarmacia"]),
    _fk("tblReceitas", ["nIdUtente"], "tblUtentes", ["nIdUtente"]),
    _fk("tblReceitas", ["strNumUtenteSNS"], "tblUtentes", ["strNumUtenteSNS"]),
    _fk("tblReceitas", ["nIdColaborador"], "tblColaboradores", ["nIdColaborador"]),
    _fk("tblVendas", ["nIdFarmacia"], "tblFarmacias", ["nIdFarmacia"]),
    _fk("tblVendas", ["nIdUtente"], "tblUtentes", ["nIdUtente"]),
    _fk("tblVendas", ["nIdColaborador"], "tblColaboradores", ["nIdColaborador"]),
    _fk("tblVendasLinhas", ["nIdVenda"], "tblVendas", ["nIdVenda"]),
    _fk("tblVendasLinhas", ["nIdProduto"], "tblProdutos", ["nIdProduto"]),
    _fk("tblVendasLinhas", ["nIdReceita"], "tblReceitas", ["nIdReceita"]),
    _fk("customer_address", ["customer_id"], "customer", ["id"]),
    _fk("order_customer", ["order_id"], "order", ["id"]),
    _fk("order_customer", ["customer_id"], "customer", ["id"]),
)

PHARMACIES = (  # code, name, street, postcode, town, phone, mailbox, lat, lng
    ("PBV", "Farmácia Sol Boavista", "Avenida da Boavista 1837", "4100-133", "Porto", "+351 226 104 220",
     "boavista", "41.157944", "-8.645123"),
    ("PAN", "Farmácia Sol Antas", "Rua Paulo da Gama 512", "4350-251", "Porto", "+351 225 091 377", "antas",
     "41.161002", "-8.586402"),
    ("MAT", "Farmácia Sol Matosinhos", "Rua Brito Capelo 221", "4450-071", "Matosinhos", "+351 229 372 118",
     "matosinhos", "41.183310", "-8.691520"),
    ("GAI", "Farmácia Sol Gaia Centro", "Avenida da República 1450", "4430-196", "Vila Nova de Gaia",
     "+351 223 751 904", "gaia", "41.126402", "-8.606788"),
    ("MAI", "Farmácia Sol Maia", "Rua Dr. Carlos Pires Felgueiras 88", "4470-157", "Maia", "+351 229 487 630",
     "maia", "41.235140", "-8.621830"),
    ("BRG", "Farmácia Sol Braga", "Avenida da Liberdade 703", "4710-251", "Braga", "+351 253 218 455", "braga",
     "41.548120", "-8.421130"),
    ("LAV", "Farmácia Sol Avenidas Novas", "Avenida de Berna 34", "1050-042", "Lisboa", "+351 217 960 332",
     "avenidas", "38.737501", "-9.147012"),
    ("LCA", "Farmácia Sol Campo de Ourique", "Rua Ferreira Borges 121", "1350-130", "Lisboa", "+351 213 885 170",
     "campodeourique", "38.716021", "-9.166830"),
    ("OEI", "Farmácia Sol Oeiras Parque", "Avenida António Bernardo Cabral de Macedo", "2770-219",
     "Paço de Arcos", "+351 214 402 618", "oeiras", "38.704210", "-9.302881"),
)
LABS = (  # name, street, postcode, town, phone, mailbox, domain, bank code
    ("OCP Portugal - Produtos Farmacêuticos, S.A.", "Rua Professor Henrique de Barros 4", "2685-338", "Prior Velho",
     "+351 219 409 300", "encomendas", "ocp.pt", "0035"),
    ("Cooprofar - Cooperativa dos Proprietários de Farmácia, C.R.L.", "Rua Ilha de São Miguel 1", "4410-199",
     "Vila Nova de Gaia", "+351 227 536 500", "geral", "cooprofar.pt", "0036"),
    ("Alliance Healthcare, S.A.", "Rua Engenheiro Ferreira Dias 728", "4100-246", "Porto", "+351 226 197 000",
     "clientes", "alliance-healthcare.pt", "0033"),
    ("Laboratórios Basi - Indústria Farmacêutica, S.A.", "Parque Industrial Manuel Lourenço Ferreira, Lote 15",
     "3450-232", "Mortágua", "+351 231 920 250", "comercial", "basi.pt", "0010"),
    ("Bluepharma - Indústria Farmacêutica, S.A.", "São Martinho do Bispo", "3045-016", "Coimbra",
     "+351 239 800 300", "orders", "bluepharma.pt", "0035"),
    ("Bial - Portela & Ca, S.A.", "À Avenida da Siderurgia Nacional", "4745-457", "Coronado (S. Romão e S. Mamede)",
     "+351 229 866 100", "info", "bial.com", "0018"),
    ("Medinfar Sorológico - Produtos Farmacêuticos, S.A.", "Rua Henrique Paiva Couceiro 29", "2700-451",
     "Amadora", "+351 214 997 400", "vendas", "medinfar.pt", "0007"),
    ("Uriage Portugal, Lda.", "Rua Castilho 39, 9.º", "1250-068", "Lisboa", "+351 213 303 810", "encomendas",
     "uriage.pt", "0033"),
    ("Avène - Pierre Fabre Dermo-Cosmétique Portugal, Lda.", "Rua Rodrigo da Fonseca 178", "1099-067", "Lisboa",
     "+351 213 816 740", "pedidos", "pierre-fabre.pt", "0010"),
)
PRODUCTS = (  # designation, substance, ATC, form, price, VAT, prescription-only, generic, tier
    ("Ben-u-ron 1 g comprimidos x 18", "Paracetamol", "N02BE01", "Comprimido", "4.59", "6", False, False, "C"),
    ("Brufen 400 mg comprimidos x 20", "Ibuprofeno", "M01AE01", "Comprimido revestido", "3.89", "6", False, False,
     "C"),
    ("Metformina Generis 850 mg x 60", "Metformina", "A10BA02", "Comprimido", "3.15", "6", True, True, "A"),
    ("Losartan Basi 50 mg x 56", "Losartan", "C09CA01", "Comprimido", "5.42", "6", True, True, "A"),
    ("Sinvastatina Bluepharma 20 mg x 60", "Sinvastatina", "C10AA01", "Comprimido", "4.27", "6", True, True, "B"),
    ("Omeprazol Medinfar 20 mg x 56", "Omeprazol", "A02BC01", "Cápsula", "6.80", "6", True, True, "C"),
    ("Eutirox 0,1 mg x 60", "Levotiroxina", "H03AA01", "Comprimido", "3.60", "6", True, False, "A"),
    ("Lantus SoloStar 100 U/ml x 5", "Insulina glargina", "A10AE04", "Solução injetável", "52.10", "6", True,
     False, "A"),
    ("Sertralina Bluepharma 50 mg x 60", "Sertralina", "N06AB06", "Comprimido", "7.95", "6", True, True, "C"),
    ("Xarelto 20 mg x 28", "Rivaroxabano", "B01AF01", "Comprimido revestido", "61.88", "6", True, False, "B"),
    ("Amoxicilina + Ácido Clavulânico Basi 875/125 x 16", "Amoxicilina + Ácido clavulânico", "J01CR02",
     "Comprimido", "7.49", "6", True, True, "B"),
    ("Ventilan 100 mcg inalador", "Salbutamol", "R03AC02", "Suspensão pressurizada", "3.12", "6", True, False, "A"),
    ("Zoloft 50 mg x 28", "Sertralina", "N06AB06", "Comprimido", "9.60", "6", True, False, "C"),
    ("Tiras Accu-Chek Guide x 50", None, None, "Tiras teste", "24.75", "6", False, False, None),
    ("Aerius 5 mg x 20", "Desloratadina", "R06AX27", "Comprimido", "8.95", "6", False, False, None),
    ("Uriage Bariéderm Cica-Creme 40 ml", None, None, "Creme", "12.90", "23", False, False, None),
    ("Avène Cleanance Gel 400 ml", None, None, "Gel", "17.49", "23", False, False, None),
    ("Leite NAN Supreme Pro 1 800 g", None, None, "Pó", "29.99", "6", False, False, None),
    ("Preservativos Durex Natural Plus x 12", None, None, "Preservativo", "11.99", "23", False, False, None),
    ("Teste de gravidez Clearblue Digital", None, None, "Teste", "14.99", "23", False, False, None),
    ("Metadona Solução Oral 1 mg/ml 1000 ml", "Metadona", "N07BC02", "Solução oral", "18.30", "6", True, False,
     "A"),
    ("Contraceptivo Yasmin x 21", "Drospirenona + Etinilestradiol", "G03AA12", "Comprimido", "15.68", "6", True,
     False, None),
)
HEALTH_CENTRES = ("USF Ramalde", "UCSP Paranhos", "Hospital de São João", "USF Infesta", "USF Horizonte (Matosinhos)",
                  "Centro Hospitalar Vila Nova de Gaia/Espinho", "USF Maia Saudável", "Hospital de Braga",
                  "USF Sete Rios", "USF Campo de Ourique", "Hospital CUF Porto", "Hospital da Luz Lisboa",
                  "Clínica Médica do Bonfim")
SUBSYSTEMS = ((None, 70), ("ADSE", 14), ("SAMS", 5), ("SAD-PSP", 2), ("ADM", 2), ("Médis", 4), ("Multicare", 3))
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "hotmail.com", "sapo.pt", "sapo.pt", "outlook.pt",
                "netcabo.pt", "iol.pt", "clix.pt", "hotmail.com", "live.com.pt")
BANKS = (("0035", "CGDIPTPL"), ("0033", "BCOMPTPL"), ("0010", "BBPIPTPL"), ("0018", "TOTAPTPL"),
         ("0007", "BESCPTPL"), ("0036", "MPIOPTPL"), ("0045", "CCCMPTPL"))
IP_FIRSTS = (2, 85, 89, 94, 148, 188, 193, 213)
IPV6_PREFIXES = ("2001:818", "2001:8a0", "2a01:14", "2001:690")
MOBILE_PREFIXES = ("91", "91", "92", "93", "93", "96", "96")
CATEGORIES = (("Farmacêutico(a)", 1650, 0.35), ("Farmacêutico(a) Adjunto(a)", 1420, 0.15),
              ("Técnico(a) de Farmácia", 1080, 0.3), ("Técnico(a) Auxiliar", 905, 0.15), ("Administrativo(a)", 880,
                                                                                         0.05))
PATIENT_NOTES = (
    "Diabética tipo 2, leva tiras Accu-Chek todos os meses.",
    "Paga ao fim do mês. Se faltar contactar a filha {name} ({phone}).",
    "Hipertenso, toma Losartan 50 mg. Alergia à penicilina!",
    "Acamado - entregar em casa. A vizinha {name} tem a chave.",
    "Débito direto autorizado na conta {iban}.",
    "Programa de metadona (CRI Porto Ocidental), toma observada às 9h.",
    "Quer a fatura por e-mail: {email}",
    "Grávida de 20 semanas - confirmar sempre a medicação com a médica.",
    "Não tem telemóvel, ligar para o filho {name} {phone}.",
    "Doente oncológico (IPO), levanta aqui a medicação hospitalar.",
    "Seropositivo, terapêutica antirretroviral da farmácia hospitalar. Discrição.",
    "Cliente antigo, desconto de 5% autorizado pelo Dr. Sousa.",
    None, None, None, None, None, None, None, None, None, None,
)
PRESCRIPTION_NOTES = (
    "Insuficiência renal crónica - dose confirmada com o(a) {doctor}.",
    "Trocado por genérico a pedido do utente.",
    "Esgotado; encomendado à Cooprofar. Avisar pelo {phone} quando chegar.",
    "Levantado pela esposa, {name}, CC {cc}.",
    "Receita manual - médico sem acesso ao sistema, justificação b).",
    "Utente com demência, medicação entregue ao cuidador {name}.",
    None, None, None, None, None, None, None, None,
)
ORDER_COMMENTS = (
    "Por favor entregar ao porteiro. Telemóvel {phone}.",
    "Fatura em nome de {name}, NIF {nif}.",
    "É um presente para a minha mãe, não ponham a fatura dentro da caixa.",
    "Preciso do leite para o bebé até sexta-feira, obrigada!",
    "Se não estiver ninguém deixem na Farmácia Sol Boavista.",
    "Devolvam o valor da encomenda anterior para o IBAN {iban}, por favor.",
    "Sou alérgica ao níquel, confirmem que o termómetro não tem metal. {name}",
    "Ligar antes de entregar: {phone}",
    None, None, None, None, None, None, None, None, None, None, None, None,
)
ALLERGIES = ("penicilina", "ácido acetilsalicílico", "látex", "sulfamidas", "níquel", "frutos secos", "ibuprofeno")
TITLES = (None, None, None, None, None, None, "Dr.", "Dra.", "Eng.", "Prof.")
PORTUGAL = bytes.fromhex("018e1c2a7f1a71f2b0d6c4f3e9a15b27")  # Shopware's country id
LIVE_VERSION = bytes.fromhex("0fa91ce3e96a4bc2be4bd9ce752c3425")  # Shopware's live version id
DOCTOR_FIRST = ("Rui", "Ana", "Pedro", "Marta", "João", "Inês", "Miguel", "Catarina", "Nuno", "Sofia", "Luís",
                "Teresa")


@dataclass
class Pharmacy:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the pharmacies', suppliers' or shop's)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def nif_digit(eight: str) -> str:
    """The check digit of a Portuguese tax number (NIF/NIPC): weights 9 to 2, mod 11."""
    r = sum(int(d) * (9 - i) for i, d in enumerate(eight)) % 11
    return "0" if r < 2 else str(11 - r)


def niss_digit(ten: str) -> str:
    """The check digit of a Portuguese social security number (NISS)."""
    weights = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)
    return str(9 - sum(int(d) * w for d, w in zip(ten, weights)) % 10)


def ean_digit(twelve: str) -> str:
    """The EAN-13 check digit (the loyalty card's barcode)."""
    return str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve)) % 10) % 10)


def cc_number(civil: str, version: str) -> str:
    """A citizen card (Cartão de Cidadão) number: civil id, its check digit, version, the last check digit."""
    check = str((11 - sum(int(d) * (9 - i) for i, d in enumerate(civil)) % 11) % 10)
    body = civil + check + version
    for last in string.digits:
        total = 0
        for i, ch in enumerate(reversed(body + last)):
            value = int(ch, 36)
            if i % 2 == 1:
                value *= 2
                if value >= 10:
                    value -= 9
            total += value
        if total % 10 == 0:
            return f"{civil} {check} {version}{last}"
    raise AssertionError("no check digit")


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (8, 21)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (8, 21)) -> str:
    """A moment between two years, never after the day of the dump."""
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    return _at(start + dt.timedelta(days=rng.randint(0, (end - start).days)), rng, hours)


def _plus(when: str, days: int, rng: random.Random, hours: tuple[int, int] = (8, 21)) -> str:
    return _at(min(dt.date.fromisoformat(when[:10]) + dt.timedelta(days=days), TODAY), rng, hours)


def _pt_date(day: str) -> str:
    d = dt.date.fromisoformat(day[:10])
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Portuguese values: phones, e-mails, accounts, documents, numbers with check digits."""

    def __init__(self, rng: random.Random, m: Pharmacy) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def uuid(self) -> bytes:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4).bytes

    def mobile(self, style: str = "any") -> str:
        """A mobile number as typed at the counter or into the shop's form."""
        rng = self.rng
        n = self.unique(lambda: rng.choice(MOBILE_PREFIXES) + rng.choice("1235678") + self.digits(6))
        if style == "plain":
            return n
        return rng.choice((n, n, f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n}", f"+351{n}", f"+351 {n[:3]} {n[3:6]} {n[6:]}",
                           f"00351{n}"))

    def landline(self, area: str) -> str:
        rng = self.rng
        n = self.unique(lambda: area + self.digits(9 - len(area)))
        return rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n}"))

    def email(self, first: str, last: str, year: int | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(first).replace("-", ""), ascii_fold(last).replace("-", "")
        yy = f"{year % 100:02d}" if year else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}.{s}", f"{f}{s}", f"{f}_{s}", f"{f[0]}{s}", f"{s}.{f}", f"{f}{yy}",
                            f"{f}.{s}{yy}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.8 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban(self, bank: str | None = None, personal: bool = True) -> tuple[str, str]:
        """A Portuguese IBAN (compact) with a valid NIB check, and its bank's BIC."""
        rng = self.rng
        code, bic = (bank, dict(BANKS).get(bank, "CGDIPTPL")) if bank else rng.choice(BANKS)
        body = self.unique(lambda: code + self.digits(4) + self.digits(11))
        nib = body + f"{98 - int(body) * 100 % 97:02d}"
        compact = "PT" + iban_check_digits("PT", nib) + nib
        if personal:
            self.m.ibans.add(compact)
        return compact, bic

    def nif(self, company: bool = False) -> str:
        rng = self.rng
        return self.unique(lambda: (lambda e: e + nif_digit(e))(
            (rng.choice(("50", "51", "50", "98")) if company else rng.choice(("1", "2", "2", "2", "3"))
             + rng.choice("0123456789")) + self.digits(6)))

    def niss(self) -> str:
        return self.unique(lambda: (lambda t: t + niss_digit(t))("1" + self.rng.choice("12") + self.digits(8)))

    def sns(self) -> str:
        return self.unique(lambda: self.rng.choice("123") + self.digits(8))

    def cc(self) -> str:
        rng = self.rng
        return cc_number(self.unique(lambda: rng.choice("0123") + self.digits(7)),
                         rng.choice(("ZZ", "ZX", "ZY", "ZW")))

    def token(self, k: int) -> str:
        """Shopware's Random::getAlphanumericString / base64url tokens."""
        return self.unique(lambda: "".join(self.rng.choices(string.ascii_letters + string.digits, k=k)))

    def ip(self, anonymized: bool = False) -> str:
        rng = self.rng
        if rng.random() < 0.2:
            prefix = rng.choice(IPV6_PREFIXES)
            groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
            if anonymized:
                return f"{prefix}:{groups[0]}::"
            return f"{prefix}:{':'.join(groups)}"
        address = apps.ipv4(rng, IP_FIRSTS)
        return address.rsplit(".", 1)[0] + ".0" if anonymized else address


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.faker = Faker("pt_PT")
        self.faker.seed_instance(seed)
        self.m = Pharmacy()
        self.make = _Maker(self.rng, self.m)
        self.company_nif = self.make.nif(company=True)
        for table in SCHEMA:
            self.m.rows[table] = []
        self.patients: list[dict] = []
        self.staff: list[dict] = []
        self.customers: list[dict] = []
        self.prescriptions: list[dict] = []
        self.doctors: list[tuple[str, str]] = []

    def person(self, sex: str | None = None, first_year: int = 1930, last_year: int = 2007) -> dict:
        """A Portuguese person: given names, two surnames, sex, birth date, home."""
        rng, faker = self.rng, self.faker
        sex = sex or rng.choice("MF")
        first = faker.first_name_female() if sex == "F" else faker.first_name_male()
        middle = (faker.first_name_female() if sex == "F" else faker.first_name_male()) if rng.random() < 0.5 else None
        mother, father = faker.last_name(), faker.last_name()
        pharmacy = rng.randrange(len(PHARMACIES))
        town = PHARMACIES[pharmacy][4]
        zip_code = PHARMACIES[pharmacy][3][:2] + f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d}"
        floor = rng.choice(("", "", f", {rng.randint(1, 9)}.º Esq.", f", {rng.randint(1, 9)}.º Dto.", ", R/C",
                            f", {rng.randint(1, 12)}.º {rng.choice('ABCD')}"))
        street = f"{faker.street_name()} {rng.randint(1, 2400)}{floor}"
        return {"sex": sex, "born": apps.day(rng, first_year, last_year), "first": first, "middle": middle,
                "last": father, "surnames": f"{mother} {father}",
                "full": " ".join(x for x in (first, middle, mother, father) if x), "zip": zip_code, "town": town,
                "street": street, "pharmacy": pharmacy}


def _pharmacies(w: _World) -> None:
    for n, (code, name, street, zip_code, town, phone, mailbox, lat, lng) in enumerate(PHARMACIES, 1):
        director = w.staff[n - 1]
        w.m.rows["tblFarmacias"].append((
            n, code, name, f"{4100 + n * 37}", w.company_nif, street, zip_code, town, phone,
            f"{mailbox}@{OWN_DOMAIN}", f"Dr.{'ª' if director['sex'] == 'F' else ''} {director['short']}",
            "Seg-Sex 08:30-20:00; Sáb 09:00-13:00" if n % 3 else "Todos os dias 08:00-24:00", Decimal(lat),
            Decimal(lng), True))


def _labs(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, street, zip_code, town, phone, mailbox, domain, bank) in enumerate(LABS, 1):
        rep = w.person(first_year=1965, last_year=1995)
        w.m.rows["tblLaboratorios"].append((
            n, name, make.nif(company=True), street, zip_code, town, phone, f"{mailbox}@{domain}",
            grouped(make.iban(bank, personal=False)[0]) if n % 2 else make.iban(bank, personal=False)[0],
            f"{rep['first']} {rep['last']}" if rng.random() < 0.8 else None, rng.choice((30, 60, 60, 90)),
            n != 8))


def _products(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, substance, atc, form, price, vat, msrm, generic, tier) in enumerate(PRODUCTS, 1):
        w.m.rows["tblProdutos"].append((
            n, make.unique(lambda: rng.choice("5628") + make.digits(6)), name, substance, atc, form, Decimal(price),
            Decimal(vat), msrm, generic, tier, rng.randint(1, len(LABS)), rng.randint(0, 240)))


def _staff(w: _World) -> None:
    rng, make = w.rng, w.make
    logins: set[str] = set()
    for n in range(1, STAFF_COUNT + 1):
        if n <= len(PHARMACIES):
            category = CATEGORIES[0]
        else:
            category = rng.choices(CATEGORIES, [c[2] for c in CATEGORIES])[0]
        p = w.person("F" if rng.random() < 0.78 else "M", 1958, 2001)
        pharmacy = n if n <= len(PHARMACIES) else rng.randint(1, len(PHARMACIES))
        f, s = ascii_fold(p["first"]), ascii_fold(p["last"])
        login = next(x for x in (f[0] + s, f[:2] + s, f + s[0], f"{f[0]}{s}{n}") if x not in logins)[:20]
        logins.add(login)
        work = next(e for e in (f"{f}.{s}@{OWN_DOMAIN}", f"{f[0]}.{s}@{OWN_DOMAIN}", f"{f}.{s}{n}@{OWN_DOMAIN}")
                    if e not in make.used)
        make.used.add(work)
        w.m.emails.add(work)
        private = make.email(p["first"], p["last"], int(p["born"][:4])) if rng.random() < 0.7 else None
        iban = make.iban()[0]
        pharmacist = category[0].startswith("Farmacêutico")
        hired = apps.day(rng, 2004, 2025)
        short = f"{p['first']} {p['last']}"
        w.staff.append({"id": n, "pharmacy": pharmacy, "sex": p["sex"], "short": short, "pharmacist": pharmacist})
        w.m.rows["tblColaboradores"].append((
            n, pharmacy, p["full"], login, rng.randbytes(20).hex().upper(), make.nif(), make.niss(),
            make.cc() if rng.random() < 0.9 else None, make.digits(5) if pharmacist else None, category[0],
            p["born"], p["sex"], p["street"], p["zip"], p["town"], make.mobile(),
            private, work, grouped(iban) if rng.random() < 0.4 else iban,
            Decimal(category[1] + rng.randint(0, 450)).quantize(Decimal("0.01")), hired,
            apps.jpeg_bytes(rng) if rng.random() < 0.65 else None, rng.random() < 0.9))


def _patients(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    for n in range(1, PATIENT_COUNT + 1):
        p = w.person()
        area = "21" if PHARMACIES[p["pharmacy"]][4] in ("Lisboa", "Paço de Arcos") else "22"
        email = make.email(p["first"], p["last"], int(p["born"][:4])) if rng.random() < 0.6 else None
        iban = make.iban()[0] if rng.random() < 0.3 else None
        subsystem = rng.choices([s[0] for s in SUBSYSTEMS], [s[1] for s in SUBSYSTEMS])[0]
        beneficiary = None
        if subsystem == "ADSE":
            beneficiary = make.unique(lambda: make.digits(9))
        elif subsystem:
            beneficiary = make.unique(lambda: rng.choice(("", "0", "1")) + make.digits(rng.choice((7, 8, 10))))
        mobile = make.mobile() if rng.random() < 0.85 else None
        note = _fill(rng.choice(PATIENT_NOTES),
                     name=lambda: f"{faker.first_name()} {p['last']}", phone=lambda: make.mobile(),
                     iban=lambda: grouped(make.iban()[0]), email=lambda: email or make.email(p["first"], p["last"]))
        balance = (Decimal(rng.randint(300, 26000)) / 100 if rng.random() < 0.25 else Decimal("0.00"))
        registered = _moment(rng, 2009, 2025)
        has_sns = rng.random() < 0.96
        consent = rng.random() < 0.8
        w.patients.append({**p, "id": n, "sns": make.sns() if has_sns else None, "nif": make.nif(),
                           "email": email, "mobile": mobile})
        q = w.patients[-1]
        w.m.rows["tblUtentes"].append((
            n, p["pharmacy"] + 1, p["full"] if rng.random() < 0.9 else p["full"].upper(), q["nif"]
            if rng.random() < 0.85 else None, q["sns"], make.cc() if rng.random() < 0.55 else None,
            p["born"] if rng.random() < 0.92 else None, p["sex"] if rng.random() < 0.95 else None, p["street"],
            p["zip"], p["town"], mobile, make.landline(area) if rng.random() < 0.3 else None, email,
            grouped(iban) if iban and rng.random() < 0.5 else iban, subsystem, beneficiary,
            balance, note,
            apps.png_bytes(rng) if consent and rng.random() < 0.7 else None, consent, rng.random() < 0.35,
            registered, _plus(registered, rng.randint(0, 900), rng) if rng.random() < 0.6 else None))


def _doctors(w: _World) -> None:
    rng = w.rng
    for _ in range(28):
        first = rng.choice(DOCTOR_FIRST)
        title = "Dra." if first in ("Ana", "Marta", "Inês", "Catarina", "Sofia", "Teresa") else "Dr."
        w.doctors.append((f"{title} {first} {w.faker.last_name()}", w.make.unique(lambda: w.make.digits(5))))


def _prescriptions(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    pharmacists = [s for s in w.staff if s["pharmacist"]] or w.staff
    for n in range(1, PRESCRIPTION_COUNT + 1):
        patient = rng.choice(w.patients) if rng.random() < 0.8 else None
        kind = rng.choices(("RSP", "RCM", "MAN"), (80, 12, 8))[0]
        doctor, licence = rng.choice(w.doctors)
        prescribed = _moment(rng, 2024, 2025)[:10]
        valid = (dt.date.fromisoformat(prescribed) + dt.timedelta(days=60 if kind != "RSP" else 180)).isoformat()
        dispensed = _plus(prescribed, rng.randint(0, 40), rng)
        sns = patient["sns"] if patient else None
        note = _fill(rng.choice(PRESCRIPTION_NOTES), doctor=lambda: doctor, phone=lambda: make.mobile(),
                     name=lambda: f"{faker.first_name_female()} {patient['last'] if patient else faker.last_name()}",
                     cc=lambda: make.cc())
        dispenser = rng.choice(pharmacists)
        w.prescriptions.append({"id": n, "patient": patient, "when": dispensed, "pharmacy": dispenser["pharmacy"]})
        w.m.rows["tblReceitas"].append((
            n, make.unique(lambda: "1011" + make.digits(15)) if kind != "MAN" else make.unique(
                lambda: "8" + make.digits(18)), make.digits(6) if kind != "MAN" else None,
            make.digits(4) if kind != "MAN" else None, kind, patient["id"] if patient else None, sns, doctor, licence,
            rng.choice(HEALTH_CENTRES), prescribed, valid, dispensed, note,
            apps.jpeg_bytes(rng) if kind == "MAN" else None, dispenser["id"]))


def _sales(w: _World) -> None:
    rng, make = w.rng, w.make
    series = {n: "".join(rng.choices(string.ascii_uppercase + string.digits, k=8))
              for n in range(1, len(PHARMACIES) + 1)}
    counters = {n: rng.randint(1200, 9000) for n in range(1, len(PHARMACIES) + 1)}
    line_id = 1
    unused = list(w.prescriptions)
    rng.shuffle(unused)
    for n in range(1, SALE_COUNT + 1):
        prescription = unused.pop() if unused and rng.random() < 0.75 else None
        patient = prescription["patient"] if prescription else (rng.choice(w.patients) if rng.random() < 0.3 else None)
        pharmacy = prescription["pharmacy"] if prescription else rng.randint(1, len(PHARMACIES))
        when = prescription["when"] if prescription else _moment(rng, 2024, 2025)
        counters[pharmacy] += 1
        number = f"FR F{pharmacy:02d}/{when[:4]}/{counters[pharmacy]:06d}"
        staff = rng.choice([s for s in w.staff if s["pharmacy"] == pharmacy] or w.staff)
        payment = rng.choices(("NUM", "MB", "MBWAY", "CC", "CONTA"), (30, 45, 12, 5, 8 if patient else 0))[0]
        nif = None
        if patient and rng.random() < 0.7:
            nif = patient["nif"]
        elif rng.random() < 0.4:
            nif = "999999990"
        elif rng.random() < 0.15:
            nif = make.nif()
        total = reimbursed = vat = Decimal("0")
        lines = []
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
            product = rng.randrange(len(PRODUCTS))
            price = Decimal(PRODUCTS[product][4])
            qty = rng.choice((1, 1, 1, 2, 3))
            share = Decimal({"A": "0.90", "B": "0.69", "C": "0.37"}.get(PRODUCTS[product][8] or "", "0"))
            part = (price * qty * share).quantize(Decimal("0.01")) if prescription and PRODUCTS[product][6] else \
                Decimal("0.00")
            discount = Decimal(rng.choice(("0.00", "0.00", "0.00", "0.50", "1.00")))
            ruled = prescription["id"] if prescription and PRODUCTS[product][6] else None
            lines.append((line_id, n, product + 1, ruled, qty, price, part, discount))
            line_id += 1
            net = price * qty - part - discount
            total += net
            vat += (net * Decimal(PRODUCTS[product][5]) / (100 + Decimal(PRODUCTS[product][5]))).quantize(
                Decimal("0.01"))
            reimbursed += part
        w.m.rows["tblVendas"].append((
            n, pharmacy, number, f"{series[pharmacy]}-{counters[pharmacy]}", patient["id"] if patient else None, nif,
            total.quantize(Decimal("0.01")), reimbursed, vat, payment,
            (patient.get("mobile") if patient and patient.get("mobile") else make.mobile("plain"))
            if payment == "MBWAY" else None, when, staff["id"]))
        w.m.rows["tblVendasLinhas"].extend(lines)


def _customers(w: _World) -> None:
    rng, make = w.rng, w.make
    shoppers = rng.sample(w.patients, 60)
    for n in range(1, CUSTOMER_COUNT + 1):
        known = shoppers[n - 1] if n <= len(shoppers) else None
        p = known or w.person(first_year=1950, last_year=2006)
        email = (known or {}).get("email") or make.email(p["first"], p["last"], int(p["born"][:4]))
        cid, address_id = make.uuid(), make.uuid()
        created = _moment(rng, 2019, 2025, (0, 23))
        guest = rng.random() < 0.15
        fields: dict[str, Any] = {}
        if not guest and rng.random() < 0.6:
            body = "29000" + make.unique(lambda: make.digits(7))
            fields["sol_cartao"] = body + ean_digit(body)
        if rng.random() < 0.35:
            fields["sol_nif"] = (known or {}).get("nif") or make.nif()
        if rng.random() < 0.15:
            fields["sol_alergias"] = ", ".join(rng.sample(ALLERGIES, rng.choice((1, 1, 2))))
        if rng.random() < 0.4:
            fields["sol_farmacia_preferida"] = PHARMACIES[p["pharmacy"]][0]
        company = vat_ids = None
        if rng.random() < 0.08:
            company = rng.choice(("Clínica Dentária Sorriso, Lda.", "Lar Residencial Sra. da Hora",
                                  "Ginásio Fit Norte, Lda.", "Infantário O Castelinho"))
            vat_ids = [f"PT{make.nif(company=True)}"]
        elif rng.random() < 0.03:
            company = f"{p['first']} {p['last']} - Fisioterapia"
            vat_ids = [f"PT{make.nif()}"]
        last_login = _plus(created, rng.randint(0, 700), rng, (0, 23)) if not guest else None
        anonymized = created >= "2022-07-01"
        title = rng.choice(TITLES)
        mobile = (known or {}).get("mobile") or (make.mobile() if rng.random() < 0.7 else None)
        c = {"id": cid, "number": f"SW{10000 + n}", "email": email, "first": p["first"],
             "last": p["surnames"] if rng.random() < 0.5 else p["last"], "title": title, "company": company,
             "pharmacy": p["pharmacy"], "phone": mobile, "anonymized": anonymized}
        w.customers.append(c)
        w.m.rows["customer"].append((
            cid, c["number"], title, c["first"], c["last"], email,
            None if guest else "$2y$10$" + "".join(rng.choices(string.ascii_letters + string.digits + "./", k=53)),
            p["born"] if rng.random() < 0.55 else None, company, json.dumps(vat_ids) if vat_ids else None,
            json.dumps(fields, ensure_ascii=False) if fields else None, not guest or rng.random() < 0.5, guest,
            rng.random() < 0.3, created[:10] if not guest else None, last_login, make.ip(anonymized), address_id,
            created, last_login))
        for k in range(1 if rng.random() < 0.8 else 2):
            aid = address_id if k == 0 else make.uuid()
            street, floor = p["street"].split(",", 1) if "," in p["street"] else (p["street"], None)
            if k == 1:
                other = w.person()
                street, floor, p = other["street"], None, {**p, "zip": other["zip"], "town": other["town"]}
            w.m.rows["customer_address"].append((
                aid, cid, company, "Contabilidade" if company and rng.random() < 0.5 else None, c["first"], c["last"],
                street.strip(), floor.strip() if floor else None, p["zip"], p["town"], PORTUGAL,
                mobile if mobile and rng.random() < 0.8 else None, created, None))


def _orders(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, ORDER_COUNT + 1):
        c = rng.choice(w.customers)
        oid = make.uuid()
        when = _moment(rng, 2023, 2025, (0, 23))
        shipping = Decimal(rng.choice(("0.00", "3.90", "4.90")))
        total = Decimal(rng.randint(900, 12000)) / 100 + shipping
        comment = _fill(rng.choice(ORDER_COMMENTS), phone=lambda: c["phone"] or make.mobile(),
                        name=lambda: f"{c['first']} {c['last']}", nif=lambda: make.nif(),
                        iban=lambda: make.iban()[0] if rng.random() < 0.5 else grouped(make.iban()[0]))
        w.m.rows["order"].append((
            oid, LIVE_VERSION, str(10000 + n), total, (total / Decimal("1.06")).quantize(Decimal("0.01")), shipping,
            when, comment, make.token(32), rng.choice((None, None, None, "FARMASAUDE", "blog-mae-sol")),
            rng.choice((None, None, "newsletter-2025-10", "black-friday")), when))
        w.m.rows["order_customer"].append((
            make.uuid(), oid, c["id"], c["email"], c["title"], c["first"], c["last"], c["company"], c["number"],
            make.ip(anonymized=c["anonymized"] or when >= "2022-07-01"), when))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    channel = make.uuid()
    iban = make.iban("0035", personal=False)[0]
    for key, value, scoped in (
        ("core.basicInformation.shopName", "Farmácias Sol Nascente - Loja Online", True),
        ("core.basicInformation.email", f"loja@{OWN_DOMAIN}", True),
        ("core.basicInformation.company", "Sol Nascente Farmácias, S.A.", False),
        ("core.basicInformation.address", "Avenida da Boavista 1837, 4100-133 Porto", False),
        ("core.basicInformation.phone", "+351 226 104 200", False),
        ("core.basicInformation.vatId", f"PT{w.company_nif}", False),
        ("core.basicInformation.bankIban", grouped(iban), False),
        ("core.basicInformation.bankBic", "CGDIPTPL", False),
        ("core.basicInformation.dpoEmail", f"rgpd@{OWN_DOMAIN}", False),
        ("core.mailerSettings.senderAddress", f"noreply@{OWN_DOMAIN}", False),
        ("core.mailerSettings.host", "smtp.farmaciassol.pt", False),
        ("core.loginRegistration.doubleOptInRegistration", True, False),
        ("core.cart.maxQuantity", 10, False),
        ("SolIfthenpay.config.mbwayKey", "SOL-" + make.digits(6), False),
        ("SolIfthenpay.config.entidade", "11249", False),
        ("core.listing.productsPerPage", 24, True),
    ):
        created = _moment(rng, 2022, 2024)
        w.m.rows["system_config"].append((
            make.uuid(), key, json.dumps({"_value": value}, ensure_ascii=False), channel if scoped else None, created,
            _plus(created, rng.randint(1, 300), rng) if rng.random() < 0.5 else None))


def make_pharmacy(seed: int = SEED) -> Pharmacy:
    """The whole chain, the same for the same seed."""
    w = _World(seed)
    _staff(w)
    _pharmacies(w)
    _labs(w)
    _products(w)
    _patients(w)
    _doctors(w)
    _prescriptions(w)
    _sales(w)
    _customers(w)
    _orders(w)
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Pharmacy) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/seventeenth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
