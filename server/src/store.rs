//! The database's connections: one writer, taken in turn, and a few readers that run beside
//! it (SQLite in WAL mode lets readers see the last commit while a write is under way).
//! Their work runs on tokio's blocking threads, so a slow query stalls no other request.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, TryLockError};

use billing_core::seed::SeedData;
use rusqlite::Connection;
use tokio::sync::Semaphore;

use crate::db;
use crate::error::{ApiError, ApiResult};

/// Read connections: enough for the two cores this runs on to stay busy while some wait
/// on the disk, few enough that each keeps a warm page cache.
const READERS: usize = 4;

pub struct Store {
    writer: Arc<tokio::sync::Mutex<Connection>>,
    readers: Vec<Mutex<Connection>>,
    /// One permit per reader: a request waits here, not on a blocking thread.
    permits: Arc<Semaphore>,
    /// Declared last so it is removed after the connections that use its file close.
    _temp: Option<TempDir>,
}

impl Store {
    /// Opens `path`, or without one a fresh database in a temporary directory that goes
    /// when the store does. (An in-memory database could not be shared by separate
    /// connections except through SQLite's shared cache, whose table locks would make
    /// reads wait for writes again.)
    pub fn open(path: Option<&Path>, seed: impl FnOnce() -> SeedData) -> ApiResult<Store> {
        let temp = match path {
            Some(_) => None,
            None => Some(TempDir::new()?),
        };
        let file = match (path, &temp) {
            (Some(path), _) => path.to_path_buf(),
            (None, Some(temp)) => temp.0.join("billing.sqlite"),
            (None, None) => return Err(ApiError::internal("no database file")),
        };
        let writer = db::open(Some(&file), seed)?;
        if temp.is_some() {
            // A throwaway database need not survive a power cut: skip the syncs.
            writer.pragma_update(None, "synchronous", "OFF")?;
        }
        let readers = (0..READERS)
            .map(|_| db::open_reader(&file).map(Mutex::new))
            .collect::<ApiResult<Vec<_>>>()?;
        Ok(Store {
            writer: Arc::new(tokio::sync::Mutex::new(writer)),
            permits: Arc::new(Semaphore::new(readers.len())),
            readers,
            _temp: temp,
        })
    }

    /// Runs `work` on the writer, after the writes queued before it.
    pub async fn write<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> ApiResult<T> + Send + 'static,
    ) -> ApiResult<T> {
        let mut conn = Arc::clone(&self.writer).lock_owned().await;
        blocking(move || work(&mut conn)).await
    }

    /// Runs `work` on a free reader. Each statement sees the database as last committed;
    /// `work` opens a transaction when several statements must see one state.
    pub async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&Connection) -> ApiResult<T> + Send + 'static,
    ) -> ApiResult<T> {
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .map_err(|_| ApiError::internal("the readers are closed"))?;
        let store = Arc::clone(self);
        blocking(move || {
            let _permit = permit;
            // With a permit one reader is free: at most `READERS - 1` others hold one.
            let free = store
                .readers
                .iter()
                .find_map(|reader| match reader.try_lock() {
                    Ok(conn) => Some(conn),
                    Err(TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
                    Err(TryLockError::WouldBlock) => None,
                });
            let conn = match free {
                Some(conn) => conn,
                None => store
                    .readers
                    .first()
                    .ok_or_else(|| ApiError::internal("no reader"))?
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner),
            };
            work(&conn)
        })
        .await
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> ApiResult<T> + Send + 'static,
) -> ApiResult<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| ApiError::internal("the database work did not finish"))?
}

/// A directory of its own under the system's temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> ApiResult<TempDir> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path = std::env::temp_dir().join(format!(
            "billing-server-{}-{}-{nanos}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir(&path)
            .map_err(|e| ApiError::internal(format!("cannot create {}: {e}", path.display())))?;
        Ok(TempDir(path))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Nothing to do about a failure here; the system cleans its temporary directory.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
