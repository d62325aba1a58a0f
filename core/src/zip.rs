//! ZIP archives of files stored as they are, for the invoices' bulk download: written where
//! the files are gathered (the browser), one file at a time as each arrives, so that nothing
//! is held twice. Stored, not deflated: the PDFs inside are compressed already.
//!
//! The classic format (APPNOTE 6.3.x) without ZIP64: at most 65,534 files and 4 GiB, which
//! [`ZipWriter::add`] refuses to go past rather than write an archive no tool can read.
//! Names are UTF-8 (flag bit 11), so a Korean file name opens as itself.

use chrono::{Datelike, NaiveDateTime, Timelike};

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_OF_DIRECTORY: u32 = 0x0605_4b50;
/// 2.0: the version that reads stored files and folders.
const VERSION: u16 = 20;
/// General-purpose flag bit 11: names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;

/// Why an archive cannot take a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// More files, or more bytes, than the format holds without ZIP64.
    TooLarge,
}

/// An archive being written.
#[derive(Debug)]
pub struct ZipWriter {
    out: Vec<u8>,
    directory: Vec<u8>,
    count: u16,
    /// The files' time, in MS-DOS form (time, date).
    modified: (u16, u16),
}

impl ZipWriter {
    /// An empty archive whose files are dated `modified` (local time; MS-DOS dates start in
    /// 1980 and have two-second steps).
    pub fn new(modified: NaiveDateTime) -> ZipWriter {
        ZipWriter {
            out: Vec::new(),
            directory: Vec::new(),
            count: 0,
            modified: dos_time(modified),
        }
    }

    /// The bytes written so far.
    pub fn len(&self) -> usize {
        self.out.len() + self.directory.len()
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Adds a file named `name` (a path with `/` between folders).
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<(), ZipError> {
        // 0xFFFF entries would tell a reader to look for a ZIP64 record.
        let count = self
            .count
            .checked_add(1)
            .filter(|n| *n < u16::MAX)
            .ok_or(ZipError::TooLarge)?;
        let size = u32::try_from(bytes.len()).map_err(|_| ZipError::TooLarge)?;
        let name_len = u16::try_from(name.len()).map_err(|_| ZipError::TooLarge)?;
        let offset = u32::try_from(self.out.len()).map_err(|_| ZipError::TooLarge)?;
        let end = (self.out.len())
            .checked_add(30 + name.len())
            .and_then(|n| n.checked_add(bytes.len()))
            .ok_or(ZipError::TooLarge)?;
        if u32::try_from(end).is_err() {
            return Err(ZipError::TooLarge);
        }
        let crc = crc32(bytes);
        let (time, date) = self.modified;

        let out = &mut self.out;
        put32(out, LOCAL_HEADER);
        for field in [VERSION, UTF8_NAMES, 0, time, date] {
            put16(out, field);
        }
        for field in [crc, size, size] {
            put32(out, field);
        }
        put16(out, name_len);
        put16(out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(bytes);

        let dir = &mut self.directory;
        put32(dir, CENTRAL_HEADER);
        for field in [VERSION, VERSION, UTF8_NAMES, 0, time, date] {
            put16(dir, field);
        }
        for field in [crc, size, size] {
            put32(dir, field);
        }
        // Name length, then no extra field, comment, disk number or internal attributes.
        for field in [name_len, 0, 0, 0, 0] {
            put16(dir, field);
        }
        put32(dir, 0);
        put32(dir, offset);
        dir.extend_from_slice(name.as_bytes());
        self.count = count;
        Ok(())
    }

    /// The archive's bytes: the files, then their directory.
    pub fn finish(mut self) -> Result<Vec<u8>, ZipError> {
        let offset = u32::try_from(self.out.len()).map_err(|_| ZipError::TooLarge)?;
        let size = u32::try_from(self.directory.len()).map_err(|_| ZipError::TooLarge)?;
        if offset.checked_add(size).is_none() {
            return Err(ZipError::TooLarge);
        }
        self.out.append(&mut self.directory);
        let out = &mut self.out;
        put32(out, END_OF_DIRECTORY);
        for field in [0, 0, self.count, self.count] {
            put16(out, field);
        }
        put32(out, size);
        put32(out, offset);
        put16(out, 0);
        Ok(self.out)
    }
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// MS-DOS time and date; before 1980 (which the format cannot say) as 1980-01-01.
fn dos_time(at: NaiveDateTime) -> (u16, u16) {
    let Ok(years) = u16::try_from(at.year() - 1980) else {
        return (0, (1 << 5) | 1);
    };
    let time = (at.hour() << 11) | (at.minute() << 5) | (at.second() / 2);
    let date = (u32::from(years.min(127)) << 9) | (at.month() << 5) | at.day();
    (time as u16, date as u16)
}

/// CRC-32 (ISO-HDLC, as ZIP and gzip use it).
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0, |crc, &byte| {
        CRC_TABLE[((crc ^ u32::from(byte)) & 0xff) as usize] ^ (crc >> 8)
    })
}

const CRC_TABLE: [u32; 256] = {
    let mut table = [0; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};
