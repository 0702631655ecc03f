PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email VARCHAR(254) NOT NULL UNIQUE,
  first_name VARCHAR(50) NOT NULL,
  last_name VARCHAR(50) NOT NULL,
  phone VARCHAR(32),
  postal_address TEXT,
  last_login_ip VARCHAR(45),
  password_hash VARCHAR(255) NOT NULL,
  avatar BLOB,
  notes TEXT,
  created_at DATETIME NOT NULL
);
INSERT INTO users VALUES(1,'marie.dupont@gmail.com','Marie','Dupont','+33 6 12 34 56 78',replace('12 rue de l''Église\n75004 Paris\nFrance','\n',char(10)),'82.65.12.201','$2b$12$8Jq3dV1s0uB3mZ9mJH4E3e9v8C0xJmJfD6s3Qy1FQm7qkq7CkVb7u',NULL,'VIP customer, prefers calls after 6pm','2021-03-04 10:12:00');
INSERT INTO users VALUES(2,'John.Smith@Example.COM','John','Smith','(555) 010-0199',replace('742 Evergreen Terrace\nSpringfield, OR 97403','\n',char(10)),'2a01:cb19:8a2:5e00::1f','$2b$12$0b3Y1e7kFqSx0w6mH9yC2eW5J0q9S1uUe3E8Qp0H0bq3nA2a5lZ9W',NULL,NULL,'2021-07-19 08:45:31');
INSERT INTO users VALUES(3,'zoe.obrien@mail.test','Zoë','O''Brien','+353 1 555 0199',replace('"The Old Mill", Main St\nKinsale, Co. Cork','\n',char(10)),'198.51.100.7','$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$WnR3a0pQd2VyR2hsM2l6',X'89504e470d0a1a0a0000000d49484452','Said: "call me back" \ urgent','2022-01-02 17:00:00');
INSERT INTO users VALUES(4,'li.wei@example.cn','伟','李',NULL,NULL,NULL,'$2b$12$abcdefghijklmnopqrstuvCdefghijklmnopqrstuvwxyz0123456',NULL,'emoji 😀 and tab	here','2023-05-06 09:30:00');
CREATE TABLE products (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, price DECIMAL(10,2) NOT NULL);
INSERT INTO products VALUES(1,'Espresso machine',249);
INSERT INTO products VALUES(2,'Coffee beans 1kg',18.5);
INSERT INTO products VALUES(3,'Milk frother',39.899999999999998579);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  customer_email VARCHAR(254) NOT NULL REFERENCES users (email) ON UPDATE CASCADE,
  ship_name VARCHAR(120) NOT NULL,
  ship_address TEXT NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products (id),
  total DECIMAL(10,2) NOT NULL,
  placed_at DATETIME NOT NULL
);
INSERT INTO orders VALUES(1001,1,'marie.dupont@gmail.com','Marie Dupont',replace('12 rue de l''Église\n75004 Paris\nFrance','\n',char(10)),1,249,'2023-01-10 12:00:00');
INSERT INTO orders VALUES(1002,2,'John.Smith@Example.COM','John Smith',replace('742 Evergreen Terrace\nSpringfield, OR 97403','\n',char(10)),2,37,'2023-02-11 09:15:00');
INSERT INTO orders VALUES(1003,1,'marie.dupont@gmail.com','M. Dupont',replace('12 rue de l''Église\n75004 Paris\nFrance','\n',char(10)),3,39.899999999999998579,'2023-03-12 18:20:00');
INSERT INTO orders VALUES(1004,3,'zoe.obrien@mail.test','Zoë O''Brien',replace('"The Old Mill", Main St\nKinsale, Co. Cork','\n',char(10)),2,18.5,'2023-04-01 07:05:00');
CREATE TABLE sessions (id CHAR(32) PRIMARY KEY, user_id INTEGER NOT NULL, ip VARCHAR(45) NOT NULL, expires_at DATETIME NOT NULL);
INSERT INTO sessions VALUES('5e884898da28047151d0e56f8dc62927',3,'198.51.100.7','2023-06-02 00:00:00');
INSERT INTO sessions VALUES('9f86d081884c7d659a2feaa0c55ad015',1,'82.65.12.201','2023-06-01 00:00:00');
COMMIT;
