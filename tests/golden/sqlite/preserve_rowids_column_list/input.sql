PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE contacts (email TEXT, name TEXT);
INSERT INTO contacts(rowid,email,name) VALUES(2,'zoe@example.io','Zoë Martin');
INSERT INTO contacts(rowid,email,name) VALUES(3,'amy@example.io','Amy Li');
CREATE TABLE keepme (a TEXT);
INSERT INTO keepme(rowid,a) VALUES(1,'x');
COMMIT;
