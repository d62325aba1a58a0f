//! The bulk download's archives, read back by an independent reader (the `zip` crate).

use std::io::{Cursor, Read};

use billing_core::zip::{crc32, ZipError, ZipWriter};
use chrono::NaiveDate;

fn noon() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 28)
        .and_then(|d| d.and_hms_opt(12, 34, 56))
        .unwrap_or_default()
}

#[test]
fn crc32_is_the_standard_one() {
    assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn files_read_back_as_written_with_their_names_and_time() {
    let files: [(&str, &[u8]); 3] = [
        ("invoice-2300046.pdf", b"%PDF-1.7 first"),
        ("송장-목록.csv", "\u{feff}번호,금액\r\n".as_bytes()),
        ("empty.txt", b""),
    ];
    let mut writer = ZipWriter::new(noon());
    for (name, bytes) in files {
        writer
            .add(name, bytes)
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
    }
    let archive = writer.finish().unwrap_or_else(|e| panic!("{e:?}"));
    let mut read = zip::ZipArchive::new(Cursor::new(archive)).expect("a readable archive");
    assert_eq!(read.len(), files.len());
    for (index, (name, bytes)) in files.iter().enumerate() {
        let mut file = read.by_index(index).expect("each file");
        assert_eq!(file.name(), *name);
        assert_eq!(file.compression(), zip::CompressionMethod::Stored);
        let modified = file.last_modified().expect("a time");
        assert_eq!(
            (modified.year(), modified.month(), modified.day()),
            (2026, 11, 28)
        );
        assert_eq!(
            (modified.hour(), modified.minute(), modified.second()),
            (12, 34, 56)
        );
        let mut content = Vec::new();
        file.read_to_end(&mut content)
            .expect("its bytes, CRC checked");
        assert_eq!(content, *bytes);
    }
}

#[test]
fn an_empty_archive_is_still_an_archive() {
    let archive = ZipWriter::new(noon()).finish().unwrap_or_default();
    let read = zip::ZipArchive::new(Cursor::new(archive)).expect("readable");
    assert_eq!(read.len(), 0);
}

#[test]
fn more_files_than_the_format_holds_are_refused() {
    let mut writer = ZipWriter::new(noon());
    for n in 0..u16::MAX - 1 {
        assert_eq!(writer.add(&format!("{n}"), b""), Ok(()));
    }
    assert_eq!(writer.add("one-too-many", b""), Err(ZipError::TooLarge));
    let archive = writer.finish().unwrap_or_default();
    let read = zip::ZipArchive::new(Cursor::new(archive)).expect("readable");
    assert_eq!(read.len(), usize::from(u16::MAX - 1));
}
