use passdesk_domain::repository::RepoError;

/// Maps a database failure to the repository's error: constraint failures and
/// bad data are the database refusing them, everything else is the database itself
/// (unreachable, restarted, a connection cut): the caller may retry those.
pub fn db_error(e: sqlx::Error) -> RepoError {
    match &e {
        sqlx::Error::Database(d) if d.is_check_violation() => RepoError::Conflict(format!("the database refused the change: {}", d.message())),
        sqlx::Error::Database(d) if d.is_unique_violation() => RepoError::Conflict(format!("already exists: {}", d.message())),
        sqlx::Error::Database(d) if d.is_foreign_key_violation() => RepoError::NotFound(format!("refers to something that does not exist: {}", d.message())),
        // Other integrity failures (23), bad data (22: a date out of range, a
        // NUL in a text) and a value too large to index (54000): the data
        // is refused, and trying again would fail the same way.
        sqlx::Error::Database(d) if d.code().is_some_and(|c| c.starts_with("22") || c.starts_with("23") || c == "54000") => {
            RepoError::Conflict(format!("the database refused the change: {}", d.message()))
        }
        _ => RepoError::Unavailable(e.to_string()),
    }
}
