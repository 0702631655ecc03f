/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- Server version	10.11.19-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `orders`
--

DROP TABLE IF EXISTS `orders`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `orders` (
  `id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `customer_email` varchar(254) NOT NULL,
  `ship_name` varchar(120) NOT NULL,
  `ship_address` text NOT NULL,
  `product_id` int(10) unsigned NOT NULL,
  `total` decimal(10,2) NOT NULL,
  `placed_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_orders_user` (`user_id`),
  KEY `fk_orders_email` (`customer_email`),
  KEY `fk_orders_product` (`product_id`),
  CONSTRAINT `fk_orders_email` FOREIGN KEY (`customer_email`) REFERENCES `users` (`email`) ON UPDATE CASCADE,
  CONSTRAINT `fk_orders_product` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`),
  CONSTRAINT `fk_orders_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `orders`
--

LOCK TABLES `orders` WRITE;
/*!40000 ALTER TABLE `orders` DISABLE KEYS */;
INSERT INTO `orders` VALUES
(1001,1,'marie.dupont@gmail.com','Marie Dupont','12 rue de l\'Église\n75004 Paris\nFrance',1,249.00,'2023-01-10 12:00:00'),
(1002,2,'John.Smith@Example.COM','John Smith','742 Evergreen Terrace\nSpringfield, OR 97403',2,37.00,'2023-02-11 09:15:00'),
(1003,1,'marie.dupont@gmail.com','M. Dupont','12 rue de l\'Église\n75004 Paris\nFrance',3,39.90,'2023-03-12 18:20:00'),
(1004,3,'zoe.obrien@mail.test','Zoë O\'Brien','\"The Old Mill\", Main St\nKinsale, Co. Cork',2,18.50,'2023-04-01 07:05:00');
/*!40000 ALTER TABLE `orders` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `products`
--

DROP TABLE IF EXISTS `products`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `products` (
  `id` int(10) unsigned NOT NULL,
  `name` varchar(100) NOT NULL,
  `price` decimal(10,2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `products`
--

LOCK TABLES `products` WRITE;
/*!40000 ALTER TABLE `products` DISABLE KEYS */;
INSERT INTO `products` VALUES
(1,'Espresso machine',249.00),
(2,'Coffee beans 1kg',18.50),
(3,'Milk frother',39.90);
/*!40000 ALTER TABLE `products` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `sessions`
--

DROP TABLE IF EXISTS `sessions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `sessions` (
  `id` char(32) NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `ip` varchar(45) NOT NULL,
  `expires_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sessions`
--

LOCK TABLES `sessions` WRITE;
/*!40000 ALTER TABLE `sessions` DISABLE KEYS */;
INSERT INTO `sessions` VALUES
('5e884898da28047151d0e56f8dc62927',3,'198.51.100.7','2023-06-02 00:00:00'),
('9f86d081884c7d659a2feaa0c55ad015',1,'82.65.12.201','2023-06-01 00:00:00');
/*!40000 ALTER TABLE `sessions` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `users`
--

DROP TABLE IF EXISTS `users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `first_name` varchar(50) NOT NULL,
  `last_name` varchar(50) NOT NULL,
  `phone` varchar(32) DEFAULT NULL,
  `postal_address` text DEFAULT NULL,
  `last_login_ip` varchar(45) DEFAULT NULL,
  `password_hash` varchar(255) NOT NULL,
  `avatar` blob DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `users`
--

LOCK TABLES `users` WRITE;
/*!40000 ALTER TABLE `users` DISABLE KEYS */;
INSERT INTO `users` VALUES
(1,'marie.dupont@gmail.com','Marie','Dupont','+33 6 12 34 56 78','12 rue de l\'Église\n75004 Paris\nFrance','82.65.12.201','$2b$12$8Jq3dV1s0uB3mZ9mJH4E3e9v8C0xJmJfD6s3Qy1FQm7qkq7CkVb7u',NULL,'VIP customer, prefers calls after 6pm','2021-03-04 10:12:00'),
(2,'John.Smith@Example.COM','John','Smith','(555) 010-0199','742 Evergreen Terrace\nSpringfield, OR 97403','2a01:cb19:8a2:5e00::1f','$2b$12$0b3Y1e7kFqSx0w6mH9yC2eW5J0q9S1uUe3E8Qp0H0bq3nA2a5lZ9W',NULL,NULL,'2021-07-19 08:45:31'),
(3,'zoe.obrien@mail.test','Zoë','O\'Brien','+353 1 555 0199','\"The Old Mill\", Main St\nKinsale, Co. Cork','198.51.100.7','$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$WnR3a0pQd2VyR2hsM2l6','�PNG\r\n\Z\n\0\0\0\rIHDR','Said: \"call me back\" \\ urgent','2022-01-02 17:00:00'),
(4,'li.wei@example.cn','伟','李',NULL,NULL,NULL,'$2b$12$abcdefghijklmnopqrstuvCdefghijklmnopqrstuvwxyz0123456',NULL,'emoji 😀 and tab	here','2023-05-06 09:30:00');
/*!40000 ALTER TABLE `users` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-11-29  9:16:15
