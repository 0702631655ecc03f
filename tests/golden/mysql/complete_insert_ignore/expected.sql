CREATE TABLE `newsletter signups` (
  `e-mail` varchar(254) NOT NULL,
  `Name` varchar(200) DEFAULT NULL,
  `from` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`e-mail`)
);
INSERT IGNORE INTO `newsletter signups` (`e-mail`, `Name`, `from`) VALUES ('hharris1739@example.net','Natalie Mccoy','web'),('vanessa.newman2265@example.net','Gonzalez, Daniel','shop');
REPLACE INTO `newsletter signups` (`from`, `e-mail`) VALUES ('app','maria.clarke@example.org');
