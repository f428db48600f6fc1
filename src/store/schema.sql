-- The schema of a recall collection, as a new collection is created.
-- `store::schema` runs it, then sets `PRAGMA user_version` to its version.
--
-- Card states, written once per table below (`cards.state` for a card now,
-- `reviews.state_before` for a card as an answer found it):
--   0 new        never answered (no due day)
--   1 learning   answered, but the SM-2 repetition number n is below 2
--   2 young      interval below 21 days
--   3 mature     interval of 21 days or more
--   4 suspended  whatever the schedule
-- Rust reads these numbers (model::CardState) and never decides them.

CREATE TABLE config (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE decks (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT,
    created_at  INTEGER NOT NULL            -- unix seconds, UTC
);

CREATE TABLE cards (
    id           INTEGER PRIMARY KEY,
    deck_id      INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
    key          TEXT NOT NULL,             -- the card's id inside its deck
    ord          INTEGER NOT NULL,          -- position in the deck file
    front        TEXT NOT NULL,
    back         TEXT NOT NULL,
    explanation  TEXT,
    choices      TEXT,                      -- JSON array, multiple choice only
    answer       INTEGER,                   -- index of the right choice
    tags         TEXT NOT NULL DEFAULT '',  -- space-separated
    source       TEXT,
    reps         INTEGER NOT NULL DEFAULT 0,    -- SM-2 n
    interval     INTEGER NOT NULL DEFAULT 0,    -- SM-2 I, days
    ease         INTEGER NOT NULL DEFAULT 250,  -- SM-2 EF, hundredths
    lapses       INTEGER NOT NULL DEFAULT 0,
    due          INTEGER,                   -- local day number; NULL while new
    suspended    INTEGER NOT NULL DEFAULT 0,
    leech        INTEGER NOT NULL DEFAULT 0,
    buried_until INTEGER,                   -- skipped: hidden before this day
    created_at   INTEGER NOT NULL,          -- unix seconds, UTC
    state        INTEGER GENERATED ALWAYS AS (
        CASE WHEN suspended THEN 4 WHEN due IS NULL THEN 0 WHEN reps < 2 THEN 1
             WHEN interval < 21 THEN 2 ELSE 3 END) VIRTUAL,
    added        INTEGER NOT NULL DEFAULT 0, -- 1: added with `recall add` (key +ID), the
                                             -- collection's own: no import counts it missing
    UNIQUE (deck_id, key)
);
-- What is scheduled and studied: `due`, the review queue, the forecast.
CREATE INDEX cards_due ON cards (due, deck_id, ord) WHERE due IS NOT NULL AND suspended = 0;
-- New cards in deck order: the review queue.
CREATE INDEX cards_new ON cards (deck_id, ord) WHERE due IS NULL AND suspended = 0;
-- The hardest cards of `stats`.
CREATE INDEX cards_lapsed ON cards (lapses DESC, ease) WHERE lapses > 0;

-- A deck file's text of a card as it was last imported, kept only while
-- the card has been edited here since (`recall edit`, `recall tag`), so
-- that the next import of the file can tell whose text changed: the file's
-- changes win where the file changed a field, the edit stays where it did
-- not, and a field both changed is reported (store::plan).
CREATE TABLE card_base (
    card_id     INTEGER PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
    front       TEXT NOT NULL,
    back        TEXT NOT NULL,
    explanation TEXT,
    choices     TEXT,
    answer      INTEGER,
    tags        TEXT NOT NULL
);

-- The cards of each deck counted by state, ease, leech flag and whether
-- they were ever answered, so that `decks` and `stats` read a few hundred
-- rows however many cards there are. The triggers below count every change
-- and deletion; a card is only ever inserted new, by the store's import,
-- which adds what it inserts (store::new_cards: an insert trigger cost an
-- import a third of its time).
CREATE TABLE card_counts (
    deck_id  INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
    state    INTEGER NOT NULL,
    ease     INTEGER NOT NULL,
    leech    INTEGER NOT NULL,
    answered INTEGER NOT NULL,         -- has a due day (a suspended card may not)
    cards    INTEGER NOT NULL,         -- may reach 0; read with cards > 0
    PRIMARY KEY (deck_id, state, ease, leech, answered)
) WITHOUT ROWID;


CREATE TRIGGER card_counts_delete AFTER DELETE ON cards BEGIN
    UPDATE card_counts SET cards = cards - 1
    WHERE deck_id = OLD.deck_id AND state = OLD.state AND ease = OLD.ease
      AND leech = OLD.leech AND answered = (OLD.due IS NOT NULL);
END;

CREATE TRIGGER card_counts_update
AFTER UPDATE OF deck_id, reps, interval, ease, due, suspended, leech ON cards
WHEN OLD.deck_id IS NOT NEW.deck_id OR OLD.state IS NOT NEW.state
  OR OLD.ease IS NOT NEW.ease OR OLD.leech IS NOT NEW.leech
  OR (OLD.due IS NULL) IS NOT (NEW.due IS NULL)
BEGIN
    UPDATE card_counts SET cards = cards - 1
    WHERE deck_id = OLD.deck_id AND state = OLD.state AND ease = OLD.ease
      AND leech = OLD.leech AND answered = (OLD.due IS NOT NULL);
    INSERT INTO card_counts
    VALUES (NEW.deck_id, NEW.state, NEW.ease, NEW.leech, NEW.due IS NOT NULL, 1)
    ON CONFLICT DO UPDATE SET cards = cards + 1;
END;

-- The review log: one row per answer, appended by an answer, removed by an
-- undo or with its card, never changed.
CREATE TABLE reviews (
    id               INTEGER PRIMARY KEY,
    card_id          INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    deck_id          INTEGER NOT NULL,      -- the card's deck, for review_days
    at               INTEGER NOT NULL,      -- unix milliseconds, UTC
    day              INTEGER NOT NULL,      -- local day number of `at`
    grade            INTEGER NOT NULL,
    kind             TEXT NOT NULL,         -- new | review | drill | cram
    reps_before      INTEGER NOT NULL,
    interval_before  INTEGER NOT NULL,
    ease_before      INTEGER NOT NULL,
    lapses_before    INTEGER NOT NULL,
    due_before       INTEGER,
    leech_before     INTEGER NOT NULL,
    suspended_before INTEGER NOT NULL,
    reps_after       INTEGER NOT NULL,
    interval_after   INTEGER NOT NULL,
    ease_after       INTEGER NOT NULL,
    answer_ms        INTEGER NOT NULL,
    state_before     INTEGER GENERATED ALWAYS AS (
        CASE WHEN suspended_before THEN 4 WHEN due_before IS NULL THEN 0
             WHEN reps_before < 2 THEN 1 WHEN interval_before < 21 THEN 2 ELSE 3 END) VIRTUAL
);
CREATE INDEX reviews_card ON reviews (card_id);

CREATE TRIGGER reviews_append_only BEFORE UPDATE ON reviews BEGIN
    SELECT RAISE(ABORT, 'the review log is append-only');
END;

-- The review log summed per local day and deck, kept exact by the triggers
-- below, so that retention and activity never read the log. Scheduled
-- answers are kinds new and review; a learned card is one with n >= 1
-- before the answer, young or mature by its state then. Drills (SM-2 step
-- 7) and crams (`review --cram`) change no schedule and are counted apart.
CREATE TABLE review_days (
    day            INTEGER NOT NULL,
    deck_id        INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
    reviews        INTEGER NOT NULL,   -- scheduled answers
    passed         INTEGER NOT NULL,   -- of those, graded 3 or more
    new_cards      INTEGER NOT NULL,   -- kind new
    young_reviews  INTEGER NOT NULL,   -- learned, learning or young before
    young_passed   INTEGER NOT NULL,
    mature_reviews INTEGER NOT NULL,   -- learned, mature before
    mature_passed  INTEGER NOT NULL,
    drills         INTEGER NOT NULL,   -- kind drill
    time_ms        INTEGER NOT NULL,   -- sum of answer_ms, drills and crams included
    crams          INTEGER NOT NULL DEFAULT 0, -- kind cram
    PRIMARY KEY (day, deck_id)
) WITHOUT ROWID;

CREATE TRIGGER review_days_insert AFTER INSERT ON reviews BEGIN
    INSERT INTO review_days VALUES (
        NEW.day, NEW.deck_id,
        NEW.kind IN ('new', 'review'),
        NEW.kind IN ('new', 'review') AND NEW.grade >= 3,
        NEW.kind = 'new',
        NEW.kind IN ('new', 'review') AND NEW.reps_before >= 1 AND NEW.state_before IN (1, 2),
        NEW.kind IN ('new', 'review') AND NEW.reps_before >= 1 AND NEW.state_before IN (1, 2) AND NEW.grade >= 3,
        NEW.kind IN ('new', 'review') AND NEW.reps_before >= 1 AND NEW.state_before = 3,
        NEW.kind IN ('new', 'review') AND NEW.reps_before >= 1 AND NEW.state_before = 3 AND NEW.grade >= 3,
        NEW.kind = 'drill',
        NEW.answer_ms,
        NEW.kind = 'cram')
    ON CONFLICT (day, deck_id) DO UPDATE SET
        reviews        = reviews        + excluded.reviews,
        passed         = passed         + excluded.passed,
        new_cards      = new_cards      + excluded.new_cards,
        young_reviews  = young_reviews  + excluded.young_reviews,
        young_passed   = young_passed   + excluded.young_passed,
        mature_reviews = mature_reviews + excluded.mature_reviews,
        mature_passed  = mature_passed  + excluded.mature_passed,
        drills         = drills         + excluded.drills,
        time_ms        = time_ms        + excluded.time_ms,
        crams          = crams          + excluded.crams;
END;

CREATE TRIGGER review_days_delete AFTER DELETE ON reviews BEGIN
    UPDATE review_days SET
        reviews        = reviews        - (OLD.kind IN ('new', 'review')),
        passed         = passed         - (OLD.kind IN ('new', 'review') AND OLD.grade >= 3),
        new_cards      = new_cards      - (OLD.kind = 'new'),
        young_reviews  = young_reviews  - (OLD.kind IN ('new', 'review') AND OLD.reps_before >= 1 AND OLD.state_before IN (1, 2)),
        young_passed   = young_passed   - (OLD.kind IN ('new', 'review') AND OLD.reps_before >= 1 AND OLD.state_before IN (1, 2) AND OLD.grade >= 3),
        mature_reviews = mature_reviews - (OLD.kind IN ('new', 'review') AND OLD.reps_before >= 1 AND OLD.state_before = 3),
        mature_passed  = mature_passed  - (OLD.kind IN ('new', 'review') AND OLD.reps_before >= 1 AND OLD.state_before = 3 AND OLD.grade >= 3),
        drills         = drills         - (OLD.kind = 'drill'),
        time_ms        = time_ms        - OLD.answer_ms,
        crams          = crams          - (OLD.kind = 'cram')
    WHERE day = OLD.day AND deck_id = OLD.deck_id;
    DELETE FROM review_days
    WHERE day = OLD.day AND deck_id = OLD.deck_id AND reviews = 0 AND drills = 0 AND crams = 0
      AND time_ms = 0;
END;

-- Cards graded below 4 today that are owed a repeat (SM-2 step 7), so that
-- a session quit and started again the same day still brings them back.
CREATE TABLE owed_repeats (
    card_id INTEGER PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
    day     INTEGER NOT NULL
);
