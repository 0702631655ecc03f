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
INSERT INTO `people` VALUES (1,'person','Patricia','Barthelemy','pbarthelemy','emmanueldelaunay5768@example.org','1987-01-01','2024-02-07 10:20:30','FR1463874858208262809575616','4121 1195 7331 1366','75e5d3fa-0c49-4a6e-92b2-a149eb7e6b00','Gay','668, boulevard Lombard','Devaux','75000','Heard et McDonald (Îles)','pbkdf2_sha256$600000$qyg$XXFdpYJRzE3awZNp5YhLeUTMAQCRwAXIYw8NneoyDNE=','Call me at 06 32 63 76 76 or emmanueldelaunay5768@example.org','{\"contact\": {\"email\": \"emmanueldelaunay5768@example.org\", \"name\": \"Patricia Barthelemy\"}, \"theme\": \"dark\"}',45000.00,'* ** ** ** *** *56 78','AB-000-CD','sociologue','Action chien',NULL),(2,'company','Alexandre','Navarro','anavarro','aime.hardy22@example.com','1990-01-01','2023-12-22 23:59:59','DE85378123086905380637','5575940314069932','9e8bdcae-bf01-41d7-bc6d-42861b73024c','Acme GmbH','23, rue Suzanne Hubert','Duval','10000','MT','$2y$10$qqRtr5sJ30Lwid2DF8ozTOYFCXdo18T6Cav8W70vXSDSH.OSmE/sG','Support line 0256473679','{\"contact\": {\"email\": \"aime.hardy22@example.com\", \"name\": \"Alexandre Navarro\"}}',100000,'***-**-6789','B-XY 000','juge des enfants','',NULL);
CREATE TABLE `posts` (
  `id` int NOT NULL,
  `author_id` int NOT NULL,
  `body` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_author` FOREIGN KEY (`author_id`) REFERENCES `people` (`id`)
);
INSERT INTO `posts` VALUES (1,1,'See emmanueldelaunay5768@example.org, phone 06 32 63 76 76, IBAN FR14 6387 4858 2082 6280 9575 616'),(3,2,'Nothing personal, says Alexandre Navarro to Patricia');
