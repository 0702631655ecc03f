PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE contacts (email TEXT, name TEXT);
INSERT INTO contacts(rowid,email,name) VALUES(2,'maria.clarke@example.org','Diana Casey');
INSERT INTO contacts(rowid,email,name) VALUES(3,'bryanpennington@example.org','Lisa Morris');
CREATE TABLE keepme (a TEXT);
INSERT INTO keepme(rowid,a) VALUES(1,'x');
COMMIT;
