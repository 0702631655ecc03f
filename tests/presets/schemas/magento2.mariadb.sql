-- Magento Open Source 2.4 tables as setup:install creates them on MySQL/MariaDB from
-- the modules' db_schema.xml (Customer, Sales, Quote, Newsletter, User), no table
-- prefix. The personal columns, keys and foreign keys are Magento's; of the wide
-- sales tables (sales_order has over 150 columns) only the personal columns and a
-- few business ones are created here.

CREATE TABLE customer_entity (
  entity_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  website_id smallint(5) unsigned DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  group_id smallint(5) unsigned NOT NULL DEFAULT 0,
  increment_id varchar(50) DEFAULT NULL,
  store_id smallint(5) unsigned DEFAULT 0,
  created_at timestamp NOT NULL DEFAULT current_timestamp(),
  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  is_active smallint(5) unsigned NOT NULL DEFAULT 1,
  disable_auto_group_change smallint(5) unsigned NOT NULL DEFAULT 0,
  created_in varchar(255) DEFAULT NULL,
  prefix varchar(40) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  middlename varchar(255) DEFAULT NULL,
  lastname varchar(255) DEFAULT NULL,
  suffix varchar(40) DEFAULT NULL,
  dob date DEFAULT NULL,
  password_hash varchar(128) DEFAULT NULL,
  rp_token varchar(128) DEFAULT NULL,
  rp_token_created_at datetime DEFAULT NULL,
  default_billing int(10) unsigned DEFAULT NULL,
  default_shipping int(10) unsigned DEFAULT NULL,
  taxvat varchar(50) DEFAULT NULL,
  confirmation varchar(64) DEFAULT NULL,
  gender smallint(5) unsigned DEFAULT NULL,
  failures_num smallint(6) DEFAULT 0,
  first_failure timestamp NULL DEFAULT NULL,
  lock_expires timestamp NULL DEFAULT NULL,
  session_cutoff timestamp NULL DEFAULT NULL,
  PRIMARY KEY (entity_id),
  UNIQUE KEY CUSTOMER_ENTITY_EMAIL_WEBSITE_ID (email,website_id),
  KEY CUSTOMER_ENTITY_WEBSITE_ID (website_id),
  KEY CUSTOMER_ENTITY_FIRSTNAME (firstname),
  KEY CUSTOMER_ENTITY_LASTNAME (lastname)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Customer Entity';

CREATE TABLE customer_address_entity (
  entity_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  increment_id varchar(50) DEFAULT NULL,
  parent_id int(10) unsigned DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT current_timestamp(),
  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  is_active smallint(5) unsigned NOT NULL DEFAULT 1,
  city varchar(255) NOT NULL,
  company varchar(255) DEFAULT NULL,
  country_id varchar(255) NOT NULL,
  fax varchar(255) DEFAULT NULL,
  firstname varchar(255) NOT NULL,
  lastname varchar(255) NOT NULL,
  middlename varchar(255) DEFAULT NULL,
  postcode varchar(255) DEFAULT NULL,
  prefix varchar(40) DEFAULT NULL,
  region varchar(255) DEFAULT NULL,
  region_id int(10) unsigned DEFAULT NULL,
  street text NOT NULL,
  suffix varchar(40) DEFAULT NULL,
  telephone varchar(255) NOT NULL,
  vat_id varchar(255) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY CUSTOMER_ADDRESS_ENTITY_PARENT_ID (parent_id),
  CONSTRAINT CUSTOMER_ADDRESS_ENTITY_PARENT_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES customer_entity (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Customer Address Entity';

CREATE TABLE customer_grid_flat (
  entity_id int(10) unsigned NOT NULL,
  name text DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  group_id int(11) DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  website_id int(11) DEFAULT NULL,
  billing_full text DEFAULT NULL,
  shipping_full text DEFAULT NULL,
  dob date DEFAULT NULL,
  billing_telephone varchar(255) DEFAULT NULL,
  billing_postcode varchar(255) DEFAULT NULL,
  billing_street varchar(255) DEFAULT NULL,
  billing_city varchar(255) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  FULLTEXT KEY CUSTOMER_GRID_FLAT_NAME_EMAIL_BILLING_FULL_SHIPPING_FULL (name,email,billing_full,shipping_full)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='customer_grid_flat';

CREATE TABLE customer_visitor (
  visitor_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  customer_id int(11) DEFAULT NULL,
  session_id varchar(1) DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT current_timestamp(),
  last_visit_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (visitor_id),
  KEY CUSTOMER_VISITOR_CUSTOMER_ID (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Visitor Table';

CREATE TABLE customer_log (
  log_id int(11) NOT NULL AUTO_INCREMENT,
  customer_id int(11) NOT NULL,
  last_login_at timestamp NULL DEFAULT NULL,
  last_logout_at timestamp NULL DEFAULT NULL,
  PRIMARY KEY (log_id),
  UNIQUE KEY CUSTOMER_LOG_CUSTOMER_ID (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Customer Log Table';

CREATE TABLE sales_order (
  entity_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  state varchar(32) DEFAULT NULL,
  status varchar(32) DEFAULT NULL,
  store_id smallint(5) unsigned DEFAULT NULL,
  customer_id int(10) unsigned DEFAULT NULL,
  grand_total decimal(20,4) DEFAULT NULL,
  increment_id varchar(32) DEFAULT NULL,
  customer_dob datetime DEFAULT NULL,
  customer_email varchar(128) DEFAULT NULL,
  customer_firstname varchar(128) DEFAULT NULL,
  customer_lastname varchar(128) DEFAULT NULL,
  customer_middlename varchar(128) DEFAULT NULL,
  customer_prefix varchar(32) DEFAULT NULL,
  customer_suffix varchar(32) DEFAULT NULL,
  customer_taxvat varchar(32) DEFAULT NULL,
  customer_note text DEFAULT NULL,
  remote_ip varchar(45) DEFAULT NULL,
  x_forwarded_for varchar(255) DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (entity_id),
  UNIQUE KEY SALES_ORDER_INCREMENT_ID_STORE_ID (increment_id,store_id),
  KEY SALES_ORDER_CUSTOMER_ID (customer_id),
  CONSTRAINT SALES_ORDER_CUSTOMER_ID_CUSTOMER_ENTITY_ENTITY_ID FOREIGN KEY (customer_id) REFERENCES customer_entity (entity_id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Order';

CREATE TABLE sales_order_address (
  entity_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  parent_id int(10) unsigned DEFAULT NULL,
  customer_address_id int(11) DEFAULT NULL,
  region_id int(11) DEFAULT NULL,
  customer_id int(11) DEFAULT NULL,
  fax varchar(255) DEFAULT NULL,
  region varchar(255) DEFAULT NULL,
  postcode varchar(255) DEFAULT NULL,
  lastname varchar(255) DEFAULT NULL,
  street varchar(255) DEFAULT NULL,
  city varchar(255) DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  telephone varchar(255) DEFAULT NULL,
  country_id varchar(2) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  address_type varchar(255) DEFAULT NULL,
  prefix varchar(255) DEFAULT NULL,
  middlename varchar(255) DEFAULT NULL,
  suffix varchar(255) DEFAULT NULL,
  company varchar(255) DEFAULT NULL,
  vat_id text DEFAULT NULL,
  PRIMARY KEY (entity_id),
  KEY SALES_ORDER_ADDRESS_PARENT_ID (parent_id),
  CONSTRAINT SALES_ORDER_ADDRESS_PARENT_ID_SALES_ORDER_ENTITY_ID FOREIGN KEY (parent_id) REFERENCES sales_order (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Order Address';

CREATE TABLE sales_order_grid (
  entity_id int(10) unsigned NOT NULL,
  status varchar(32) DEFAULT NULL,
  store_id smallint(5) unsigned DEFAULT NULL,
  customer_id int(10) unsigned DEFAULT NULL,
  grand_total decimal(20,4) DEFAULT NULL,
  increment_id varchar(50) DEFAULT NULL,
  billing_name varchar(255) DEFAULT NULL,
  shipping_name varchar(255) DEFAULT NULL,
  created_at timestamp NULL DEFAULT NULL,
  billing_address varchar(255) DEFAULT NULL,
  shipping_address varchar(255) DEFAULT NULL,
  customer_email varchar(255) DEFAULT NULL,
  customer_name varchar(255) DEFAULT NULL,
  PRIMARY KEY (entity_id),
  UNIQUE KEY SALES_ORDER_GRID_INCREMENT_ID_STORE_ID (increment_id,store_id),
  FULLTEXT KEY FTI_65B9E9925EC58F0C7C2E2F6379C233E7 (increment_id,billing_name,shipping_name,shipping_address,billing_address,customer_name,customer_email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Order Grid';

CREATE TABLE quote (
  entity_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  store_id smallint(5) unsigned NOT NULL DEFAULT 0,
  is_active smallint(5) unsigned DEFAULT 1,
  customer_id int(10) unsigned DEFAULT NULL,
  customer_email varchar(255) DEFAULT NULL,
  customer_prefix varchar(40) DEFAULT NULL,
  customer_firstname varchar(255) DEFAULT NULL,
  customer_middlename varchar(40) DEFAULT NULL,
  customer_lastname varchar(255) DEFAULT NULL,
  customer_suffix varchar(40) DEFAULT NULL,
  customer_dob datetime DEFAULT NULL,
  customer_note text DEFAULT NULL,
  remote_ip varchar(45) DEFAULT NULL,
  password_hash varchar(255) DEFAULT NULL,
  customer_taxvat varchar(255) DEFAULT NULL,
  grand_total decimal(20,4) DEFAULT 0.0000,
  PRIMARY KEY (entity_id),
  KEY QUOTE_CUSTOMER_ID_STORE_ID_IS_ACTIVE (customer_id,store_id,is_active)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Quote';

CREATE TABLE quote_address (
  address_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  quote_id int(10) unsigned NOT NULL DEFAULT 0,
  customer_id int(10) unsigned DEFAULT NULL,
  address_type varchar(10) DEFAULT NULL,
  email varchar(255) DEFAULT NULL,
  prefix varchar(40) DEFAULT NULL,
  firstname varchar(255) DEFAULT NULL,
  middlename varchar(40) DEFAULT NULL,
  lastname varchar(255) DEFAULT NULL,
  suffix varchar(40) DEFAULT NULL,
  company varchar(255) DEFAULT NULL,
  street varchar(255) DEFAULT NULL,
  city varchar(255) DEFAULT NULL,
  region varchar(255) DEFAULT NULL,
  postcode varchar(20) DEFAULT NULL,
  country_id varchar(30) DEFAULT NULL,
  telephone varchar(255) DEFAULT NULL,
  fax varchar(255) DEFAULT NULL,
  vat_id text DEFAULT NULL,
  PRIMARY KEY (address_id),
  KEY QUOTE_ADDRESS_QUOTE_ID (quote_id),
  CONSTRAINT QUOTE_ADDRESS_QUOTE_ID_QUOTE_ENTITY_ID FOREIGN KEY (quote_id) REFERENCES quote (entity_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Sales Flat Quote Address';

CREATE TABLE newsletter_subscriber (
  subscriber_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  store_id smallint(5) unsigned DEFAULT 0,
  change_status_at timestamp NULL DEFAULT NULL,
  customer_id int(10) unsigned NOT NULL DEFAULT 0,
  subscriber_email varchar(150) DEFAULT NULL,
  subscriber_status int(11) NOT NULL DEFAULT 0,
  subscriber_confirm_code varchar(32) DEFAULT 'NULL',
  PRIMARY KEY (subscriber_id),
  KEY NEWSLETTER_SUBSCRIBER_CUSTOMER_ID (customer_id),
  KEY NEWSLETTER_SUBSCRIBER_SUBSCRIBER_EMAIL (subscriber_email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Newsletter Subscriber';

CREATE TABLE admin_user (
  user_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  firstname varchar(32) DEFAULT NULL,
  lastname varchar(32) DEFAULT NULL,
  email varchar(128) DEFAULT NULL,
  username varchar(40) DEFAULT NULL,
  password varchar(255) NOT NULL,
  created timestamp NOT NULL DEFAULT current_timestamp(),
  modified timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  is_active smallint(6) NOT NULL DEFAULT 1,
  rp_token text DEFAULT NULL,
  interface_locale varchar(16) NOT NULL DEFAULT 'en_US',
  PRIMARY KEY (user_id),
  UNIQUE KEY ADMIN_USER_USERNAME (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Admin User Table';

CREATE TABLE admin_user_session (
  id int(10) unsigned NOT NULL AUTO_INCREMENT,
  session_id varchar(1) DEFAULT NULL,
  user_id int(10) unsigned DEFAULT NULL,
  status smallint(5) unsigned NOT NULL DEFAULT 1,
  created_at timestamp NOT NULL DEFAULT current_timestamp(),
  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  ip varchar(15) NOT NULL,
  PRIMARY KEY (id),
  KEY ADMIN_USER_SESSION_USER_ID (user_id),
  CONSTRAINT ADMIN_USER_SESSION_USER_ID_ADMIN_USER_USER_ID FOREIGN KEY (user_id) REFERENCES admin_user (user_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Admin User sessions table';
