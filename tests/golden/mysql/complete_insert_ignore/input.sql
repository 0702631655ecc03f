CREATE TABLE `newsletter signups` (
  `e-mail` varchar(254) NOT NULL,
  `Name` varchar(200) DEFAULT NULL,
  `from` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`e-mail`)
);
INSERT IGNORE INTO `newsletter signups` (`e-mail`, `Name`, `from`) VALUES ('ann@example.io','Ann Lee','web'),('bob@example.io','Smith, Bob','shop');
REPLACE INTO `newsletter signups` (`from`, `e-mail`) VALUES ('app','zoe@example.io');
