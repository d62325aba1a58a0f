//! A server on a loopback port with a fresh in-memory database, and a minimal HTTP/1.1
//! client written on a TCP stream, so tests see exactly what goes over the wire.

// Each test file compiles this module on its own and uses part of it.
#![allow(dead_code)]

use std::net::SocketAddr;

use billing_server::{router, AppState, ServerConfig};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const ADMIN: &str = billing_server::db::ADMIN_TOKEN;
pub const VIEWER: &str = billing_server::db::VIEWER_TOKEN;

pub struct TestServer {
    pub addr: SocketAddr,
}

pub async fn start() -> TestServer {
    start_with(ServerConfig::default()).await
}

pub async fn start_with(config: ServerConfig) -> TestServer {
    log_if_asked();
    let state = AppState::open(&config).expect("the database opens");
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let addr = listener.local_addr().expect("bound");
    let router = router(state, &config).expect("the router builds");
    tokio::spawn(async move { axum::serve(listener, router).await });
    TestServer { addr }
}

/// The request log in the test's output, only when `RUST_LOG` asks for it (`request_log.rs`
/// sets its own subscriber first).
fn log_if_asked() {
    if std::env::var_os("RUST_LOG").is_some() {
        let subscriber = billing_server::log::subscriber(
            billing_server::log::filter_from_env(),
            tracing_subscriber::fmt::TestWriter::new(),
            false,
        );
        // Set once per test binary: the other servers' calls find it set.
        let _ = tracing::subscriber::set_global_default(subscriber);
    }
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The error envelope's code.
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}

impl TestServer {
    /// An invoice with its lines, as the administrator reads it.
    pub async fn invoice(&self, id: &str) -> billing_core::contract::InvoiceDetail {
        let response = self.get(&format!("/api/v1/invoices/{id}"), ADMIN).await;
        serde_json::from_value(response.json()).expect("an invoice")
    }

    pub async fn send(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        extra: &[(&str, &str)],
        body: Option<&str>,
    ) -> Response {
        let mut stream = TcpStream::connect(self.addr).await.expect("connects");
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        if let Some(token) = token {
            request.push_str(&format!("Authorization: Bearer {token}\r\n"));
        }
        for (name, value) in extra {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        let body = body.unwrap_or_default();
        if !body.is_empty() {
            request.push_str(&format!(
                "Content-Type: application/json\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        request.push_str("\r\n");
        request.push_str(body);
        stream.write_all(request.as_bytes()).await.expect("writes");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.expect("reads");
        parse(&raw).expect("a complete response")
    }

    /// As `send`, but `None` when the connection breaks before a whole answer arrives.
    pub async fn try_post(
        &self,
        path: &str,
        token: &str,
        body: &str,
        extra: &[(&str, &str)],
    ) -> Option<Response> {
        let mut stream = TcpStream::connect(self.addr).await.ok()?;
        let mut request = format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        for (name, value) in extra {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str("\r\n");
        request.push_str(body);
        stream.write_all(request.as_bytes()).await.ok()?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.ok()?;
        parse(&raw).filter(|r| !r.body.is_empty())
    }

    /// A request announcing a body of `size` bytes, written while the answer is read: a
    /// server may answer (and close) before reading it, as it should for a refusal.
    pub async fn send_large(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        size: usize,
    ) -> Response {
        let stream = TcpStream::connect(self.addr).await.expect("connects");
        let (mut reader, mut writer) = stream.into_split();
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {size}\r\n",
            self.addr
        );
        if let Some(token) = token {
            head.push_str(&format!("Authorization: Bearer {token}\r\n"));
        }
        head.push_str("\r\n");
        let writing = tokio::spawn(async move {
            writer.write_all(head.as_bytes()).await?;
            let chunk = vec![b' '; 64 * 1024];
            let mut left = size;
            while left > 0 {
                let n = left.min(chunk.len());
                writer.write_all(&chunk[..n]).await?;
                left -= n;
            }
            Ok::<_, std::io::Error>(())
        });
        let mut raw = Vec::new();
        let mut buffer = [0u8; 8192];
        // A reset after the answer (the server did not read the rest) ends the reading.
        while let Ok(n) = reader.read(&mut buffer).await {
            if n == 0 {
                break;
            }
            raw.extend_from_slice(&buffer[..n]);
        }
        writing.abort();
        parse(&raw).expect("a complete response")
    }

    pub async fn get(&self, path: &str, token: &str) -> Response {
        self.send("GET", path, Some(token), &[], None).await
    }

    pub async fn post(
        &self,
        path: &str,
        token: &str,
        body: &str,
        extra: &[(&str, &str)],
    ) -> Response {
        self.send("POST", path, Some(token), extra, Some(body))
            .await
    }
}

fn parse(raw: &[u8]) -> Option<Response> {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..split]);
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| {
            l.split_once(':')
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        })
        .collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    Some(Response {
        status,
        headers,
        body,
    })
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(end) = data.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&data[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[end + 2..end + 2 + size]);
        data = &data[end + 2 + size + 2..];
    }
}
