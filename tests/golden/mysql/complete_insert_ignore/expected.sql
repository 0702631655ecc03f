CREATE TABLE `newsletter signups` (
  `e-mail` varchar(254) NOT NULL,
  `Name` varchar(200) DEFAULT NULL,
  `from` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`e-mail`)
);
INSERT IGNORE INTO `newsletter signups` (`e-mail`, `Name`, `from`) VALUES ('bsummers9390@example.com','Crystal Howell','web'),('kathleen_davis0@example.com','Bryant, James','shop');
REPLACE INTO `newsletter signups` (`from`, `e-mail`) VALUES ('app','cynthia_bradshaw@example.org');
