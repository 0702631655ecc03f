"""Issue 5's "done when", on held-out dumps of applications the detector has never seen.

Thirty applications, each built blind (without reading the detector or its tests) and
labelled by hand, each measured once blind (see README, "How well it finds them"): a
French medical practice (support/heldout.py, tests/heldout/labels.yml), a Berlin
staffing agency (support/blind_app.py, tests/blind/), a Dutch rental platform
(support/third_app.py, tests/third/), a Spanish mobile operator (support/fourth_app.py,
tests/fourth/), a Polish marketplace (support/fifth_app.py, tests/fifth/), a Swedish
school administration (support/sixth_app.py, tests/sixth/), a British motor insurer
(support/seventh_app.py, tests/seventh/), an Italian hotel group (support/eighth_app.py,
tests/eighth/), a Belgian fitness-club chain (support/ninth_app.py, tests/ninth/), a
Danish veterinary clinic chain (support/tenth_app.py, tests/tenth/), a US consumer
lender (support/eleventh_app.py, tests/eleventh/), a Northern Irish hospice charity
(support/twelfth_app.py, tests/twelfth/), a Czech food-delivery platform
(support/thirteenth_app.py, tests/thirteenth/), a Finnish public library consortium
(support/fourteenth_app.py, tests/fourteenth/), a Japanese-owned car rental in
Austria (support/fifteenth_app.py, tests/fifteenth/), a Greek ferry operator
(support/sixteenth_app.py, tests/sixteenth/: IBM i ticketing files, a Java EE crew
register in transliterated Greek, a Kotlin loyalty app), a Portuguese pharmacy chain
(support/seventeenth_app.py, tests/seventeenth/: a Delphi back office in
Hungarian-notation Portuguese, a Shopware 6 shop), a Romanian ride-hailing app
(support/eighteenth_app.py, tests/eighteenth/: NestJS/TypeORM, an ERP in upper-case
Romanian), a Hungarian dental chain (support/nineteenth_app.py, tests/nineteenth/: a
2003 PHP system in Hungarian abbreviations, a Supabase app), a Brazilian online shop
(support/twentieth_app.py, tests/twentieth/: Django in Brazilian Portuguese), a
Zurich private bank's CRM (support/twentyfirst_app.py, tests/twentyfirst/: Spring Boot
in Swiss German, Spring Session JDBC), a Slovenian university's student office
(support/twentysecond_app.py, tests/twentysecond/: Symfony/Doctrine in Slovenian
snake_case, Doctrine Migrations' history, Symfony's PdoSessionHandler sessions), a
Lithuanian e-scooter rental (support/twentythird_app.py, tests/twentythird/: a Go/sqlc
rider API in English snake_case with golang-migrate's history, the riders' phone a key
referenced by the SMS login codes, and an acquired back office in lower-case Lithuanian
abbreviations), an Icelandic geothermal utility's customer portal
(support/twentyfourth_app.py, tests/twentyfourth/: a Node.js/Sequelize app with
Icelandic PascalCase tables and camelCase columns, SequelizeMeta and
connect-session-sequelize's Sessions, the customers' kennitala a key referenced by the
electronic-ID login log), a Bulgarian courier's shipping system
(support/twentyfifth_app.py, tests/twentyfifth/: a Yii2 app with the framework's own
tables in English, singular business tables in transliterated Bulgarian, Cyrillic data
and Unix-time integer timestamps, the recipients' phone a key referenced by the
shipments), a Québec daycare network's family portal (support/twentysixth_app.py,
tests/twentysixth/: a Laravel app with the framework's own tables in English, plural
business tables in Québec French snake_case, the users' e-mail a key referenced by the
password resets), a Mexican telemedicine startup's platform
(support/twentyseventh_app.py, tests/twentyseventh/: a Rails app with Devise's and the
session store's tables in English, plural business tables in Mexican Spanish
snake_case, the patients' CURP a key referenced by the prescriptions), a Croatian
tourist-apartment agency's booking system (support/twentyeighth_app.py,
tests/twentyeighth/: an ASP.NET Core / EF Core app with Identity's and the migrations'
tables under their own names, plural business tables in Croatian PascalCase, the
guests' e-mail a key referenced by the invoices), a Norwegian coastal
fishing-licence registry (support/twentyninth_app.py, tests/twentyninth/: a Spring Boot
service on a schema inherited from Oracle, Flyway's history under its own name,
upper-case Norwegian tables and columns, the fishers' fødselsnummer a key referenced by
the applications) and a Slovak driving school's back office (support/thirtieth_app.py,
tests/thirtieth/: a PHP/Nette app with Nextras Migrations' table under its own name,
`as_`-prefixed singular Slovak tables and camelCase Slovak columns, the students' e-mail a
key referenced by the portal's sign-in links), each then used to improve the detector;
all pass every check. A thirty-first, a Turkish private hospital group's patient and staff
system (support/thirtyfirst_app.py, tests/thirtyfirst/: a Java/MyBatis HBYS with
Liquibase's changelog under its own name, `hbys_`-prefixed singular Turkish tables and
lower-case Turkish snake_case columns, the patients' TC kimlik no a key referenced by the
examinations), built blind and measured once at round 29 (78%, 4 false alarms, scan -r
missed one column; init, verify and --strict passed).
A thirty-second, a Welsh housing association's tenancy management system
(support/thirtysecond_app.py, tests/thirtysecond/: a Flask-SQLAlchemy app with Alembic's
table under its own name, singular snake_case tables in English and two Welsh-named models
with Welsh columns, the tenants' e-mail a key referenced by the portal's sessions), built
blind and measured once at round 29: the first to pass every check at first sight, on all
three tools (90%, 1 false alarm). Both then improved the detector (round 30) and pass
every check.
A thirty-third, a Ukrainian IT outsourcing company's HR and payroll system
(support/thirtythird_app.py, tests/thirtythird/: a Kotlin/Ktor service on jOOQ with
Flyway's table under its own name, plural snake_case tables and columns in transliterated
Ukrainian, Cyrillic data, the users' e-mail a key referenced by the sessions and the
engineers' RNOKPP a key referenced by the military register), built blind and measured
once at round 30 (74%, 5 false alarms; scan -r, init, verify and --strict passed).
A thirty-fourth, a Luxembourg fund administrator's investor register and transfer-agency
back office (support/thirtyfourth_app.py, tests/thirtyfourth/: a .NET Framework/NHibernate
system with NHibernate's hilo table under its own name, `ta_`-prefixed French tables and
PascalCase columns in mixed French and German, the investors' e-mail a key referenced by
the mailings log), built blind and measured once at round 30: every check passed at first
sight on all three tools (90%, no false alarm). Both then improved the detector (round
31) and pass every check.
Each makes the same rows on MariaDB, PostgreSQL and SQLite, dumped by mysqldump, pg_dump
and sqlite3 .dump; every check runs on one tool per application, the tools taking turns
along APPS (DUMPSCRUB_ALL_TOOLS=1: on every tool, as each application was measured at
first sight and checked when the detector was tuned on it), and
every command through the real CLI (`python -m dumpscrub`). The issue asks that on
these dumps:

* `scan` finds at least 90% of the personal columns, with at most 2 false alarms
  among the clearly non-personal columns;
* `scan -r` names what the rules leave uncovered, and not what they cover;
* the rules `init` writes pass `--strict`, and the scrub they make restores with its
  foreign keys and row counts, without one original e-mail or IBAN, in any layout;
* `verify` passes that clean scrub and fails the unscrubbed original;
* `--strict` refuses the init rules with one column's rule deleted, naming it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from dumpscrub.checks.dump import DumpFile
from support.databases import MariaDB, PostgreSQL, Server, SQLite, orphans, row_counts
from support.harnesses import MariaDBHarness
from support import blind_app, eighth_app, fifth_app, fourth_app, heldout, ninth_app, seventh_app, sixth_app
from support import eleventh_app, fourteenth_app, tenth_app, third_app, thirteenth_app, twelfth_app
from support import eighteenth_app, fifteenth_app, seventeenth_app, sixteenth_app
from support import nineteenth_app, twentieth_app, twentyfirst_app, twentysecond_app
from support import twentyfourth_app, twentythird_app
from support import twentyfifth_app
from support import twentysixth_app
from support import twentyseventh_app
from support import twentyeighth_app
from support import twentyninth_app
from support import thirtieth_app
from support import thirtyfirst_app
from support import thirtysecond_app
from support import thirtythird_app
from support import thirtyfourth_app
from support.heldout import dump

TOOLS = {"mysqldump": "mariadb", "pg_dump": "postgresql", "sqlite3": "sqlite"}
# Every check runs on one tool per application, the tools taking turns along APPS (each
# gets a third of the applications, so each application's rows go into one server, not
# three: with thirty-four applications on all three tools the clean-clone suite took
# 10 min). DUMPSCRUB_ALL_TOOLS=1 runs every check on every tool (as each application was
# measured at first sight and checked when the detector was tuned on it).
ALL_TOOLS = os.environ.get("DUMPSCRUB_ALL_TOOLS") == "1"
SECRET = "issue-5-acceptance"
MIN_RECALL = 0.90
MAX_FALSE_ALARMS = 2
TIMEOUT = 600  # seconds for one CLI run; the dumps are about 1 MB

# A rules author's first attempt at the clinic: the patients' and staff's obvious columns,
# the insurers kept. CLINIC_UNCOVERED are personal columns it leaves without a rule, each of
# a kind the issue names (e-mail, phone, IP, IBAN, token, free text, image blob).
CLINIC_PARTIAL_RULES = """\
version: 1
locale: fr_FR
tables:
  patients:
    columns:
      prenom: first_name
      nom: last_name
      courriel: email
      iban: iban
      dob: {strategy: date, generalize: year}
  personnel:
    columns:
      first_name: first_name
      last_name: last_name
      email: email
  mutuelles: keep
"""
CLINIC_COVERED = {
    ("patients", "prenom"), ("patients", "nom"), ("patients", "courriel"), ("patients", "iban"), ("patients", "dob"),
    ("personnel", "first_name"), ("personnel", "last_name"), ("personnel", "email"),
    *(("mutuelles", column) for column in heldout.COLUMNS["mutuelles"]),
}
CLINIC_UNCOVERED = {
    ("patients", "tel_portable"), ("patients", "notes"), ("patients", "photo"), ("contacts_urgence", "email"),
    ("contacts_urgence", "telephone"), ("users", "last_ip"), ("user_sessions", "session_token"),
    ("paiements", "iban_emetteur"),
}

# The agency's first attempt: the employees' and candidates' obvious columns, the clients
# kept. Left uncovered: a phone, an e-mail, an IP, a token, an IBAN, a national id, free
# text and an image blob, and two e-mails that are foreign keys to scrubbed e-mails.
AGENCY_PARTIAL_RULES = """\
version: 1
locale: de_DE
tables:
  mitarbeiter:
    columns:
      vorname: first_name
      nachname: last_name
      email_work: email
      iban: iban
      geburtsdatum: {strategy: date, generalize: year}
  candidates:
    columns:
      firstName: first_name
      lastName: last_name
      email: email
  client_companies: keep
"""
AGENCY_COVERED = {
    ("mitarbeiter", "vorname"), ("mitarbeiter", "nachname"), ("mitarbeiter", "email_work"), ("mitarbeiter", "iban"),
    ("mitarbeiter", "geburtsdatum"), ("candidates", "firstName"), ("candidates", "lastName"), ("candidates", "email"),
    *(("client_companies", column) for column in blind_app.COLUMNS["client_companies"]),
}
AGENCY_UNCOVERED = {
    ("candidates", "mobileNo"), ("candidates", "headshot"), ("messages", "body"), ("referencias", "correo"),
    ("app_users", "lastLoginIp"), ("auth_tokens", "refresh_token"), ("payslips", "auszahlung_iban"),
    ("contractors", "ssn"),
    # no rule of their own, and a foreign key to a scrubbed e-mail: the key would break
    ("app_users", "login_email"), ("referencias", "candidato_email"),
}

# The rental platform's first attempt (built blind, the third application): the tenants'
# and landlords' obvious columns, the letting agents kept. Left uncovered: a phone, a
# national id (BSN), an ID photo, free text, a Portuguese e-mail and tax number, an IP,
# a push token, a payer's IBAN, and the app's login, a foreign key to a scrubbed e-mail.
RENTAL_PARTIAL_RULES = """\
version: 1
locale: nl_NL
tables:
  huurders:
    columns:
      HRD_VOORNAAM: first_name
      HRD_ACHTERNAAM: last_name
      HRD_EMAIL: email
      HRD_IBAN: iban
      HRD_GEBDATUM: {strategy: date, generalize: year}
  verhuurders:
    columns:
      strVoornaam: first_name
      strAchternaam: last_name
      strEmail: email
      strIBAN: iban
  makelaars: keep
"""
RENTAL_COVERED = {
    ("huurders", "HRD_VOORNAAM"), ("huurders", "HRD_ACHTERNAAM"), ("huurders", "HRD_EMAIL"), ("huurders", "HRD_IBAN"),
    ("huurders", "HRD_GEBDATUM"), ("verhuurders", "strVoornaam"), ("verhuurders", "strAchternaam"),
    ("verhuurders", "strEmail"), ("verhuurders", "strIBAN"),
    *(("makelaars", column) for column in third_app.COLUMNS["makelaars"]),
}
RENTAL_UNCOVERED = {
    ("huurders", "HRD_MOBIEL"), ("huurders", "HRD_BSN"), ("huurders", "HRD_PASFOTO"), ("berichten", "body"),
    ("tecnicos", "correio_eletronico"), ("tecnicos", "nif"), ("gebruikers", "last_ip"), ("app_devices", "push_token"),
    ("betalingen", "BET_IBAN_BETALER"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("gebruikers", "login_email"),
}

# The mobile operator's first attempt (built blind, the fourth application): the customers'
# obvious columns and the line's number, the dealer shops kept. Left uncovered: a contact
# phone, a national id (DNI/NIE), an ID scan, the complaints' free text and their contact
# e-mail, the portal's IP, the session id, the IBAN an invoice was debited from, and three
# foreign keys to scrubbed columns: the portal's login and the invoice's e-mail (to the
# customer's e-mail) and the complaint's line (to the MSISDN).
TELECOM_PARTIAL_RULES = """\
version: 1
locale: es_ES
tables:
  CUST_MSTR:
    columns:
      CUST_NM: first_name
      CUST_SRNM1: last_name
      CUST_SRNM2: last_name
      EMAIL_ADDR: email
      BANK_IBAN: iban
      BRTH_DT: {strategy: date, generalize: year}
  SUBS:
    columns:
      MSISDN: phone
  DLR: keep
"""
TELECOM_COVERED = {
    ("CUST_MSTR", "CUST_NM"), ("CUST_MSTR", "CUST_SRNM1"), ("CUST_MSTR", "CUST_SRNM2"), ("CUST_MSTR", "EMAIL_ADDR"),
    ("CUST_MSTR", "BANK_IBAN"), ("CUST_MSTR", "BRTH_DT"), ("SUBS", "MSISDN"),
    *(("DLR", column) for column in fourth_app.COLUMNS["DLR"]),
}
TELECOM_UNCOVERED = {
    ("CUST_MSTR", "CNTCT_TEL"), ("CUST_MSTR", "DOC_NBR"), ("CUST_MSTR", "DOC_IMG"),
    ("reclamaciones", "texto_reclamacion"), ("reclamaciones", "correo_contacto"), ("web_usr", "usr_last_ip"),
    ("web_sess", "sess_id"), ("INV_HDR", "PAY_IBAN"),
    # no rule of their own, and a foreign key to a scrubbed e-mail or phone: the key would break
    ("web_usr", "usr_login"), ("INV_HDR", "SENT_TO_EMAIL"), ("reclamaciones", "msisdn_afectado"),
}


# The marketplace's first attempt (built blind, the fifth application): the users' and
# sellers' obvious columns, the carriers kept. Left uncovered: a profile's phone, a PESEL,
# a KYC selfie, the messages' free text, the shipping service's e-mail, a device's IP, the
# Django session key, a payout's IBAN, and the invoicing module's e-mail, a foreign key to
# the scrubbed account e-mail.
MARKETPLACE_PARTIAL_RULES = """\
version: 1
locale: pl_PL
tables:
  accounts_user:
    columns:
      first_name: first_name
      last_name: last_name
      email: email
  accounts_profile:
    columns:
      birth_date: {strategy: date, generalize: year}
  kontrahenci:
    columns:
      knt_imie: first_name
      knt_nazwisko: last_name
      knt_nr_rachunku: iban
  shipping_carrier: keep
"""
MARKETPLACE_COVERED = {
    ("accounts_user", "first_name"), ("accounts_user", "last_name"), ("accounts_user", "email"),
    ("accounts_profile", "birth_date"), ("kontrahenci", "knt_imie"), ("kontrahenci", "knt_nazwisko"),
    ("kontrahenci", "knt_nr_rachunku"),
    *(("shipping_carrier", column) for column in fifth_app.COLUMNS["shipping_carrier"]),
}
MARKETPLACE_UNCOVERED = {
    ("accounts_profile", "phone_number"), ("kontrahenci", "knt_pesel"), ("kyc_weryfikacje", "selfie"),
    ("messaging_message", "body"), ("Shipment", "receiverEmail"), ("accounts_device", "last_ip"),
    ("django_session", "session_key"), ("payments_payout", "iban"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("kontrahenci", "knt_email"),
}


# The school administration's first attempt (built blind, the sixth application): the pupils'
# and guardians' obvious columns, the staff's names, the taxi companies kept. Left
# uncovered: a guardian's mobile, a teacher's personnummer, the school photo, the
# messages' free text, a work e-mail, the portal's IP, the session id, the salary account's
# IBAN, and the two foreign keys to the scrubbed pupil's personnummer (absences and
# school transport are keyed on it).
SCHOOL_PARTIAL_RULES = """\
version: 1
locale: sv_SE
tables:
  elev:
    columns:
      personnummer: hash
      fornamn: first_name
      efternamn: last_name
      folkbokforingsadress: address
  vardnadshavare:
    columns:
      personnummer: hash
      fornamn: first_name
      efternamn: last_name
      epost: email
  PERSONAL:
    columns:
      FNAMN: first_name
      ENAMN: last_name
  taxibolag: keep
"""
SCHOOL_COVERED = {
    ("elev", "personnummer"), ("elev", "fornamn"), ("elev", "efternamn"), ("elev", "folkbokforingsadress"),
    ("vardnadshavare", "personnummer"), ("vardnadshavare", "fornamn"), ("vardnadshavare", "efternamn"),
    ("vardnadshavare", "epost"), ("PERSONAL", "FNAMN"), ("PERSONAL", "ENAMN"),
    *(("taxibolag", column) for column in sixth_app.COLUMNS["taxibolag"]),
}
SCHOOL_UNCOVERED = {
    ("vardnadshavare", "mobilnr"), ("PERSONAL", "PNR"), ("elev", "foto"), ("meddelande", "brodtext"),
    ("PERSONAL", "EPOST_TJ"), ("anvandare", "usr_last_ip"), ("usr_session", "sess_id"),
    ("PERSONAL", "LONEKONTO_IBAN"),
    # no rule of their own, and a foreign key to a scrubbed personnummer: the key would break
    ("franvaro", "elev_pnr"), ("skolskjuts", "elev_pnr"),
}


# The motor insurer's first attempt (built blind, the seventh application): the
# policyholders' and named drivers' obvious columns, the claim handlers' names, the body
# shops kept. Left uncovered: a mobile, a National Insurance number, the claim documents'
# blob, the claim notes' free text, a handler's work e-mail, the portal's IP, the session
# token, a payee's IBAN, and the portal's login, a foreign key to the scrubbed e-mail.
INSURER_PARTIAL_RULES = """\
version: 1
locale: en_GB
tables:
  POLICY_HOLDER:
    columns:
      PH_FORENAME: first_name
      PH_SURNAME: last_name
      PH_EMAIL: email
      PH_BANK_IBAN: iban
      PH_DOB: {strategy: date, generalize: year}
  NAMED_DRIVER:
    columns:
      ND_FULL_NAME: name
  clmHandler:
    columns:
      firstName: first_name
      lastName: last_name
  garagePartner: keep
"""
INSURER_COVERED = {
    ("POLICY_HOLDER", "PH_FORENAME"), ("POLICY_HOLDER", "PH_SURNAME"), ("POLICY_HOLDER", "PH_EMAIL"),
    ("POLICY_HOLDER", "PH_BANK_IBAN"), ("POLICY_HOLDER", "PH_DOB"), ("NAMED_DRIVER", "ND_FULL_NAME"),
    ("clmHandler", "firstName"), ("clmHandler", "lastName"),
    *(("garagePartner", column) for column in seventh_app.COLUMNS["garagePartner"]),
}
INSURER_UNCOVERED = {
    ("POLICY_HOLDER", "PH_TEL_MOB"), ("POLICY_HOLDER", "PH_NINO"), ("clmDocument", "fileBlob"),
    ("claim_note", "note_text"), ("clmHandler", "workEmail"), ("tbl_web_user", "usr_last_ip"),
    ("tbl_web_session", "sess_token"), ("clmPayment", "payeeIban"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("tbl_web_user", "usr_login"),
}


# The hotel group's first attempt (built blind, the eighth application): the guests', the
# police registrations' and the housekeeping staff's obvious columns, the booking engine's
# login, the hotels kept. Left uncovered: a guest's mobile, the codice fiscale, the scan of
# the identity document, the OTA messages' free text, a housekeeper's private e-mail, the
# booking engine's sign-in IP, the Rails session id, a payer's IBAN, and the booking's
# guest e-mail, a foreign key to the scrubbed guest e-mail.
HOTEL_PARTIAL_RULES = """\
version: 1
locale: it_IT
tables:
  Ospiti:
    columns:
      Nome: first_name
      Cognome: last_name
      Email: email
      Indirizzo: address
      DataNascita: {strategy: date, generalize: year}
  SchedineAlloggiati:
    columns:
      Nome: first_name
      Cognome: last_name
      DataNascita: {strategy: date, generalize: year}
  hk_personale:
    columns:
      nome: first_name
      cognome: last_name
      iban_stip: iban
  users:
    columns:
      email: email
  Strutture: keep
"""
HOTEL_COVERED = {
    ("Ospiti", "Nome"), ("Ospiti", "Cognome"), ("Ospiti", "Email"), ("Ospiti", "Indirizzo"), ("Ospiti", "DataNascita"),
    ("SchedineAlloggiati", "Nome"), ("SchedineAlloggiati", "Cognome"), ("SchedineAlloggiati", "DataNascita"),
    ("hk_personale", "nome"), ("hk_personale", "cognome"), ("hk_personale", "iban_stip"), ("users", "email"),
    *(("Strutture", column) for column in eighth_app.COLUMNS["Strutture"]),
}
HOTEL_UNCOVERED = {
    ("Ospiti", "Cellulare"), ("Ospiti", "CodiceFiscale"), ("SchedineAlloggiati", "ScansioneDocumento"),
    ("messages", "body"), ("hk_personale", "email"), ("users", "last_sign_in_ip"), ("sessions", "session_id"),
    ("Pagamenti", "IbanOrdinante"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("bookings", "guest_email"),
}


# The fitness-club chain's first attempt (built blind, the ninth application): the members'
# obvious columns in Salesforce, the direct debit's IBAN and holder, the employees' names and
# birth dates, the names on the door access system, the business partners kept. Left
# uncovered: a member's mobile, the national register number, the face photo of the access
# system, the support cases' free text and web-to-case e-mail, the app's session IP and
# remember token, an employee's salary IBAN, and the app's login, a foreign key to the
# scrubbed member e-mail.
GYM_PARTIAL_RULES = """\
version: 1
locale: nl_BE
tables:
  contact:
    columns:
      firstname: first_name
      lastname: last_name
      email: email
      mailingstreet: address
      birthdate: {strategy: date, generalize: year}
  membership__c:
    columns:
      iban__c: iban
      account_holder__c: name
  OHEM:
    columns:
      firstName: first_name
      lastName: last_name
      birthDate: {strategy: date, generalize: year}
  t_usr:
    columns:
      nm: name
  OCRD: keep
"""
GYM_COVERED = {
    ("contact", "firstname"), ("contact", "lastname"), ("contact", "email"), ("contact", "mailingstreet"),
    ("contact", "birthdate"), ("membership__c", "iban__c"), ("membership__c", "account_holder__c"),
    ("OHEM", "firstName"), ("OHEM", "lastName"), ("OHEM", "birthDate"), ("t_usr", "nm"),
    *(("OCRD", column) for column in ninth_app.COLUMNS["OCRD"]),
}
GYM_UNCOVERED = {
    ("contact", "mobilephone"), ("contact", "national_register_no__c"), ("t_usr", "photo"), ("case", "description"),
    ("case", "suppliedemail"), ("sessions", "ip_address"), ("users", "remember_token"), ("OHEM", "bankAcount"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("users", "email"),
}


# The veterinary clinic chain's first attempt (built blind, the tenth application): the
# owners' obvious columns in Odoo's res_partner, the employees' name, private e-mail and
# birth date, the app's login and name, the clinics kept. Left uncovered: an owner's
# mobile, the CPR number of the owners who pay in instalments, the attachments' blob
# (scans of driving licences, X-rays, employees' photos, PDFs), the chatter's free text,
# an employee's work e-mail, the app's login IP, the session token's hash, the bank
# accounts' IBAN, and the booking's owner e-mail, a foreign key to the scrubbed app login.
VET_PARTIAL_RULES = """\
version: 1
locale: da_DK
tables:
  res_partner:
    columns:
      name: name
      email: email
      street: address
  hr_employee:
    columns:
      name: name
      private_email: email
      birthday: {strategy: date, generalize: year}
  app_user:
    columns:
      email: email
      full_name: name
  Klinik: keep
"""
VET_COVERED = {
    ("res_partner", "name"), ("res_partner", "email"), ("res_partner", "street"), ("hr_employee", "name"),
    ("hr_employee", "private_email"), ("hr_employee", "birthday"), ("app_user", "email"), ("app_user", "full_name"),
    *(("Klinik", column) for column in tenth_app.COLUMNS["Klinik"]),
}
VET_UNCOVERED = {
    ("res_partner", "mobile"), ("res_partner", "x_studio_cpr_nr"), ("ir_attachment", "db_datas"),
    ("mail_message", "body"), ("hr_employee", "work_email"), ("app_user", "last_login_ip"),
    ("app_session", "token_sha256"), ("res_partner_bank", "acc_number"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("booking", "owner_email"),
}


# The consumer lender's first attempt (built blind, the eleventh application): the
# borrowers' obvious columns in the Dynamics contact and in Access's Borrower Master, the
# app's login, the merchants and partners (Dynamics accounts) kept. Left uncovered: a
# borrower's mobile, the SSN in the CRM, the KYC selfie, the collectors' free text, a staff
# member's e-mail, the app's login IP, the session token, the IBAN of an international
# refund, and the application's e-mail, a foreign key to the scrubbed app login.
LENDER_PARTIAL_RULES = """\
version: 1
locale: en_US
tables:
  contact:
    columns:
      firstname: first_name
      lastname: last_name
      fullname: name
      emailaddress1: email
      address1_line1: address
      birthdate: {strategy: date, generalize: year}
  Borrower Master:
    columns:
      First Name: first_name
      Last Name: last_name
      Email Address: email
      DOB: {strategy: date, generalize: year}
  User:
    columns:
      email: email
  account: keep
"""
LENDER_COVERED = {
    ("contact", "firstname"), ("contact", "lastname"), ("contact", "fullname"), ("contact", "emailaddress1"),
    ("contact", "address1_line1"), ("contact", "birthdate"), ("Borrower Master", "First Name"),
    ("Borrower Master", "Last Name"), ("Borrower Master", "Email Address"), ("Borrower Master", "DOB"),
    ("User", "email"),
    *(("account", column) for column in eleventh_app.COLUMNS["account"]),
}
LENDER_UNCOVERED = {
    ("contact", "mobilephone"), ("contact", "bsc_ssn"), ("KycCheck", "selfieImage"), ("Collection Notes", "Note Text"),
    ("systemuser", "internalemailaddress"), ("User", "lastLoginIp"), ("Session", "sessionToken"),
    ("Refunds", "Payee IBAN"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("Application", "email"),
}


# The hospice charity's first attempt (built blind, the twelfth application): the
# supporters' names and birth date in CiviCRM's contact and their e-mail, the volunteers'
# obvious columns with their vetting certificate number, the website's logins, the shops
# kept. Left uncovered: the supporters' phones, an e-mail a token was sent to, a
# volunteer's sign-in IP, a SEPA donor's IBAN, the rota's session tokens, a National
# Insurance or PPS number, the legacy pledges' confidential notes, a volunteer's badge
# photo, and the vetting check's certificate number, referenced by the scrubbed one.
HOSPICE_PARTIAL_RULES = """\
version: 1
locale: en_GB
tables:
  civicrm_contact:
    columns:
      first_name: first_name
      last_name: last_name
      display_name: name
      sort_name: name
      birth_date: {strategy: date, generalize: year}
  civicrm_email:
    columns:
      email: email
  volunteers:
    columns:
      first_name: first_name
      last_name: last_name
      email: email
      date_of_birth: {strategy: date, generalize: year}
      vetting_certificate_number: {strategy: hash, length: 12}
  wp_users:
    columns:
      user_email: email
      display_name: name
  shops: keep
"""
HOSPICE_COVERED = {
    ("civicrm_contact", "first_name"), ("civicrm_contact", "last_name"), ("civicrm_contact", "display_name"),
    ("civicrm_contact", "sort_name"), ("civicrm_contact", "birth_date"), ("civicrm_email", "email"),
    ("volunteers", "first_name"), ("volunteers", "last_name"), ("volunteers", "email"),
    ("volunteers", "date_of_birth"), ("volunteers", "vetting_certificate_number"), ("wp_users", "user_email"),
    ("wp_users", "display_name"),
    *(("shops", column) for column in twelfth_app.COLUMNS["shops"]),
}
HOSPICE_UNCOVERED = {
    ("civicrm_phone", "phone"), ("volunteers_tokens", "sent_to"), ("volunteers", "last_signed_in_ip"),
    ("civicrm_value_direct_debit_4", "iban_24"), ("volunteers_tokens", "token"), ("volunteers", "ni_number"),
    ("civicrm_value_legacy_pledge_5", "confidential_notes_40"), ("volunteers", "photo"),
    # no rule of its own, and referenced through a foreign key by a scrubbed column: the key would break
    ("vetting_checks", "certificate_number"),
}


# The food-delivery platform's first attempt (built blind, the thirteenth application): the
# customers' names, e-mail and birth date in the ordering API, the couriers' names and
# e-mail in the Firebase copy, the employees' names, birth date and private e-mail in
# payroll, the restaurants kept. Left uncovered: a customer's phone, a support ticket's
# e-mail, the API's login IP, a courier's IBAN, the refresh tokens' hash, a courier's rodné
# číslo, the tickets' free text, a courier's selfie, and the loyalty club's e-mail, a
# foreign key to the scrubbed customer e-mail.
DELIVERY_PARTIAL_RULES = """\
version: 1
locale: cs_CZ
tables:
  customer:
    columns:
      first_name: first_name
      last_name: last_name
      email: email
      birth_date: {strategy: date, generalize: year}
  fs_couriers:
    columns:
      profile_firstName: first_name
      profile_lastName: last_name
      profile_email: email
  ZAM:
    columns:
      Jmeno: first_name
      Prijmeni: last_name
      DatNar: {strategy: date, generalize: year}
      EmailSoukr: email
  restaurant: keep
"""
DELIVERY_COVERED = {
    ("customer", "first_name"), ("customer", "last_name"), ("customer", "email"), ("customer", "birth_date"),
    ("fs_couriers", "profile_firstName"), ("fs_couriers", "profile_lastName"), ("fs_couriers", "profile_email"),
    ("ZAM", "Jmeno"), ("ZAM", "Prijmeni"), ("ZAM", "DatNar"), ("ZAM", "EmailSoukr"),
    *(("restaurant", column) for column in thirteenth_app.COLUMNS["restaurant"]),
}
DELIVERY_UNCOVERED = {
    ("customer", "phone"), ("support_ticket", "requester_email"), ("customer", "last_login_ip"),
    ("fs_couriers", "bank_iban"), ("auth_session", "refresh_token_hash"), ("fs_couriers", "documents_birthNumber"),
    ("support_ticket", "body"), ("fs_couriers", "profile_photo"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("vk_clen", "email"),
}


# The library consortium's first attempt (built blind, the fourteenth application): the
# patrons' names, e-mail, birth date and card number in Koha's borrowers, the staff's names
# in SAP's PA0002, the branches kept. Left uncovered: a patron's mobile, a work e-mail, the
# staff's notes on a patron, a salary IBAN, the session ids, the henkilötunnus in SAP, the
# card photo, and the home-service plugin's card number, a foreign key to the scrubbed one.
LIBRARY_PARTIAL_RULES = """\
version: 1
locale: fi_FI
tables:
  borrowers:
    columns:
      firstname: first_name
      surname: last_name
      email: email
      cardnumber: {strategy: hash, length: 12}
      dateofbirth: {strategy: date, generalize: year}
  PA0002:
    columns:
      VORNA: first_name
      NACHN: last_name
  branches: keep
"""
LIBRARY_COVERED = {
    ("borrowers", "firstname"), ("borrowers", "surname"), ("borrowers", "email"), ("borrowers", "cardnumber"),
    ("borrowers", "dateofbirth"), ("PA0002", "VORNA"), ("PA0002", "NACHN"),
    *(("branches", column) for column in fourteenth_app.COLUMNS["branches"]),
}
LIBRARY_UNCOVERED = {
    ("borrowers", "mobile"), ("borrowers", "emailpro"), ("borrowers", "borrowernotes"), ("PA0009", "IBAN"),
    ("sessions", "id"), ("PA0002", "PERID"), ("patronimage", "imagefile"),
    # no rule of its own, and a foreign key to a scrubbed card number: the key would break
    ("koha_plugin_fi_kohasuomi_kotipalvelu_asiakkaat", "cardnumber"),
}


# The car rental's first attempt (built blind, the fifteenth application): the customers'
# names, e-mail and birth date in the Rails app's people, the staff's names and private
# e-mail in the HR system's m_shain, the corporate accounts kept. Left uncovered: a
# customer's phone, the staff's work e-mail, the login IPs, a deposit's refund IBAN, the
# digital keys' tokens, the social security number, the counter's notes, the badge
# photo, and the logins' e-mail, a foreign key to the scrubbed people.email.
RENTAL_CAR_PARTIAL_RULES = """\
version: 1
locale: de_AT
tables:
  people:
    columns:
      first_name: first_name
      last_name: last_name
      email: email
      date_of_birth: {strategy: date, generalize: year}
  m_shain:
    columns:
      shimei_sei: last_name
      shimei_mei: first_name
      mail_addr: email
  corporate_accounts: keep
"""
RENTAL_CAR_COVERED = {
    ("people", "first_name"), ("people", "last_name"), ("people", "email"), ("people", "date_of_birth"),
    ("m_shain", "shimei_sei"), ("m_shain", "shimei_mei"), ("m_shain", "mail_addr"),
    *(("corporate_accounts", column) for column in fifteenth_app.COLUMNS["corporate_accounts"]),
}
RENTAL_CAR_UNCOVERED = {
    ("people", "phone"), ("m_shain", "shanai_mail"), ("sessions", "ip_address"),
    ("rental_agreements", "deposit_refund_iban"), ("mobile_keys", "key_token"), ("m_shain", "shakai_hoken_no"),
    ("people", "notes"), ("m_shain", "kao_shashin"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("users", "email_address"),
}


# The ferry operator's first attempt (built blind, the sixteenth application): the
# passengers' names in the IBM i manifest, the club members' names, e-mail and birth date,
# the crew's names, the travel agencies kept. Left uncovered: a member's phone, the crew's
# e-mail, the app's session IPs and refresh tokens, the salary IBAN, the AMKA (social
# security number), the ticket office's remarks, the crew photo, and the payments'
# member_email, a foreign key to the scrubbed club_members.email.
FERRY_PARTIAL_RULES = """\
version: 1
locale: el_GR
tables:
  BKGPSG:
    columns:
      BPSURN: last_name
      BPNAME: first_name
  club_members:
    columns:
      first_name: first_name
      last_name: last_name
      email: email
      birth_date: {strategy: date, generalize: year}
  naftikoi:
    columns:
      eponymo: last_name
      onoma: first_name
  AGNMST: keep
"""
FERRY_COVERED = {
    ("BKGPSG", "BPSURN"), ("BKGPSG", "BPNAME"), ("club_members", "first_name"), ("club_members", "last_name"),
    ("club_members", "email"), ("club_members", "birth_date"), ("naftikoi", "eponymo"), ("naftikoi", "onoma"),
    *(("AGNMST", column) for column in sixteenth_app.COLUMNS["AGNMST"]),
}
FERRY_UNCOVERED = {
    ("club_members", "phone"), ("naftikoi", "email"), ("club_sessions", "ip_address"), ("misthodosia", "iban"),
    ("club_sessions", "refresh_token"), ("naftikoi", "amka"), ("BKGHDR", "BHRMKS"), ("naftikoi", "fotografia"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("web_payments", "member_email"),
}


# The pharmacy chain's first attempt (built blind, the seventeenth application): the
# regular customers' name, e-mail, IBAN, SNS number and birth date in the back office,
# the staff's name and private e-mail, the shop customers' names and e-mail, the
# suppliers kept. Left uncovered: a customer's mobile, the staff's work e-mail, salary
# IBAN, social security number (NISS) and badge photo, the shop's remote_address IPs,
# the orders' deep-link tokens, the customers' notes, and the prescriptions'
# strNumUtenteSNS, a foreign key to the scrubbed tblUtentes.strNumUtenteSNS.
PHARMACY_PARTIAL_RULES = """\
version: 1
locale: pt_PT
tables:
  tblUtentes:
    columns:
      strNome: name
      strEmail: email
      strIBAN: iban
      strNumUtenteSNS: hash
      dtNascimento: {strategy: date, generalize: year}
  tblColaboradores:
    columns:
      strNome: name
      strEmailPessoal: email
  customer:
    columns:
      first_name: first_name
      last_name: last_name
      email: email
  tblLaboratorios: keep
"""
PHARMACY_COVERED = {
    ("tblUtentes", "strNome"), ("tblUtentes", "strEmail"), ("tblUtentes", "strIBAN"),
    ("tblUtentes", "strNumUtenteSNS"), ("tblUtentes", "dtNascimento"), ("tblColaboradores", "strNome"),
    ("tblColaboradores", "strEmailPessoal"), ("customer", "first_name"), ("customer", "last_name"),
    ("customer", "email"),
    *(("tblLaboratorios", column) for column in seventeenth_app.COLUMNS["tblLaboratorios"]),
}
PHARMACY_UNCOVERED = {
    ("tblUtentes", "strTelemovel"), ("tblColaboradores", "strEmailProf"), ("customer", "remote_address"),
    ("tblColaboradores", "strIBAN"), ("order", "deep_link_code"), ("tblColaboradores", "strNISS"),
    ("tblUtentes", "memObservacoes"), ("tblColaboradores", "blbFoto"),
    # no rule of its own, and a foreign key to a scrubbed SNS number: the key would break
    ("tblReceitas", "strNumUtenteSNS"),
}


# The ride-hailing app's first attempt (built blind, the eighteenth application): the
# riders' names, e-mail and birth date, the drivers' names, e-mail and CNP, the staff's
# names in the ERP, the fleet partners kept. Left uncovered: a rider's phone, the
# drivers' payout IBAN and profile photo, the sessions' IPs and refresh tokens, the
# staff's CNP and work e-mail, the support tickets' messages, and the promo
# redemptions' riderEmail, a foreign key to the scrubbed rider.email.
RIDESHARE_PARTIAL_RULES = """\
version: 1
locale: ro_RO
tables:
  rider:
    columns:
      firstName: first_name
      lastName: last_name
      email: email
      birthDate: {strategy: date, generalize: year}
  driver:
    columns:
      firstName: first_name
      lastName: last_name
      email: email
      cnp: hash
  SALARIATI:
    columns:
      NUME: last_name
      PRENUME: first_name
  PARTENERI: keep
"""
RIDESHARE_COVERED = {
    ("rider", "firstName"), ("rider", "lastName"), ("rider", "email"), ("rider", "birthDate"),
    ("driver", "firstName"), ("driver", "lastName"), ("driver", "email"), ("driver", "cnp"),
    ("SALARIATI", "NUME"), ("SALARIATI", "PRENUME"),
    *(("PARTENERI", column) for column in eighteenth_app.COLUMNS["PARTENERI"]),
}
RIDESHARE_UNCOVERED = {
    ("rider", "phoneNumber"), ("driver", "iban"), ("driver", "profilePhoto"), ("auth_session", "ipAddress"),
    ("auth_session", "refreshToken"), ("SALARIATI", "CNP"), ("SALARIATI", "EMAIL"), ("support_ticket", "message"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("promo_redemption", "riderEmail"),
}


# The dental chain's first attempt (built blind, the nineteenth application): the
# patients' names, TAJ number and birth date in the legacy system, the dentists' names,
# the booking app's profiles' name and e-mail, the clinics kept. Left uncovered: a
# patient's phone and e-mail, the reception's notes, the staff's personal tax id and
# salary IBAN and photo, the intake forms' signer IPs, the devices' refresh tokens, and
# the EESZT log's taj, a foreign key to the scrubbed pac_torzs.taj.
DENTAL_PARTIAL_RULES = """\
version: 1
locale: hu_HU
tables:
  pac_torzs:
    columns:
      vnev: last_name
      knev: first_name
      taj: hash
      szul_ido: {strategy: date, generalize: year}
  orv_torzs:
    columns:
      nev: name
  profiles:
    columns:
      full_name: name
      email: email
  rendelo: keep
"""
DENTAL_COVERED = {
    ("pac_torzs", "vnev"), ("pac_torzs", "knev"), ("pac_torzs", "taj"), ("pac_torzs", "szul_ido"),
    ("orv_torzs", "nev"), ("profiles", "full_name"), ("profiles", "email"),
    *(("rendelo", column) for column in nineteenth_app.COLUMNS["rendelo"]),
}
DENTAL_UNCOVERED = {
    ("pac_torzs", "tel"), ("pac_torzs", "email"), ("pac_torzs", "megj"), ("orv_torzs", "adoazon"),
    ("orv_torzs", "bankszla"), ("orv_torzs", "foto"), ("intake_forms", "signed_ip"),
    ("user_devices", "refresh_token"),
    # no rule of its own, and a foreign key to a scrubbed TAJ number: the key would break
    ("eeszt_napl", "taj"),
}


# The natural-food shop's first attempt (built blind, the twentieth application): the
# Django users' names and e-mail, the customers' name, CPF and birth date, the
# affiliates' names, the suppliers kept. Left uncovered: a customer's mobile, the
# affiliates' e-mail, CPF, IBAN and identity-card photo, the orders' buyer IPs, the
# Django session keys, the support tickets' messages, and the orders' cpf_nota, a
# foreign key to the scrubbed clientes_cliente.cpf.
SHOP_PARTIAL_RULES = """\
version: 1
locale: pt_BR
tables:
  auth_user:
    columns:
      first_name: first_name
      last_name: last_name
      email: email
  clientes_cliente:
    columns:
      nome_completo: name
      cpf: hash
      data_nascimento: {strategy: date, generalize: year}
  afiliados_afiliado:
    columns:
      nome: name
  fornecedores_fornecedor: keep
"""
SHOP_COVERED = {
    ("auth_user", "first_name"), ("auth_user", "last_name"), ("auth_user", "email"),
    ("clientes_cliente", "nome_completo"), ("clientes_cliente", "cpf"), ("clientes_cliente", "data_nascimento"),
    ("afiliados_afiliado", "nome"),
    *(("fornecedores_fornecedor", column) for column in twentieth_app.COLUMNS["fornecedores_fornecedor"]),
}
SHOP_UNCOVERED = {
    ("clientes_cliente", "celular"), ("afiliados_afiliado", "email"), ("afiliados_afiliado", "cpf"),
    ("afiliados_afiliado", "iban"), ("afiliados_afiliado", "documento_foto"), ("pedidos_pedido", "ip_compra"),
    ("django_session", "session_key"), ("suporte_chamado", "mensagem"),
    # no rule of its own, and a foreign key to a scrubbed CPF: the key would break
    ("pedidos_pedido", "cpf_nota"),
}


# The private bank's first attempt (built blind, the twenty-first application): the
# clients' names, e-mail, AHV number and birth date, the staff's names, the
# counterparties kept. Left uncovered: a client's mobile, the staff's work e-mail, AHV
# number and salary IBAN, the e-banking's last IPs, the Spring Session ids, the
# relationship managers' notes, the identity documents' scans, and the e-banking login's
# e-mail, a foreign key to the scrubbed kunde.email.
BANK_PARTIAL_RULES = """\
version: 1
locale: de_CH
tables:
  kunde:
    columns:
      vorname: first_name
      nachname: last_name
      email: email
      ahv_nr: hash
      geburts_datum: {strategy: date, generalize: year}
  mitarbeiter:
    columns:
      vorname: first_name
      nachname: last_name
  gegenpartei: keep
"""
BANK_COVERED = {
    ("kunde", "vorname"), ("kunde", "nachname"), ("kunde", "email"), ("kunde", "ahv_nr"), ("kunde", "geburts_datum"),
    ("mitarbeiter", "vorname"), ("mitarbeiter", "nachname"),
    *(("gegenpartei", column) for column in twentyfirst_app.COLUMNS["gegenpartei"]),
}
BANK_UNCOVERED = {
    ("kunde", "telefon_mobil"), ("mitarbeiter", "email"), ("mitarbeiter", "ahv_nr"), ("mitarbeiter", "lohn_iban"),
    ("portal_login", "letzte_ip"), ("spring_session", "session_id"), ("gespraechsnotiz", "notiz"),
    ("kunden_dokument", "datei"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("portal_login", "email"),
}


# The student office's first attempt (built blind, the twenty-second application): the
# students' names, faculty e-mail, EMŠO and birth date, the staff's names, the partners
# kept. Left uncovered: a student's mobile and card photo, the staff's work e-mail, EMŠO
# and salary IBAN, the portal's last IPs, the PHP session ids, the requests' free text,
# and the portal login's e-mail, a foreign key to the scrubbed student.email.
STUDENT_OFFICE_PARTIAL_RULES = """\
version: 1
locale: sl_SI
tables:
  student:
    columns:
      ime: first_name
      priimek: last_name
      email: email
      emso: hash
      datum_rojstva: {strategy: date, generalize: year}
  zaposleni:
    columns:
      ime: first_name
      priimek: last_name
  partner: keep
"""
STUDENT_OFFICE_COVERED = {
    ("student", "ime"), ("student", "priimek"), ("student", "email"), ("student", "emso"),
    ("student", "datum_rojstva"), ("zaposleni", "ime"), ("zaposleni", "priimek"),
    *(("partner", column) for column in twentysecond_app.COLUMNS["partner"]),
}
STUDENT_OFFICE_UNCOVERED = {
    ("student", "telefon"), ("student", "fotografija"), ("zaposleni", "email"), ("zaposleni", "emso"),
    ("zaposleni", "trr"), ("studis_prijava", "zadnji_ip"), ("sessions", "sess_id"), ("vloga", "besedilo"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("studis_prijava", "email"),
}


# The scooter rental's first attempt (built blind, the twenty-third application): the
# riders' names, login phone, e-mail, personal code and birth date, the back office
# staff's names, the suppliers kept. Left uncovered: the riders' KYC selfies and last
# IPs, the app's refresh tokens, the staff's mobile, work e-mail, personal code and
# salary IBAN, the incident reports' free text, and the SMS codes' phone, a foreign key
# to the scrubbed riders.phone_e164.
SCOOTER_PARTIAL_RULES = """\
version: 1
locale: lt_LT
tables:
  riders:
    columns:
      first_name: first_name
      last_name: last_name
      phone_e164: phone
      email: email
      personal_code: hash
      birth_date: {strategy: date, generalize: year}
  darbuotojai:
    columns:
      vardas: first_name
      pavarde: last_name
  tiekejai: keep
"""
SCOOTER_COVERED = {
    ("riders", "first_name"), ("riders", "last_name"), ("riders", "phone_e164"), ("riders", "email"),
    ("riders", "personal_code"), ("riders", "birth_date"), ("darbuotojai", "vardas"), ("darbuotojai", "pavarde"),
    *(("tiekejai", column) for column in twentythird_app.COLUMNS["tiekejai"]),
}
SCOOTER_UNCOVERED = {
    ("riders", "kyc_selfie"), ("riders", "last_ip"), ("rider_sessions", "refresh_token"), ("darbuotojai", "tel_nr"),
    ("darbuotojai", "el_pastas"), ("darbuotojai", "asm_kodas"), ("darbuotojai", "sask_nr"),
    ("incidents", "description"),
    # no rule of its own, and a foreign key to a scrubbed phone: the key would break
    ("sms_otp_codes", "phone_e164"),
}


# The geothermal utility's first attempt (built blind, the twenty-fourth application):
# the customers' name, e-mail, kennitala, birth date and address, the staff's names, the
# suppliers kept. Left uncovered: the customers' mobile and last IP, the portal's session
# cookies, the direct-debit IBANs, the staff's kennitala, work e-mail, salary IBAN and
# photo, the service desk's free text, and the login log's kennitala, a foreign key to
# the scrubbed Vidskiptavinir.kennitala.
UTILITY_PARTIAL_RULES = """\
version: 1
locale: is_IS
tables:
  Vidskiptavinir:
    columns:
      nafn: name
      netfang: email
      kennitala: hash
      faedingardagur: {strategy: date, generalize: year}
      heimilisfang: address
  Starfsmenn:
    columns:
      nafn: name
  Birgjar: keep
"""
UTILITY_COVERED = {
    ("Vidskiptavinir", "nafn"), ("Vidskiptavinir", "netfang"), ("Vidskiptavinir", "kennitala"),
    ("Vidskiptavinir", "faedingardagur"), ("Vidskiptavinir", "heimilisfang"), ("Starfsmenn", "nafn"),
    *(("Birgjar", column) for column in twentyfourth_app.COLUMNS["Birgjar"]),
}
UTILITY_UNCOVERED = {
    ("Vidskiptavinir", "farsimi"), ("Vidskiptavinir", "sidastaIp"), ("Sessions", "sid"), ("Greidsluleidir", "iban"),
    ("Starfsmenn", "kennitala"), ("Starfsmenn", "netfang"), ("Starfsmenn", "launareikningur"), ("Starfsmenn", "mynd"),
    ("Erindi", "lysing"),
    # no rule of its own, and a foreign key to a scrubbed kennitala: the key would break
    ("Innskraningar", "kennitala"),
}

# The courier's first attempt (built blind, the twenty-fifth application): the senders'
# names, e-mail, ЕГН and address, the recipients' name, phone and address, the couriers'
# names, the partners kept. Left uncovered: the senders' phone and payout IBAN, the web
# accounts' e-mail and last IP, the session cookies, the couriers' ЕГН, salary IBAN and
# photo, the payouts' IBAN, the complaints' free text, and the shipments' recipient
# phone, a foreign key to the scrubbed recipients' phone.
COURIER_PARTIAL_RULES = """\
version: 1
locale: bg_BG
tables:
  klient:
    columns:
      ime: first_name
      familiya: last_name
      email: email
      egn: hash
      adres: address
  poluchatel:
    columns:
      ime: name
      telefon: phone
      adres: address
  kurier:
    columns:
      ime: first_name
      familiya: last_name
  partnor: keep
"""
COURIER_COVERED = {
    ("klient", "ime"), ("klient", "familiya"), ("klient", "email"), ("klient", "egn"), ("klient", "adres"),
    ("poluchatel", "ime"), ("poluchatel", "telefon"), ("poluchatel", "adres"), ("kurier", "ime"),
    ("kurier", "familiya"),
    *(("partnor", column) for column in twentyfifth_app.COLUMNS["partnor"]),
}
COURIER_UNCOVERED = {
    ("klient", "telefon"), ("klient", "iban"), ("user", "email"), ("user", "last_login_ip"), ("session", "id"),
    ("kurier", "egn"), ("kurier", "iban"), ("kurier", "snimka"), ("izplashtane", "iban"), ("reklamatsiya", "tekst"),
    # no rule of its own, and a foreign key to a scrubbed phone: the key would break
    ("pratka", "poluchatel_telefon"),
}

# The daycare's first attempt (built blind, the twenty-sixth application): the parents'
# names, e-mail, address and NAS, the children's names and birth date, the portal
# accounts' name and e-mail, the educators' names, the suppliers kept. Left uncovered:
# the parents' cell phone, the session cookies and IPs, the remember-me tokens, the
# children's RAMQ number and photo, the educators' NAS and e-mail, the pre-authorized
# debits' IBAN, the daily notes' free text, and the password resets' e-mail, a foreign
# key to the scrubbed users.email.
DAYCARE_PARTIAL_RULES = """\
version: 1
locale: fr_CA
tables:
  users:
    columns:
      name: name
      email: email
  parents:
    columns:
      prenom: first_name
      nom: last_name
      courriel: email
      adresse: address
      nas: hash
  enfants:
    columns:
      prenom: first_name
      nom: last_name
      date_naissance: {strategy: date, generalize: year}
  educatrices:
    columns:
      prenom: first_name
      nom: last_name
  fournisseurs: keep
"""
DAYCARE_COVERED = {
    ("users", "name"), ("users", "email"), ("parents", "prenom"), ("parents", "nom"), ("parents", "courriel"),
    ("parents", "adresse"), ("parents", "nas"), ("enfants", "prenom"), ("enfants", "nom"),
    ("enfants", "date_naissance"), ("educatrices", "prenom"), ("educatrices", "nom"),
    *(("fournisseurs", column) for column in twentysixth_app.COLUMNS["fournisseurs"]),
}
DAYCARE_UNCOVERED = {
    ("parents", "cellulaire"), ("sessions", "id"), ("sessions", "ip_address"), ("users", "remember_token"),
    ("enfants", "no_ramq"), ("enfants", "photo"), ("educatrices", "nas"), ("educatrices", "courriel"),
    ("prelevements", "iban"), ("journal_quotidien", "note"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("password_reset_tokens", "email"),
}

# The telemedicine platform's first attempt (built blind, the twenty-seventh application):
# the accounts' e-mail, the patients' names, e-mail, street, birth date and CURP, the
# doctors' names, the pharmacies kept. Left uncovered: the patients' cell phone and RFC,
# their voter-ID scan, the sign-in IPs, the reset tokens, the session cookies, the
# doctors' e-mail, the video room tokens and patients' IPs, the refund accounts (CLABEs
# and Spanish IBANs), the clinical notes and the chat's free text, and the prescriptions'
# CURP, a foreign key to the scrubbed pacientes.curp.
TELEMEDICINE_PARTIAL_RULES = """\
version: 1
locale: es_MX
tables:
  users:
    columns:
      email: email
  pacientes:
    columns:
      nombre: first_name
      apellido_paterno: last_name
      apellido_materno: last_name
      correo: email
      calle: address
      fecha_nacimiento: {strategy: date, generalize: year}
      curp: hash
  medicos:
    columns:
      nombre: first_name
      apellidos: last_name
  farmacias: keep
"""
TELEMEDICINE_COVERED = {
    ("users", "email"), ("pacientes", "nombre"), ("pacientes", "apellido_paterno"),
    ("pacientes", "apellido_materno"), ("pacientes", "correo"), ("pacientes", "calle"),
    ("pacientes", "fecha_nacimiento"), ("pacientes", "curp"), ("medicos", "nombre"), ("medicos", "apellidos"),
    *(("farmacias", column) for column in twentyseventh_app.COLUMNS["farmacias"]),
}
TELEMEDICINE_UNCOVERED = {
    ("pacientes", "celular"), ("pacientes", "rfc"), ("pacientes", "ine_frente"), ("users", "current_sign_in_ip"),
    ("users", "last_sign_in_ip"), ("users", "reset_password_token"), ("sessions", "session_id"),
    ("medicos", "correo"), ("consultas", "sala_token"), ("consultas", "ip_paciente"),
    ("pagos", "cuenta_reembolso"), ("consultas", "notas_clinicas"), ("mensajes", "cuerpo"),
    # no rule of its own, and a foreign key to a scrubbed CURP: the key would break
    ("recetas", "paciente_curp"),
}

# The apartment agency's first attempt (built blind, the twenty-eighth application): the
# accounts' e-mail and user name, the owners' names, e-mail, address and OIB, the guests'
# names, e-mail and birth date, the partner companies kept. Left uncovered: the accounts'
# phone, last sign-in IP and security stamp, the owners' mobile and IBAN, the guests'
# phone and passport scan, the bookings' check-in token, IP and guest note, the refund
# IBANs, the messages' free text, and the invoices' buyer e-mail, a foreign key to the
# scrubbed Gosti.Email.
APARTMENTS_PARTIAL_RULES = """\
version: 1
locale: hr_HR
tables:
  AspNetUsers:
    columns:
      UserName: email
      NormalizedUserName: email
      Email: email
      NormalizedEmail: email
  Vlasnici:
    columns:
      Ime: first_name
      Prezime: last_name
      Email: email
      Adresa: address
      OIB: hash
  Gosti:
    columns:
      Ime: first_name
      Prezime: last_name
      Email: email
      DatumRodjenja: {strategy: date, generalize: year}
  Partneri: keep
"""
APARTMENTS_COVERED = {
    ("AspNetUsers", "UserName"), ("AspNetUsers", "NormalizedUserName"), ("AspNetUsers", "Email"),
    ("AspNetUsers", "NormalizedEmail"), ("Vlasnici", "Ime"), ("Vlasnici", "Prezime"), ("Vlasnici", "Email"),
    ("Vlasnici", "Adresa"), ("Vlasnici", "OIB"), ("Gosti", "Ime"), ("Gosti", "Prezime"), ("Gosti", "Email"),
    ("Gosti", "DatumRodjenja"),
    *(("Partneri", column) for column in twentyeighth_app.COLUMNS["Partneri"]),
}
APARTMENTS_UNCOVERED = {
    ("AspNetUsers", "PhoneNumber"), ("AspNetUsers", "ZadnjaPrijavaIp"), ("AspNetUsers", "SecurityStamp"),
    ("Vlasnici", "Mobitel"), ("Vlasnici", "IBAN"), ("Gosti", "Telefon"), ("Gosti", "SkenIsprave"),
    ("Rezervacije", "PristupniToken"), ("Rezervacije", "IpAdresa"), ("Rezervacije", "NapomenaGosta"),
    ("Placanja", "PovratIban"), ("Poruke", "Tekst"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("Racuni", "KupacEmail"),
}

# The fishing-licence registry's first attempt (built blind, the twenty-ninth
# application): the fishers' names, e-mail, address, birth date and fødselsnummer, the
# case officers' names and e-mail, the fish buyers kept. Left uncovered: the fishers'
# mobile, IBAN, portrait and remarks, the officers' direct line, the applications' IP and
# reason, the fees' payer account, the sign-ins' session id, ID token and IP, the
# inquiries' sender e-mail and phone, text and photos, and the applications' SOKER_FNR,
# a foreign key to the scrubbed FISKER.FODSELSNR.
FISHERIES_PARTIAL_RULES = """\
version: 1
locale: no_NO
tables:
  FISKER:
    columns:
      FORNAVN: first_name
      ETTERNAVN: last_name
      EPOST: email
      ADRESSE: address
      FODSELSDATO: {strategy: date, generalize: year}
      FODSELSNR: hash
  SAKSBEHANDLER:
    columns:
      FORNAVN: first_name
      ETTERNAVN: last_name
      EPOST: email
  KJOPER: keep
"""
FISHERIES_COVERED = {
    ("FISKER", "FORNAVN"), ("FISKER", "ETTERNAVN"), ("FISKER", "EPOST"), ("FISKER", "ADRESSE"),
    ("FISKER", "FODSELSDATO"), ("FISKER", "FODSELSNR"), ("SAKSBEHANDLER", "FORNAVN"),
    ("SAKSBEHANDLER", "ETTERNAVN"), ("SAKSBEHANDLER", "EPOST"),
    *(("KJOPER", column) for column in twentyninth_app.COLUMNS["KJOPER"]),
}
FISHERIES_UNCOVERED = {
    ("FISKER", "MOBILNR"), ("FISKER", "IBAN"), ("FISKER", "PORTRETT"), ("FISKER", "MERKNAD"),
    ("SAKSBEHANDLER", "TLF_DIREKTE"), ("SOKNAD", "INNSENDT_IP"), ("SOKNAD", "BEGRUNNELSE"),
    ("GEBYR", "FRA_KONTO"), ("INNLOGGING_SESJON", "SESJON_ID"), ("INNLOGGING_SESJON", "ID_TOKEN"),
    ("INNLOGGING_SESJON", "IP_ADRESSE"), ("HENVENDELSE", "AVSENDER_EPOST"), ("HENVENDELSE", "AVSENDER_TLF"),
    ("HENVENDELSE", "TEKST"), ("HENVENDELSE", "VEDLEGG"),
    # no rule of its own, and a foreign key to a scrubbed fødselsnummer: the key would break
    ("SOKNAD", "SOKER_FNR"),
}

# The driving school's first attempt (built blind, the thirtieth application): the
# students' names, e-mail, street, birth date and rodné číslo, the instructors' names, the
# suppliers kept. Left uncovered: the students' phone, ID card number, guardian's phone,
# photo and remarks, the instructors' phone and IBAN, the users' e-mail and last IP, the
# medical conclusion, the lessons' notes, the payers' IBAN, the sign-in links' token and
# IP, and the sign-ins' ziakEmail, a foreign key to the scrubbed as_ziak.email.
DRIVING_SCHOOL_PARTIAL_RULES = """\
version: 1
locale: sk_SK
tables:
  as_ziak:
    columns:
      meno: first_name
      priezvisko: last_name
      email: email
      ulica: address
      datumNarodenia: {strategy: date, generalize: year}
      rodneCislo: hash
  as_instruktor:
    columns:
      meno: first_name
      priezvisko: last_name
  as_dodavatel: keep
"""
DRIVING_SCHOOL_COVERED = {
    ("as_ziak", "meno"), ("as_ziak", "priezvisko"), ("as_ziak", "email"), ("as_ziak", "ulica"),
    ("as_ziak", "datumNarodenia"), ("as_ziak", "rodneCislo"), ("as_instruktor", "meno"),
    ("as_instruktor", "priezvisko"),
    *(("as_dodavatel", column) for column in thirtieth_app.COLUMNS["as_dodavatel"]),
}
DRIVING_SCHOOL_UNCOVERED = {
    ("as_ziak", "telefon"), ("as_ziak", "cisloOp"), ("as_ziak", "zastupcaTelefon"), ("as_ziak", "foto"),
    ("as_ziak", "poznamka"), ("as_instruktor", "telefon"), ("as_instruktor", "iban"), ("as_pouzivatel", "email"),
    ("as_pouzivatel", "poslednaIp"), ("as_lekarsky_posudok", "zaver"), ("as_jazda", "poznamka"),
    ("as_platba", "ibanPlatitela"), ("as_prihlasenie", "token"), ("as_prihlasenie", "ip"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("as_prihlasenie", "ziakEmail"),
}

# The hospital group's first attempt (built blind, the thirty-first application): the
# patients' names, e-mail, street, birth date and TC kimlik no, the staff's names, the
# suppliers kept. Left uncovered: the patients' mobile, home phone, relative's phone,
# photo and remarks, the staff's mobile, TC kimlik no and IBAN, the users' e-mail and last
# IP, the diagnosis, the invoices' refund IBAN, the portal sessions' token and IP, and the
# examinations' hasta_tc_kimlik_no, a foreign key to the scrubbed hbys_hasta.tc_kimlik_no.
HOSPITAL_PARTIAL_RULES = """\
version: 1
locale: tr_TR
tables:
  hbys_hasta:
    columns:
      ad: first_name
      soyad: last_name
      eposta: email
      adres: address
      dogum_tarihi: {strategy: date, generalize: year}
      tc_kimlik_no: hash
  hbys_personel:
    columns:
      ad: first_name
      soyad: last_name
  hbys_tedarikci: keep
"""
HOSPITAL_COVERED = {
    ("hbys_hasta", "ad"), ("hbys_hasta", "soyad"), ("hbys_hasta", "eposta"), ("hbys_hasta", "adres"),
    ("hbys_hasta", "dogum_tarihi"), ("hbys_hasta", "tc_kimlik_no"), ("hbys_personel", "ad"),
    ("hbys_personel", "soyad"),
    *(("hbys_tedarikci", column) for column in thirtyfirst_app.COLUMNS["hbys_tedarikci"]),
}
HOSPITAL_UNCOVERED = {
    ("hbys_hasta", "cep_tel"), ("hbys_hasta", "ev_tel"), ("hbys_hasta", "yakin_tel"), ("hbys_hasta", "fotograf"),
    ("hbys_hasta", "notlar"), ("hbys_personel", "cep_tel"), ("hbys_personel", "tc_kimlik_no"),
    ("hbys_personel", "iban"), ("hbys_kullanici", "eposta"), ("hbys_kullanici", "son_giris_ip"),
    ("hbys_muayene", "tani_aciklama"), ("hbys_fatura", "iade_iban"), ("hbys_portal_oturum", "oturum_anahtari"),
    ("hbys_portal_oturum", "ip_adresi"),
    # no rule of its own, and a foreign key to a scrubbed TC kimlik no: the key would break
    ("hbys_muayene", "hasta_tc_kimlik_no"),
}

# The housing association's first attempt (built blind, the thirty-second application):
# the tenants' names, e-mail, birth date and previous address, the officers' display
# names, the contractors kept. Left uncovered: the tenants' mobile, landline, National
# Insurance number, photo, notes and next of kin's phone, the officers' e-mail, mobile and
# last IP, the support details and the support worker's phone, the Direct Debit IBAN, the
# repairs' access notes, the ASB narratives, the portal sessions' token and IP, and the
# sessions' tenant_email, a foreign key to the scrubbed tenant.email.
HOUSING_PARTIAL_RULES = """\
version: 1
locale: en_GB
tables:
  tenant:
    columns:
      first_name: first_name
      surname: last_name
      email: email
      prev_address: address
      date_of_birth: {strategy: date, generalize: year}
  staff_user:
    columns:
      display_name: name
  contractor: keep
"""
HOUSING_COVERED = {
    ("tenant", "first_name"), ("tenant", "surname"), ("tenant", "email"), ("tenant", "prev_address"),
    ("tenant", "date_of_birth"), ("staff_user", "display_name"),
    *(("contractor", column) for column in thirtysecond_app.COLUMNS["contractor"]),
}
HOUSING_UNCOVERED = {
    ("tenant", "mobile"), ("tenant", "landline"), ("tenant", "ni_number"), ("tenant", "photo"), ("tenant", "notes"),
    ("tenant", "nok_phone"), ("staff_user", "email"), ("staff_user", "mobile"), ("staff_user", "last_login_ip"),
    ("angen_cymorth", "manylion"), ("angen_cymorth", "ffon_gweithiwr"), ("rent_account", "dd_iban"),
    ("repair_job", "access_notes"), ("asb_case", "narrative"), ("portal_session", "session_token"),
    ("portal_session", "ip_address"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("portal_session", "tenant_email"),
}

# The IT outsourcer's first attempt (built blind, the thirty-third application): the
# engineers' names, personal e-mail, birth date, registered address and RNOKPP, the back
# office users' names, the clients and banks kept. Left uncovered: the engineers' mobile,
# emergency contact's phone, work e-mail, photo and HR notes, the users' e-mail, mobile and
# last IP, the FOPs' IBANs in the contracts and the payouts, the payouts' purposes, the
# deferment reasons, the leave comments, the phones abroad after relocation, the sessions'
# token, IP and e-mail, and the military register's RNOKPP, a foreign key to the scrubbed
# spivrobitnyky.rnokpp.
OUTSOURCING_PARTIAL_RULES = """\
version: 1
locale: uk_UA
tables:
  spivrobitnyky:
    columns:
      prizvyshche: last_name
      imia: first_name
      email_osobystyi: email
      adresa_reiestratsii: address
      data_narodzhennia: {strategy: date, generalize: year}
      rnokpp: hash
  korystuvachi:
    columns:
      pib: name
  kontrahenty: keep
"""
OUTSOURCING_COVERED = {
    ("spivrobitnyky", "prizvyshche"), ("spivrobitnyky", "imia"), ("spivrobitnyky", "email_osobystyi"),
    ("spivrobitnyky", "adresa_reiestratsii"), ("spivrobitnyky", "data_narodzhennia"), ("spivrobitnyky", "rnokpp"),
    ("korystuvachi", "pib"),
    *(("kontrahenty", column) for column in thirtythird_app.COLUMNS["kontrahenty"]),
}
OUTSOURCING_UNCOVERED = {
    ("spivrobitnyky", "telefon_mob"), ("spivrobitnyky", "telefon_ekstrenyi"), ("spivrobitnyky", "email_robochyi"),
    ("spivrobitnyky", "foto"), ("spivrobitnyky", "prymitky"), ("korystuvachi", "email"), ("korystuvachi", "telefon"),
    ("korystuvachi", "ostannii_ip"), ("fop_dohovory", "iban_fop"), ("vyplaty", "iban_otrymuvacha"),
    ("vyplaty", "pryznachennia"), ("viiskovyi_oblik", "vidstrochka_pidstava"), ("vidpustky", "komentar"),
    ("relokatsii", "telefon_za_kordonom"), ("sesii", "token"), ("sesii", "ip"), ("sesii", "korystuvach_email"),
    # no rule of its own, and a foreign key to a scrubbed RNOKPP: the key would break
    ("viiskovyi_oblik", "rnokpp"),
}

# The fund administrator's first attempt (built blind, the thirty-fourth application): the
# investors' names, e-mail, street and birth date, the back-office users' full names, the
# distributors kept. Left uncovered: the investors' mobile, landline, matricule and note,
# the users' e-mail and last IP, the KYC files' ID card scan, source of funds and comment,
# the bank accounts' and the redemptions' IBANs, the mailings' bodies, the portal sessions'
# id and IP, and the mailings' InvestisseurCourriel, a foreign key to the scrubbed
# ta_investisseur.Courriel.
FUNDADMIN_PARTIAL_RULES = """\
version: 1
locale: fr_FR
tables:
  ta_investisseur:
    columns:
      Nom: last_name
      Prenom: first_name
      Courriel: email
      Strasse: address
      Geburtsdatum: {strategy: date, generalize: year}
  ta_utilisateur:
    columns:
      NomComplet: name
  ta_distributeur: keep
"""
FUNDADMIN_COVERED = {
    ("ta_investisseur", "Nom"), ("ta_investisseur", "Prenom"), ("ta_investisseur", "Courriel"),
    ("ta_investisseur", "Strasse"), ("ta_investisseur", "Geburtsdatum"), ("ta_utilisateur", "NomComplet"),
    *(("ta_distributeur", column) for column in thirtyfourth_app.COLUMNS["ta_distributeur"]),
}
FUNDADMIN_UNCOVERED = {
    ("ta_investisseur", "TelMobile"), ("ta_investisseur", "TelFixe"), ("ta_investisseur", "Matricule"),
    ("ta_investisseur", "Notiz"), ("ta_utilisateur", "Courriel"), ("ta_utilisateur", "DernierLoginIp"),
    ("ta_dossier_kyc", "PieceIdentite"), ("ta_dossier_kyc", "SourceFonds"), ("ta_dossier_kyc", "Kommentar"),
    ("ta_compte_bancaire", "Iban"), ("ta_ordre", "IbanReglement"), ("ta_correspondance", "Corps"),
    ("ta_session_portail", "SessionId"), ("ta_session_portail", "AdresseIp"),
    # no rule of its own, and a foreign key to a scrubbed e-mail: the key would break
    ("ta_correspondance", "InvestisseurCourriel"),
}



@dataclass(frozen=True)
class App:
    """One held-out application: its module (COLUMNS, FOREIGN_KEYS, create, load_labels),
    its maker of rows, and the rules of its scan -r and --strict checks."""

    name: str
    module: ModuleType
    make: Callable[[], Any]  # -> an object with rows, emails, ibans
    partial_rules: str
    covered: set[tuple[str, str]]
    uncovered: set[tuple[str, str]]
    strict_victim: tuple[str, str]  # the column whose init rule is deleted for --strict

    @property
    def columns(self) -> dict[str, tuple[str, ...]]:
        return self.module.COLUMNS

    def labels(self, tool: str) -> dict:
        return self.module.load_labels(tool)


APPS = {
    "clinic": App("clinic", heldout, heldout.make_practice, CLINIC_PARTIAL_RULES, CLINIC_COVERED, CLINIC_UNCOVERED,
                  ("patients", "tel_portable")),
    "agency": App("agency", blind_app, blind_app.make_agency, AGENCY_PARTIAL_RULES, AGENCY_COVERED,
                  AGENCY_UNCOVERED, ("candidates", "mobileNo")),
    "rental": App("rental", third_app, third_app.make_platform, RENTAL_PARTIAL_RULES, RENTAL_COVERED,
                  RENTAL_UNCOVERED, ("huurders", "HRD_MOBIEL")),
    "telecom": App("telecom", fourth_app, fourth_app.make_operator, TELECOM_PARTIAL_RULES, TELECOM_COVERED,
                   TELECOM_UNCOVERED, ("CUST_MSTR", "CNTCT_TEL")),
    "marketplace": App("marketplace", fifth_app, fifth_app.make_marketplace, MARKETPLACE_PARTIAL_RULES,
                       MARKETPLACE_COVERED, MARKETPLACE_UNCOVERED, ("kontrahenci", "knt_pesel")),
    "school": App("school", sixth_app, sixth_app.make_municipality, SCHOOL_PARTIAL_RULES, SCHOOL_COVERED,
                  SCHOOL_UNCOVERED, ("vardnadshavare", "mobilnr")),
    "insurer": App("insurer", seventh_app, seventh_app.make_insurer, INSURER_PARTIAL_RULES, INSURER_COVERED,
                   INSURER_UNCOVERED, ("POLICY_HOLDER", "PH_TEL_MOB")),
    "hotel": App("hotel", eighth_app, eighth_app.make_hotel_group, HOTEL_PARTIAL_RULES, HOTEL_COVERED,
                 HOTEL_UNCOVERED, ("Ospiti", "Cellulare")),
    "gym": App("gym", ninth_app, ninth_app.make_gym_chain, GYM_PARTIAL_RULES, GYM_COVERED, GYM_UNCOVERED,
               ("contact", "mobilephone")),
    "vet": App("vet", tenth_app, tenth_app.make_vet_chain, VET_PARTIAL_RULES, VET_COVERED, VET_UNCOVERED,
               ("res_partner", "mobile")),
    "lender": App("lender", eleventh_app, eleventh_app.make_lender, LENDER_PARTIAL_RULES, LENDER_COVERED,
                  LENDER_UNCOVERED, ("contact", "mobilephone")),
    "hospice": App("hospice", twelfth_app, twelfth_app.make_hospice, HOSPICE_PARTIAL_RULES, HOSPICE_COVERED,
                   HOSPICE_UNCOVERED, ("volunteers", "mobile")),
    "delivery": App("delivery", thirteenth_app, thirteenth_app.make_delivery, DELIVERY_PARTIAL_RULES,
                    DELIVERY_COVERED, DELIVERY_UNCOVERED, ("customer", "phone")),
    "library": App("library", fourteenth_app, fourteenth_app.make_library, LIBRARY_PARTIAL_RULES,
                   LIBRARY_COVERED, LIBRARY_UNCOVERED, ("borrowers", "mobile")),
    "carrental": App("carrental", fifteenth_app, fifteenth_app.make_rental, RENTAL_CAR_PARTIAL_RULES,
                     RENTAL_CAR_COVERED, RENTAL_CAR_UNCOVERED, ("people", "phone")),
    "ferry": App("ferry", sixteenth_app, sixteenth_app.make_ferry, FERRY_PARTIAL_RULES, FERRY_COVERED,
                 FERRY_UNCOVERED, ("club_members", "phone")),
    "pharmacy": App("pharmacy", seventeenth_app, seventeenth_app.make_pharmacy, PHARMACY_PARTIAL_RULES,
                    PHARMACY_COVERED, PHARMACY_UNCOVERED, ("tblUtentes", "strTelemovel")),
    "rideshare": App("rideshare", eighteenth_app, eighteenth_app.make_rideshare, RIDESHARE_PARTIAL_RULES,
                     RIDESHARE_COVERED, RIDESHARE_UNCOVERED, ("rider", "phoneNumber")),
    "dental": App("dental", nineteenth_app, nineteenth_app.make_dental, DENTAL_PARTIAL_RULES, DENTAL_COVERED,
                  DENTAL_UNCOVERED, ("pac_torzs", "tel")),
    "shop": App("shop", twentieth_app, twentieth_app.make_shop, SHOP_PARTIAL_RULES, SHOP_COVERED, SHOP_UNCOVERED,
                ("clientes_cliente", "celular")),
    "bank": App("bank", twentyfirst_app, twentyfirst_app.make_bank, BANK_PARTIAL_RULES, BANK_COVERED, BANK_UNCOVERED,
                ("kunde", "telefon_mobil")),
    "studentoffice": App("studentoffice", twentysecond_app, twentysecond_app.make_office,
                         STUDENT_OFFICE_PARTIAL_RULES, STUDENT_OFFICE_COVERED, STUDENT_OFFICE_UNCOVERED,
                         ("student", "telefon")),
    "scooters": App("scooters", twentythird_app, twentythird_app.make_rental, SCOOTER_PARTIAL_RULES,
                    SCOOTER_COVERED, SCOOTER_UNCOVERED, ("riders", "phone_e164")),
    "utility": App("utility", twentyfourth_app, twentyfourth_app.make_utility, UTILITY_PARTIAL_RULES,
                   UTILITY_COVERED, UTILITY_UNCOVERED, ("Vidskiptavinir", "farsimi")),
    "courier": App("courier", twentyfifth_app, twentyfifth_app.make_courier, COURIER_PARTIAL_RULES,
                   COURIER_COVERED, COURIER_UNCOVERED, ("klient", "telefon")),
    "daycare": App("daycare", twentysixth_app, twentysixth_app.make_daycare, DAYCARE_PARTIAL_RULES,
                   DAYCARE_COVERED, DAYCARE_UNCOVERED, ("parents", "cellulaire")),
    "telemedicine": App("telemedicine", twentyseventh_app, twentyseventh_app.make_telemedicine,
                        TELEMEDICINE_PARTIAL_RULES, TELEMEDICINE_COVERED, TELEMEDICINE_UNCOVERED,
                        ("pacientes", "celular")),
    "apartments": App("apartments", twentyeighth_app, twentyeighth_app.make_apartments,
                      APARTMENTS_PARTIAL_RULES, APARTMENTS_COVERED, APARTMENTS_UNCOVERED, ("Gosti", "Telefon")),
    "fisheries": App("fisheries", twentyninth_app, twentyninth_app.make_registry, FISHERIES_PARTIAL_RULES,
                     FISHERIES_COVERED, FISHERIES_UNCOVERED, ("FISKER", "MOBILNR")),
    "drivingschool": App("drivingschool", thirtieth_app, thirtieth_app.make_school, DRIVING_SCHOOL_PARTIAL_RULES,
                         DRIVING_SCHOOL_COVERED, DRIVING_SCHOOL_UNCOVERED, ("as_ziak", "telefon")),
    "hospital": App("hospital", thirtyfirst_app, thirtyfirst_app.make_hospital, HOSPITAL_PARTIAL_RULES,
                    HOSPITAL_COVERED, HOSPITAL_UNCOVERED, ("hbys_hasta", "cep_tel")),
    "housing": App("housing", thirtysecond_app, thirtysecond_app.make_association, HOUSING_PARTIAL_RULES,
                   HOUSING_COVERED, HOUSING_UNCOVERED, ("tenant", "mobile")),
    "outsourcing": App("outsourcing", thirtythird_app, thirtythird_app.make_company, OUTSOURCING_PARTIAL_RULES,
                       OUTSOURCING_COVERED, OUTSOURCING_UNCOVERED, ("spivrobitnyky", "telefon_mob")),
    "fundadmin": App("fundadmin", thirtyfourth_app, thirtyfourth_app.make_register, FUNDADMIN_PARTIAL_RULES,
                     FUNDADMIN_COVERED, FUNDADMIN_UNCOVERED, ("ta_investisseur", "TelMobile")),
}


def bare(table: str) -> str:
    """A table name without the schema pg_dump puts before it (public.patients)."""
    return table.rpartition(".")[2]


def run(*args: str) -> subprocess.CompletedProcess:
    """The real CLI, bytes in and out."""
    return subprocess.run([sys.executable, "-m", "dumpscrub", *args], capture_output=True, check=False, timeout=TIMEOUT)


def said(proc: subprocess.CompletedProcess) -> str:
    """A run's exit code, stdout (a report, never a dump here) and stderr, for an assertion's message."""
    out, err = (stream.decode("utf-8", "replace")[-3000:] for stream in (proc.stdout, proc.stderr))
    return f"exit {proc.returncode}, stdout:\n{out}\nstderr:\n{err}"


def personal(app: App, tool: str) -> set[tuple[str, str]]:
    return {(c["table"], c["column"]) for c in app.labels(tool)["columns"]}


def clearly_not_personal(app: App, tool: str) -> set[tuple[str, str]]:
    return {(e["table"], c) for e in app.labels(tool)["clearly_not_personal"] for c in e["columns"]}


def scan_findings(proc: subprocess.CompletedProcess) -> tuple[list[dict], set[tuple[str, str]]]:
    """scan --format json's findings, and their (bare table, column) pairs."""
    document = json.loads(proc.stdout)
    found = document["findings"]
    for finding in found:
        assert {"table", "column", "category", "reason", "confidence"} <= finding.keys(), finding
    return found, {(bare(f["table"]), f["column"]) for f in found}


def leaks(text: str, p: Any) -> dict[str, set[str]]:
    """The application's personal e-mails and IBANs found in `text`, in any case or layout."""
    folded = text.casefold()
    squeezed = re.sub(r"\s+", "", text).upper()
    return {
        "emails": {e for e in p.emails if e in folded},
        "ibans": {i for i in p.ibans if i in squeezed},
    }


@dataclass
class Dumped:
    """One held-out dump, as its tool wrote it."""

    app: App
    tool: str
    server: Server
    path: Path
    folder: Path


@dataclass
class Initialized:
    """One dump's init rules and the scrub they made."""

    rules: Path
    rules_text: str
    output: Path
    scrub: subprocess.CompletedProcess


@pytest.fixture(scope="module")
def originals() -> Callable[[App], Any]:
    """A getter of each application's rows (made once per module)."""
    done: dict[str, Any] = {}

    def get(app: App) -> Any:
        if app.name not in done:
            done[app.name] = app.make()
        return done[app.name]

    return get


@pytest.fixture(scope="module")
def dumped(
    originals: Callable[[App], Any],
    mariadb: MariaDB,
    postgres: PostgreSQL,
    sqlite: SQLite,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[App, str], Dumped]]:
    """A getter of each application's dump by each tool, made when a test first asks for
    it (a server that fails fails its own tests, not the other tools')."""
    servers: dict[str, Server] = {"mariadb": mariadb, "postgresql": postgres, "sqlite": sqlite}
    sources: dict[tuple[str, str], str] = {}
    done: dict[tuple[str, str], Dumped] = {}

    def get(app: App, tool: str) -> Dumped:
        key = (app.name, tool)
        if key not in done:
            server = servers[TOOLS[tool]]
            sources[key] = server.fresh_database(f"{app.name}_source")
            app.module.create(server, sources[key], originals(app))
            folder = tmp_path_factory.mktemp(f"{app.name}-{tool}")
            path = folder / f"{app.name}.{tool}.sql"
            path.write_bytes(dump(server, sources[key]))
            done[key] = Dumped(app, tool, server, path, folder)
        return done[key]

    yield get
    for (_, tool), db in sources.items():
        servers[TOOLS[tool]].drop(db)


@pytest.fixture(scope="module")
def initialized(dumped: Callable[[App, str], Dumped]) -> Callable[[App, str], Initialized]:
    """A getter of each dump's `init` rules and the `--strict` scrub made with them."""
    done: dict[tuple[str, str], Initialized] = {}

    def get(app: App, tool: str) -> Initialized:
        key = (app.name, tool)
        if key not in done:
            d = dumped(app, tool)
            proc = run("init", str(d.path))
            assert proc.returncode == 0, f"dumpscrub init: {said(proc)}"
            rules = d.folder / "rules.yml"
            rules.write_bytes(proc.stdout)
            output = d.folder / "scrubbed.sql"
            scrub = run(str(d.path), "-r", str(rules), "--strict", "--secret", SECRET, "-o", str(output))
            done[key] = Initialized(rules, proc.stdout.decode("utf-8"), output, scrub)
        return done[key]

    return get


# -- the application itself ------------------------------------------------------




def tdef_lacks(tdef: Any, column: str) -> bool:
    return column not in {c.name for c in tdef.columns}


# -- scan ------------------------------------------------------------------------


# -- init, --strict, the scrub, verify -------------------------------------------


def restored_problems(app: App, server: Server, db: str, data: bytes) -> list[str]:
    """Restore a scrubbed dump; MariaDB's warnings and the foreign keys with orphans
    (mysqldump restores with FOREIGN_KEY_CHECKS=0, so MariaDB checks none)."""
    problems: list[str] = []
    if isinstance(server, MariaDB):
        problems += [f"MariaDB: {w}" for w in MariaDBHarness(server).restore(db, data)]
    else:
        server.restore(db, data)
    problems += [
        f"FK {fk['child']}{fk['columns']}: {n} orphans"
        for fk in app.module.FOREIGN_KEYS
        if (n := orphans(server, db, fk))
    ]
    if isinstance(server, SQLite):
        problems += [f"PRAGMA foreign_key_check: {row}" for row in server.query(db, "PRAGMA foreign_key_check")]
    return problems


def table_actions(rules_text: str) -> dict[str, str]:
    """The bare table names the rules give an action (truncate, drop, keep), and the action."""
    actions = {}
    for table, rule in (yaml.safe_load(rules_text).get("tables") or {}).items():
        action = rule if isinstance(rule, str) else (rule or {}).get("action")
        if action:
            actions[bare(table)] = action
    return actions


def as_text(value: Any) -> str:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)

def one_tool_per_app(test: Callable) -> Callable:
    """A check that runs on one tool per application (see ALL_TOOLS), given by
    ``pytest_generate_tests``."""
    test.one_tool = True
    return test


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The tools a one-tool check runs on for its class's application: its turn along APPS."""
    if getattr(metafunc.function, "one_tool", False):
        keys = list(APPS)
        turn = list(TOOLS)[keys.index(metafunc.cls.key) % len(TOOLS)]
        metafunc.parametrize("tool", list(TOOLS) if ALL_TOOLS else [turn])


class Acceptance:
    """Every check on one application (``app``): each application is a class of its own,
    so the two workers of the suite share the applications between them."""

    key: str  # set by each application's subclass

    @pytest.fixture
    def app(self) -> App:
        return APPS[self.key]

    def test_labels_are_consistent(self, app: App) -> None:
        """No column is both personal and clearly not; the look-alikes are not personal."""
        for tool in TOOLS:
            labels = app.labels(tool)
            look_alikes = {(e["table"], e["column"]) for e in labels["not_personal"]}
            assert not personal(app, tool) & clearly_not_personal(app, tool)
            assert not personal(app, tool) & look_alikes
            assert {(e["table"], c) for e in labels["quasi_identifiers"] for c in e["columns"]} <= {
                (t, c) for t, cols in app.columns.items() for c in cols
            }

    @one_tool_per_app
    def test_dump_holds_every_labelled_column(
        self, app: App, tool: str, dumped: Callable[[App, str], Dumped]
    ) -> None:
        """Each dump's CREATE TABLEs have the application's columns, every labelled one among
        them, and every table has rows."""
        with dumped(app, tool).path.open("rb") as fh, DumpFile(fh, dumped(app, tool).path.name) as d:
            surveyed = d.survey()
            tables = {bare(name): tdef for name, tdef in surveyed.catalog.tables.items()}
            with_data = {bare(name) for name in surveyed.data}
        assert set(tables) == set(app.columns)
        assert with_data == set(app.columns)
        for table, tdef in tables.items():
            assert tuple(c.name for c in tdef.columns) == app.columns[table], table
        labels = app.labels(tool)
        named = (
            personal(app, tool)
            | clearly_not_personal(app, tool)
            | {(e["table"], e["column"]) for e in labels["not_personal"]}
        )
        missing = sorted(f"{t}.{c}" for t, c in named if t not in tables or tdef_lacks(tables[t], c))
        assert not missing, f"labelled columns not in the {app.name} {tool} dump: {missing}"

    @one_tool_per_app
    def test_scan_finds_the_personal_columns(
        self, app: App, tool: str, dumped: Callable[[App, str], Dumped], originals: Callable[[App], Any]
    ) -> None:
        practice = originals(app)
        proc = run("scan", str(dumped(app, tool).path), "--format", "json")
        assert proc.returncode == 1, f"scan must exit 1 when it finds something: {said(proc)}"
        _, found = scan_findings(proc)
        wanted, innocent = personal(app, tool), clearly_not_personal(app, tool)
        hits = found & wanted
        missed = sorted(f"{t}.{c}" for t, c in wanted - found)
        false_alarms = sorted(f"{t}.{c}" for t, c in found & innocent)
        recall = len(hits) / len(wanted)
        score = (
            f"{app.name}/{tool}: recall {recall:.0%} ({len(hits)}/{len(wanted)}), missed {missed}; "
            f"{len(false_alarms)} false alarms among {len(innocent)} clearly non-personal columns: {false_alarms}"
        )
        print(score)
        assert recall >= MIN_RECALL and len(false_alarms) <= MAX_FALSE_ALARMS, score
        shown = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
        assert not any(leaks(shown, practice).values()), f"scan printed personal values: {leaks(shown, practice)}"

    @one_tool_per_app
    def test_scan_with_rules_names_what_they_leave_uncovered(
        self, app: App, tool: str, dumped: Callable[[App, str], Dumped]
    ) -> None:
        d = dumped(app, tool)
        rules = d.folder / "partial.rules.yml"
        rules.write_text(app.partial_rules, encoding="utf-8")
        proc = run("scan", str(d.path), "-r", str(rules), "--format", "json")
        assert proc.returncode == 1, f"scan -r must exit 1 when columns are left uncovered: {said(proc)}"
        _, found = scan_findings(proc)
        not_named = sorted(f"{t}.{c}" for t, c in app.uncovered - found)
        covered_named = sorted(f"{t}.{c}" for t, c in app.covered & found)
        assert not not_named, f"{app.name}/{tool}: uncovered personal columns scan -r does not name: {not_named}"
        assert not covered_named, f"{app.name}/{tool}: columns the rules cover, named anyway: {covered_named}"

    @one_tool_per_app
    def test_init_rules_pass_strict_and_remove_every_email_and_iban(
        self,
        app: App,
        tool: str,
        dumped: Callable[[App, str], Dumped],
        initialized: Callable[[App, str], Initialized],
        originals: Callable[[App], Any],
    ) -> None:
        d, init, practice = dumped(app, tool), initialized(app, tool), originals(app)
        assert yaml.safe_load(init.rules_text)["version"] == 1
        assert init.scrub.returncode == 0, f"the init rules with --strict: {said(init.scrub)}"
        output = init.output.read_bytes()
        in_bytes = leaks(output.decode("utf-8", "replace"), practice)
        assert not any(in_bytes.values()), f"{app.name}/{tool}: originals left in the scrubbed dump: {in_bytes}"

        actions = table_actions(init.rules_text)
        expected = {
            t: 0 if actions.get(t) == "truncate" else len(practice.rows[t])
            for t in app.columns
            if actions.get(t) != "drop"
        }
        db = d.server.fresh_database(f"{app.name}_scrubbed")
        try:
            problems = restored_problems(app, d.server, db, output)
            counts = {bare(t): n for t, n in row_counts(d.server, db).items() if bare(t) in app.columns}
            left: dict[str, set[str]] = {"emails": set(), "ibans": set()}
            for table in counts:
                for row in d.server.query(db, f"SELECT * FROM {d.server.table(table)}"):
                    for kind, found in leaks("\x00".join(as_text(v) for v in row), practice).items():
                        left[kind] |= {f"{table}: {value[:3]}***" for value in found}
        finally:
            d.server.drop(db)
        assert not problems, f"{app.name}/{tool}: the scrubbed dump restores with problems: {problems}"
        assert counts == expected, f"{app.name}/{tool}: row counts differ from the original's: {counts} != {expected}"
        assert not any(left.values()), f"{app.name}/{tool}: originals left in the restored database: {left}"

    @one_tool_per_app
    def test_verify_passes_the_clean_scrub_and_fails_the_original(
        self, app: App, tool: str, dumped: Callable[[App, str], Dumped], initialized: Callable[[App, str], Initialized]
    ) -> None:
        d, init = dumped(app, tool), initialized(app, tool)
        assert init.scrub.returncode == 0, f"the init rules with --strict: {said(init.scrub)}"
        clean = run("verify", str(d.path), str(init.output), "-r", str(init.rules))
        assert clean.returncode == 0, f"{app.name}/{tool}: verify of the clean scrub: {said(clean)}"
        unscrubbed = run("verify", str(d.path), str(d.path), "-r", str(init.rules))
        assert unscrubbed.returncode == 1, f"{app.name}/{tool}: verify of the unscrubbed original: {said(unscrubbed)}"

    @one_tool_per_app
    def test_strict_refuses_rules_that_leave_a_column_unclassified(
        self, app: App, tool: str, dumped: Callable[[App, str], Dumped], initialized: Callable[[App, str], Initialized]
    ) -> None:
        d, init = dumped(app, tool), initialized(app, tool)
        rules = yaml.safe_load(init.rules_text)
        table, column = app.strict_victim
        keys = [name for name in rules["tables"] if bare(name) == table]
        assert len(keys) == 1, f"init rules name {table} {len(keys)} times: {keys}"
        table_rule = rules["tables"][keys[0]]
        assert isinstance(table_rule, dict) and not table_rule.get("action"), (
            f"init gave {table} an action: {table_rule}")
        names = [name for name in table_rule["columns"] if name.casefold() == column.casefold()]
        assert len(names) == 1, f"init rules name {table}.{column} {len(names)} times"
        del table_rule["columns"][names[0]]
        lacking = d.folder / "lacking.rules.yml"
        lacking.write_text(yaml.safe_dump(rules, allow_unicode=True, sort_keys=False), encoding="utf-8")
        output = d.folder / "refused.sql"
        proc = run(str(d.path), "-r", str(lacking), "--strict", "-o", str(output))
        stderr = proc.stderr.decode("utf-8", "replace")
        assert proc.returncode == 2, f"{app.name}/{tool}: --strict with {table}.{column} unclassified: {said(proc)}"
        assert f"{table}.{column}" in stderr, f"{app.name}/{tool}: the error does not name {table}.{column}:\n{stderr}"
        assert not output.exists(), "a refused run wrote its output"


# One test class per application (TestAppClinic, TestAppInsurer...): -k clinic selects one.
for _key in APPS:
    globals()[f"TestApp{_key.capitalize()}"] = type(f"TestApp{_key.capitalize()}", (Acceptance,), {"key": _key})
