//! The check-in QR code, drawn as filled squares (no image, stays sharp).

use printpdf::{Op, PaintMode, Pt, Rect};
use qrcode::{Color, EcLevel, QrCode};

use crate::PrintError;

/// Draws a QR code of `payload`, `size` points wide, its lower left at (x, y).
pub fn draw(payload: &str, x: f32, y: f32, size: f32) -> Result<Vec<Op>, PrintError> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M).map_err(|e| PrintError::Qr(e.to_string()))?;
    let n = code.width();
    // Four modules of quiet zone on each side, as scanners expect.
    let module = size / (n + 8) as f32;
    let colors = code.to_colors();
    let mut ops = Vec::new();
    for row in 0..n {
        let mut col = 0;
        while col < n {
            if colors[row * n + col] != Color::Dark {
                col += 1;
                continue;
            }
            // One rectangle per horizontal run of dark modules.
            let start = col;
            while col < n && colors[row * n + col] == Color::Dark {
                col += 1;
            }
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x + (start + 4) as f32 * module),
                    y: Pt(y + size - (row + 5) as f32 * module),
                    width: Pt((col - start) as f32 * module),
                    height: Pt(module),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            });
        }
    }
    Ok(ops)
}
