CREATE TABLE `sessions` (
  `id` varchar(64) NOT NULL,
  `user_email` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`)
);
LOCK TABLES `sessions` WRITE;
UNLOCK TABLES;
CREATE TABLE `users` (`id` int NOT NULL, `email` varchar(254) NOT NULL, PRIMARY KEY (`id`));
INSERT INTO `users` VALUES (1,'vanessa.newman2265@example.net');
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `users_bi` BEFORE INSERT ON `users` FOR EACH ROW BEGIN
  INSERT INTO `sessions` VALUES ('trigger', NEW.email);
  SET @note = 'a;b;;c';
END */;;
DELIMITER ;
/*!50003 CREATE*/ /*!50020 DEFINER=`root`@`localhost`*/ /*!50003 FUNCTION `f`() RETURNS int(11) RETURN 1 */;
INSERT INTO `users` VALUES (2,'lindamcdonald35@example.org');
