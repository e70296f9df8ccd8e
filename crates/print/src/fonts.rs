//! Finding and loading the Noto fonts, once per process.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::{Arc, Mutex, OnceLock},
};

use printpdf::ParsedFont;

#[derive(Debug, Clone, thiserror::Error)]
pub enum FontError {
    #[error("the font {file} was not found in {searched}; install the Debian packages fonts-noto-core and fonts-noto-cjk, or set PASSDESK_FONT_DIR to a folder that holds it")]
    Missing { file: &'static str, searched: String },
    #[error("the font {0} could not be read")]
    Unreadable(String),
}

/// One face of a font file, ready for shaping (rustybuzz) and embedding (printpdf).
pub struct Font {
    pub face: rustybuzz::Face<'static>,
    pub parsed: ParsedFont,
    pub units_per_em: f32,
}

impl Font {
    pub fn has(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }
}

/// Where fonts are looked for: `PASSDESK_FONT_DIR` first, then Debian's Noto folders.
pub fn font_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PASSDESK_FONT_DIR").map(PathBuf::from).into_iter().collect();
    dirs.extend(["/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto", "/usr/local/share/fonts"].map(PathBuf::from));
    dirs
}

const LATIN: (&str, u32) = ("NotoSans-Regular.ttf", 0);
const ARABIC: (&str, u32) = ("NotoNaskhArabic-Regular.ttf", 0);
// Faces of the CJK collection: 1 is the Korean one, 2 Simplified Chinese.
const CJK_KR: (&str, u32) = ("NotoSansCJK-Regular.ttc", 1);
const CJK_SC: (&str, u32) = ("NotoSansCJK-Regular.ttc", 2);

/// The fonts a language's text is set in, in the order a character looks
/// for its glyph: the language's own script first, Latin for the rest.
pub fn faces_for(lang: &str) -> Vec<(&'static str, u32)> {
    match lang {
        "ar" => vec![ARABIC, LATIN],
        "ko" => vec![LATIN, CJK_KR],
        "zh" => vec![LATIN, CJK_SC],
        _ => vec![LATIN],
    }
}

fn find(file: &'static str) -> Result<PathBuf, FontError> {
    let dirs = font_dirs();
    dirs.iter().map(|d| d.join(file)).find(|p| p.is_file()).ok_or_else(|| FontError::Missing {
        file,
        searched: dirs.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(", "),
    })
}

fn read(path: &Path) -> Result<&'static [u8], FontError> {
    static FILES: OnceLock<Mutex<HashMap<PathBuf, &'static [u8]>>> = OnceLock::new();
    let files = FILES.get_or_init(Default::default);
    let mut files = files.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(d) = files.get(path) {
        return Ok(d);
    }
    let bytes = std::fs::read(path).map_err(|e| FontError::Unreadable(format!("{}: {e}", path.display())))?;
    // Fonts stay loaded for the life of the process, so each file is read once.
    let data: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    files.insert(path.to_path_buf(), data);
    Ok(data)
}

/// The loaded face, from the process-wide cache.
pub fn load(file: &'static str, index: u32) -> Result<Arc<Font>, FontError> {
    type Faces = Mutex<HashMap<(&'static str, u32), Arc<Font>>>;
    static FACES: OnceLock<Faces> = OnceLock::new();
    let faces = FACES.get_or_init(Default::default);
    if let Some(f) = faces.lock().unwrap_or_else(|e| e.into_inner()).get(&(file, index)) {
        return Ok(f.clone());
    }
    let path = find(file)?;
    let data = read(&path)?;
    let unreadable = || FontError::Unreadable(format!("{} (face {index})", path.display()));
    let face = rustybuzz::Face::from_slice(data, index).ok_or_else(unreadable)?;
    let parsed = ParsedFont::from_bytes(data, index as usize, &mut Vec::new()).ok_or_else(unreadable)?;
    let units_per_em = face.units_per_em() as f32;
    let font = Arc::new(Font { face, parsed, units_per_em });
    faces.lock().unwrap_or_else(|e| e.into_inner()).insert((file, index), font.clone());
    Ok(font)
}
