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
        // The server answered and refused the login (28) or does not have
        // the database (3D000): trying again will not help; the
        // administrator has to.
        sqlx::Error::Database(d) if d.code().is_some_and(|c| c.starts_with("28")) => RepoError::CentralRefused {
            code: "central_login_refused",
            message: format!("the central database refused the account: {}; connect again with the right account and password", d.message()),
        },
        sqlx::Error::Database(d) if d.code().is_some_and(|c| c == "3D000") => RepoError::CentralRefused {
            code: "central_database_missing",
            message: format!("the central database server has no such database: {}; create it (`passdesk central init`) or connect to the right one", d.message()),
        },
        // The pool's own words ("pool timed out while waiting for an open
        // connection") are not for staff.
        sqlx::Error::PoolTimedOut => RepoError::Unavailable(format!("no connection within {} s", crate::CONNECT_TIMEOUT.as_secs())),
        _ => RepoError::Unavailable(e.to_string()),
    }
}
