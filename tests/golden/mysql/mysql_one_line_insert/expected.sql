-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
CREATE TABLE `orders` (
  `id` int NOT NULL,
  `customer_email` varchar(120) NOT NULL,
  `comment` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
INSERT INTO `orders` VALUES (1,'vanessa.newman2265@example.net','x);\nINSERT INTO `orders` VALUES (9,\'evil\');'),(2,'amber_barnes@example.org',NULL),(3,'vanessa.newman2265@example.net','again');
CREATE TABLE `users` (
  `id` int NOT NULL,
  `email` varchar(120) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB;
INSERT INTO `users` VALUES (1,'vanessa.newman2265@example.net'),(2,'amber_barnes@example.org');
CREATE TABLE `keepme` (`id` int NOT NULL, `email` varchar(120));
INSERT INTO `keepme` VALUES (1,'bob@example.io');
