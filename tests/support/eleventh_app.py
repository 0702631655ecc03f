"""The eleventh held-out application: a US consumer-lending fintech's CRM, loan servicing and onboarding app.

Issue 5's acceptance test (tests/roundtrip/test_issue5_acceptance.py) measures `scan`,
`init`, `--strict` and `verify` on it next to the ten other applications. It was
written blind: without reading the detector (anything under checks/ but dump.py) or any
scan, starter, detect, naming, vocabulary or values test, and labelled
(tests/eleventh/labels.yml) before any detector ran on it.

"Bluestem Credit, Inc.", a (fictional) lender in Omaha, Nebraska, makes unsecured
personal installment loans online and, through home-improvement contractors, at the
point of sale, to borrowers in Nebraska, Iowa, Kansas, Missouri, Colorado and Texas.
Three systems share one database, and the names show it. The CRM is Microsoft Dynamics
365, exported by Azure Synapse Link for Dataverse: lower-case logical names, GUID keys,
option sets as integers, Synapse's `versionnumber` and `SinkModifiedOn`, and custom
fields with the publisher prefix `bsc_` (`contact.firstname`, `middlename`,
`emailaddress1`, `emailaddress2`, `telephone1`, `mobilephone`, `address1_line1`,
`address1_postalcode`, the geocoded `address1_latitude`, `birthdate`, `gendercode`,
`familystatuscode`, `annualincome`, `bsc_ssn`, `bsc_creditscore`, `bsc_mlacovered` for
borrowers on active military duty; `account` the merchants and partners with their
EIN and settlement account; `systemuser` the staff with `domainname` and loan officers'
`bsc_nmlsid`; `incident` the cases, hardship requests and CFPB complaints; `annotation`
the notes, with the uploaded pay stubs, bank statements and licence photos as base64 in
`documentbody`). Loan servicing is the founder's Microsoft Access database, moved to the
server with its names as they were, spaces included (`Borrower Master` keyed on the
borrower's "SSN", with "First Name", "MI", "Cell Phone", "DOB", "Work Phone", "Monthly
Income", "Bank Account No"; `Loan Master` whose "Borrower SSN" is a foreign key to it,
with "CoBorrower Name" and "ACH Account No"; `Payment History` with NACHA trace numbers
and return codes; `Collection Notes` with the collectors' "Note Text" and the "Phone
Dialed"; `Refunds` by ACH, check or international wire to an IBAN; `Loan Products`). The
onboarding app is a Node.js service on Prisma: PascalCase models, camelCase fields, cuid
keys and Prisma's own `_prisma_migrations` (`User` with a bcrypt `passwordHash` and
`lastLoginIp`; NextAuth's `Session.sessionToken`; `Application` whose `email` is a
foreign key to `User.email`, with the stated income, `ssnLast4`, the soft-pull credit
score, a JSON `formData` of the whole form and the fraud vendor's `deviceId`; `KycCheck`
with the driver's licence number, a JPEG selfie and a JPEG of the licence; `BankLink`
with Plaid access tokens; `AppConfig`). Next to the people are the company (its NMLS
id, EIN, switchboard, support@ mailbox, operating account and the EUR IBAN it pays its
European vendors from), the merchants (office lines, office@ mailboxes, EINs that look
like SSNs, settlement accounts), credit bureaus, a collection agency, the products,
ABA routing numbers with their check digit, loan numbers with a Luhn digit, NACHA trace
numbers, CFPB complaint numbers, Prisma migration checksums and cuids.

Everything here is the original side: the rows (`make_lender`, drawn from a seeded
`random.Random` and seeded Faker instances, so every server gets the same ones), the DDL
(built from `SCHEMA` and `FOREIGN_KEYS` here, since Access names have spaces, every
identifier quoted), `create`, and the personal e-mails and IBANs a leak check looks for
(the company's, the merchants' and the partners' mailboxes and accounts excluded).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
import string
import struct
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from faker import Faker

from support import apps
from support.apps import b64, dump, grouped, iban_check_digits, luhn_digit, pdf_bytes, png_bytes
from support.apps import foreign_key as _fk

__all__ = ["COLUMNS", "FOREIGN_KEYS", "Lender", "create", "dump", "load_labels", "make_lender"]

SEED = 20260311
LABELS = Path(__file__).resolve().parents[1] / "eleventh" / "labels.yml"
BORROWER_COUNT = 200  # contacts who applied; about 75% were funded
STAFF_COUNT = 44
SESSION_COUNT = 300
TODAY = dt.date(2025, 12, 2)
OWN_DOMAIN = "bluestemcredit.com"
ARCHIVED = dt.date(2024, 7, 1)  # payments before this day live in the archive database

TYPES = {
    "mariadb": {"ts": "datetime", "json": "JSON", "blob": "mediumblob", "bool": "boolean", "text": "longtext",
                "money": "decimal(19,4)", "dbl": "double"},
    "postgresql": {"ts": "timestamp", "json": "jsonb", "blob": "bytea", "bool": "boolean", "text": "text",
                   "money": "numeric(19,4)", "dbl": "double precision"},
    "sqlite": {"ts": "datetime", "json": "text", "blob": "BLOB", "bool": "boolean", "text": "text",
               "money": "decimal(19,4)", "dbl": "double precision"},
}

# Every table's columns as (name, "type constraints"), parents before children: Access's
# names have spaces, so the name cannot be the definition's first word as in support.apps.
_DYN = (("versionnumber", "bigint"), ("SinkModifiedOn", "{ts}"))  # what Synapse Link adds
SCHEMA: dict[str, tuple[tuple[str, str], ...]] = {
    # -- Dynamics 365 (Dataverse, exported by Azure Synapse Link) --
    "account": (
        ("accountid", "char(36) PRIMARY KEY"), ("name", "varchar(160) NOT NULL"), ("accountnumber", "varchar(20)"),
        ("customertypecode", "integer"), ("industrycode", "integer"), ("telephone1", "varchar(50)"),
        ("emailaddress1", "varchar(100)"), ("websiteurl", "varchar(200)"), ("address1_line1", "varchar(250)"),
        ("address1_city", "varchar(80)"), ("address1_stateorprovince", "varchar(50)"),
        ("address1_postalcode", "varchar(20)"), ("bsc_ein", "varchar(10)"), ("bsc_merchanttier", "integer"),
        ("bsc_settlementroutingnumber", "varchar(9)"), ("bsc_settlementaccountnumber", "varchar(17)"),
        ("primarycontactid", "char(36)"), ("statecode", "integer NOT NULL"), ("createdon", "{ts}"),
        ("modifiedon", "{ts}"), *_DYN),
    "contact": (
        ("contactid", "char(36) PRIMARY KEY"), ("firstname", "varchar(50)"), ("middlename", "varchar(50)"),
        ("lastname", "varchar(50)"), ("fullname", "varchar(160)"), ("emailaddress1", "varchar(100)"),
        ("emailaddress2", "varchar(100)"), ("telephone1", "varchar(50)"), ("mobilephone", "varchar(50)"),
        ("address1_line1", "varchar(250)"), ("address1_line2", "varchar(250)"), ("address1_city", "varchar(80)"),
        ("address1_stateorprovince", "varchar(50)"), ("address1_postalcode", "varchar(20)"),
        ("address1_latitude", "{dbl}"), ("address1_longitude", "{dbl}"), ("birthdate", "date"),
        ("gendercode", "integer"), ("familystatuscode", "integer"), ("annualincome", "{money}"),
        ("jobtitle", "varchar(100)"), ("parentcustomerid", "char(36)"), ("bsc_ssn", "varchar(11)"),
        ("bsc_creditscore", "integer"), ("bsc_employername", "varchar(100)"), ("bsc_mlacovered", "{bool}"),
        ("bsc_preferredlanguage", "integer"), ("donotemail", "{bool}"), ("donotphone", "{bool}"),
        ("description", "{text}"), ("ownerid", "char(36)"), ("statecode", "integer NOT NULL"),
        ("statuscode", "integer"), ("createdon", "{ts}"), ("modifiedon", "{ts}"), *_DYN),
    "systemuser": (
        ("systemuserid", "char(36) PRIMARY KEY"), ("firstname", "varchar(64)"), ("lastname", "varchar(64)"),
        ("fullname", "varchar(200)"), ("domainname", "varchar(1024) NOT NULL"),
        ("internalemailaddress", "varchar(100)"), ("mobilephone", "varchar(64)"), ("title", "varchar(128)"),
        ("businessunitid", "char(36) NOT NULL"), ("azureactivedirectoryobjectid", "char(36)"),
        ("bsc_nmlsid", "varchar(10)"), ("isdisabled", "{bool}"), ("createdon", "{ts}"), *_DYN),
    "incident": (
        ("incidentid", "char(36) PRIMARY KEY"), ("ticketnumber", "varchar(100) NOT NULL"),
        ("title", "varchar(200)"), ("description", "{text}"), ("customerid", "char(36)"),
        ("customeridtype", "varchar(16)"), ("caseorigincode", "integer"), ("casetypecode", "integer"),
        ("prioritycode", "integer"), ("bsc_hardshipreason", "varchar(60)"), ("bsc_cfpbcomplaintid", "varchar(20)"),
        ("ownerid", "char(36)"), ("statecode", "integer NOT NULL"), ("statuscode", "integer"),
        ("createdon", "{ts}"), ("modifiedon", "{ts}"), *_DYN),
    "annotation": (
        ("annotationid", "char(36) PRIMARY KEY"), ("objectid", "char(36)"), ("objecttypecode", "varchar(64)"),
        ("subject", "varchar(500)"), ("notetext", "{text}"), ("filename", "varchar(255)"),
        ("mimetype", "varchar(256)"), ("filesize", "integer"), ("documentbody", "{text}"),
        ("isdocument", "{bool} NOT NULL"), ("createdby", "char(36)"), ("createdon", "{ts}"), *_DYN),
    # -- loan servicing: the Access database, names as they were --
    "Loan Products": (
        ("Product Code", "varchar(4) PRIMARY KEY"), ("Product Name", "varchar(60) NOT NULL"),
        ("Min Amount", "{money}"), ("Max Amount", "{money}"), ("Min APR", "decimal(6,3)"),
        ("Max APR", "decimal(6,3)"), ("Terms", "varchar(30)"), ("Orig Fee Pct", "decimal(5,2)"),
        ("Active", "{bool}")),
    "Borrower Master": (
        ("SSN", "varchar(11) PRIMARY KEY"), ("CRM Contact ID", "char(36)"), ("Last Name", "varchar(50)"),
        ("First Name", "varchar(50)"), ("MI", "varchar(1)"), ("Address", "varchar(100)"), ("City", "varchar(50)"),
        ("ST", "char(2)"), ("Zip", "varchar(10)"), ("Home Phone", "varchar(20)"), ("Cell Phone", "varchar(20)"),
        ("Email Address", "varchar(100)"), ("DOB", "{ts}"), ("Employer", "varchar(60)"),
        ("Work Phone", "varchar(20)"), ("Monthly Income", "{money}"), ("Bank Routing No", "varchar(9)"),
        ("Bank Account No", "varchar(17)"), ("Account Type", "char(1)"), ("MLA Covered", "{bool}"),
        ("Bankruptcy", "{bool}"), ("Date Added", "{ts}"), ("Added By", "varchar(3)")),
    "Loan Master": (
        ("Loan No", "char(10) PRIMARY KEY"), ("Borrower SSN", "varchar(11) NOT NULL"),
        ("CoBorrower Name", "varchar(80)"), ("CoBorrower SSN", "varchar(11)"),
        ("Product Code", "varchar(4) NOT NULL"), ("Merchant No", "varchar(20)"), ("Note Date", "{ts}"),
        ("Funded Date", "{ts}"), ("Orig Principal", "{money}"), ("APR", "decimal(6,3)"), ("Term", "integer"),
        ("Pmt Amount", "{money}"), ("Pmt Due Day", "integer"), ("Current Balance", "{money}"),
        ("Days Past Due", "integer"), ("Loan Status", "varchar(10)"), ("Loan Purpose", "varchar(40)"),
        ("Autopay", "{bool}"), ("ACH Routing No", "varchar(9)"), ("ACH Account No", "varchar(17)")),
    "Payment History": (
        ("Trans ID", "integer PRIMARY KEY"), ("Loan No", "char(10) NOT NULL"), ("Trans Date", "{ts}"),
        ("Eff Date", "{ts}"), ("Trans Code", "varchar(8)"), ("Amount", "{money}"), ("Principal", "{money}"),
        ("Interest", "{money}"), ("Fees", "{money}"), ("ACH Trace No", "varchar(15)"),
        ("Return Code", "varchar(3)"), ("Posted By", "varchar(3)"), ("Memo", "varchar(120)")),
    "Collection Notes": (
        ("Note ID", "integer PRIMARY KEY"), ("Loan No", "char(10) NOT NULL"), ("Note Date", "{ts}"),
        ("Collector", "varchar(3)"), ("Action Code", "varchar(4)"), ("Phone Dialed", "varchar(20)"),
        ("Note Text", "{text}"), ("PTP Amount", "{money}"), ("PTP Date", "{ts}")),
    "Refunds": (
        ("Refund ID", "integer PRIMARY KEY"), ("Loan No", "char(10) NOT NULL"), ("Refund Date", "{ts}"),
        ("Amount", "{money}"), ("Reason", "varchar(60)"), ("Method", "varchar(5)"), ("Payee Name", "varchar(80)"),
        ("Payee Address", "varchar(200)"), ("ABA Routing", "varchar(9)"), ("Account No", "varchar(17)"),
        ("Payee IBAN", "varchar(34)"), ("SWIFT BIC", "varchar(11)"), ("Check No", "varchar(8)"),
        ("Approved By", "varchar(3)")),
    # -- the onboarding app (Node.js, Prisma) --
    "User": (
        ("id", "varchar(30) PRIMARY KEY"), ("email", "varchar(254) NOT NULL UNIQUE"), ("emailVerified", "{ts}"),
        ("phone", "varchar(16)"), ("phoneVerified", "{bool} NOT NULL"), ("passwordHash", "varchar(60)"),
        ("crmContactId", "char(36)"), ("referralCode", "varchar(12)"), ("marketingOptIn", "{bool} NOT NULL"),
        ("lastLoginAt", "{ts}"), ("lastLoginIp", "varchar(45)"), ("createdAt", "{ts} NOT NULL"),
        ("updatedAt", "{ts} NOT NULL"), ("deletedAt", "{ts}")),
    "Session": (
        ("id", "varchar(30) PRIMARY KEY"), ("sessionToken", "varchar(64) NOT NULL UNIQUE"),
        ("userId", "varchar(30) NOT NULL"), ("expires", "{ts} NOT NULL"), ("ipAddress", "varchar(45)"),
        ("userAgent", "varchar(400)"), ("createdAt", "{ts} NOT NULL")),
    "Application": (
        ("id", "varchar(30) PRIMARY KEY"), ("userId", "varchar(30) NOT NULL"), ("email", "varchar(254) NOT NULL"),
        ("requestedAmount", "integer NOT NULL"), ("purpose", "varchar(24) NOT NULL"), ("termMonths", "integer"),
        ("status", "varchar(12) NOT NULL"), ("annualIncome", "integer"), ("housingStatus", "varchar(10)"),
        ("monthlyHousingPayment", "integer"), ("employmentStatus", "varchar(16)"),
        ("employerName", "varchar(100)"), ("ssnLast4", "char(4)"), ("creditScore", "integer"),
        ("declineReasons", "{json}"), ("formData", "{json}"), ("ipAddress", "varchar(45)"),
        ("deviceId", "varchar(40)"), ("submittedAt", "{ts}"), ("decidedAt", "{ts}"), ("loanNo", "char(10)"),
        ("createdAt", "{ts} NOT NULL"), ("updatedAt", "{ts} NOT NULL")),
    "KycCheck": (
        ("id", "varchar(30) PRIMARY KEY"), ("applicationId", "varchar(30) NOT NULL"),
        ("provider", "varchar(16) NOT NULL"), ("inquiryId", "varchar(40)"), ("documentType", "varchar(20)"),
        ("documentNumber", "varchar(20)"), ("documentState", "char(2)"), ("documentExpiry", "date"),
        ("selfieImage", "{blob}"), ("documentFront", "{blob}"), ("livenessScore", "{dbl}"),
        ("faceMatchScore", "{dbl}"), ("status", "varchar(10) NOT NULL"), ("createdAt", "{ts} NOT NULL")),
    "BankLink": (
        ("id", "varchar(30) PRIMARY KEY"), ("userId", "varchar(30) NOT NULL"), ("institutionId", "varchar(20)"),
        ("institutionName", "varchar(80)"), ("itemId", "varchar(40)"), ("accessToken", "varchar(80) NOT NULL"),
        ("accountMask", "varchar(4)"), ("accountSubtype", "varchar(12)"), ("status", "varchar(16) NOT NULL"),
        ("createdAt", "{ts} NOT NULL")),
    "AppConfig": (
        ("key", "varchar(80) PRIMARY KEY"), ("value", "{text} NOT NULL"), ("updatedAt", "{ts} NOT NULL")),
    "_prisma_migrations": (
        ("id", "varchar(36) PRIMARY KEY"), ("checksum", "varchar(64) NOT NULL"), ("finished_at", "{ts}"),
        ("migration_name", "varchar(255) NOT NULL"), ("logs", "{text}"), ("rolled_back_at", "{ts}"),
        ("started_at", "{ts} NOT NULL"), ("applied_steps_count", "integer NOT NULL")),
}
COLUMNS: dict[str, tuple[str, ...]] = {table: tuple(name for name, _ in cols) for table, cols in SCHEMA.items()}

# Dataverse exports have no foreign keys; Access's relationships and Prisma's relations do.
FOREIGN_KEYS = (
    _fk("Loan Master", ["Borrower SSN"], "Borrower Master", ["SSN"]),
    _fk("Loan Master", ["Product Code"], "Loan Products", ["Product Code"]),
    _fk("Payment History", ["Loan No"], "Loan Master", ["Loan No"]),
    _fk("Collection Notes", ["Loan No"], "Loan Master", ["Loan No"]),
    _fk("Refunds", ["Loan No"], "Loan Master", ["Loan No"]),
    _fk("Session", ["userId"], "User", ["id"]),
    _fk("Application", ["userId"], "User", ["id"]),
    _fk("Application", ["email"], "User", ["email"]),
    _fk("KycCheck", ["applicationId"], "Application", ["id"]),
    _fk("BankLink", ["userId"], "User", ["id"]),
)

# Where the borrowers live: state, weight, then (city, area codes, latitude, longitude, ZIP codes).
STATES = {
    "NE": (40, (("Omaha", ("402", "531"), 41.2565, -95.9345,
                 ("68104", "68105", "68106", "68107", "68111", "68114", "68117", "68124", "68127", "68131", "68134",
                  "68137", "68144", "68152", "68154", "68164")),
                ("Lincoln", ("402",), 40.8136, -96.7026, ("68502", "68503", "68504", "68505", "68506", "68510",
                                                          "68516", "68521", "68524")),
                ("Bellevue", ("402",), 41.1544, -95.9146, ("68005", "68123", "68147")),
                ("Papillion", ("402",), 41.1544, -96.0422, ("68046", "68133")),
                ("Grand Island", ("308",), 40.9264, -98.3420, ("68801", "68803")),
                ("Kearney", ("308",), 40.6993, -99.0832, ("68845", "68847")),
                ("Fremont", ("402",), 41.4333, -96.4981, ("68025",)),
                ("North Platte", ("308",), 41.1240, -100.7654, ("69101",)))),
    "IA": (15, (("Council Bluffs", ("712",), 41.2619, -95.8608, ("51501", "51503")),
                ("Des Moines", ("515",), 41.5868, -93.6250, ("50310", "50311", "50312", "50313", "50315", "50316",
                                                             "50317", "50320")),
                ("Sioux City", ("712",), 42.4999, -96.4003, ("51103", "51104", "51106")),
                ("Cedar Rapids", ("319",), 41.9779, -91.6656, ("52402", "52403", "52404", "52405")),
                ("Davenport", ("563",), 41.5236, -90.5776, ("52802", "52803", "52804", "52806")),
                ("Ankeny", ("515",), 41.7318, -93.6001, ("50021", "50023")))),
    "KS": (12, (("Wichita", ("316",), 37.6872, -97.3301, ("67203", "67204", "67205", "67207", "67208", "67212",
                                                         "67216", "67218", "67226")),
                ("Overland Park", ("913",), 38.9822, -94.6708, ("66204", "66207", "66210", "66212", "66213",
                                                                "66221")),
                ("Olathe", ("913",), 38.8814, -94.8191, ("66061", "66062")),
                ("Topeka", ("785",), 39.0473, -95.6752, ("66604", "66605", "66606", "66611", "66614")),
                ("Lawrence", ("785",), 38.9717, -95.2353, ("66044", "66046", "66049")),
                ("Kansas City", ("913",), 39.1141, -94.6275, ("66102", "66104", "66106", "66109")))),
    "MO": (13, (("Kansas City", ("816",), 39.0997, -94.5786, ("64111", "64114", "64118", "64119", "64131", "64133",
                                                            "64134", "64151", "64155")),
                ("St. Louis", ("314",), 38.6270, -90.1994, ("63104", "63109", "63110", "63116", "63118", "63123",
                                                           "63128", "63139")),
                ("Springfield", ("417",), 37.2090, -93.2923, ("65802", "65803", "65804", "65807", "65810")),
                ("Columbia", ("573",), 38.9517, -92.3341, ("65201", "65202", "65203")),
                ("Lee's Summit", ("816",), 38.9108, -94.3822, ("64063", "64064", "64081", "64086")),
                ("St. Joseph", ("816",), 39.7675, -94.8467, ("64501", "64503", "64506")))),
    "CO": (10, (("Denver", ("303", "720"), 39.7392, -104.9903, ("80203", "80204", "80205", "80206", "80209",
                                                                "80210", "80211", "80212", "80218", "80219",
                                                                "80220", "80222", "80223", "80227", "80231")),
                ("Aurora", ("303", "720"), 39.7294, -104.8319, ("80010", "80011", "80012", "80013", "80014",
                                                                "80015", "80016", "80017")),
                ("Colorado Springs", ("719",), 38.8339, -104.8214, ("80903", "80904", "80905", "80906", "80907",
                                                                   "80909", "80910", "80911", "80915", "80916",
                                                                   "80917", "80918", "80920")),
                ("Fort Collins", ("970",), 40.5853, -105.0844, ("80521", "80524", "80525", "80526")),
                ("Pueblo", ("719",), 38.2544, -104.6091, ("81001", "81003", "81004", "81005")))),
    "TX": (10, (("Dallas", ("214", "469", "972"), 32.7767, -96.7970, ("75204", "75206", "75211", "75214", "75217",
                                                                      "75228", "75243")),
                ("Fort Worth", ("817", "682"), 32.7555, -97.3308, ("76104", "76110", "76116", "76133", "76137")),
                ("Austin", ("512", "737"), 30.2672, -97.7431, ("78704", "78745", "78748", "78753", "78758")),
                ("San Antonio", ("210", "726"), 29.4241, -98.4936, ("78201", "78207", "78209", "78228", "78240",
                                                                    "78250")),
                ("Houston", ("713", "281", "832"), 29.7604, -95.3698, ("77004", "77008", "77036", "77042", "77057",
                                                                      "77084", "77095")),
                ("El Paso", ("915",), 31.7619, -106.4850, ("79907", "79912", "79924", "79936")))),
}
MAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.com", "hotmail.com",
                "outlook.com", "icloud.com", "aol.com", "att.net", "cox.net", "comcast.net", "msn.com",
                "sbcglobal.net", "live.com", "protonmail.com", "windstream.net")
# Borrowers' banks: name, the first eight digits of a routing number (the ninth is its check digit),
# account number length, Plaid's institution id.
BANKS = (
    ("First National Bank of Omaha", "10400001", 10, "ins_100103"), ("Pinnacle Bank", "10491264", 9, "ins_112004"),
    ("U.S. Bank", "10400047", 12, "ins_127990"), ("Wells Fargo", "10410521", 10, "ins_127991"),
    ("Bank of America", "07300032", 12, "ins_127989"), ("Chase", "10210000", 9, "ins_56"),
    ("Great Western Bank", "09130056", 10, "ins_114052"), ("Centris Federal Credit Union", "30408119", 10,
                                                            "ins_116223"),
    ("Veridian Credit Union", "27397419", 10, "ins_117534"), ("Navy Federal Credit Union", "25607418", 10, "ins_15"),
    ("Commerce Bank", "10100016", 9, "ins_25"), ("UMB Bank", "10100069", 10, "ins_118903"),
    ("Chime (The Bancorp Bank)", "03110000", 12, "ins_116794"), ("Capitol Federal Savings", "30107447", 10,
                                                                  "ins_117082"),
)
EMPLOYERS = (  # name, switchboard (area, number)
    ("Union Pacific", ("402", "544-5000")), ("Nebraska Medicine", ("402", "552-2000")),
    ("Mutual of Omaha", ("402", "342-7600")), ("Hy-Vee", ("515", "267-2800")), ("Walmart", None),
    ("Amazon Fulfillment", None), ("Offutt AFB", ("402", "294-1110")), ("Omaha Public Schools", ("531", "299-0220")),
    ("CHI Health", ("402", "343-4300")), ("Tyson Foods", None), ("Werner Enterprises", ("402", "895-6640")),
    ("Bryan Health", ("402", "481-1111")), ("State of Nebraska", ("402", "471-2311")), ("UPS", None),
    ("Kiewit", ("402", "342-2052")), ("Self-employed", None), ("DoorDash", None), ("Casey's", ("515", "965-6100")),
    ("Sprouts", None), ("Methodist Hospital", ("402", "354-4000")), ("Fort Riley", ("785", "239-3911")),
    ("Whiteman AFB", ("660", "687-1110")), ("Fort Carson", ("719", "526-5811")), ("H-E-B", None),
    ("Spirit AeroSystems", ("316", "526-9000")), ("Garmin", ("913", "397-8200")), ("Cerner", ("816", "221-1024")),
)
JOBS = ("Warehouse Associate", "Registered Nurse", "CNA", "Truck Driver", "Teacher", "Retail Associate",
        "Machine Operator", "Customer Service Rep", "Cook", "Electrician", "Sergeant, USAF", "Specialist, US Army",
        "Medical Assistant", "Office Manager", "Delivery Driver", "Welder", "Dental Hygienist", "Paralegal",
        "Bookkeeper", "HVAC Technician", "Pharmacy Technician", "Barber", "Security Officer", "Line Cook",
        "Software Developer", "Accountant", "Home Health Aide", "Mechanic", "Bus Driver", "Staff Sgt, USMC")
MILITARY_JOBS = ("Sergeant, USAF", "Specialist, US Army", "Staff Sgt, USMC")
MILITARY_EMPLOYERS = ("Offutt AFB", "Fort Riley", "Whiteman AFB", "Fort Carson")
STAFF_TITLES = (  # title, is a loan officer, weight
    ("Loan Officer", True, 8), ("Underwriter", False, 6), ("Collections Specialist", False, 9),
    ("Customer Care Representative", False, 9), ("Compliance Analyst", False, 2),
    ("Merchant Success Manager", False, 3), ("Software Engineer", False, 4), ("Collections Supervisor", False, 1),
    ("VP, Credit Risk", False, 1), ("Controller", False, 1),
)
PRODUCTS = (  # code, name, min, max, min APR, max APR, terms, fee, active, the loan number's prefix
    ("PL", "Personal Loan", "1000", "25000", "9.990", "35.990", "24,36,48,60", "4.00", True, "11"),
    ("PLX", "Personal Loan - Express", "500", "5000", "18.990", "35.990", "12,18,24", "5.00", True, "12"),
    ("DC", "Debt Consolidation", "2500", "35000", "8.990", "29.990", "36,48,60", "3.00", True, "13"),
    ("HI", "Home Improvement (POS)", "2000", "50000", "0.000", "24.990", "12,36,60,84,120", "0.00", True, "21"),
    ("HIP", "Home Improvement Promo 0% 12 mo", "2000", "25000", "0.000", "26.990", "12,60", "0.00", True, "22"),
    ("MED", "Patient Financing (retired 2022)", "500", "15000", "0.000", "24.990", "12,24,36", "0.00", False, "31"),
    ("MLA", "Servicemember Loan (36% MAPR cap)", "500", "10000", "9.990", "35.990", "12,24,36", "0.00", True, "14"),
)
PURPOSES = (("Debt consolidation", 30), ("Home improvement", 12), ("Car repair", 10), ("Medical bills", 8),
            ("Moving expenses", 5), ("Wedding", 4), ("Funeral expenses", 3), ("Dental work", 3),
            ("Major purchase", 6), ("Emergency expense", 8), ("Vacation", 3), ("Fertility treatment", 1),
            ("Legal fees", 2), ("Other", 5))
APP_PURPOSES = {"Debt consolidation": "DEBT_CONSOLIDATION", "Home improvement": "HOME_IMPROVEMENT",
                "Car repair": "AUTO_REPAIR", "Medical bills": "MEDICAL", "Moving expenses": "MOVING",
                "Wedding": "WEDDING", "Funeral expenses": "FUNERAL", "Dental work": "MEDICAL",
                "Major purchase": "MAJOR_PURCHASE", "Emergency expense": "EMERGENCY", "Vacation": "VACATION",
                "Fertility treatment": "MEDICAL", "Legal fees": "OTHER", "Other": "OTHER"}
MERCHANT_PLACES = ("Heartland", "Platte Valley", "Cornhusker", "Prairie", "Big Sky", "Missouri River", "Sandhills",
                   "Front Range", "Flint Hills", "Gateway", "Loess Hills", "Old Market", "Capital City",
                   "Lone Star", "Red Cedar", "Bluff City", "Golden Spike", "Saddle Creek")
MERCHANT_TRADES = (("Roofing & Siding", "roofing"), ("HVAC", "hvac"), ("Windows & Doors", "windows"),
                   ("Pools & Spas", "pools"), ("Solar", "solar"), ("Basement Waterproofing", "waterproofing"),
                   ("Plumbing", "plumbing"), ("Kitchen & Bath", "kitchenbath"), ("Fence Co.", "fence"),
                   ("Foundation Repair", "foundation"), ("Garage Doors", "garagedoors"), ("Flooring", "flooring"))
MERCHANT_SUFFIXES = ("LLC", "Inc.", "LLC", "Co.", "LLC", "Corp.")
MERCHANT_ROLES = ("Owner", "Office Manager", "Sales Manager", "General Manager", "Owner/President")
PARTNERS = (  # name, customer type, switchboard, mailbox, website, street, city, state, ZIP
    ("Experian Information Solutions, Inc.", 11, "(714) 830-7000", "bis.support@experian.com", "experian.com",
     "475 Anton Blvd", "Costa Mesa", "CA", "92626"),
    ("TransUnion LLC", 11, "(312) 985-2000", "clientsupport@transunion.com", "transunion.com",
     "555 W Adams St", "Chicago", "IL", "60661"),
    ("Equifax Information Services LLC", 11, "(404) 885-8000", "businesssupport@equifax.com", "equifax.com",
     "1550 Peachtree St NW", "Atlanta", "GA", "30309"),
    ("Cross River Bank", 6, "(201) 808-7000", "partnerships@crossriver.com", "crossriver.com",
     "885 Teaneck Rd", "Teaneck", "NJ", "07666"),
    ("Midwest Recovery Partners LLC", 11, "(816) 472-0910", "placements@mwrecovery.com", "mwrecovery.com",
     "1100 Main St, Suite 2200", "Kansas City", "MO", "64105"),
    ("Koenig & Strand, P.C.", 11, "(402) 346-1132", "office@koenigstrand.com", "koenigstrand.com",
     "13321 California St, Suite 200", "Omaha", "NE", "68154"),
    ("Persona Identities, Inc.", 11, "(415) 236-1441", "support@withpersona.com", "withpersona.com",
     "981 Mission St", "San Francisco", "CA", "94103"),
)
OWN_ADDRESS = ("1411 Harney Street, Suite 600", "Omaha", "NE", "68102")
OWN_PHONE = "(402) 934-2200"
OWN_MAILBOXES = tuple(f"{box}@{OWN_DOMAIN}" for box in (
    "info", "support", "collections", "payments", "privacy", "merchants", "noreply", "compliance", "hardship",
    "disputes", "it"))
HARDSHIP = ("Job loss", "Reduced hours", "Medical", "Medical", "Divorce/separation", "Death in family",
            "Military deployment", "Natural disaster", "Incarceration")
CASE_TITLES = (  # title, case type, has a hardship reason
    ("Hardship request", 3, True), ("Payment dispute", 2, False), ("Payoff quote request", 3, False),
    ("Autopay cancellation", 3, False), ("Credit reporting dispute (e-OSCAR)", 2, False),
    ("CFPB complaint", 2, False), ("Identity theft claim", 2, False), ("Change of address", 3, False),
    ("SCRA rate reduction request", 3, True), ("Cease and desist", 2, False),
)
CASE_TEXTS = (
    "Customer called, lost job at {employer} on {date}. Requests 3 month deferment. Best number {phone}.",
    "Borrower states she was hospitalized ({illness}) and missed 2 payments. Asked for late fees waived.",
    "Customer disputes NSF fee of $25.00, says bank ({bank}) shows funds available. Email {email}.",
    "Payoff quote requested by {relative} ({relation}) - not authorized on account, referred to borrower.",
    "CFPB complaint {cfpb}: consumer alleges harassing calls to work number {work}. Response due in 15 days.",
    "Borrower deployed to {place} through {date}. Copy of orders attached. Apply SCRA 6% cap.",
    "Identity theft: customer says loan was opened by ex-husband {relative}. Police report #{report} attached.",
    "New address: {street}, {city}, {state} {zip}. New cell {phone}.",
    "Customer going through divorce, wife {relative} kept the house and car. Wants payment plan.",
    "Cease & desist received from attorney Mark Koenig (Koenig & Strand, (402) 346-1132). Route to legal.",
    "Borrower moved to {country} for work, wants to pay from IBAN {iban}. Told him we only take US ACH.",
    "Customer diagnosed with {illness}, on short-term disability. Income down to ${amount}/mo.",
    "Autopay cancel per customer request, will pay by debit card. Called from {phone}.",
    "Funeral expenses for her son; requests due date change to the 15th.",
)
NOTE_TEXTS = (  # collection notes
    "LM on cell, no answer.", "RPC. Borrower says will pay ${amount} on {date}. Verified email {email}.",
    "WN - number belongs to {relative}, removed.", "Spoke w/ borrower, lost job, hardship packet emailed to {email}.",
    "Borrower's mother {relative} answered, said he is in {place} jail. Do not discuss acct.",
    "3rd party {relative} ({relation}) called to pay on behalf of borrower, card ending {last4}.",
    "Borrower in hospital ({illness}), sister called from {phone}.", "PTP ${amount} {date} via web.",
    "Skip trace: new number {phone} from Accurint.",
    "Borrower filed Ch. 7, case 8:{year}-bk-{case}. Attorney {attorney}.",
    "Borrower deceased per {relative} ({relation}), death cert requested. Phone {phone}.",
    "Moved to {country}, says can pay from {iban}. Supervisor to advise.", "Called work # {work}, left msg with HR.",
    "Borrower hung up.", "Sent 2nd notice.", "Autopay returned R01, called borrower, will resubmit Friday.",
    "Borrower cursing, asked us to stop calling at work.", "Military - SCRA verified via DMDC, active duty.",
)
ILLNESSES = ("cancer", "breast cancer", "a stroke", "COVID", "kidney failure", "a heart attack", "depression",
             "a back surgery", "MS", "pregnancy complications")
RELATIONS = ("wife", "husband", "mother", "father", "sister", "brother", "daughter", "son", "girlfriend",
             "boyfriend", "roommate", "ex-wife")
PLACES = ("Kuwait", "Poland", "Germany", "South Korea", "Djibouti", "Douglas County", "Lancaster County",
          "Sarpy County")
ABROAD = (("Germany", "DE"), ("Germany", "DE"), ("the UK", "GB"), ("Ireland", "IE"), ("Spain", "ES"),
          ("Portugal", "PT"), ("the Netherlands", "NL"), ("Italy", "IT"), ("Poland", "PL"), ("France", "FR"))
BICS = {"DE": ("DEUTDEFFXXX", "COBADEFFXXX", "INGDDEFFXXX"), "GB": ("BARCGB22", "NWBKGB2L", "MONZGB2L"),
        "IE": ("AIBKIE2D", "BOFIIE2D"), "ES": ("CAIXESBBXXX", "BBVAESMM"), "PT": ("CGDIPTPL", "BCOMPTPL"),
        "NL": ("INGBNL2A", "ABNANL2A"), "IT": ("UNCRITMM", "BCITITMM"), "PL": ("PKOPPLPW", "BREXPLPW"),
        "FR": ("BNPAFRPP", "SOGEFRPP")}
USER_AGENTS = (
    "Bluestem/3.8.2 (com.bluestemcredit.app; build:3820; iOS 18.1.1) Alamofire/5.9.1",
    "Bluestem/3.8.1 (com.bluestemcredit.app; build:3811; iOS 17.6.1) Alamofire/5.9.1",
    "okhttp/4.12.0 Bluestem-Android/3.8.2 (Android 14; SM-S921U)",
    "okhttp/4.12.0 Bluestem-Android/3.8.0 (Android 13; moto g stylus 5G)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 "
    "Mobile Safari/537.36",
)
DECLINE_REASONS = ("CREDIT_SCORE_BELOW_MINIMUM", "DTI_TOO_HIGH", "INSUFFICIENT_INCOME", "RECENT_BANKRUPTCY",
                   "TOO_MANY_INQUIRIES", "UNABLE_TO_VERIFY_IDENTITY", "DELINQUENT_ACCOUNTS", "STATE_NOT_SERVED")
MIGRATIONS = ("init", "add_application", "add_kyc_check", "user_phone_verified", "add_bank_link",
              "application_form_data_json", "session_ip_user_agent", "add_referral_code", "app_config",
              "kyc_face_match_score", "application_decline_reasons", "user_soft_delete", "add_device_id",
              "bank_link_status", "application_loan_no")


@dataclass
class Lender:
    """Every table's original rows (in COLUMNS order), and the personal values a leak check wants."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)  # people's, casefolded (not the company's, merchants' or partners')
    ibans: set[str] = field(default_factory=set)  # people's IBANs, compact, upper case


def aba_routing(first_eight: str) -> str:
    """An ABA routing number: eight digits and the check digit of weights 3 7 1."""
    total = sum(int(d) * w for d, w in zip(first_eight, (3, 7, 1, 3, 7, 1, 3, 7)))
    return first_eight + str(-total % 10)


def _ssn(rng: random.Random) -> str:
    """A Social Security number as the SSA issues them: area 001-899 but 666, group 01-99,
    serial 0001-9999."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _itin(rng: random.Random) -> str:
    """An IRS Individual Taxpayer Identification Number: 9XX-[70-88]-XXXX."""
    return f"9{rng.randint(0, 99):02d}-{rng.randint(70, 88)}-{rng.randint(1, 9999):04d}"


def _ein(rng: random.Random) -> str:
    """An Employer Identification Number, XX-XXXXXXX with an IRS campus prefix."""
    return f"{rng.choice((47, 81, 82, 83, 84, 85, 86, 87, 88, 20, 26, 27, 45, 46))}-{rng.randint(0, 9999999):07d}"


def _licence(rng: random.Random, state: str) -> str:
    """A driver's licence number in its state's format."""
    digits = lambda k: "".join(rng.choices(string.digits, k=k))  # noqa: E731
    if state == "NE":
        return rng.choice(string.ascii_uppercase[:8]) + digits(rng.choice((6, 7, 8)))
    if state == "IA":
        return digits(3) + "".join(rng.choices(string.ascii_uppercase, k=2)) + digits(4)
    if state == "KS":
        return f"K{digits(2)}-{digits(2)}-{digits(4)}"
    if state == "MO":
        return rng.choice(string.ascii_uppercase) + digits(rng.choice((6, 8, 9)))
    if state == "CO":
        return f"{digits(2)}-{digits(3)}-{digits(4)}"
    return digits(8)  # TX


def _cuid(rng: random.Random, when: str) -> str:
    """A cuid as Prisma's @default(cuid()) makes it: c, the time in base 36, a counter, a
    fingerprint and random characters, 25 in all."""
    stamp = int(dt.datetime.fromisoformat(when).timestamp() * 1000)
    alphabet = string.digits + string.ascii_lowercase
    head = ""
    while stamp:
        stamp, r = divmod(stamp, 36)
        head = alphabet[r] + head
    return "c" + head[-8:] + "".join(rng.choices(alphabet, k=16))


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _bcrypt(rng: random.Random) -> str:
    alphabet = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    return "$2b$10$" + "".join(rng.choices(alphabet, k=53))


def _jpeg(rng: random.Random, comment: bytes) -> bytes:
    """A JFIF file's framing (SOI, APP0, a comment, the scan's bytes, EOI)."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(400, 1000))).replace(b"\xff", b"\xfe")
    return b"\xff\xd8" + app0 + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + body + b"\xff\xd9"


def _fill(template: str | None, **makers: Any) -> str | None:
    """`template` with its fields filled; a field's maker is called only when the template
    has the field, so no value is drawn for nothing."""
    if template is None:
        return None
    return template.format(**{key: make() for key, make in makers.items() if "{" + key + "}" in template})


def _at(day: dt.date, rng: random.Random, hours: tuple[int, int] = (8, 18)) -> str:
    return f"{day.isoformat()} {rng.randint(*hours):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _moment(rng: random.Random, first: int, last: int, hours: tuple[int, int] = (8, 18)) -> str:
    """A moment between two years, never after the day of the dump."""
    start, end = dt.date(first, 1, 1), min(dt.date(last, 12, 31), TODAY)
    return _at(start + dt.timedelta(days=rng.randint(0, (end - start).days)), rng, hours)


def _after(rng: random.Random, when: str, within: int = 400) -> str:
    """A moment after `when` and not after the day of the dump."""
    start = dt.date.fromisoformat(when[:10])
    if start >= TODAY:
        return when
    later = _at(start + dt.timedelta(days=rng.randint(0, min(within, (TODAY - start).days))), rng, (0, 23))
    return later if later > when else when


def _midnight(day: str) -> str:
    """An Access date: a datetime at midnight."""
    return f"{day[:10]} 00:00:00"


def _ip(rng: random.Random) -> str:
    """An address of a US access network: Comcast, Charter, AT&T, Cox, T-Mobile."""
    if rng.random() < 0.2:
        prefix = rng.choice(("2601:2c3:", "2600:1700:", "2603:6000:", "2607:fb90:", "2600:387:"))
        return prefix + f"{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::" \
            f"{rng.randint(1, 65535):x}"
    return apps.ipv4(rng, (24, 50, 63, 68, 70, 71, 72, 73, 75, 76, 96, 97, 98, 99, 107, 108, 172, 174))


def _money(value: float | int | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


class _Maker(apps.Unique):
    """Draws the lender's values; every phone, e-mail, account number and identifier it gives is new."""

    def __init__(self, rng: random.Random, m: Lender) -> None:
        super().__init__()
        self.rng = rng
        self.m = m

    def digits(self, k: int) -> str:
        return "".join(self.rng.choices(string.digits, k=k))

    def phone(self, area: str) -> tuple[str, str]:
        """A NANP number as a person typed it, and its E.164 form; no 555 or N11 exchange."""
        rng = self.rng

        def draw() -> str:
            while True:
                exchange = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
                if exchange[1:] != "11" and exchange != "555":
                    return area + exchange + self.digits(4)

        d = self.unique(draw)
        typed = rng.choice((f"({d[:3]}) {d[3:6]}-{d[6:]}", f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                            f"{d[:3]}-{d[3:6]}-{d[6:]}", d, f"{d[:3]}.{d[3:6]}.{d[6:]}", f"+1{d}",
                            f"1-{d[:3]}-{d[3:6]}-{d[6:]}", f"+1 {d[:3]} {d[3:6]} {d[6:]}"))
        return typed, "+1" + d

    def email(self, first: str, last: str, domains: tuple[str, ...] = MAIL_DOMAINS, year: str = "") -> str:
        rng = self.rng
        given, family = apps.ascii_fold(first), apps.ascii_fold(last)
        base = rng.choice((f"{given}.{family}", f"{given}{family}", f"{given[0]}{family}", f"{given}_{family}",
                           f"{given}{family[0]}", f"{given}{year[2:] or rng.randint(70, 99)}",
                           f"{family}.{given}", f"{given}.{family}{year or rng.randint(1, 99)}",
                           f"{given[:3]}{family[:4]}{rng.randint(1, 999)}"))
        while True:
            local = base if rng.random() < 0.6 else base + str(rng.randint(1, 99))
            address = f"{local}@{rng.choice(domains)}"
            if address.casefold() not in self.m.emails and address not in OWN_MAILBOXES:
                self.m.emails.add(address.casefold())
                return address

    def account_number(self, length: int) -> str:
        return self.unique(lambda: str(self.rng.randint(1, 9)) + self.digits(length - 1))

    def iban(self, country: str) -> str:
        """A person's IBAN, compact."""
        rng = self.rng

        def draw() -> str:
            if country == "DE":
                bban = rng.choice(("10070000", "50040000", "50010517")) + self.digits(10)
            elif country == "GB":
                bban = rng.choice(("BARC", "NWBK", "MONZ")) + self.digits(14)
            elif country == "IE":
                bban = rng.choice(("AIBK", "BOFI")) + self.digits(14)
            elif country == "ES":
                bban = rng.choice(("2100", "0182")) + self.digits(16)
            elif country == "PT":
                bban = rng.choice(("0035", "0033")) + self.digits(17)
            elif country == "NL":
                bban = rng.choice(("INGB", "ABNA")) + self.digits(10)
            elif country == "IT":
                bban = rng.choice(string.ascii_uppercase) + rng.choice(("02008", "03069")) + self.digits(17)
            elif country == "PL":
                bban = rng.choice(("10205561", "11402004")) + self.digits(16)
            else:  # FR
                bban = rng.choice(("30004", "30003")) + self.digits(18)
            return country + iban_check_digits(country, bban) + bban

        compact = self.unique(draw)
        self.m.ibans.add(compact)
        return compact


class _World:
    """The rows being drawn and what later tables need of earlier ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakes: dict[str, Faker] = {}
        for n, locale in enumerate(("en_US", "es_MX")):
            self.fakes[locale[:2]] = Faker(locale)
            self.fakes[locale[:2]].seed_instance(seed + n)
        self.m = Lender()
        self.make = _Maker(self.rng, self.m)
        for table in SCHEMA:
            self.m.rows[table] = []
        self.banks = [(name, aba_routing(head), length, plaid) for name, head, length, plaid in BANKS]
        self.own_routing = aba_routing("10400001")
        self.own_account = self.make.account_number(10)
        self.own_eur_iban = ""
        self.business_unit = _guid(self.rng)
        self.staff: list[dict] = []
        self.merchants: list[dict] = []
        self.people: list[dict] = []  # borrowers and applicants
        self.loans: list[dict] = []
        self.users: list[dict] = []
        self.cases: list[dict] = []

    def name(self, hispanic: bool, sex: str) -> tuple[str, str, str]:
        fake = self.fakes["es" if hispanic else "en"]
        first = fake.first_name_male() if sex == "M" else fake.first_name_female()
        middle = fake.first_name_male() if sex == "M" else fake.first_name_female()
        return first, middle, fake.last_name()

    def relative(self) -> str:
        first, _, last = self.name(self.rng.random() < 0.15, self.rng.choice("MF"))
        return f"{first} {last}"

    def place(self, state: str | None = None) -> tuple[str, str, str, str, float, float]:
        """A state, city, ZIP, area code and a point near the city."""
        rng = self.rng
        state = state or rng.choices(list(STATES), [STATES[s][0] for s in STATES])[0]
        city, areas, lat, lon, zips = rng.choice(STATES[state][1])
        return (state, city, rng.choice(zips), rng.choice(areas), round(lat + rng.uniform(-0.08, 0.08), 6),
                round(lon + rng.uniform(-0.1, 0.1), 6))

    def street(self) -> str:
        """A house number and a street, as US addresses are written (the unit apart)."""
        return f"{self.rng.randint(100, 19999)} {self.fakes['en'].street_name()}"


def _staff(w: _World) -> None:
    """The Dynamics users: the staff, with their initials for the Access database."""
    rng, make = w.rng, w.make
    titles = [t for t in STAFF_TITLES for _ in range(t[2])]
    initials_used: set[str] = set()
    for i in range(STAFF_COUNT):
        sex = rng.choice("MF")
        first, middle, last = w.name(rng.random() < 0.12, sex)
        title, officer, _ = titles[i] if i < len(titles) else rng.choice(titles)
        local = f"{apps.ascii_fold(first)}.{apps.ascii_fold(last)}"
        while f"{local}@{OWN_DOMAIN}".casefold() in w.m.emails:
            local += str(rng.randint(2, 9))
        upn = f"{local}@{OWN_DOMAIN}"
        w.m.emails.add(upn.casefold())
        initials = (first[0] + middle[0] + last[0]).upper()
        while initials in initials_used:
            initials = (first[0] + rng.choice(string.ascii_uppercase) + last[0]).upper()
        initials_used.add(initials)
        created = _moment(rng, 2016, 2025)
        sid = _guid(rng)
        mobile = make.phone(rng.choice(("402", "402", "531", "712")))[0] if rng.random() < 0.7 else None
        w.m.rows["systemuser"].append((
            sid, first, last, f"{first} {last}", upn,
            upn if rng.random() < 0.8 else f"{local.title()}@{OWN_DOMAIN}", mobile, title, w.business_unit,
            _guid(rng), str(rng.randint(400000, 2600000)) if officer else None, rng.random() < 0.08, created,
            rng.randint(10 ** 6, 10 ** 8), _after(rng, created)))
        w.staff.append({"id": sid, "first": first, "last": last, "initials": initials, "title": title})
    # the integration's application user
    w.m.rows["systemuser"].append((
        _guid(rng), "# Synapse", "Link", "# Synapse Link", f"synapse-link@{OWN_DOMAIN}", None, None, None,
        w.business_unit, _guid(rng), None, False, "2021-06-01 09:00:00", rng.randint(10 ** 6, 10 ** 8),
        "2021-06-01 09:00:00"))


def _accounts(w: _World) -> None:
    """The merchants and partners as Dynamics accounts, with a contact person for each merchant."""
    rng, make = w.rng, w.make
    used: set[str] = set()
    for n in range(30):
        while True:
            place, (trade, slug) = rng.choice(MERCHANT_PLACES), rng.choice(MERCHANT_TRADES)
            if (place, trade) not in used:
                used.add((place, trade))
                break
        state, city, zipcode, area, _, _ = w.place(rng.choice(("NE", "NE", "NE", "IA", "KS", "MO", "CO")))
        name = f"{place} {trade} {rng.choice(MERCHANT_SUFFIXES)}"
        domain = f"{place.lower().replace(' ', '')}{slug}.com"
        office = make.phone(area)[0]
        mailbox = f"{rng.choice(('office', 'info', 'financing', 'sales', 'contact'))}@{domain}"
        created = _moment(rng, 2018, 2025)
        aid = _guid(rng)
        first, _, last = w.name(rng.random() < 0.1, rng.choice("MFM"))
        contact = {"id": _guid(rng), "first": first, "last": last, "domain": domain, "office": office, "area": area,
                   "state": state, "city": city, "zip": zipcode, "account": aid, "created": created}
        w.m.rows["account"].append((
            aid, name, f"M-{10100 + n * 7}", 1, rng.choice((19, 19, 33)), office, mailbox, f"https://www.{domain}",
            w.street(), city, state, zipcode, _ein(rng), rng.choice((1, 2, 2, 3)),
            rng.choice(w.banks)[1], make.account_number(rng.choice((9, 10, 12))), contact["id"],
            0 if rng.random() < 0.9 else 1, created, _after(rng, created), rng.randint(10 ** 6, 10 ** 8),
            _after(rng, created)))
        w.merchants.append({"id": aid, "number": f"M-{10100 + n * 7}", "name": name, "contact": contact})
    for name, kind, phone, mailbox, site, street, city, state, zipcode in PARTNERS:
        created = _moment(rng, 2017, 2021)
        w.m.rows["account"].append((
            _guid(rng), name, None, kind, None, phone, mailbox, f"https://www.{site}", street, city, state, zipcode,
            _ein(rng), None, None, None, None, 0, created, _after(rng, created), rng.randint(10 ** 6, 10 ** 8),
            _after(rng, created)))
    created = "2017-03-01 09:00:00"
    w.m.rows["account"].append((
        _guid(rng), "Bluestem Credit, Inc.", "BSC-0001", 12, 33, OWN_PHONE, f"info@{OWN_DOMAIN}",
        f"https://www.{OWN_DOMAIN}", *OWN_ADDRESS, "47-3829104", None, w.own_routing, w.own_account, None, 0, created,
        _moment(rng, 2025, 2025), rng.randint(10 ** 6, 10 ** 8), _moment(rng, 2025, 2025)))


def _contact_row(w: _World, **v: Any) -> None:
    rng = w.rng
    created = v.get("created") or _moment(rng, 2019, 2025)
    full = " ".join(x for x in (v.get("first"), v.get("last")) if x)
    w.m.rows["contact"].append((
        v["id"], v.get("first"), v.get("middle"), v.get("last"), full, v.get("email"), v.get("email2"),
        v.get("phone"), v.get("mobile"), v.get("street"), v.get("street2"), v.get("city"), v.get("state"),
        v.get("zip"), v.get("lat"), v.get("lon"), v.get("born"), v.get("gender"), v.get("family"),
        v.get("income"), v.get("job"), v.get("parent"), v.get("ssn_typed"), v.get("score"), v.get("employer"),
        v.get("mla"), v.get("language"), v.get("no_email", False), v.get("no_phone", False), v.get("description"),
        v.get("owner"), v.get("state_code", 0), v.get("status_code", 1), created, _after(rng, created),
        rng.randint(10 ** 6, 10 ** 8), _after(rng, created)))


DESCRIPTIONS = (
    None, None, None, None, None, None, None, None, None,
    "Spouse {relative} authorized to discuss account (verbal auth on file). Her cell {phone}.",
    "Hearing impaired - use relay service, prefers email {email}.",
    "Prefers Spanish. Text only, works nights.",
    "Deployed until {date} (SCRA). POA: {relative}, {phone}.",
    "Chapter 13 filed {date}, do not contact directly - attorney office {work}.",
    "Do NOT call at work ({work}). Best time after 6pm.",
    "Referred by {merchant}. Roof replacement after hail storm.",
    "Income verified w/ paystub, second job at {employer2}.",
    "Customer on disability (SSDI) since {year}, award letter uploaded.",
    "Old email {email2} bounces, use the gmail.",
    "Fraud alert on credit file - call {phone} to verify before funding.",
)


def _borrowers(w: _World) -> None:
    """The people who applied: contacts in Dynamics, and for the funded ones a row in Access's
    Borrower Master keyed on their SSN."""
    rng, make = w.rng, w.make
    families = (1, 1, 2, 2, 2, 3, 4, None, None)
    for n in range(BORROWER_COUNT):
        sex = rng.choice("MF")
        hispanic = rng.random() < 0.16
        first, middle, last = w.name(hispanic, sex)
        state, city, zipcode, area, lat, lon = w.place()
        born = apps.day(rng, 1952, 2003)
        military = rng.random() < 0.05 and born > "1975"
        employer, employer_phone = rng.choice(EMPLOYERS)
        job = rng.choice(JOBS)
        if military:
            employer, employer_phone = rng.choice([e for e in EMPLOYERS if e[0] in MILITARY_EMPLOYERS])
            job = rng.choice(MILITARY_JOBS)
        if job in MILITARY_JOBS and not military:
            job = "Warehouse Associate"
        itin = hispanic and rng.random() < 0.25
        ssn = make.unique(lambda: _itin(rng) if itin else _ssn(rng))
        mobile, mobile_e164 = make.phone(area)
        home = make.phone(area)[0] if rng.random() < 0.3 else None
        email = make.email(first, last, year=born[:4]) if rng.random() < 0.95 else None
        income = (rng.choice((18, 24, 28, 32, 36, 40, 45, 52, 60, 68, 75, 90, 110, 140)) * 1000
                  + rng.randint(0, 40) * 100)
        funded = rng.random() < 0.75
        if employer_phone and rng.random() < 0.7:
            work = f"({employer_phone[0]}) {employer_phone[1]}" + (f" x{rng.randint(100, 9999)}" if rng.random() < 0.4
                                                                     else "")
        elif rng.random() < 0.5:
            work = make.phone(area)[0]
        else:
            work = None
        p = {"id": _guid(rng), "first": first, "middle": middle, "last": last, "sex": sex, "hispanic": hispanic,
             "state": state, "city": city, "zip": zipcode, "area": area, "born": born, "ssn": ssn, "mobile": mobile,
             "e164": mobile_e164, "home": home, "email": email, "income": income, "funded": funded,
             "employer": employer, "work": work, "job": job, "military": military, "street": w.street(),
             "street2": rng.choice(("Apt 2B", "Apt 14", "Unit 305", "Lot 47", "#3")) if rng.random() < 0.22 else None,
             "score": rng.randint(560, 820) if funded else rng.randint(480, 700), "iban": None, "abroad": None}
        bank = rng.choice(w.banks)
        p["bank"], p["routing"], p["account"] = bank[0], bank[1], make.account_number(bank[2])
        p["plaid"] = bank[3]
        description = _fill(rng.choice(DESCRIPTIONS), relative=w.relative, phone=lambda: make.phone(area)[0],
                            email=lambda: email or make.email(first, last), date=lambda: apps.day(rng, 2024, 2026),
                            work=lambda: work or make.phone(area)[0], merchant=lambda: rng.choice(w.merchants)["name"],
                            employer2=lambda: rng.choice(EMPLOYERS)[0], year=lambda: rng.randint(2015, 2024),
                            email2=lambda: make.email(first, last, ("yahoo.com", "aol.com", "hotmail.com")))
        _contact_row(
            w, id=p["id"], first=first, middle=middle if rng.random() < 0.5 else None, last=last, email=email,
            email2=make.email(first, last) if email and rng.random() < 0.08 else None, phone=home, mobile=mobile,
            street=p["street"], street2=p["street2"], city=city, state=state, zip=zipcode, lat=lat, lon=lon,
            born=born, gender=rng.choice(({"M": 1, "F": 2}[sex],) * 9 + (None,)), family=rng.choice(families),
            income=_money(income), job=job, ssn_typed=ssn if rng.random() < 0.7 else ssn.replace("-", ""),
            score=p["score"], employer=employer, mla=military, language=(2 if hispanic and rng.random() < 0.6
                                                                          else 1),
            no_email=rng.random() < 0.05, no_phone=rng.random() < 0.07, description=description,
            owner=rng.choice(w.staff)["id"], status_code=1 if funded else rng.choice((1, 2)))
        w.people.append(p)
        if funded:
            added = _moment(rng, 2019, 2025)
            p["added"] = added
            w.m.rows["Borrower Master"].append((
                ssn, p["id"], last.upper() if rng.random() < 0.3 else last, first, middle[0] if rng.random() < 0.7
                else None, p["street"] + (f" {p['street2']}" if p["street2"] else ""), city, state, zipcode, home,
                mobile, email, _midnight(born), employer, work, _money(income / 12), p["routing"], p["account"],
                rng.choice("CCCCS"), military, rng.random() < 0.04, _midnight(added),
                rng.choice(w.staff)["initials"]))
    for merchant in w.merchants:
        c = merchant["contact"]
        email = f"{apps.ascii_fold(c['first'])}@{c['domain']}" if rng.random() < 0.6 else \
            f"{apps.ascii_fold(c['first'])[0]}{apps.ascii_fold(c['last'])}@{c['domain']}"
        w.m.emails.add(email.casefold())
        _contact_row(w, id=c["id"], first=c["first"], last=c["last"], email=email, phone=c["office"],
                     mobile=make.phone(c["area"])[0] if rng.random() < 0.8 else None, city=c["city"],
                     state=c["state"], zip=c["zip"], job=rng.choice(MERCHANT_ROLES), parent=c["account"],
                     language=1, owner=rng.choice(w.staff)["id"], created=c["created"])


def _loans(w: _World) -> None:
    """Access: products, loans, payments, collection notes and refunds."""
    rng, make = w.rng, w.make
    for code, name, low, high, apr_low, apr_high, terms, fee, active, _ in PRODUCTS:
        w.m.rows["Loan Products"].append((code, name, Decimal(low), Decimal(high), Decimal(apr_low),
                                          Decimal(apr_high), terms, Decimal(fee), active))
    purposes = [p for p, weight in PURPOSES for _ in range(weight)]
    serial = 1000
    for p in [p for p in w.people if p["funded"]]:
        for k in range(rng.choice((1, 1, 1, 1, 2))):
            serial += rng.randint(1, 40)
            purpose = rng.choice(purposes)
            merchant = None
            if p["military"]:
                product = PRODUCTS[6]
            elif purpose == "Home improvement" and rng.random() < 0.8:
                product = PRODUCTS[rng.choice((3, 3, 4))]
                merchant = rng.choice(w.merchants)
            elif purpose in ("Medical bills", "Dental work") and rng.random() < 0.3:
                product = PRODUCTS[5]
            elif purpose == "Debt consolidation":
                product = PRODUCTS[2]
            else:
                product = PRODUCTS[rng.choice((0, 0, 0, 1))]
            body = product[9] + f"{serial:07d}"[-7:]
            number = body + luhn_digit(body)
            lo, hi = int(product[2]), int(product[3])
            principal = _money(rng.randint(lo // 100, min(hi, 20000) // 100) * 100)
            apr = Decimal(str(round(rng.uniform(float(product[4]), float(product[5])), 3)))
            term = int(rng.choice(product[6].split(",")))
            rate = float(apr) / 1200
            payment = _money(float(principal) / term if rate == 0 else
                             float(principal) * rate / (1 - (1 + rate) ** -term))
            note_day = p["added"][:10] if k == 0 else _moment(rng, int(p["added"][:4]), 2025)[:10]
            funded = (dt.date.fromisoformat(note_day) + dt.timedelta(days=rng.randint(1, 4))).isoformat()
            if funded > TODAY.isoformat():
                funded = TODAY.isoformat()
            months = max(0, (TODAY - dt.date.fromisoformat(funded)).days // 30)
            paid = min(months, term)
            status = rng.choices(("CURRENT", "DELINQ", "CHARGEOFF", "PAIDOFF", "BK"), (62, 14, 6, 15, 3))[0]
            if paid >= term:
                status = "PAIDOFF"
            balance = _money(0) if status == "PAIDOFF" else _money(float(principal) * (1 - paid / term) * 1.03)
            dpd = {"CURRENT": 0, "DELINQ": rng.choice((5, 12, 31, 45, 62, 90)), "CHARGEOFF": rng.choice((181, 210)),
                   "PAIDOFF": 0, "BK": rng.choice((0, 60, 120))}[status]
            co = rng.random() < 0.1
            co_name = w.relative() if co else None
            autopay = rng.random() < 0.7
            account = p["account"] if rng.random() < 0.9 else make.account_number(10)
            w.m.rows["Loan Master"].append((
                number, p["ssn"], co_name, make.unique(lambda: _ssn(rng)) if co else None, product[0],
                merchant["number"] if merchant else None, _midnight(note_day), _midnight(funded), principal, apr,
                term, payment, rng.randint(1, 28), balance, dpd, status, purpose, autopay,
                p["routing"] if autopay else None, account if autopay else None))
            loan = {"no": number, "person": p, "payment": payment, "funded": funded, "paid": paid, "status": status,
                    "principal": principal, "apr": apr, "purpose": purpose, "coborrower": co_name}
            w.loans.append(loan)
    trace = 1
    for loan in w.loans:
        for month in range(loan["paid"]):
            day = dt.date.fromisoformat(loan["funded"]) + dt.timedelta(days=30 * (month + 1))
            if day > TODAY:
                break
            if day < ARCHIVED:  # older payments were moved to the archive database
                continue
            trace += rng.randint(1, 30)
            interest = _money(float(loan["payment"]) * rng.uniform(0.1, 0.45))
            returned = rng.random() < 0.04
            memo = rng.choice(("AUTOPAY", "AUTOPAY", "AUTOPAY", "WEB PMT", "IVR PMT", None, None,
                               f"CHECK #{rng.randint(1001, 4999)}", "MONEYGRAM", "DEBIT CARD"))
            if rng.random() < 0.03:
                memo = rng.choice((f"Paid by {w.relative()} debit x{rng.randint(1000, 9999)}",
                                   f"3P pmt - {w.relative()} ({rng.choice(RELATIONS)})",
                                   f"Cust called from {make.phone(loan['person']['area'])[0]}"))
            w.m.rows["Payment History"].append((
                len(w.m.rows["Payment History"]) + 1, loan["no"], _midnight(day.isoformat()),
                _midnight(day.isoformat()), "NSF" if returned else "PMT", loan["payment"],
                _money(loan["payment"] - interest), interest, _money(25 if returned else 0),
                w.own_routing[:8] + f"{trace:07d}",
                rng.choice(("R01", "R01", "R02", "R08", "R10")) if returned else None,
                rng.choice(w.staff)["initials"] if memo and "AUTO" not in memo else None, memo))
        if loan["status"] in ("DELINQ", "CHARGEOFF", "BK") or rng.random() < 0.08:
            p = loan["person"]
            for _ in range(rng.randint(1, 5)):
                when = _moment(rng, max(2020, int(loan["funded"][:4])), 2025, (8, 20))
                action = rng.choice(("LM", "LM", "RPC", "PTP", "WN", "NA", "SKIP", "3P", "EML"))
                text = _fill(rng.choice(NOTE_TEXTS), amount=lambda: f"{loan['payment']:.2f}",
                             date=lambda: apps.day(rng, 2025, 2025)[5:].replace("-", "/"),
                             email=lambda: p["email"] or make.email(p["first"], p["last"]), relative=w.relative,
                             relation=lambda: rng.choice(RELATIONS), place=lambda: rng.choice(PLACES),
                             last4=lambda: make.digits(4), illness=lambda: rng.choice(ILLNESSES),
                             phone=lambda: make.phone(p["area"])[0], year=lambda: rng.randint(20, 25),
                             case=lambda: make.digits(5),
                             attorney=lambda: f"{w.relative()}, {make.phone(p['area'])[0]}",
                             country=lambda: _abroad(w, p)[0], iban=lambda: _iban_typed(w, p),
                             work=lambda: p["work"] or make.phone(p["area"])[0])
                ptp = action == "PTP"
                w.m.rows["Collection Notes"].append((
                    len(w.m.rows["Collection Notes"]) + 1, loan["no"], when, rng.choice(w.staff)["initials"], action,
                    rng.choice((p["mobile"], p["mobile"], p["home"] or p["mobile"], p["work"] or p["mobile"]))
                    if action in ("LM", "RPC", "PTP", "WN", "NA") else None, text,
                    loan["payment"] if ptp else None, _midnight(_after(rng, when, 14)) if ptp else None))
    _refunds(w)


def _abroad(w: _World, p: dict) -> tuple[str, str]:
    """The country a borrower moved to (drawn once)."""
    if not p["abroad"]:
        p["abroad"] = w.rng.choice(ABROAD)
    return p["abroad"]


def _iban_typed(w: _World, p: dict) -> str:
    """The borrower's IBAN abroad, as typed (grouped or compact)."""
    if not p["iban"]:
        p["iban"] = w.make.iban(_abroad(w, p)[1])
    return grouped(p["iban"]) if w.rng.random() < 0.5 else p["iban"]


def _refunds(w: _World) -> None:
    rng = w.rng
    paid_off = [loan for loan in w.loans if loan["status"] == "PAIDOFF"] or w.loans
    for n, loan in enumerate(rng.sample(paid_off, min(40, len(paid_off))) + rng.sample(w.loans, 8), 1):
        p = loan["person"]
        method = rng.choices(("ACH", "CHECK", "WIRE"), (60, 28, 12))[0]
        if p["iban"] or p["abroad"]:
            method = "WIRE"
        when = _moment(rng, max(2020, int(loan["funded"][:4])), 2025)
        iban = bic = None
        if method == "WIRE":
            iban = _iban_typed(w, p)
            bic = rng.choice(BICS[p["abroad"][1]])
        w.m.rows["Refunds"].append((
            n, loan["no"], _midnight(when), _money(rng.randint(500, 40000) / 100),
            rng.choice(("Overpayment at payoff", "Overpayment at payoff", "Fee reversal", "Duplicate payment",
                        "SCRA interest refund", "CFPB complaint resolution")),
            method, f"{p['first']} {p['last']}", f"{p['street']}, {p['city']}, {p['state']} {p['zip']}"
            if method == "CHECK" else None, p["routing"] if method == "ACH" else None,
            p["account"] if method == "ACH" else None, iban, bic,
            str(rng.randint(20000, 29999)) if method == "CHECK" else None,
            rng.choice([s for s in w.staff if "Supervisor" in s["title"] or "Controller" in s["title"]]
                       or w.staff)["initials"]))


def _cases(w: _World) -> None:
    """Dynamics cases (incidents) and notes (annotations), with the documents people uploaded."""
    rng, make = w.rng, w.make
    for n in range(150):
        p = rng.choice(w.people)
        title, kind, hardship = rng.choice(CASE_TITLES)
        created = _moment(rng, 2021, 2025)
        cfpb = f"{created[2:4]}{created[5:7]}{created[8:10]}-{make.digits(8)}" if title == "CFPB complaint" else None
        text = _fill(rng.choice(CASE_TEXTS), employer=lambda: p["employer"], date=lambda: apps.day(rng, 2024, 2026),
                     phone=lambda: make.phone(p["area"])[0], illness=lambda: rng.choice(ILLNESSES),
                     bank=lambda: p["bank"], email=lambda: p["email"] or make.email(p["first"], p["last"]),
                     relative=w.relative, relation=lambda: rng.choice(RELATIONS), cfpb=lambda: cfpb or make.digits(6),
                     work=lambda: p["work"] or make.phone(p["area"])[0], place=lambda: rng.choice(PLACES[:5]),
                     report=lambda: f"{rng.randint(24, 25)}-{make.digits(6)}", street=w.street,
                     city=lambda: p["city"], state=lambda: p["state"], zip=lambda: p["zip"],
                     country=lambda: _abroad(w, p)[0], iban=lambda: _iban_typed(w, p),
                     amount=lambda: f"{rng.randint(9, 30)}00")
        cid = _guid(rng)
        resolved = rng.random() < 0.7
        w.m.rows["incident"].append((
            cid, f"CAS-{n + 1024:05d}-{''.join(rng.choices(string.ascii_uppercase[:10] + string.digits, k=6))}",
            title, text, p["id"], "contact",
            100000000 if cfpb else rng.choice((1, 1, 2, 3)), kind, rng.choice((1, 2, 2, 3)),
            rng.choice(HARDSHIP) if hardship else None, cfpb, rng.choice(w.staff)["id"], 1 if resolved else 0,
            5 if resolved else 1, created, _after(rng, created, 60), rng.randint(10 ** 6, 10 ** 8),
            _after(rng, created, 60)))
        w.cases.append({"id": cid, "person": p, "title": title, "created": created})
    rows = w.m.rows["annotation"]

    def note(object_id: str, kind: str, subject: str, text: str | None, file: tuple[str, str, bytes] | None,
             when: str) -> None:
        filename, mimetype, data = file or (None, None, b"")
        rows.append((_guid(rng), object_id, kind, subject, text, filename, mimetype, len(data) if file else 0,
                     base64.b64encode(data).decode("ascii") if file else None, file is not None,
                     rng.choice(w.staff)["id"], when, rng.randint(10 ** 6, 10 ** 8), when))

    for p in rng.sample(w.people, 90):
        when = _moment(rng, 2021, 2025)
        kind = rng.choice(("paystub", "paystub", "license", "statement", "call"))
        if kind == "paystub":
            pdf = pdf_bytes([f"{p['employer']} - Earnings Statement", f"{p['first']} {p['last']}", p["street"],
                             f"{p['city']}, {p['state']} {p['zip']}", f"SSN: XXX-XX-{p['ssn'][-4:]}",
                             f"Gross pay: ${p['income'] / 26:,.2f}  YTD: ${p['income'] * 0.8:,.2f}"])
            note(p["id"], "contact", "Income verification", "Paystub received, income verified.",
                 (f"paystub_{apps.ascii_fold(p['last'])}_{when[:7]}.pdf", "application/pdf", pdf), when)
        elif kind == "license":
            note(p["id"], "contact", "ID verification", None,
                 (rng.choice((f"IMG_{rng.randint(1000, 9999)}.jpg", f"{p['first']} {p['last']} DL.jpg")),
                  "image/jpeg", _jpeg(rng, b"Apple iPhone 14")), when)
        elif kind == "statement":
            pdf = pdf_bytes([f"{p['bank']} - Account Statement", f"{p['first']} {p['last']}",
                             f"Account ending {p['account'][-4:]}", f"Routing {p['routing']}", "Beginning balance"])
            note(p["id"], "contact", "Bank statement", "Uploaded by customer via secure link.",
                 (f"Statement_{p['account'][-4:]}.pdf", "application/pdf", pdf), when)
        else:
            note(p["id"], "contact", "Phone call", _fill(rng.choice((
                "Called {phone}, spoke with borrower about autopay.", "Borrower asked to update email to {email}.",
                "Verified identity: DOB {born}, last 4 SSN {last4}.", "Left voicemail at {phone}.")),
                phone=lambda: p["mobile"], email=lambda: make.email(p["first"], p["last"]),
                born=lambda: p["born"], last4=lambda: p["ssn"][-4:]), None, when)
    for case in rng.sample(w.cases, 60):
        p = case["person"]
        if rng.random() < 0.4:
            note(case["id"], "incident", "Screenshot", "Customer's screenshot of bank transaction.",
                 ("image.png", "image/png", png_bytes(rng)), _after(rng, case["created"], 10))
        else:
            note(case["id"], "incident", rng.choice(("Follow-up", "Call notes", "Resolution")),
                 _fill(rng.choice(("Called back on {phone}, resolved.", "Sent hardship letter to {street}.",
                                   "Waived late fee, customer happy.", "Escalated to supervisor.",
                                   "Customer's {relation} {relative} called, not authorized.")),
                       phone=lambda: p["mobile"], street=lambda: f"{p['street']}, {p['city']}",
                       relation=lambda: rng.choice(RELATIONS), relative=w.relative),
                 None, _after(rng, case["created"], 30))


def _app(w: _World) -> None:
    """The Prisma service: users, sessions, applications, KYC checks, bank links, settings, migrations."""
    rng, make = w.rng, w.make
    for p in w.people:
        if not p["email"] or rng.random() > 0.88:
            continue
        created = _moment(rng, 2021, 2025)
        uid = _cuid(rng, created)
        email = p["email"] if rng.random() < 0.85 else make.email(p["first"], p["last"])
        seen = _after(rng, created) if rng.random() < 0.9 else None
        code = "".join(rng.choices(string.ascii_uppercase + string.digits, k=8))
        w.m.rows["User"].append((
            uid, email, _after(rng, created, 2) if rng.random() < 0.9 else None, p["e164"], rng.random() < 0.85,
            _bcrypt(rng), p["id"] if rng.random() < 0.95 else None, code, rng.random() < 0.4, seen,
            _ip(rng) if seen else None, created, _after(rng, created), None if rng.random() < 0.97 else
            _after(rng, created)))
        w.users.append({"id": uid, "email": email, "person": p, "created": created})
    for n in range(SESSION_COUNT):
        u = rng.choice(w.users)
        created = _moment(rng, 2025, 2025, (0, 23))
        w.m.rows["Session"].append((
            _cuid(rng, created), make.unique(lambda: b64(rng.randbytes(32), url=True)), u["id"],
            (dt.datetime.fromisoformat(created) + dt.timedelta(days=30)).isoformat(sep=" "), _ip(rng),
            rng.choice(USER_AGENTS), created))
    loans_of = {}
    for loan in w.loans:
        loans_of.setdefault(id(loan["person"]), []).append(loan)
    for u in w.users:
        p = u["person"]
        for k in range(rng.choice((1, 1, 1, 2))):
            created = _after(rng, u["created"], 200)
            loan = (loans_of.get(id(p)) or [None])[0] if k == 0 else None
            status = "FUNDED" if loan else rng.choices(("DECLINED", "WITHDRAWN", "DRAFT", "APPROVED", "SUBMITTED"),
                                                       (50, 15, 15, 10, 10))[0]
            purpose = loan["purpose"] if loan else rng.choice([q for q, _ in PURPOSES])
            submitted = None if status == "DRAFT" else _after(rng, created, 1)
            decided = _after(rng, submitted, 3) if status in ("FUNDED", "DECLINED", "APPROVED") else None
            housing = rng.choice(("RENT", "RENT", "OWN", "MORTGAGE", "FAMILY"))
            amount = int(loan["principal"]) if loan else rng.randint(10, 250) * 100
            form = {"applicant": {"firstName": p["first"], "lastName": p["last"], "dateOfBirth": p["born"],
                                  "ssn": f"***-**-{p['ssn'][-4:]}", "email": u["email"], "phone": p["e164"],
                                  "address": {"line1": p["street"], "line2": p["street2"], "city": p["city"],
                                              "state": p["state"], "zip": p["zip"]}},
                    "income": {"annual": p["income"], "source": "EMPLOYMENT", "employer": p["employer"],
                               "payFrequency": rng.choice(("BIWEEKLY", "WEEKLY", "SEMIMONTHLY", "MONTHLY"))},
                    "loan": {"amount": amount, "purpose": APP_PURPOSES[purpose]},
                    "consents": {"tcpa": rng.random() < 0.8, "esign": True, "creditPull": True,
                                 "version": "2024-08"}}
            if p["military"]:
                form["mla"] = {"coveredBorrower": True, "checkedAt": created}
            if rng.random() < 0.25:
                form["utm"] = {"source": rng.choice(("google", "creditkarma", "nerdwallet", "facebook")),
                               "campaign": rng.choice(("pl_brand", "dc_q3", "retarget"))}
            reasons = rng.sample(DECLINE_REASONS, rng.choice((1, 1, 2))) if status == "DECLINED" else None
            score = p["score"] if status != "DRAFT" else None
            aid = _cuid(rng, created)
            w.m.rows["Application"].append((
                aid, u["id"], u["email"], amount, APP_PURPOSES[purpose], rng.choice((24, 36, 48, 60)), status,
                p["income"], housing, rng.randint(6, 25) * 100 if housing != "OWN" else None,
                "MILITARY" if p["military"] else rng.choice(("FULL_TIME", "FULL_TIME", "PART_TIME", "SELF_EMPLOYED",
                                                             "RETIRED")),
                p["employer"], p["ssn"][-4:], score, json.dumps(reasons) if reasons else None,
                json.dumps(form, ensure_ascii=False), _ip(rng) if submitted else None,
                "".join(rng.choices(string.ascii_letters + string.digits, k=20)) if submitted else None,
                submitted, decided, loan["no"] if loan else None, created, decided or submitted or created))
            if submitted and rng.random() < 0.85:
                state = p["state"]
                doc = rng.choices(("DRIVERS_LICENSE", "STATE_ID", "PASSPORT"), (80, 12, 8))[0]
                when = _after(rng, submitted, 1)
                w.m.rows["KycCheck"].append((
                    _cuid(rng, when), aid, "persona", "inq_" + "".join(rng.choices(
                        "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", k=24)), doc,
                    make.unique(lambda: _licence(rng, state) if doc != "PASSPORT"
                                else rng.choice("5AE") + make.digits(8)), state if doc != "PASSPORT" else None,
                    apps.day(rng, 2026, 2033), _jpeg(rng, b"Persona selfie capture"),
                    _jpeg(rng, b"Persona government_id front"), round(rng.uniform(0.55, 0.999), 4),
                    round(rng.uniform(0.4, 0.999), 4), rng.choices(("PASSED", "FAILED", "REVIEW"), (85, 5, 10))[0],
                    when))
        if rng.random() < 0.6:
            created = _after(rng, u["created"], 30)
            bank = next(b for b in w.banks if b[0] == p["bank"])
            w.m.rows["BankLink"].append((
                _cuid(rng, created), u["id"], bank[3], bank[0], b64(rng.randbytes(27), url=True)[:37],
                f"access-production-{_guid(rng)}", p["account"][-4:], rng.choice(("checking", "checking", "savings")),
                rng.choice(("ACTIVE", "ACTIVE", "ACTIVE", "LOGIN_REQUIRED", "REVOKED")), created))
    own_eur = w.own_eur_iban
    config = (
        ("company.legalName", "Bluestem Credit, Inc."),
        ("company.nmlsId", "1893021"),
        ("company.ein", "47-3829104"),
        ("company.address", ", ".join(OWN_ADDRESS[:2]) + f", {OWN_ADDRESS[2]} {OWN_ADDRESS[3]}"),
        ("support.email", f"support@{OWN_DOMAIN}"),
        ("support.phone", OWN_PHONE),
        ("support.hours", "Mon-Fri 8am-8pm CT, Sat 9am-1pm CT"),
        ("privacy.email", f"privacy@{OWN_DOMAIN}"),
        ("ach.originatorRouting", w.own_routing),
        ("ach.originatorAccount", w.own_account),
        ("ach.companyId", "1473829104"),
        ("treasury.eurIban", grouped(own_eur)),
        ("plaid.clientId", "".join(rng.choices("0123456789abcdef", k=24))),
        ("plaid.env", "production"),
        ("persona.templateId", "itmpl_" + "".join(rng.choices(string.ascii_letters + string.digits, k=24))),
        ("lending.states", json.dumps(["NE", "IA", "KS", "MO", "CO", "TX"])),
        ("lending.maxAmount", "35000"),
        ("lending.minCreditScore", "580"),
        ("adverseAction.footer", f"Bluestem Credit, Inc., {OWN_ADDRESS[0]}, {OWN_ADDRESS[1]}, {OWN_ADDRESS[2]} "
                                 f"{OWN_ADDRESS[3]}. Questions: {OWN_PHONE} or disputes@{OWN_DOMAIN}. NMLS #1893021."),
        ("featureFlags", json.dumps({"instantFunding": True, "newKycFlow": False, "referralProgram": True})),
    )
    for key, value in config:
        w.m.rows["AppConfig"].append((key, value, _moment(rng, 2023, 2025)))
    start = dt.datetime(2022, 9, 14, 10, 3, 11)
    for n, name in enumerate(MIGRATIONS):
        start += dt.timedelta(days=rng.randint(12, 70), minutes=rng.randint(1, 600))
        stamp = start.strftime("%Y%m%d%H%M%S")
        begun = start.isoformat(sep=" ")
        w.m.rows["_prisma_migrations"].append((
            _guid(rng), hashlib.sha256(f"{stamp}_{name}".encode()).hexdigest(),
            (start + dt.timedelta(milliseconds=rng.randint(40, 900))).isoformat(sep=" ", timespec="seconds"),
            f"{stamp}_{name}", None, None, begun, 1))


def make_lender(seed: int = SEED) -> Lender:
    """The whole lender, the same for the same seed."""
    w = _World(seed)
    w.own_eur_iban = _company_iban(w.rng)
    _staff(w)
    _accounts(w)
    _borrowers(w)
    _loans(w)
    _cases(w)
    _app(w)
    return w.m


def _company_iban(rng: random.Random) -> str:
    """The company's EUR account (a Belgian IBAN at Wise), from which it pays European vendors;
    a Belgian account number ends with its first ten digits mod 97."""
    head = "967" + "".join(rng.choices(string.digits, k=7))
    bban = head + f"{int(head) % 97 or 97:02d}"
    return "BE" + iban_check_digits("BE", bban) + bban


def ddl(server: Any) -> list[str]:
    """The CREATE TABLE statements for `server`, every identifier quoted."""
    q = server.quote
    statements = []
    for table, columns in SCHEMA.items():
        parts = [f"{q(name)} {definition.format(**TYPES[server.name])}" for name, definition in columns]
        for fk in FOREIGN_KEYS:
            if fk["child"] == table:
                cols, parents = (", ".join(q(c) for c in fk[k]) for k in ("columns", "parent_columns"))
                parts.append(f"FOREIGN KEY ({cols}) REFERENCES {q(fk['parent'])} ({parents})")
        statements.append(f"CREATE TABLE {q(table)} ({', '.join(parts)})")
    return statements


def create(server: Any, db: str, m: Lender) -> None:
    """Create the schema on `server` (a support.databases.Server) and insert every row."""
    apps.create(server, db, ddl(server), COLUMNS, m.rows)


def load_labels(tool: str) -> dict:
    """tests/eleventh/labels.yml's section for `tool`."""
    return apps.load_labels(LABELS, tool)
