-- SQLite: INTEGER PRIMARY KEY AUTOINCREMENT never hands out an id twice, even after deletes.
CREATE TABLE items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(100) NOT NULL,
    description TEXT
);
