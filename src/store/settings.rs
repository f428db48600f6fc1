//! The collection's settings, kept as text in the `config` table.

use rusqlite::params;

use crate::error::Result;
use crate::settings::Settings;

use super::Store;

impl Store {
    /// The settings, defaults filled in for what was never set.
    pub fn settings(&self) -> Result<Settings> {
        let mut settings = Settings::default();
        let mut stmt = self.conn.prepare_cached("SELECT key, value FROM config")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (key, value) = row?;
            // A value this build does not understand keeps the default.
            let _ = settings.set(&key, &value);
        }
        Ok(settings)
    }

    pub fn save_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO config (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::temp_store;

    #[test]
    fn settings_are_kept_and_bad_values_keep_the_default() {
        let (_d, s) = temp_store();
        s.save_setting("new-per-day", "7").unwrap();
        s.save_setting("day-start", "99").unwrap();
        let settings = s.settings().unwrap();
        assert_eq!(settings.new_per_day, 7);
        assert_eq!(settings.day_start_hour, 4);
    }
}
