use passdesk_domain::repository::RepoError;

/// Maps a database failure to the repository's error: constraint failures are
/// the database refusing bad data, everything else is the database itself
/// (unreachable, restarted, a connection cut): the caller may retry those.
pub fn db_error(e: sqlx::Error) -> RepoError {
    match &e {
        sqlx::Error::Database(d) if d.is_check_violation() => RepoError::Conflict(format!("the database refused the change: {}", d.message())),
        sqlx::Error::Database(d) if d.is_unique_violation() => RepoError::Conflict(format!("already exists: {}", d.message())),
        sqlx::Error::Database(d) if d.is_foreign_key_violation() => RepoError::NotFound(format!("refers to something that does not exist: {}", d.message())),
        _ => RepoError::Unavailable(e.to_string()),
    }
}
