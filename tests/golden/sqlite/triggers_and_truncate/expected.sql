PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL, status TEXT);
INSERT INTO users VALUES(1,'vanessa.newman2265@example.net','x');
INSERT INTO users VALUES(2,'maria.clarke@example.org','y');
CREATE TABLE sessions (token TEXT PRIMARY KEY, user_email TEXT);
CREATE TABLE keepme (id INTEGER PRIMARY KEY, note TEXT);
INSERT INTO keepme VALUES(1,'END; CASE');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('users',2);
CREATE TRIGGER users_ai AFTER INSERT ON users
WHEN CASE WHEN NEW.status IS NULL THEN 1 ELSE 0 END = 1
BEGIN
  -- a comment; with a semicolon
  INSERT INTO sessions VALUES ('t;' || NEW.id, NEW.email);
  UPDATE users SET status = CASE WHEN NEW.email LIKE '%;%' THEN 'odd; END' ELSE 'new' END WHERE id = NEW.id;
END
;
CREATE VIEW v AS SELECT email, CASE WHEN status = 'x' THEN 'end;' END AS s FROM users;
COMMIT;
