/*M!999999\- enable the sandbox mode */ 
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `customer` (
  `customer_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(45) NOT NULL,
  `last_name` varchar(45) NOT NULL,
  `email` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`customer_id`)
) ENGINE=InnoDB AUTO_INCREMENT=600 DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;
INSERT INTO `customer` VALUES (1,'MARY','SMITH','MARY.SMITH@sakilacustomer.org');
INSERT INTO `customer` VALUES (2,'PATRICIA','JOHNSON','PATRICIA.JOHNSON@sakilacustomer.org');
INSERT INTO `customer` VALUES (3,'LINDA','WILLIAMS',NULL);
INSERT INTO `keepme` VALUES (1,'MARY');
