/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `keepme`;
CREATE TABLE `keepme` (
  `id` int(11) NOT NULL,
  `label` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `keepme` WRITE;
INSERT INTO `keepme` VALUES
(1,'it\'s untouched'),
(2,'back\\slash\nnewline');
UNLOCK TABLES;
DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` int(11) NOT NULL,
  `email` varchar(254) NOT NULL,
  `first_name` varchar(50) DEFAULT NULL,
  `last_name` varchar(50) DEFAULT NULL,
  `ip` varchar(45) DEFAULT NULL,
  `bio` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `users` WRITE;
/*!40000 ALTER TABLE `users` DISABLE KEYS */;
INSERT INTO `users` VALUES
(1,'amber_barnes@example.org','Diana','Alvarez','2001:db8:bf9e:2d25:ebf0:1f0d:fabf:f582','redacted'),
(2,'vanessa.newman2265@example.net','DANIEL','GONZALEZ','191.110.138.97',NULL),
(3,'','Latoya','','83.214.54.157','');
/*!40000 ALTER TABLE `users` ENABLE KEYS */;
UNLOCK TABLES;
