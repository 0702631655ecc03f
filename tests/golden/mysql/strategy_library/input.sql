CREATE TABLE `keepme` (`id` int NOT NULL, PRIMARY KEY (`id`));
INSERT INTO `keepme` VALUES (1),(2);
CREATE TABLE `people` (
  `id` int NOT NULL,
  `kind` varchar(10),
  `first_name` varchar(50),
  `last_name` varchar(50),
  `login` varchar(50),
  `email` varchar(254),
  `birth` date,
  `seen_at` datetime,
  `iban` varchar(34),
  `card` varchar(25),
  `token` char(38),
  `company` varchar(100),
  `street` varchar(100),
  `city` varchar(50),
  `zip` varchar(10),
  `country` varchar(50),
  `pass` varchar(255),
  `bio` text,
  `prefs` json,
  `salary` decimal(10,2),
  `ssn` varchar(30),
  `plate` varchar(15),
  `job` varchar(100),
  `notes` text,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `u_email` (`email`)
);
INSERT INTO `people` VALUES (1,'person','Marie','Dupont','mdupont','marie.dupont@gmail.com','1987-06-14','2024-03-01 10:20:30','FR7630006000011234567890189','4970 1012 3456 7899','6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f','Acme SARL','12 rue de la Paix','Paris','75011','France','pbkdf2_sha256$600000$abc$ZmFrZWhhc2g=','Call me at 06 12 34 56 78 or marie.dupont@gmail.com','{"contact": {"email": "marie.dupont@gmail.com", "name": "Marie Dupont"}, "theme": "dark"}',45210.50,'1 87 06 75 123 456 78','AB-123-CD','Nurse','Likes hiking.',NULL),(2,'company','Jean','Martin','jmartin','contact@acme.example','1990-01-31','2023-12-31 23:59:59','DE89370400440532013000','5555555555554444','0b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9','Acme GmbH','5 Hauptstrasse','Berlin','10115','DE','$2y$10$abcdefghijklmnopqrstuuJ0yG8nG1Q5Q5Q5Q5Q5Q5Q5Q5Q5Q5Q5a','Support line +49 30 1234567','{"contact": {"email": "contact@acme.example", "name": "Jean Martin"}}',99999,'123-45-6789','B-XY 123','Engineer','',NULL),(3,'person','Zoé','Leroy','zleroy','zoe.leroy@free.fr','2001-02-28','2022-07-04 08:00:00','FR1420041010050500013M02606','378282246310005','{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}','Leroy & fils','3 place du Marché','Lyon','69003','FR','$P$B12345678abcdefghijklmnopqrstuv','Wrote to marie.dupont@gmail.com','{"contact": {"email": "zoe.leroy@free.fr"}}',31000,'2 01 02 69 123 456 00','AA-001-AA','Teacher','Reads a lot.','2024-01-02 00:00:00');
CREATE TABLE `posts` (
  `id` int NOT NULL,
  `author_id` int NOT NULL,
  `body` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_author` FOREIGN KEY (`author_id`) REFERENCES `people` (`id`)
);
INSERT INTO `posts` VALUES (1,1,'See marie.dupont@gmail.com, phone 06 12 34 56 78, IBAN FR76 3000 6000 0112 3456 7890 189'),(2,3,'Zoé here (zoe.leroy@free.fr)'),(3,2,'Nothing personal, says Jean Martin to Marie');
