-- INTEGER PRIMARY KEY is SQLite's rowid; AUTOINCREMENT never hands out the id of a deleted row again.
CREATE TABLE items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(100) NOT NULL,
    description TEXT
);
