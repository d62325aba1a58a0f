//! Embeds every locale's `locales/<tag>/documents.ftl` in the server, so that the words of the
//! invoice and receipt PDFs need no file at run time and a new locale folder needs no code:
//! writes `$OUT_DIR/documents.rs`, a list of `(tag, text)` read by `src/pdf/words.rs`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, io};

fn main() -> io::Result<()> {
    let manifest =
        env::var_os("CARGO_MANIFEST_DIR").ok_or_else(|| missing("CARGO_MANIFEST_DIR"))?;
    let out = env::var_os("OUT_DIR").ok_or_else(|| missing("OUT_DIR"))?;
    let locales = Path::new(&manifest)
        .join("..")
        .join("locales")
        .canonicalize()?;
    // A directory is scanned for changes in any file under it: a folder added, a file edited.
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut found: Vec<(String, PathBuf)> = Vec::new();
    for entry in fs::read_dir(&locales)? {
        let folder = entry?.path();
        let file = folder.join("documents.ftl");
        if let (Some(tag), true) = (folder.file_name(), file.is_file()) {
            found.push((tag.to_string_lossy().into_owned(), file));
        }
    }
    found.sort();
    let mut code = String::from("&[\n");
    for (tag, file) in &found {
        // `{:?}` writes both as Rust string literals, escapes and all.
        let _ = writeln!(
            code,
            "    ({tag:?}, include_str!({:?})),",
            file.display().to_string()
        );
    }
    code.push(']');
    fs::write(Path::new(&out).join("documents.rs"), code)
}

fn missing(name: &str) -> io::Error {
    io::Error::other(format!("cargo sets {name} for build scripts"))
}
