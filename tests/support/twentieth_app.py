"""The twentieth held-out application: a Brazilian natural-food e-commerce's Django shop, models named in Brazilian Portuguese.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the nineteen other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/twentieth/labels.yml) before any detector ran on it.

"Empório Raiz" (fictional), an online shop of natural and organic food in São Paulo
shipping across Brazil, runs on Django 4.2 written by a Campinas agency: Django's own
tables (`auth_user` with its pbkdf2_sha256 `password`, `username`, `first_name`,
`last_name`, `email`, `last_login`, `date_joined`; `django_session` with the 32-character
`session_key` and the signed, base64 `session_data`) and the apps' tables named
`<app>_<model>` the way Django does, the models and fields in Brazilian Portuguese
snake_case without accents, `criado_em`/`atualizado_em`, `<relation>_id` keys:
`clientes_cliente` (`cpf` "123.456.789-09" with its two check digits, UNIQUE and
referenced by `pedidos_pedido.cpf_nota`, the CPF printed on the nota fiscal;
`nome_completo`, `nome_social` the chosen name of a trans customer, `data_nascimento`,
`genero`, `celular` in every Brazilian layout, `preferencias` a JSON of dietary
restrictions (celiac, diabetic, lactose, kosher, halal, vegan), the WhatsApp number and
a Pix key for refunds), `clientes_endereco` (the addresses: `destinatario` the
recipient's name, `cep` 01310-100, `logradouro`, `numero`, `complemento`, `bairro`,
`cidade`, `uf`, `telefone_contato`), `catalogo_categoria` and `catalogo_produto` (the
catalogue: SKUs, EAN-13 with check digit, prices), `fornecedores_fornecedor` (the
suppliers, cooperatives and farms: `razao_social`, `cnpj` with its check digits,
`inscricao_estadual`, the company's phone, mailbox, address, bank account and Pix key
(its CNPJ or a company mailbox), `contato_nome` the contact person), `pedidos_pedido`
(the orders: `codigo` ER-2024-000123, the amounts, `cpf_nota`, `observacao` the
customer's delivery note with a doorman's name, an intercom, a phone, `ip_compra`),
`pedidos_itempedido`, `pagamentos_transacao` (the gateway's ids, card brand and last
four digits, the Pix `txid`, the boleto's 47-digit `linha_digitavel`, and `payload` the
gateway's JSON answer with the payer's name, e-mail, CPF and IP), `suporte_chamado`
(support tickets: the customer's message with e-mails, phones, a Pix key or, for a
customer abroad, an IBAN for the refund; `anexo` a JPEG of a damaged parcel or a PDF
receipt), `afiliados_afiliado` (the influencers paid a commission: name, CPF, Instagram
handle, e-mail, phone, Pix key, bank account or a Portuguese or Brazilian IBAN for
those abroad, `documento_foto` a JPEG of their RG for the know-your-customer check,
the coupon code made of their name) and `core_configuracao` (the company's CNPJ,
address, SAC phone, sac@/nfe@ mailboxes, bank account and IBAN, shipping settings).

Everything here is the original side: the rows (`make_shop`, drawn from a seeded
`random.Random` and a seeded Faker, so every server gets the same ones), the DDL (built
from `SCHEMA` and `FOREIGN_KEYS` by support.apps, every identifier quoted), `create`, and
the personal e-mails and IBANs a leak check looks for (the suppliers' and the company's
mailboxes and accounts excluded).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import string
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import ascii_fold, dump, grouped, iban_check_digits
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Shop", "create", "dump", "load_labels", "make_shop"]

SEED = 20260820
LABELS = Path(__file__).resolve().parents[1] / "twentieth" / "labels.yml"
CUSTOMER_COUNT = 210
STAFF_COUNT = 12
AFFILIATE_COUNT = 50
ORDER_COUNT = 300
TICKET_COUNT = 90
SESSION_COUNT = 160
TODAY = dt.date(2025, 11, 20)
OWN_DOMAIN = "emporioraiz.com.br"
OWN_CNPJ = "34.218.507/0001-40"

TYPES = {
    "mariadb": {"ts": "datetime(6)", "json": "longtext", "blob": "longblob", "text": "longtext",
                "bool": "tinyint(1)"},
    "postgresql": {"ts": "timestamp with time zone", "json": "jsonb", "blob": "bytea", "text": "text",
                   "bool": "boolean"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "text": "text", "bool": "bool"},
}

# Every table's column definitions ("name type constraints"), parents before children,
# in the order Django's migrations create the fields.
SCHEMA: dict[str, tuple[str, ...]] = {
    "auth_user": (
        "id integer PRIMARY KEY", "password varchar(128) NOT NULL", "last_login {ts}",
        "is_superuser {bool} NOT NULL", "username varchar(150) NOT NULL UNIQUE", "first_name varchar(150) NOT NULL",
        "last_name varchar(150) NOT NULL", "email varchar(254) NOT NULL", "is_staff {bool} NOT NULL",
        "is_active {bool} NOT NULL", "date_joined {ts} NOT NULL"),
    "django_session": (
        "session_key varchar(40) PRIMARY KEY", "session_data {text} NOT NULL", "expire_date {ts} NOT NULL"),
    "clientes_cliente": (
        "id bigint PRIMARY KEY", "user_id integer NOT NULL UNIQUE", "cpf varchar(14) NOT NULL UNIQUE",
        "nome_completo varchar(120) NOT NULL", "nome_social varchar(120)", "data_nascimento date",
        "genero varchar(1)", "celular varchar(20)", "whatsapp varchar(20)", "aceita_whatsapp {bool} NOT NULL",
        "chave_pix varchar(77)", "preferencias {json} NOT NULL", "criado_em {ts} NOT NULL",
        "atualizado_em {ts} NOT NULL"),
    "clientes_endereco": (
        "id bigint PRIMARY KEY", "cliente_id bigint NOT NULL", "apelido varchar(30) NOT NULL",
        "destinatario varchar(120) NOT NULL", "cep varchar(9) NOT NULL", "logradouro varchar(120) NOT NULL",
        "numero varchar(10) NOT NULL", "complemento varchar(60)", "bairro varchar(60) NOT NULL",
        "cidade varchar(60) NOT NULL", "uf varchar(2) NOT NULL", "telefone_contato varchar(20)",
        "principal {bool} NOT NULL", "criado_em {ts} NOT NULL"),
    "catalogo_categoria": (
        "id bigint PRIMARY KEY", "nome varchar(60) NOT NULL", "slug varchar(60) NOT NULL UNIQUE",
        "ordem smallint NOT NULL", "ativo {bool} NOT NULL"),
    "fornecedores_fornecedor": (
        "id bigint PRIMARY KEY", "razao_social varchar(120) NOT NULL", "nome_fantasia varchar(80)",
        "cnpj varchar(18) NOT NULL UNIQUE", "inscricao_estadual varchar(20)", "email varchar(254) NOT NULL",
        "telefone varchar(20) NOT NULL", "endereco varchar(160) NOT NULL", "cep varchar(9) NOT NULL",
        "cidade varchar(60) NOT NULL", "uf varchar(2) NOT NULL", "banco varchar(3)", "agencia varchar(6)",
        "conta varchar(14)", "chave_pix varchar(77)", "contato_nome varchar(80)",
        "prazo_entrega_dias smallint NOT NULL", "ativo {bool} NOT NULL"),
    "catalogo_produto": (
        "id bigint PRIMARY KEY", "categoria_id bigint NOT NULL", "fornecedor_id bigint NOT NULL",
        "sku varchar(20) NOT NULL UNIQUE", "ean varchar(13)", "nome varchar(120) NOT NULL", "descricao {text}",
        "preco decimal(10,2) NOT NULL", "peso_gramas integer NOT NULL", "estoque integer NOT NULL",
        "ativo {bool} NOT NULL", "criado_em {ts} NOT NULL"),
    "pedidos_pedido": (
        "id bigint PRIMARY KEY", "codigo varchar(20) NOT NULL UNIQUE", "cliente_id bigint NOT NULL",
        "endereco_id bigint", "status varchar(20) NOT NULL", "subtotal decimal(10,2) NOT NULL",
        "frete decimal(10,2) NOT NULL", "desconto decimal(10,2) NOT NULL", "total decimal(10,2) NOT NULL",
        "forma_pagamento varchar(10) NOT NULL", "cupom varchar(20)", "cpf_nota varchar(14)",
        "observacao {text}", "ip_compra varchar(39)", "criado_em {ts} NOT NULL", "pago_em {ts}",
        "enviado_em {ts}", "codigo_rastreio varchar(13)"),
    "pedidos_itempedido": (
        "id bigint PRIMARY KEY", "pedido_id bigint NOT NULL", "produto_id bigint NOT NULL",
        "quantidade integer NOT NULL", "preco_unitario decimal(10,2) NOT NULL"),
    "pagamentos_transacao": (
        "id bigint PRIMARY KEY", "pedido_id bigint NOT NULL", "gateway varchar(20) NOT NULL",
        "gateway_id varchar(40) NOT NULL", "metodo varchar(10) NOT NULL", "cartao_bandeira varchar(12)",
        "cartao_final varchar(4)", "parcelas smallint NOT NULL", "pix_txid varchar(35)",
        "linha_digitavel varchar(54)", "valor decimal(10,2) NOT NULL", "status varchar(12) NOT NULL",
        "payload {json}", "criado_em {ts} NOT NULL"),
    "suporte_chamado": (
        "id bigint PRIMARY KEY", "protocolo varchar(16) NOT NULL UNIQUE", "cliente_id bigint NOT NULL",
        "pedido_id bigint", "assunto varchar(30) NOT NULL", "mensagem {text} NOT NULL", "anexo {blob}",
        "anexo_tipo varchar(30)", "status varchar(12) NOT NULL", "criado_em {ts} NOT NULL",
        "respondido_em {ts}"),
    "afiliados_afiliado": (
        "id bigint PRIMARY KEY", "user_id integer NOT NULL UNIQUE", "nome varchar(120) NOT NULL",
        "cpf varchar(14) NOT NULL UNIQUE", "instagram varchar(40)", "email varchar(254) NOT NULL",
        "telefone varchar(20)", "chave_pix varchar(77)", "banco varchar(3)", "agencia varchar(6)",
        "conta varchar(14)", "iban varchar(34)", "documento_foto {blob}", "cupom varchar(20) NOT NULL UNIQUE",
        "comissao_percentual decimal(4,2) NOT NULL", "saldo decimal(10,2) NOT NULL", "ativo {bool} NOT NULL",
        "criado_em {ts} NOT NULL"),
    "core_configuracao": (
        "id bigint PRIMARY KEY", "chave varchar(60) NOT NULL UNIQUE", "valor {text} NOT NULL",
        "atualizado_em {ts} NOT NULL"),
}
COLUMNS = apps.columns_of(SCHEMA)

FOREIGN_KEYS = (
    _fk("clientes_cliente", ["user_id"], "auth_user", ["id"]),
    _fk("clientes_endereco", ["cliente_id"], "clientes_cliente", ["id"]),
    _fk("catalogo_produto", ["categoria_id"], "catalogo_categoria", ["id"]),
    _fk("catalogo_produto", ["fornecedor_id"], "fornecedores_fornecedor", ["id"]),
    _fk("pedidos_pedido", ["cliente_id"], "clientes_cliente", ["id"]),
    _fk("pedidos_pedido", ["endereco_id"], "clientes_endereco", ["id"]),
    _fk("pedidos_pedido", ["cpf_nota"], "clientes_cliente", ["cpf"]),
    _fk("pedidos_itempedido", ["pedido_id"], "pedidos_pedido", ["id"]),
    _fk("pedidos_itempedido", ["produto_id"], "catalogo_produto", ["id"]),
    _fk("pagamentos_transacao", ["pedido_id"], "pedidos_pedido", ["id"]),
    _fk("suporte_chamado", ["cliente_id"], "clientes_cliente", ["id"]),
    _fk("suporte_chamado", ["pedido_id"], "pedidos_pedido", ["id"]),
    _fk("afiliados_afiliado", ["user_id"], "auth_user", ["id"]),
)

PLACES = (  # city, uf, CEP range (5-digit prefixes), DDD, weight
    ("São Paulo", "SP", (1000, 5999), "11", 40), ("Campinas", "SP", (13010, 13099), "19", 10),
    ("Rio de Janeiro", "RJ", (20000, 23799), "21", 15), ("Belo Horizonte", "MG", (30110, 31999), "31", 10),
    ("Curitiba", "PR", (80010, 82999), "41", 8), ("Porto Alegre", "RS", (90010, 91999), "51", 7),
    ("Salvador", "BA", (40010, 42499), "71", 5), ("Recife", "PE", (50010, 52999), "81", 5),
)
BAIRROS = ("Pinheiros", "Vila Mariana", "Moema", "Centro", "Jardim América", "Botafogo", "Savassi", "Batel",
           "Moinhos de Vento", "Barra", "Boa Viagem", "Cambuí", "Tijuca", "Perdizes", "Santana", "Lapa")
STREETS = ("Rua", "Rua", "Rua", "Avenida", "Alameda", "Travessa", "Praça")
COMPLEMENTS = ("Apto {n}", "Apto {n} Bloco B", "Casa 2", "Sala {n}", "Fundos", None, None, None)
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com",
                "yahoo.com.br", "uol.com.br", "bol.com.br", "terra.com.br", "icloud.com")
BANKS = (("001", "00000000"), ("237", "60746948"), ("341", "60701190"), ("104", "00360305"),
         ("260", "18236120"), ("077", "00416968"), ("033", "90400888"))  # code, ISPB: BB, Bradesco, Itaú...
IP_FIRSTS = (138, 143, 152, 168, 177, 179, 186, 187, 189, 191, 200, 201)
IPV6_PREFIXES = ("2804:14c", "2804:d59", "2804:7f0", "2804:431")
CATEGORIES = (("Grãos e cereais", "graos-e-cereais"), ("Castanhas e sementes", "castanhas-e-sementes"),
              ("Sem glúten", "sem-gluten"), ("Chás e ervas", "chas-e-ervas"), ("Suplementos", "suplementos"),
              ("Óleos e azeites", "oleos-e-azeites"), ("Doces e snacks", "doces-e-snacks"),
              ("Veganos", "veganos"))
PRODUCTS = (  # name, category index, price, grams
    ("Quinoa em grãos orgânica", 0, "24.90", 500), ("Arroz integral cateto", 0, "15.50", 1000),
    ("Aveia em flocos sem glúten", 2, "19.90", 450), ("Castanha-do-pará inteira", 1, "42.00", 250),
    ("Castanha de caju torrada sem sal", 1, "36.90", 250), ("Chia em grãos", 1, "12.90", 200),
    ("Linhaça dourada", 1, "9.90", 250), ("Farinha de amêndoas", 2, "54.90", 500),
    ("Chá de hibisco", 3, "14.90", 100), ("Erva-mate orgânica", 3, "22.00", 500),
    ("Spirulina em pó", 4, "68.00", 100), ("Colágeno hidrolisado", 4, "89.90", 300),
    ("Whey protein vegano cacau", 4, "129.90", 900), ("Azeite extravirgem português", 5, "49.90", 500),
    ("Óleo de coco extravirgem", 5, "32.90", 500), ("Cacau em pó 100%", 6, "28.50", 200),
    ("Barra de nuts sem açúcar", 6, "7.90", 30), ("Pasta de amendoim integral", 7, "21.90", 450),
    ("Tofu orgânico defumado", 7, "18.90", 250), ("Leite de aveia barista", 7, "16.90", 1000),
    ("Pão sem glúten de sorgo", 2, "26.90", 400), ("Mel de abelha jataí", 6, "59.00", 250),
    ("Granola sem açúcar", 0, "24.50", 800), ("Cúrcuma em pó", 3, "11.90", 100),
)
SUPPLIERS = (  # razão social, fantasia, city index, mailbox, domain
    ("Cooperativa Agroecológica Terra Viva Ltda.", "Terra Viva", 1, "vendas", "terraviva.coop.br"),
    ("Sítio Bom Retiro Orgânicos Eireli", "Sítio Bom Retiro", 4, "contato", "sitiobomretiro.com.br"),
    ("Nutrinatus Indústria de Alimentos S.A.", "Nutrinatus", 0, "comercial", "nutrinatus.com.br"),
    ("Castanhas da Amazônia Comércio Ltda.", "Amazônia Nuts", 6, "pedidos", "amazonianuts.com.br"),
    ("Meliponário Jataí Sul Ltda. ME", "Jataí Sul", 5, "financeiro", "jataisul.com.br"),
    ("Azeites Lusitanos Importadora Ltda.", "Lusitanos", 2, "importacao", "lusitanos.com.br"),
)
RESTRICTIONS = (("sem_gluten", "doenca_celiaca"), ("sem_lactose",), ("diabetes",), ("vegano",), ("vegetariano",),
                ("kosher",), ("halal",), ("alergia_amendoim",), ("gestante",), ())
DELIVERY_NOTES = (
    "Deixar na portaria com o Sr. {name}, interfone {n}.",
    "Se não tiver ninguém, ligar para minha vizinha: {phone}",
    "Entregar só depois das 18h. Cuidado com o cachorro.",
    "É presente! Não colocar nota fiscal dentro da caixa.",
    "Portão azul, tocar a campainha duas vezes.",
    "Sou celíaca, por favor embalar separado dos produtos com glúten.",
    "Nota fiscal em nome da empresa, mandar XML para {email}",
    None, None, None, None, None, None, None,
)
TICKET_SUBJECTS = ("entrega", "produto_avariado", "reembolso", "troca", "nota_fiscal", "cadastro")
TICKET_MESSAGES = (
    "Olá, meu pedido {code} chegou com o pote de mel quebrado, segue foto. Quero reembolso no Pix {pix}.",
    "Paguei o boleto há 5 dias e o pedido {code} continua aguardando pagamento. Meu celular: {phone}",
    "Bom dia, moro em Lisboa agora e comprei para minha mãe. Podem devolver no IBAN {iban}, titular {name}?",
    "Quero cancelar o pedido {code}. Sou diabético e o produto veio com açúcar, diferente da descrição.",
    "Não consigo acessar minha conta, troquei de e-mail, o novo é {email}.",
    "Preciso da nota fiscal no CPF {cpf}, saiu sem CPF.",
    "A entrega foi feita para o endereço errado, o certo é {address}.",
    "Produto ótimo, mas a transportadora demorou 12 dias.",
)
AGENTS = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.5 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0 "
          "Mobile Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 "
          "Safari/537.36")


@dataclass
class Shop:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the suppliers' or company's)
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def cpf_digits(nine: str) -> str:
    """A CPF's two check digits (mod 11, weights 10..2 then 11..2)."""
    out = nine
    for start in (10, 11):
        total = sum(int(d) * w for d, w in zip(out, range(start, 1, -1)))
        r = total % 11
        out += "0" if r < 2 else str(11 - r)
    return out[-2:]


def cnpj_digits(twelve: str) -> str:
    """A CNPJ's two check digits."""
    out = twelve
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        r = sum(int(d) * w for d, w in zip(out, weights)) % 11
        out += "0" if r < 2 else str(11 - r)
    return out[-2:]


def ean_digit(twelve: str) -> str:
    """An EAN-13's check digit."""
    return str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve)) % 10) % 10)


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (0, 23)) -> str:
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return (f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            f".{rng.randint(0, 999999):06d}")


def _plus(when: str, minutes: int) -> str:
    t = dt.datetime.fromisoformat(when) + dt.timedelta(minutes=minutes)
    return t.isoformat(sep=" ", timespec="microseconds")


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with only the placeholders it names drawn (each maker called once)."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


class _Maker(apps.Unique):
    """Brazilian values: CPFs, CNPJs, phones, e-mails, IBANs, Pix keys, tokens."""

    def __init__(self, rng: random.Random, m: Shop) -> None:
        super().__init__()
        self.rng, self.m = rng, m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def cpf(self, formatted: bool = True) -> str:
        nine = self.unique(lambda: self.digits(9))
        c = nine + cpf_digits(nine)
        return f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}" if formatted else c

    def cnpj(self) -> str:
        twelve = self.unique(lambda: self.digits(8)) + "0001"
        c = twelve + cnpj_digits(twelve)
        return f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"

    def mobile(self, ddd: str) -> str:
        n = self.unique(lambda: "9" + str(self.rng.randint(6, 9)) + self.digits(7))
        return self.rng.choice((f"({ddd}) {n[:5]}-{n[5:]}", f"({ddd}) {n[:5]}-{n[5:]}", f"{ddd}{n}",
                                f"+55{ddd}{n}", f"+55 {ddd} {n[:5]}-{n[5:]}", f"{ddd} {n[:5]}-{n[5:]}"))

    def landline(self, ddd: str) -> str:
        n = str(self.rng.randint(2, 5)) + self.digits(7)
        return f"({ddd}) {n[:4]}-{n[4:]}"

    def email(self, given: str, family: str, year: int | None = None) -> str:
        rng = self.rng
        f, s = ascii_fold(given).replace("-", ""), ascii_fold(family.split()[-1]).replace("-", "")
        yy = str(year) if year and rng.random() < 0.5 else str(rng.randint(1, 99))
        local = rng.choice((f"{f}.{s}", f"{f}.{s}", f"{f}{s}", f"{f}_{s}", f"{f}{yy}", f"{f}.{s}{yy}", f"{f[0]}{s}"))
        address = self.unique(lambda: f"{local}{'' if rng.random() < 0.85 else rng.randint(2, 99)}"
                                      f"@{rng.choice(MAIL_DOMAINS)}")
        self.m.emails.add(address.casefold())
        return address

    def iban_br(self, bank: tuple[str, str], agencia: str, conta: str, personal: bool = True) -> str:
        bban = f"{bank[1]}{agencia.zfill(5)}{conta.zfill(10)}C1"
        compact = "BR" + iban_check_digits("BR", bban) + bban
        if personal:
            self.m.ibans.add(compact)
        return compact

    def iban_pt(self) -> str:
        bban = self.unique(lambda: self.rng.choice(("0035", "0033", "0010", "0007")) + "0000" + self.digits(13))
        compact = "PT" + iban_check_digits("PT", bban) + bban
        self.m.ibans.add(compact)
        return compact

    def token(self, k: int, alphabet: str = string.ascii_lowercase + string.digits) -> str:
        return self.unique(lambda: "".join(self.rng.choices(alphabet, k=k)))

    def uuid(self) -> str:
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def ip(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            return f"{rng.choice(IPV6_PREFIXES)}:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(6))
        return apps.ipv4(rng, IP_FIRSTS)

    def password(self) -> str:
        salt = self.token(22, string.ascii_letters + string.digits)
        digest = hashlib.pbkdf2_hmac("sha256", b"x", salt.encode(), 1)  # the shape, not the cost
        return f"pbkdf2_sha256$600000${salt}${apps.b64(digest)}="


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.faker = Faker("pt_BR")
        self.faker.seed_instance(seed)
        self.m = Shop(rows={table: [] for table in SCHEMA})
        self.make = _Maker(self.rng, self.m)
        self.users: list[dict] = []
        self.customers: list[dict] = []
        self.addresses: list[dict] = []
        self.orders: list[dict] = []

    def place(self) -> tuple:
        return self.rng.choices(PLACES, [p[4] for p in PLACES])[0]

    def cep(self, place: tuple) -> str:
        return f"{self.rng.randint(*place[2]):05d}-{self.make.digits(3)}"

    def street(self) -> str:
        return f"{self.rng.choice(STREETS)} {self.faker.last_name()} {self.faker.last_name()}"

    def person(self, first_year: int, last_year: int) -> dict:
        rng, faker = self.rng, self.faker
        sex = rng.choice("FM")
        given = faker.first_name_female() if sex == "F" else faker.first_name_male()
        family = f"{faker.last_name()} {faker.last_name()}" if rng.random() < 0.6 else faker.last_name()
        return {"sex": sex, "given": given, "family": family, "born": apps.day(rng, first_year, last_year),
                "place": self.place()}

    def user(self, p: dict, email: str, staff: bool = False) -> int:
        rng, make = self.rng, self.make
        n = len(self.m.rows["auth_user"]) + 1
        joined = _moment(rng, 2019, 2025)
        username = (ascii_fold(p["given"]) + "." + ascii_fold(p["family"].split()[-1])) if staff else email
        if username in make.used:
            username += str(n)
        make.used.add(username)
        self.m.rows["auth_user"].append((
            n, make.password(), _plus(joined, rng.randint(10, 400000)) if rng.random() < 0.9 else None,
            staff and n == 1, username, p["given"], p["family"], email, staff,
            rng.random() < 0.96, joined))
        self.users.append({"id": n, "joined": joined})
        return n


def _staff(w: _World) -> None:
    for _ in range(STAFF_COUNT):
        p = w.person(1975, 2002)
        local = f"{ascii_fold(p['given'])}.{ascii_fold(p['family'].split()[-1])}"
        email = w.make.unique(lambda: f"{local}@{OWN_DOMAIN}")
        w.m.emails.add(email.casefold())  # a named person's work mailbox
        w.user(p, email, staff=True)


def _catalogue(w: _World) -> None:
    rng, make = w.rng, w.make
    for n, (name, slug) in enumerate(CATEGORIES, 1):
        w.m.rows["catalogo_categoria"].append((n, name, slug, n * 10, True))
    for n, (razao, fantasia, city, mailbox, domain) in enumerate(SUPPLIERS, 1):
        place = PLACES[city]
        bank = rng.choice(BANKS)
        cnpj = make.cnpj()
        w.m.rows["fornecedores_fornecedor"].append((
            n, razao, fantasia, cnpj, make.digits(12) if rng.random() < 0.8 else "ISENTO", f"{mailbox}@{domain}",
            w.make.landline(place[3]), f"{w.street()}, {rng.randint(10, 3000)} - {rng.choice(BAIRROS)}",
            w.cep(place), place[0], place[1], bank[0], make.digits(4), f"{make.digits(6)}-{rng.randint(0, 9)}",
            rng.choice((cnpj, f"financeiro@{domain}")), f"{w.faker.first_name()} {w.faker.last_name()}",
            rng.choice((3, 5, 7, 10, 15)), True))
    for n, (name, cat, price, grams) in enumerate(PRODUCTS, 1):
        twelve = "789" + make.digits(9)
        w.m.rows["catalogo_produto"].append((
            n, cat + 1, rng.randint(1, len(SUPPLIERS)), f"ER-{cat + 1:02d}{n:04d}",
            twelve + ean_digit(twelve) if rng.random() < 0.9 else None, name,
            f"{name}. Produto natural, embalado em São Paulo. Contém {grams} g." if rng.random() < 0.8 else None,
            Decimal(price), grams, rng.randint(0, 400), rng.random() < 0.92, _moment(rng, 2019, 2024)))


def _customers(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    for n in range(1, CUSTOMER_COUNT + 1):
        p = w.person(1950, 2006)
        place = p["place"]
        email = make.email(p["given"], p["family"], int(p["born"][:4]))
        uid = w.user(p, email)
        cpf = make.cpf(formatted=rng.random() < 0.8)
        phone = make.mobile(place[3]) if rng.random() < 0.92 else None
        social = None
        if rng.random() < 0.04:
            social = f"{faker.first_name_male() if p['sex'] == 'F' else faker.first_name_female()} {p['family']}"
        restrictions = rng.choice(RESTRICTIONS)
        prefs = {"restricoes": list(restrictions), "newsletter": rng.random() < 0.5,
                 "canal_preferido": rng.choice(("email", "whatsapp", "sms")),
                 "aniversario_cupom": p["born"][5:] if rng.random() < 0.5 else None}
        if rng.random() < 0.3:
            prefs["presente_para"] = {"nome": f"{faker.first_name()} {faker.last_name()}",
                                      "telefone": make.mobile(place[3])}
        pix = rng.choice((cpf, email, phone, make.uuid(), None, None)) if rng.random() < 0.5 else None
        created = w.users[-1]["joined"]
        w.customers.append({"id": n, "user": uid, "cpf": cpf, "given": p["given"], "family": p["family"],
                            "email": email, "phone": phone, "place": place, "pix": pix, "addresses": []})
        w.m.rows["clientes_cliente"].append((
            n, uid, cpf, f"{p['given']} {p['family']}", social, p["born"] if rng.random() < 0.75 else None,
            rng.choice((p["sex"], p["sex"], p["sex"], "N")) if rng.random() < 0.8 else None, phone,
            phone if phone and rng.random() < 0.6 else None, rng.random() < 0.55, pix,
            json.dumps(prefs, ensure_ascii=False), created, _plus(created, rng.randint(0, 300000))))
        for k in range(rng.choice((1, 1, 1, 2, 2, 3))):
            a_place = place if k == 0 or rng.random() < 0.7 else w.place()
            aid = len(w.m.rows["clientes_endereco"]) + 1
            recipient = f"{p['given']} {p['family']}" if rng.random() < 0.8 else f"{faker.first_name()} {faker.last_name()}"
            street = w.street()
            number = str(rng.randint(1, 4000))
            cep = w.cep(a_place)
            address = {"id": aid, "text": f"{street}, {number}, {a_place[0]}/{a_place[1]}, CEP {cep}"}
            w.customers[-1]["addresses"].append(address)
            w.m.rows["clientes_endereco"].append((
                aid, n, ("Casa", "Trabalho", "Casa da mãe", "Sítio")[k] if k or rng.random() < 0.9 else "Minha casa",
                recipient, cep, street, number, _fill(rng.choice(COMPLEMENTS), n=lambda: rng.randint(11, 2404)),
                rng.choice(BAIRROS), a_place[0], a_place[1], make.mobile(a_place[3]) if rng.random() < 0.4 else None,
                k == 0, _plus(created, rng.randint(0, 90000))))


def _orders(w: _World) -> None:
    rng, make, faker = w.rng, w.make, w.faker
    prices = {n: Decimal(p[2]) for n, p in enumerate(PRODUCTS, 1)}
    affiliates = [row[13] for row in w.m.rows["afiliados_afiliado"]]
    for n in range(1, ORDER_COUNT + 1):
        c = rng.choice(w.customers)
        when = _moment(rng, 2021, 2025)
        items = [(rng.randint(1, len(PRODUCTS)), rng.randint(1, 4)) for _ in range(rng.randint(1, 5))]
        subtotal = sum((prices[p] * q for p, q in items), Decimal("0.00"))
        freight = Decimal("0.00") if subtotal > 199 else Decimal(rng.choice(("14.90", "19.90", "24.90", "32.50")))
        coupon = rng.choice(affiliates) if rng.random() < 0.2 else rng.choice((None, None, None, "BEMVINDO10"))
        discount = (subtotal * Decimal("0.10")).quantize(Decimal("0.01")) if coupon else Decimal("0.00")
        method = rng.choices(("pix", "cartao", "boleto"), (50, 40, 10))[0]
        status = rng.choices(("entregue", "enviado", "pago", "aguardando_pagamento", "cancelado"), (60, 10, 8, 7, 15))[0]
        paid = _plus(when, rng.randint(1, 4000)) if status in ("entregue", "enviado", "pago") else None
        sent = _plus(paid, rng.randint(600, 5000)) if paid and status != "pago" else None
        w.orders.append({"id": n, "customer": c, "when": when, "code": f"ER-{when[:4]}-{n:06d}",
                         "total": subtotal + freight - discount, "method": method, "status": status})
        w.m.rows["pedidos_pedido"].append((
            n, f"ER-{when[:4]}-{n:06d}", c["id"], rng.choice(c["addresses"])["id"] if rng.random() < 0.97 else None,
            status, subtotal, freight, discount, subtotal + freight - discount, method, coupon,
            c["cpf"] if rng.random() < 0.7 else None,
            _fill(rng.choice(DELIVERY_NOTES), name=faker.first_name, n=lambda: rng.randint(11, 1804),
                  phone=lambda: make.mobile(c["place"][3]),
                  email=lambda: make.email(c["given"], c["family"])),
            make.ip() if rng.random() < 0.95 else None, when, paid, sent,
            f"{'QB' if rng.random() < 0.7 else 'OJ'}{make.digits(9)}BR" if sent else None))
        for p, q in items:
            w.m.rows["pedidos_itempedido"].append((len(w.m.rows["pedidos_itempedido"]) + 1, n, p, q, prices[p]))


def _payments(w: _World) -> None:
    rng, make = w.rng, w.make
    for o in w.orders:
        gateway = rng.choice(("mercadopago", "pagarme"))
        c = o["customer"]
        card = o["method"] == "cartao"
        status = {"aguardando_pagamento": "pendente", "cancelado": rng.choice(("recusado", "estornado"))}.get(
            o["status"], "aprovado")
        payer = {"email": c["email"], "first_name": c["given"], "last_name": c["family"],
                 "identification": {"type": "CPF", "number": c["cpf"].replace(".", "").replace("-", "")}}
        payload = {"id": int(make.digits(11)), "status": status, "payment_method_id": o["method"],
                   "transaction_amount": float(o["total"]), "payer": payer,
                   "additional_info": {"ip_address": make.ip()}, "live_mode": True}
        if rng.random() < 0.15:
            payload = None
        w.m.rows["pagamentos_transacao"].append((
            o["id"], o["id"], gateway, (f"{make.digits(11)}" if gateway == "mercadopago" else f"tran_{make.token(16)}"),
            o["method"], rng.choice(("visa", "mastercard", "elo", "amex", "hipercard")) if card else None,
            make.digits(4) if card else None, rng.choice((1, 1, 2, 3, 6, 10)) if card else 1,
            make.token(32, string.ascii_letters + string.digits) if o["method"] == "pix" else None,
            f"{make.digits(5)}.{make.digits(5)} {make.digits(5)}.{make.digits(6)} {make.digits(5)}.{make.digits(6)} "
            f"{rng.randint(1, 9)} {make.digits(14)}" if o["method"] == "boleto" else None,
            o["total"], status, json.dumps(payload, ensure_ascii=False) if payload else None,
            _plus(o["when"], rng.randint(0, 3))))


def _affiliates(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, AFFILIATE_COUNT + 1):
        p = w.person(1985, 2005)
        place = p["place"]
        email = make.email(p["given"], p["family"], int(p["born"][:4]))
        uid = w.user(p, email)
        cpf = make.cpf()
        phone = make.mobile(place[3]) if rng.random() < 0.9 else None
        bank = rng.choice(BANKS)
        abroad = rng.random() < 0.16
        agencia, conta = make.digits(4), f"{make.digits(rng.randint(5, 8))}-{rng.randint(0, 9)}"
        if abroad:
            iban, agencia, conta, bank_code = make.iban_pt(), None, None, None
        else:
            iban = make.iban_br(bank, agencia, conta.replace("-", "")) if rng.random() < 0.25 else None
            bank_code = bank[0]
        handle = ascii_fold(p["given"]) + rng.choice((".", "_", "")) + ascii_fold(p["family"].split()[-1])
        coupon = make.unique(lambda: (ascii_fold(p["given"]).upper() + str(rng.choice((10, 15, 5))))[:20])
        w.m.rows["afiliados_afiliado"].append((
            n, uid, f"{p['given']} {p['family']}", cpf, f"@{handle}{rng.choice(('', '', '.fit', '_natural'))}",
            email, phone, rng.choice((cpf, email, phone)) if not abroad and rng.random() < 0.8 else None,
            bank_code, agencia, conta, iban, apps.jpeg_bytes(rng) if rng.random() < 0.7 else None, coupon,
            Decimal(rng.choice(("5.00", "7.50", "10.00"))), Decimal(rng.randint(0, 250000)) / 100,
            rng.random() < 0.85, w.users[-1]["joined"]))


def _support(w: _World) -> None:
    rng, make = w.rng, w.make
    for n in range(1, TICKET_COUNT + 1):
        o = rng.choice(w.orders)
        c = o["customer"]
        when = _plus(o["when"], rng.randint(1000, 30000))
        template = rng.choice(TICKET_MESSAGES)
        message = _fill(template, code=lambda: o["code"], pix=lambda: c["pix"] or c["email"],
                        phone=lambda: c["phone"] or make.mobile(c["place"][3]),
                        iban=lambda: grouped(make.iban_pt()), name=lambda: f"{c['given']} {c['family']}",
                        email=lambda: make.email(c["given"], c["family"]), cpf=lambda: c["cpf"],
                        address=lambda: rng.choice(c["addresses"])["text"])
        attach, kind = None, None
        if "foto" in message or rng.random() < 0.15:
            attach, kind = apps.jpeg_bytes(rng), "image/jpeg"
        elif "boleto" in message:
            attach = apps.pdf_bytes([f"Comprovante de pagamento - {c['given']} {c['family']}",
                                     f"CPF {c['cpf']}", f"Valor R$ {o['total']}"])
            kind = "application/pdf"
        status = rng.choice(("aberto", "respondido", "fechado", "fechado"))
        w.m.rows["suporte_chamado"].append((
            n, f"SAC{when[:4]}{n:06d}", c["id"], o["id"] if rng.random() < 0.85 else None,
            rng.choice(TICKET_SUBJECTS), message, attach, kind, status, when,
            _plus(when, rng.randint(30, 3000)) if status != "aberto" else None))


def _sessions(w: _World) -> None:
    rng, make = w.rng, w.make
    for _ in range(SESSION_COUNT):
        u = rng.choice(w.users)
        data = {"_auth_user_id": str(u["id"]),
                "_auth_user_backend": "django.contrib.auth.backends.ModelBackend",
                "_auth_user_hash": make.token(64, "0123456789abcdef"), "carrinho": {}}
        body = apps.b64(zlib.compress(json.dumps(data, separators=(",", ":")).encode()), url=True)
        signed = f".{body}:{apps.b64(make.token(6).encode(), url=True)}:{apps.b64(rng.randbytes(32), url=True)}"
        w.m.rows["django_session"].append((make.token(32), signed, _moment(rng, 2025, 2026)))


def _settings(w: _World) -> None:
    rng, make = w.rng, w.make
    bank = BANKS[1]
    for n, (key, value) in enumerate((
        ("empresa.razao_social", "Empório Raiz Comércio de Alimentos Naturais Ltda."),
        ("empresa.cnpj", OWN_CNPJ),
        ("empresa.inscricao_estadual", "148.520.334.117"),
        ("empresa.endereco", "Rua Fradique Coutinho, 1230 - Pinheiros, São Paulo/SP, CEP 05416-001"),
        ("empresa.sac_telefone", "(11) 3062-4410"),
        ("empresa.whatsapp", "+55 11 3062-4411"),
        ("empresa.email_sac", f"sac@{OWN_DOMAIN}"),
        ("empresa.email_nfe", f"nfe@{OWN_DOMAIN}"),
        ("empresa.dpo", f"privacidade@{OWN_DOMAIN}"),
        ("financeiro.conta", json.dumps({"banco": bank[0], "agencia": "3381", "conta": "0045120-7",
                                         "iban": make.iban_br(bank, "3381", "00451207", personal=False),
                                         "pix": OWN_CNPJ})),
        ("frete.gratis_acima", "199.00"),
        ("frete.cep_origem", "05416-001"),
        ("pagamento.parcelas_max", "10"),
        ("nfe.serie", "1"),
    ), 1):
        w.m.rows["core_configuracao"].append((n, key, value, _moment(rng, 2024, 2025)))


def make_shop(seed: int = SEED) -> Shop:
    """The whole shop, the same for the same seed."""
    w = _World(seed)
    _staff(w)
    _catalogue(w)
    _customers(w)
    _affiliates(w)
    _orders(w)
    _payments(w)
    _support(w)
    _sessions(w)
    _settings(w)
    return w.m


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    return apps.ddl(server, SCHEMA, FOREIGN_KEYS, TYPES)


def create(server: Any, db: str, m: Shop) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows, apps.stored)


def load_labels(tool: str) -> dict:
    """tests/twentieth/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
