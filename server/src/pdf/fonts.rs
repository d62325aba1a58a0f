//! The documents' fonts: Debian's Noto Sans CJK (`fonts-noto-cjk`), a regular and a bold
//! OpenType collection whose faces (JP, KR, SC, TC, HK) hold the same Latin, Hangul, kana and
//! Han characters, each drawing the Han ones and the punctuation as its region writes them.
//! Read from the configured directory on the first document and kept for the server's life
//! (about 40 MB); a missing or unreadable file is logged with its path and answered as an
//! internal error, and read again on the next document.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use billing_core::lang::Lang;
use rustybuzz::ttf_parser;
use tokio::sync::OnceCell;

use crate::{ApiError, ApiResult};

/// Where Debian's `fonts-noto-cjk` puts them: `--font-dir`'s default.
pub const DEBIAN_FONT_DIR: &str = "/usr/share/fonts/opentype/noto";
const REGULAR: &str = "NotoSansCJK-Regular.ttc";
const BOLD: &str = "NotoSansCJK-Bold.ttc";

/// The font files of a directory, read once when first asked for.
pub struct Fonts {
    dir: PathBuf,
    files: OnceCell<Arc<FontFiles>>,
}

pub struct FontFiles {
    pub regular: Collection,
    pub bold: Collection,
}

/// A font file's bytes, and the family name of each of its faces, by index.
pub struct Collection {
    pub path: PathBuf,
    pub data: Arc<Vec<u8>>,
    families: Vec<String>,
}

impl Fonts {
    pub fn new(dir: &Path) -> Fonts {
        Fonts {
            dir: dir.to_path_buf(),
            files: OnceCell::new(),
        }
    }

    /// Both files, read now if they have not been yet.
    pub async fn files(&self) -> ApiResult<Arc<FontFiles>> {
        let files = self
            .files
            .get_or_try_init(|| async {
                Ok::<_, ApiError>(Arc::new(FontFiles {
                    regular: Collection::read(self.dir.join(REGULAR)).await?,
                    bold: Collection::read(self.dir.join(BOLD)).await?,
                }))
            })
            .await?;
        Ok(Arc::clone(files))
    }
}

impl Collection {
    async fn read(path: PathBuf) -> ApiResult<Collection> {
        let data = tokio::fs::read(&path)
            .await
            .map_err(|error| unusable(&path, &error.to_string()))?;
        let families = families(&data);
        if families.is_empty() {
            return Err(unusable(&path, "not an OpenType font or collection"));
        }
        Ok(Collection {
            path,
            data: Arc::new(data),
            families,
        })
    }

    /// The index of the face of this family, e.g. `Noto Sans CJK KR`.
    pub fn face(&self, family: &str) -> ApiResult<u32> {
        let index = self.families.iter().position(|f| f == family);
        index
            .and_then(|i| u32::try_from(i).ok())
            .ok_or_else(|| unusable(&self.path, &format!("no face of the family {family}")))
    }
}

/// Logs why a font file cannot be used, naming it; the caller answers 500 without the path.
pub fn unusable(path: &Path, why: &str) -> ApiError {
    tracing::error!(path = %path.display(), "the documents' font cannot be used: {why}");
    ApiError::internal("the documents' font cannot be used")
}

/// The family name of each face of a collection (or of a lone font), by index; empty if
/// the data is no font.
fn families(data: &[u8]) -> Vec<String> {
    let count = ttf_parser::fonts_in_collection(data).unwrap_or(1);
    let mut families = Vec::new();
    for index in 0..count {
        let Ok(face) = ttf_parser::Face::parse(data, index) else {
            break;
        };
        families.push(family(&face).unwrap_or_default());
    }
    families
}

/// The face's family name in English: its typographic family (which weights beyond regular
/// and bold share), else its family.
fn family(face: &ttf_parser::Face) -> Option<String> {
    const ENGLISH_US: u16 = 0x0409;
    let names = face.names();
    let named = |id| {
        names
            .into_iter()
            .find(|n| n.name_id == id && n.is_unicode() && n.language_id == ENGLISH_US)
    };
    named(ttf_parser::name_id::TYPOGRAPHIC_FAMILY)
        .or_else(|| named(ttf_parser::name_id::FAMILY))
        .and_then(|name| name.to_string())
}

/// The face a language's documents are set in: Japanese in JP, Chinese in TC or SC by its
/// script or region (HK for Hong Kong), and Korean, like every other language, in KR, whose
/// Western punctuation (’ “ ” …) is proportional where the Chinese and Japanese faces draw it
/// full width. Names, addresses and descriptions in any of these scripts print in every face.
pub fn family_for(lang: Lang) -> String {
    family_for_tag(lang.tag())
}

fn family_for_tag(tag: &str) -> String {
    let tag = tag.to_ascii_lowercase();
    let mut subtags = tag.split(['-', '_']);
    let region = match subtags.next() {
        Some("ja") => "JP",
        Some("zh") => {
            let rest: Vec<&str> = subtags.collect();
            if rest.contains(&"hk") {
                "HK"
            } else if rest.iter().any(|s| matches!(*s, "hant" | "tw" | "mo")) {
                "TC"
            } else {
                "SC"
            }
        }
        _ => "KR",
    };
    format!("Noto Sans CJK {region}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_regions_face() {
        for (tag, face) in [
            ("en", "KR"),
            ("fr", "KR"),
            ("ko", "KR"),
            ("zh-TW", "TC"),
            ("zh-Hant", "TC"),
            ("zh-HK", "HK"),
            ("zh-CN", "SC"),
            ("zh", "SC"),
            ("ja", "JP"),
            ("pt-BR", "KR"),
        ] {
            assert_eq!(
                family_for_tag(tag),
                format!("Noto Sans CJK {face}"),
                "{tag}"
            );
        }
        assert_eq!(family_for(Lang::ZhTw), "Noto Sans CJK TC");
    }
}
