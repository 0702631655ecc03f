-- Drupal 10 core tables as its installer creates them on MySQL/MariaDB (the User
-- entity's SQL storage: users, users_field_data, user__user_picture; system's
-- sessions; dblog's watchdog; the Comment entity: comment_field_data,
-- comment__comment_body), no table prefix. Drupal declares no foreign keys.

CREATE TABLE users (
  uid int(10) unsigned NOT NULL,
  uuid varchar(128) CHARACTER SET ascii NOT NULL,
  langcode varchar(12) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (uid),
  UNIQUE KEY user_field__uuid__value (uuid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='The base table for user entities.';

CREATE TABLE users_field_data (
  uid int(10) unsigned NOT NULL,
  langcode varchar(12) CHARACTER SET ascii NOT NULL,
  preferred_langcode varchar(12) CHARACTER SET ascii DEFAULT NULL,
  preferred_admin_langcode varchar(12) CHARACTER SET ascii DEFAULT NULL,
  name varchar(60) NOT NULL,
  pass varchar(255) DEFAULT NULL,
  mail varchar(254) DEFAULT NULL,
  timezone varchar(32) DEFAULT NULL,
  status tinyint(4) DEFAULT NULL,
  created int(11) NOT NULL,
  changed int(11) DEFAULT NULL,
  access int(11) NOT NULL,
  login int(11) DEFAULT NULL,
  init varchar(254) DEFAULT NULL,
  default_langcode tinyint(4) NOT NULL,
  PRIMARY KEY (uid,langcode),
  UNIQUE KEY user__name (name,langcode),
  KEY user__id__default_langcode__langcode (uid,default_langcode,langcode),
  KEY user_field__mail (mail(191)),
  KEY user_field__created (created),
  KEY user_field__access (access)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='The data table for user entities.';

CREATE TABLE user__user_picture (
  bundle varchar(128) CHARACTER SET ascii NOT NULL DEFAULT '',
  deleted tinyint(4) NOT NULL DEFAULT 0,
  entity_id int(10) unsigned NOT NULL,
  revision_id int(10) unsigned NOT NULL,
  langcode varchar(32) CHARACTER SET ascii NOT NULL DEFAULT '',
  delta int(10) unsigned NOT NULL,
  user_picture_target_id int(10) unsigned NOT NULL,
  user_picture_alt varchar(512) DEFAULT NULL,
  user_picture_title varchar(1024) DEFAULT NULL,
  user_picture_width int(10) unsigned DEFAULT NULL,
  user_picture_height int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (entity_id,deleted,delta,langcode),
  KEY bundle (bundle),
  KEY revision_id (revision_id),
  KEY user_picture_target_id (user_picture_target_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE sessions (
  uid int(10) unsigned NOT NULL,
  sid varchar(128) CHARACTER SET ascii NOT NULL,
  hostname varchar(128) NOT NULL DEFAULT '',
  timestamp bigint(20) NOT NULL DEFAULT 0,
  session longblob DEFAULT NULL,
  PRIMARY KEY (sid),
  KEY timestamp (timestamp),
  KEY uid (uid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE watchdog (
  wid bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  uid int(10) unsigned NOT NULL DEFAULT 0,
  type varchar(64) CHARACTER SET ascii NOT NULL DEFAULT '',
  message longtext NOT NULL,
  variables longblob NOT NULL,
  severity tinyint(3) unsigned NOT NULL DEFAULT 0,
  link text DEFAULT NULL,
  location text NOT NULL,
  referer text DEFAULT NULL,
  hostname varchar(128) NOT NULL DEFAULT '',
  timestamp bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (wid),
  KEY type (type),
  KEY uid (uid),
  KEY severity (severity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE comment_field_data (
  cid int(10) unsigned NOT NULL,
  comment_type varchar(32) CHARACTER SET ascii NOT NULL,
  langcode varchar(12) CHARACTER SET ascii NOT NULL,
  status tinyint(4) NOT NULL,
  uid int(10) unsigned NOT NULL,
  pid int(10) unsigned DEFAULT NULL,
  entity_id int(10) unsigned DEFAULT NULL,
  subject varchar(64) DEFAULT NULL,
  name varchar(60) DEFAULT NULL,
  mail varchar(254) DEFAULT NULL,
  homepage varchar(255) DEFAULT NULL,
  hostname varchar(128) DEFAULT NULL,
  created int(11) NOT NULL,
  changed int(11) DEFAULT NULL,
  thread varchar(255) NOT NULL,
  entity_type varchar(32) CHARACTER SET ascii NOT NULL,
  field_name varchar(32) CHARACTER SET ascii NOT NULL,
  default_langcode tinyint(4) NOT NULL,
  PRIMARY KEY (cid,langcode),
  KEY comment__id__default_langcode__langcode (cid,default_langcode,langcode),
  KEY comment_field__uid__target_id (uid),
  KEY comment_field__created (created)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE comment__comment_body (
  bundle varchar(128) CHARACTER SET ascii NOT NULL DEFAULT '',
  deleted tinyint(4) NOT NULL DEFAULT 0,
  entity_id int(10) unsigned NOT NULL,
  revision_id int(10) unsigned NOT NULL,
  langcode varchar(32) CHARACTER SET ascii NOT NULL DEFAULT '',
  delta int(10) unsigned NOT NULL,
  comment_body_value longtext NOT NULL,
  comment_body_format varchar(255) CHARACTER SET ascii DEFAULT NULL,
  PRIMARY KEY (entity_id,deleted,delta,langcode),
  KEY bundle (bundle),
  KEY revision_id (revision_id),
  KEY comment_body_format (comment_body_format)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
