"""Rows of made-up people for the application presets' round trips (test_presets.py).

Every person has names, contact data and an address that no fake can produce
(invented first and last names, cities and streets; e-mails on real-looking
domains; public IP addresses outside the documentation ranges that fakes use), so
finding any of them in a scrubbed dump, even inside a longer text, is a leak.

`App` says how one application's schema is made (a DDL file in schemas/, written
as the application's installer or migrations create it), which rows it gets, and
what the preset must do to them (tables emptied, rows dropped).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SCHEMAS = Path(__file__).parent / "schemas"

Rows = dict[str, list[dict[str, object]]]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    city: str
    street: str
    phone: str
    ip: str
    domain: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def email(self) -> str:
        return f"{self.first.lower()}.{self.last.lower()}@{self.domain}"

    @property
    def login(self) -> str:
        return f"{self.first[0].lower()}{self.last.lower()}"

    @property
    def personal(self) -> tuple[str, ...]:
        """The values that must not be left anywhere in a scrubbed dump."""
        return (self.first, self.last, self.email, self.login, self.phone, self.ip, self.street, self.city)


_FIRST = (
    "Zephyrine", "Ottmar", "Brunhilda", "Casimiro", "Ludmilla", "Evandro", "Philippina", "Raffaellino",
    "Wendelin", "Xaviera", "Ignatius", "Sieglinde", "Thaddaeus", "Ysolde", "Leocadia", "Bartolomeu",
)
_LAST = (
    "Quackenbosch", "Vandermolen", "Szczepaniakowa", "Featherstonhaugh", "Oyelaranmi", "Brackenridgeley",
    "Thistlewaite", "Fairweatheron", "Kowalczykberg", "Ravensworthy", "Ashcombery", "Winterbournes",
    "Grimsditchley", "Pennyfeatherstone", "Marchbankson", "Okonkwozzi",
)
_CITY = (
    "Quillhaven", "Marrowfield", "Dunbrackle", "Eastwhistle", "Pellinore Falls", "Grisbury", "Otterwyck",
    "Lanthorne", "Fennimoor", "Brackwater", "Cindervale", "Harrowgate Mills", "Wexcombe", "Yarrowby",
    "Tolliver Springs", "Nettlecombe",
)
_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "proton.me", "icloud.com", "gmx.net")

PEOPLE = tuple(
    Person(
        first=_FIRST[i],
        last=_LAST[i],
        city=_CITY[i],
        street=f"{1700 + 37 * i} {_LAST[(i + 5) % 16]} Crescent",
        phone=f"(415) 867-{5300 + 7 * i}",
        ip=f"81.{140 + i}.{17 + 3 * i}.{200 - i}",
        domain=_DOMAINS[i % len(_DOMAINS)],
    )
    for i in range(16)
)


def personal_values() -> set[str]:
    """Every personal value of every person."""
    return {value for person in PEOPLE for value in person.personal}


@dataclass(frozen=True)
class App:
    """One application schema on one server, the rows it gets, and what its preset does.

    Attributes:
        preset: the preset's name (extends: [preset]).
        server: the fixture name of the server ("mariadb", "postgres", "sqlite").
        schema: the DDL file in schemas/.
        rows: table -> rows (column -> value), inserted in this order.
        emptied: tables the preset truncates.
        kept_rows: table -> SQL condition selecting the rows that stay (drop_rows' complement).
        same_fakes: queries on the scrubbed database whose every row holds one value in
            all its columns (a person's copies got the same fake).
    """

    preset: str
    server: str
    schema: str
    rows: Callable[[], Rows]
    emptied: frozenset[str] = frozenset()
    kept_rows: dict[str, str] = field(default_factory=dict)
    same_fakes: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.preset}-{self.server}"

    def ddl(self) -> bytes:
        return (SCHEMAS / self.schema).read_bytes()


# -- WordPress ------------------------------------------------------------------


def _phpass(i: int) -> str:
    return "$P$B" + f"{i:02d}hX0DqCYaH3tQnhbKB7MzDe/8GvIf"[:30]


def wordpress_rows() -> Rows:
    users, meta, comments = [], [], []
    for i, p in enumerate(PEOPLE[:8], start=1):
        users.append(
            {
                "ID": i, "user_login": p.login, "user_pass": _phpass(i), "user_nicename": p.login,
                "user_email": p.email, "user_url": f"https://{p.last.lower()}.blog", "user_registered": f"2021-03-{i:02d} 10:00:00",
                "user_activation_key": f"1690000{i}:$P$BxkTmq{i}Jw0kU9qOI4xZ3lI2", "user_status": 0, "display_name": p.full,
            }
        )
        for key, value in (
            ("first_name", p.first), ("last_name", p.last), ("nickname", p.login),
            ("description", f"I live in {p.city}, {p.street}. Call me on {p.phone}."),
            ("session_tokens", f'a:1:{{s:64:"{i:064d}";a:2:{{s:2:"ip";s:{len(p.ip)}:"{p.ip}";s:2:"ua";s:7:"Firefox";}}}}'),
            ("community-events-location", f'a:1:{{s:2:"ip";s:{len(p.ip)}:"{p.ip}";}}'),
            ("wp_capabilities", 'a:1:{s:13:"administrator";b:1;}' if i == 1 else 'a:1:{s:6:"author";b:1;}'),
            ("rich_editing", "true"),
        ):
            meta.append({"umeta_id": len(meta) + 1, "user_id": i, "meta_key": key, "meta_value": value})
    posts = [
        {
            "ID": n, "post_author": n, "post_date": f"2022-05-{n:02d} 09:00:00", "post_date_gmt": f"2022-05-{n:02d} 09:00:00",
            "post_content": f"<p>Questions? Write to {PEOPLE[n].email} or call {PEOPLE[n].phone}.</p>",
            "post_title": f"Release notes {n}", "post_excerpt": f"Contact: {PEOPLE[n].email}", "post_name": f"release-notes-{n}",
            "to_ping": "", "pinged": "", "post_modified": "2022-06-01 09:00:00", "post_modified_gmt": "2022-06-01 09:00:00",
            "post_content_filtered": "", "guid": f"https://shop.example.org/?p={n}",
        }
        for n in range(1, 5)
    ]
    for n, p in enumerate(PEOPLE, start=1):
        comments.append(
            {
                "comment_ID": n, "comment_post_ID": 1 + n % 4, "comment_author": p.full, "comment_author_email": p.email,
                "comment_author_url": f"https://www.{p.last.lower()}.net/about", "comment_author_IP": p.ip,
                "comment_date": f"2022-07-{n:02d} 12:00:00", "comment_date_gmt": f"2022-07-{n:02d} 12:00:00",
                "comment_content": f"Great post! Mail me at {p.email}, or see https://github.com/{p.login}.",
                "comment_agent": f"Mozilla/5.0 (X11; Linux x86_64; {p.login}) Firefox/128.0",
                "user_id": n if n <= 8 else 0,
            }
        )
    options = [
        {"option_id": 1, "option_name": "siteurl", "option_value": "https://shop.example.org", "autoload": "yes"},
        {"option_id": 2, "option_name": "blogname", "option_value": "Corner Shop", "autoload": "yes"},
        {"option_id": 3, "option_name": "admin_email", "option_value": PEOPLE[0].email, "autoload": "yes"},
        {"option_id": 4, "option_name": "new_admin_email", "option_value": PEOPLE[1].email, "autoload": "yes"},
    ]
    terms = [{"term_id": 1, "name": "Uncategorized", "slug": "uncategorized", "term_group": 0}]
    return {"wp_users": users, "wp_usermeta": meta, "wp_terms": terms, "wp_posts": posts, "wp_comments": comments,
            "wp_options": options}


# -- Drupal ---------------------------------------------------------------------


def drupal_rows() -> Rows:
    users, data, pictures, sessions, watchdog, comments, bodies = [], [], [], [], [], [], []
    for uid, p in enumerate(PEOPLE[:10], start=1):
        users.append({"uid": uid, "uuid": f"5c2e1a9e-0000-4000-8000-{uid:012d}", "langcode": "en"})
        data.append(
            {
                "uid": uid, "langcode": "en", "preferred_langcode": "en", "name": p.login,
                "pass": f"$S$E{uid:02d}u1b2Pqf0lqT6Zq8y9O0mF7yN3kqU0Q0Z2kY3nVd5oR7zPzA8b2cDe",
                "mail": p.email, "timezone": "Europe/Paris", "status": 1, "created": 1690000000 + uid,
                "changed": 1690000100 + uid, "access": 1690000200 + uid, "login": 1690000300 + uid,
                "init": p.email, "default_langcode": 1,
            }
        )
        pictures.append(
            {"bundle": "user", "deleted": 0, "entity_id": uid, "revision_id": uid, "langcode": "en", "delta": 0,
             "user_picture_target_id": uid, "user_picture_alt": f"Portrait of {p.full}",
             "user_picture_title": p.full, "user_picture_width": 200, "user_picture_height": 200}
        )
        sessions.append({"uid": uid, "sid": f"sess{uid:060d}", "hostname": p.ip, "timestamp": 1690000400 + uid,
                         "session": f'_sf2_attributes|a:1:{{s:3:"uid";s:{len(str(uid))}:"{uid}";}}'})
        watchdog.append(
            {"wid": uid, "uid": uid, "type": "user", "message": f"Session opened for {p.email}.",
             "variables": f'a:1:{{s:5:"%name";s:{len(p.login)}:"{p.login}";}}', "severity": 5, "link": "",
             "location": f"https://shop.example.org/user/login?mail={p.email}", "referer": "https://shop.example.org/",
             "hostname": p.ip, "timestamp": 1690000500 + uid}
        )
    for cid, p in enumerate(PEOPLE, start=1):
        comments.append(
            {"cid": cid, "comment_type": "comment", "langcode": "en", "status": 1, "uid": cid if cid <= 10 else 0,
             "pid": None, "entity_id": 1, "subject": "Nice article", "name": p.full, "mail": p.email,
             "homepage": f"https://{p.last.lower()}.example.net/", "hostname": p.ip, "created": 1690000600 + cid,
             "changed": 1690000700 + cid, "thread": f"{cid:02d}/", "entity_type": "node", "field_name": "comment",
             "default_langcode": 1}
        )
        bodies.append(
            {"bundle": "comment", "deleted": 0, "entity_id": cid, "revision_id": cid, "langcode": "en", "delta": 0,
             "comment_body_value": f"<p>I agree. Reach me at {p.email} or {p.phone}.</p>", "comment_body_format": "basic_html"}
        )
    return {"users": users, "users_field_data": data, "user__user_picture": pictures, "sessions": sessions,
            "watchdog": watchdog, "comment_field_data": comments, "comment__comment_body": bodies}


# -- Magento 2 ------------------------------------------------------------------


def magento2_rows() -> Rows:
    customers, addresses, grid, orders, order_addresses, order_grid = [], [], [], [], [], []
    quotes, quote_addresses, subscribers, visitors, logs = [], [], [], [], []
    for cid, p in enumerate(PEOPLE[:12], start=1):
        street = f"{p.street}\nApartment {cid}"
        customers.append(
            {"entity_id": cid, "website_id": 1, "email": p.email, "group_id": 1, "store_id": 1,
             "created_at": "2023-01-05 10:00:00", "updated_at": "2023-02-05 10:00:00", "created_in": "Default Store View",
             "prefix": "Dr." if cid % 3 == 0 else None, "firstname": p.first, "middlename": None, "lastname": p.last,
             "dob": f"19{70 + cid}-0{1 + cid % 9}-1{cid % 10}", "default_billing": cid, "default_shipping": cid,
             "password_hash": f"{cid:064x}:Qz{cid:030d}:1", "rp_token": f"rp{cid:030d}",
             "taxvat": f"DE{811000000 + cid}", "gender": 1 + cid % 2}
        )
        addresses.append(
            {"entity_id": cid, "parent_id": cid, "city": p.city, "company": None, "country_id": "US", "fax": None,
             "firstname": p.first, "lastname": p.last, "postcode": f"9{4100 + cid}", "region": "California",
             "region_id": 12, "street": street, "telephone": p.phone, "vat_id": None}
        )
        grid.append({"entity_id": cid, "name": p.full, "email": p.email, "group_id": 1, "website_id": 1,
                     "billing_full": f"{p.street} {p.city} California 9{4100 + cid}", "billing_telephone": p.phone,
                     "billing_city": p.city, "billing_street": p.street})
        visitors.append({"visitor_id": cid, "customer_id": cid, "session_id": None})
        logs.append({"log_id": cid, "customer_id": cid, "last_login_at": "2023-03-01 08:00:00"})
        subscribers.append({"subscriber_id": cid, "store_id": 1, "customer_id": cid, "subscriber_email": p.email,
                            "subscriber_status": 1, "subscriber_confirm_code": f"{cid:032x}"})
    for oid, p in enumerate(PEOPLE, start=1):  # the last four ordered as guests
        customer = oid if oid <= 12 else None
        orders.append(
            {"entity_id": oid, "state": "complete", "status": "complete", "store_id": 1, "customer_id": customer,
             "grand_total": f"{20 + oid}.5000", "increment_id": f"0000000{oid:02d}", "customer_email": p.email,
             "customer_firstname": p.first, "customer_lastname": p.last, "customer_dob": None,
             "customer_note": f"Please call {p.phone} before delivery.", "remote_ip": p.ip,
             "x_forwarded_for": p.ip, "created_at": f"2023-04-{oid:02d} 12:00:00"}
        )
        for kind in ("billing", "shipping"):
            order_addresses.append(
                {"entity_id": len(order_addresses) + 1, "parent_id": oid, "customer_id": customer, "region": "California",
                 "postcode": f"9{4100 + oid}", "lastname": p.last, "street": p.street, "city": p.city, "email": p.email,
                 "telephone": p.phone, "country_id": "US", "firstname": p.first, "address_type": kind}
            )
        order_grid.append(
            {"entity_id": oid, "status": "complete", "store_id": 1, "customer_id": customer,
             "grand_total": f"{20 + oid}.5000", "increment_id": f"0000000{oid:02d}", "billing_name": p.full,
             "shipping_name": p.full, "created_at": f"2023-04-{oid:02d} 12:00:00",
             "billing_address": f"{p.street},{p.city},California,9{4100 + oid}",
             "shipping_address": f"{p.street},{p.city},California,9{4100 + oid}",
             "customer_email": p.email, "customer_name": p.full}
        )
        quotes.append(
            {"entity_id": oid, "store_id": 1, "is_active": 0, "customer_id": customer, "customer_email": p.email,
             "customer_firstname": p.first, "customer_lastname": p.last, "remote_ip": p.ip, "grand_total": "0.0000"}
        )
        quote_addresses.append(
            {"address_id": oid, "quote_id": oid, "customer_id": customer, "address_type": "billing", "email": p.email,
             "firstname": p.first, "lastname": p.last, "street": p.street, "city": p.city, "region": "California",
             "postcode": f"9{4100 + oid}", "country_id": "US", "telephone": p.phone}
        )
    admins = [
        {"user_id": 1, "firstname": PEOPLE[14].first, "lastname": PEOPLE[14].last, "email": PEOPLE[14].email,
         "username": PEOPLE[14].login, "password": f"{'ab' * 32}:Xy{'0' * 30}:2", "is_active": 1, "rp_token": None}
    ]
    admin_sessions = [{"id": 1, "session_id": None, "user_id": 1, "status": 1, "ip": PEOPLE[14].ip}]
    return {"customer_entity": customers, "customer_address_entity": addresses, "customer_grid_flat": grid,
            "customer_visitor": visitors, "customer_log": logs, "sales_order": orders,
            "sales_order_address": order_addresses, "sales_order_grid": order_grid, "quote": quotes,
            "quote_address": quote_addresses, "newsletter_subscriber": subscribers, "admin_user": admins,
            "admin_user_session": admin_sessions}


# -- Django ---------------------------------------------------------------------


def django_rows() -> Rows:
    users = [
        {"id": uid, "password": f"pbkdf2_sha256$870000${uid:022d}${'A' * 43}=", "last_login": "2024-01-02 03:04:05+00",
         "is_superuser": uid == 1, "username": p.login, "first_name": p.first, "last_name": p.last, "email": p.email,
         "is_staff": uid <= 3, "is_active": True, "date_joined": f"2023-0{1 + uid % 9}-0{1 + uid % 9} 10:00:00+00"}
        for uid, p in enumerate(PEOPLE[:12], start=1)
    ]
    content_types = [{"id": 1, "app_label": "auth", "model": "user"}, {"id": 2, "app_label": "auth", "model": "group"}]
    permissions = [{"id": 1, "name": "Can change user", "content_type_id": 1, "codename": "change_user"}]
    groups = [{"id": 1, "name": "Editors"}]
    memberships = [{"id": uid, "user_id": uid, "group_id": 1} for uid in range(1, 7)]
    log = [
        {"id": n, "action_time": f"2024-02-{n:02d} 10:00:00+00", "object_id": str(n + 3), "object_repr": PEOPLE[n + 2].login,
         "action_flag": 2, "change_message": f'[{{"changed": {{"fields": ["Email address"]}}}}] was {PEOPLE[n + 2].email}',
         "content_type_id": 1, "user_id": 1 + n % 3}
        for n in range(1, 9)
    ]
    sessions = [
        {"session_key": f"{n:032d}abcdefgh", "session_data": f"eyJ1c2VyIjoi{PEOPLE[n].login}In0:1r:sig",
         "expire_date": "2030-01-01 00:00:00+00"}
        for n in range(6)
    ]
    return {"django_content_type": content_types, "auth_permission": permissions, "auth_group": groups,
            "auth_user": users, "auth_user_groups": memberships, "django_admin_log": log, "django_session": sessions}


# -- Rails + Devise -------------------------------------------------------------


def rails_rows() -> Rows:
    users, posts, blobs, attachments = [], [], [], []
    for uid, p in enumerate(PEOPLE[:14], start=1):
        users.append(
            {"id": uid, "email": p.email, "encrypted_password": f"$2a$12${uid:022d}{'K' * 31}",
             "reset_password_token": f"rpt{uid:017d}" if uid % 2 else None, "sign_in_count": uid,
             "current_sign_in_at": "2024-03-01 10:00:00", "last_sign_in_at": "2024-02-01 10:00:00",
             "current_sign_in_ip": p.ip, "last_sign_in_ip": PEOPLE[(uid + 3) % 16].ip,
             "confirmation_token": f"ct{uid:018d}", "confirmed_at": "2023-12-01 10:00:00",
             "unconfirmed_email": PEOPLE[15].email if uid == 2 else None, "failed_attempts": 0,
             "unlock_token": f"ut{uid:018d}" if uid == 4 else None,
             "created_at": "2023-11-01 10:00:00", "updated_at": "2024-03-01 10:00:00"}
        )
        posts.append({"id": uid, "user_id": uid, "title": f"Weekly update {uid}", "created_at": "2024-03-02 10:00:00",
                      "updated_at": "2024-03-02 10:00:00"})
        blobs.append(
            {"id": uid, "key": f"k{uid:027d}", "filename": f"passport-{p.first.lower()}-{p.last.lower()}.pdf",
             "content_type": "application/pdf", "metadata": '{"identified":true,"analyzed":true}',
             "service_name": "local", "byte_size": 10000 + uid, "checksum": f"c{uid:023d}", "created_at": "2024-03-03 10:00:00"}
        )
        attachments.append({"id": uid, "name": "document", "record_type": "User", "record_id": uid, "blob_id": uid,
                            "created_at": "2024-03-03 10:00:00"})
    return {"schema_migrations": [{"version": "20240101000000"}], "users": users, "posts": posts,
            "active_storage_blobs": blobs, "active_storage_attachments": attachments}


# -- Laravel --------------------------------------------------------------------


def laravel_rows() -> Rows:
    users = [
        {"id": uid, "name": p.full, "email": p.email, "email_verified_at": "2024-01-01 00:00:00",
         "password": f"$2y$12${uid:022d}{'Q' * 31}", "remember_token": f"{uid:060d}", "created_at": "2024-01-01 00:00:00",
         "updated_at": "2024-01-02 00:00:00"}
        for uid, p in enumerate(PEOPLE[:12], start=1)
    ]
    resets = [{"email": PEOPLE[n].email, "token": f"$2y$12${n:053d}", "created_at": "2024-04-01 00:00:00"} for n in range(3)]
    sessions = [
        {"id": f"{n:040d}", "user_id": n + 1, "ip_address": p.ip, "user_agent": "Mozilla/5.0 Firefox/128.0",
         "payload": f"YToxOntzOjU6ImVtYWlsIjtzOjA6IiI7fQ== {p.email}", "last_activity": 1710000000 + n}
        for n, p in enumerate(PEOPLE[:6])
    ]
    failed = [
        {"id": 1, "uuid": "6f1c1e0e-0000-4000-8000-000000000001", "connection": "database", "queue": "default",
         "payload": f'{{"job":"SendWelcome","data":{{"email":"{PEOPLE[3].email}"}}}}',
         "exception": f"Swift_TransportException: {PEOPLE[3].email} rejected", "failed_at": "2024-04-02 00:00:00"}
    ]
    jobs = [{"id": 1, "queue": "default", "payload": f'{{"email":"{PEOPLE[4].email}"}}', "attempts": 0,
             "reserved_at": None, "available_at": 1710000000, "created_at": 1710000000}]
    cache = [{"key": f"laravel_cache_user_{PEOPLE[5].login}", "value": PEOPLE[5].full, "expiration": 1910000000}]
    tokens = [
        {"id": n, "tokenable_type": "App\\Models\\User", "tokenable_id": n, "name": "iPhone 15",
         "token": f"{n:064x}", "abilities": '["*"]', "created_at": "2024-04-03 00:00:00"}
        for n in range(1, 5)
    ]
    posts = [{"id": n, "user_id": n, "title": f"Post {n}", "created_at": "2024-04-04 00:00:00"} for n in range(1, 9)]
    migrations = [{"id": 1, "migration": "0001_01_01_000000_create_users_table", "batch": 1}]
    return {"migrations": migrations, "users": users, "password_reset_tokens": resets, "sessions": sessions,
            "cache": cache, "jobs": jobs, "failed_jobs": failed, "personal_access_tokens": tokens, "posts": posts}


APPS = (
    App("wordpress", "mariadb", "wordpress.mariadb.sql", wordpress_rows,
        kept_rows={"wp_usermeta": "meta_key NOT IN ('session_tokens', 'community-events-location', 'description')"},
        same_fakes=(
            "SELECT u.user_email, c.comment_author_email FROM wp_users u JOIN wp_comments c ON c.user_id = u.ID",
            "SELECT u.display_name, c.comment_author FROM wp_users u JOIN wp_comments c ON c.user_id = u.ID",
            "SELECT u.user_login, u.user_nicename FROM wp_users u",
        )),
    App("drupal", "mariadb", "drupal.mariadb.sql", drupal_rows, emptied=frozenset({"sessions"}),
        same_fakes=("SELECT mail, init FROM users_field_data",)),
    App("magento2", "mariadb", "magento2.mariadb.sql", magento2_rows,
        emptied=frozenset({"customer_grid_flat", "customer_visitor", "admin_user_session"}),
        same_fakes=(
            "SELECT c.email, o.customer_email, q.customer_email, g.customer_email, s.subscriber_email, a.email"
            " FROM customer_entity c JOIN sales_order o ON o.customer_id = c.entity_id"
            " JOIN quote q ON q.customer_id = c.entity_id JOIN sales_order_grid g ON g.entity_id = o.entity_id"
            " JOIN newsletter_subscriber s ON s.customer_id = c.entity_id"
            " JOIN sales_order_address a ON a.parent_id = o.entity_id",
            "SELECT c.lastname, o.customer_lastname, a.lastname, qa.lastname FROM customer_entity c"
            " JOIN sales_order o ON o.customer_id = c.entity_id JOIN customer_address_entity a ON a.parent_id = c.entity_id"
            " JOIN quote_address qa ON qa.customer_id = c.entity_id",
            "SELECT g.billing_name, g.customer_name, g.shipping_name FROM sales_order_grid g",
        )),
    App("django", "postgres", "django.postgres.sql", django_rows, emptied=frozenset({"django_session"})),
    App("rails_devise", "postgres", "rails_devise.postgres.sql", rails_rows),
    App("laravel", "sqlite", "laravel.sqlite.sql", laravel_rows,
        emptied=frozenset({"password_reset_tokens", "sessions", "cache", "jobs", "failed_jobs"})),
)
