//! Load on a running reference server (loopback only): concurrent clients over kept-alive
//! HTTP/1.1 connections for a bounded time, then requests/s, p50 and p99 for reads
//! (`GET /api/v1/invoices`, a mix of filters, sorts and pages), payments (`POST
//! /api/v1/payments`, each with a fresh key) and a mix of both; afterwards it checks that
//! every accepted payment was counted exactly once. `scripts/bench-server.sh` runs it.
//!
//! `load --addr 127.0.0.1:PORT [--clients 20] [--seconds 10] [--label TEXT]`

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use billing_core::contract::{Invoice, MethodStatus, Page, Payment, PaymentMethod, PaymentStatus};
use billing_core::money::Currency;
use rust_decimal::Decimal;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const TOKEN: &str = "demo-admin-token";
/// Each payment: one cent off the oldest USD balance.
const CENT: Decimal = Decimal::from_parts(1, 0, 0, false, 2);
/// A request that takes longer than this counts as failed; the run still ends on time.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

type Failure = String;

struct Options {
    addr: SocketAddr,
    clients: usize,
    seconds: u64,
    label: String,
}

fn options() -> Result<Options, Failure> {
    let mut options = Options {
        addr: SocketAddr::from(([127, 0, 0, 1], 8081)),
        clients: 20,
        seconds: 10,
        label: String::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--addr" => options.addr = value.parse().map_err(|_| format!("--addr {value}"))?,
            "--clients" => {
                options.clients = value.parse().map_err(|_| format!("--clients {value}"))?
            }
            "--seconds" => {
                options.seconds = value.parse().map_err(|_| format!("--seconds {value}"))?
            }
            "--label" => options.label = value,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    // Loopback only: this machine's own server is the one thing it may load.
    if !options.addr.ip().is_loopback() {
        return Err(format!("{} is not a loopback address", options.addr));
    }
    Ok(options)
}

/// A kept-alive HTTP/1.1 connection, opened again after any failure.
struct Client {
    addr: SocketAddr,
    stream: Option<BufReader<TcpStream>>,
}

struct Answer {
    status: u16,
    body: Vec<u8>,
}

impl Client {
    fn new(addr: SocketAddr) -> Client {
        Client { addr, stream: None }
    }

    async fn send(
        &mut self,
        method: &str,
        path: &str,
        extra: &str,
        body: &str,
    ) -> Result<Answer, Failure> {
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {TOKEN}\r\n{extra}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.addr,
            body.len()
        );
        let answer = tokio::time::timeout(REQUEST_TIMEOUT, self.exchange(request.as_bytes())).await;
        match answer {
            Ok(Ok(answer)) => Ok(answer),
            Ok(Err(e)) => {
                self.stream = None;
                Err(e)
            }
            Err(_) => {
                self.stream = None;
                Err(format!("{method} {path}: no answer in {REQUEST_TIMEOUT:?}"))
            }
        }
    }

    async fn exchange(&mut self, request: &[u8]) -> Result<Answer, Failure> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(self.addr)
                .await
                .map_err(|e| e.to_string())?;
            stream.set_nodelay(true).map_err(|e| e.to_string())?;
            self.stream = Some(BufReader::new(stream));
        }
        let stream = self.stream.as_mut().ok_or("no connection")?;
        stream
            .get_mut()
            .write_all(request)
            .await
            .map_err(|e| e.to_string())?;
        let mut line = String::new();
        stream
            .read_line(&mut line)
            .await
            .map_err(|e| e.to_string())?;
        let status = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or(format!("not an HTTP answer: {line:?}"))?;
        let mut length = None;
        let mut close = false;
        loop {
            line.clear();
            stream
                .read_line(&mut line)
                .await
                .map_err(|e| e.to_string())?;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                let value = value.trim();
                match name.to_ascii_lowercase().as_str() {
                    "content-length" => length = value.parse::<usize>().ok(),
                    "connection" => close = value.eq_ignore_ascii_case("close"),
                    "transfer-encoding" => return Err(format!("unexpected {header}")),
                    _ => {}
                }
            }
        }
        let mut body = vec![0; length.ok_or("an answer without Content-Length")?];
        stream
            .read_exact(&mut body)
            .await
            .map_err(|e| e.to_string())?;
        if close {
            self.stream = None;
        }
        Ok(Answer { status, body })
    }

    async fn get_json<T: serde::de::DeserializeOwned>(&mut self, path: &str) -> Result<T, Failure> {
        let answer = self.send("GET", path, "", "").await?;
        if answer.status != 200 {
            return Err(format!("GET {path}: {}", answer.status));
        }
        serde_json::from_slice(&answer.body).map_err(|e| format!("GET {path}: {e}"))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Workload {
    Reads,
    Payments,
    Mix,
}

impl Workload {
    fn name(self) -> &'static str {
        match self {
            Workload::Reads => "reads",
            Workload::Payments => "payments",
            Workload::Mix => "mix 90/10",
        }
    }
}

/// What one client saw.
#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    failures: u64,
    /// Status of each answer that was not a 200 or 201, with how many.
    statuses: HashMap<u16, u64>,
    /// The payments answered 201.
    paid: Vec<Payment>,
}

/// The list queries the reads cycle through: the default, each sort, filters, a search,
/// a page from the middle.
fn read_paths(total: u64) -> Vec<String> {
    [
        String::new(),
        "sort=number&dir=asc".into(),
        "statuses=due,past_due".into(),
        "sort=total&dir=asc&limit=20".into(),
        "types=recurring&sort=status".into(),
        "search=2300".into(),
        format!("cursor={}&limit=50", total / 2),
        "from=2025-01-01&to=2025-12-31&sort=balance_due".into(),
        "sort=type&dir=asc&limit=100".into(),
        "types=credit,refund&statuses=paid&sort=currency".into(),
    ]
    .into_iter()
    .map(|q| format!("/api/v1/invoices?{q}"))
    .collect()
}

struct Plan {
    workload: Workload,
    reads: Vec<String>,
    method_id: String,
    deadline: Instant,
    run: u64,
}

static NEXT_KEY: AtomicU64 = AtomicU64::new(0);

async fn client(plan: &Plan, number: usize, addr: SocketAddr) -> Tally {
    let mut client = Client::new(addr);
    let mut tally = Tally::default();
    // A small generator of our own: which read, and whether the mix pays, varies by client.
    let mut state = 0x9e37_79b9_7f4a_7c15_u64 ^ (number as u64).wrapping_mul(0x2545_f491_4f6c_dd1d);
    let payment = format!(
        r#"{{"amount":{{"amount":"{CENT}","currency":"USD"}},"invoice_id":null,"source":{{"type":"saved_method","method_id":"{}"}},"eu_supported":false}}"#,
        plan.method_id
    );
    while Instant::now() < plan.deadline {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let pays = match plan.workload {
            Workload::Reads => false,
            Workload::Payments => true,
            Workload::Mix => state.is_multiple_of(10),
        };
        let started = Instant::now();
        let answer = match pays {
            true => {
                let key = format!(
                    "Idempotency-Key: load-{}-{}\r\n",
                    plan.run,
                    NEXT_KEY.fetch_add(1, Ordering::Relaxed)
                );
                client
                    .send("POST", "/api/v1/payments", &key, &payment)
                    .await
            }
            false => {
                let path = &plan.reads[(state >> 8) as usize % plan.reads.len()];
                client.send("GET", path, "", "").await
            }
        };
        tally.latencies.push(started.elapsed());
        match answer {
            Err(_) => tally.failures += 1,
            Ok(answer) if pays && answer.status == 201 => {
                match serde_json::from_slice::<Payment>(&answer.body) {
                    Ok(payment) => tally.paid.push(payment),
                    Err(_) => tally.failures += 1,
                }
            }
            Ok(answer) if answer.status == 200 => {}
            Ok(answer) => *tally.statuses.entry(answer.status).or_default() += 1,
        }
    }
    tally
}

/// What the server holds that payments change.
struct Books {
    payments: u64,
    usd_due: Decimal,
}

async fn books(client: &mut Client) -> Result<Books, Failure> {
    let payments: Page<Payment> = client.get_json("/api/v1/payments?limit=1").await?;
    let mut usd_due = Decimal::ZERO;
    let mut cursor = String::new();
    loop {
        let page: Page<Invoice> = client
            .get_json(&format!("/api/v1/invoices?limit=500&sort=number{cursor}"))
            .await?;
        usd_due += page
            .items
            .iter()
            .filter(|i| i.balance_due.currency == Currency::USD)
            .map(|i| i.balance_due.amount)
            .sum::<Decimal>();
        match page.next_cursor {
            Some(next) => cursor = format!("&cursor={next}"),
            None => break,
        }
    }
    Ok(Books {
        payments: payments.total,
        usd_due,
    })
}

/// Every payment answered 201 is stored once, and the balances fell by exactly their sum.
async fn check_books(
    client: &mut Client,
    before: &Books,
    paid: &[Payment],
) -> Result<String, Failure> {
    let after = books(client).await?;
    let accepted = paid.len() as u64;
    let sum: Decimal = paid
        .iter()
        .filter(|p| p.status == PaymentStatus::Succeeded)
        .map(|p| p.amount.amount)
        .sum();
    // The newest payments first: the ones this run added are on the first pages.
    let added = after.payments - before.payments;
    let mut stored: HashMap<String, u32> = HashMap::new();
    let mut cursor = String::new();
    let mut seen = 0;
    while seen < added {
        let page: Page<Payment> = client
            .get_json(&format!("/api/v1/payments?dir=desc&limit=500{cursor}"))
            .await?;
        for payment in page.items.iter().take((added - seen) as usize) {
            *stored.entry(payment.id.clone()).or_default() += 1;
        }
        seen += page.items.len() as u64;
        match page.next_cursor {
            Some(next) => cursor = format!("&cursor={next}"),
            None => break,
        }
    }
    let once = paid.iter().all(|p| stored.get(&p.id) == Some(&1));
    let fell = before.usd_due - after.usd_due;
    match (
        added == accepted,
        stored.len() as u64 == accepted,
        once,
        fell == sum,
    ) {
        (true, true, true, true) => Ok(format!(
            "{accepted} payments accepted, {added} stored, each once; USD due fell by {fell}"
        )),
        _ => Err(format!(
            "payments do not add up: {accepted} accepted, {sum} succeeded, {added} stored ({} \
             distinct, each once: {once}), USD due fell by {fell}",
            stored.len()
        )),
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    match sorted.len() {
        0 => Duration::ZERO,
        n => sorted[((n as f64 * p).ceil() as usize).clamp(1, n) - 1],
    }
}

async fn run(
    options: &Options,
    workload: Workload,
    method_id: &str,
    reads: &[String],
) -> Result<(), Failure> {
    let mut checker = Client::new(options.addr);
    let before = books(&mut checker).await?;
    let started = Instant::now();
    let plan = std::sync::Arc::new(Plan {
        workload,
        reads: reads.to_vec(),
        method_id: method_id.to_string(),
        deadline: started + Duration::from_secs(options.seconds),
        run: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_micros() as u64),
    });
    let tasks: Vec<_> = (0..options.clients)
        .map(|n| {
            let plan = plan.clone();
            let addr = options.addr;
            tokio::spawn(async move { client(&plan, n, addr).await })
        })
        .collect();
    let mut all = Tally::default();
    for task in tasks {
        let tally = task.await.map_err(|e| e.to_string())?;
        all.latencies.extend(tally.latencies);
        all.failures += tally.failures;
        for (status, count) in tally.statuses {
            *all.statuses.entry(status).or_default() += count;
        }
        all.paid.extend(tally.paid);
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.latencies.sort();
    let mut other: Vec<_> = all.statuses.iter().collect();
    other.sort();
    println!(
        "| {} | {} | {} | {:.0} | {:.1} | {:.1} | {} |",
        options.label,
        workload.name(),
        all.latencies.len(),
        all.latencies.len() as f64 / elapsed,
        percentile(&all.latencies, 0.50).as_secs_f64() * 1000.0,
        percentile(&all.latencies, 0.99).as_secs_f64() * 1000.0,
        match (all.failures, other.is_empty()) {
            (0, true) => "none".to_string(),
            _ => format!("{} failed; other answers {other:?}", all.failures),
        }
    );
    let books = check_books(&mut checker, &before, &all.paid).await?;
    eprintln!("  {}: {books}", workload.name());
    Ok(())
}

async fn main_result() -> Result<(), Failure> {
    let options = options()?;
    let mut client = Client::new(options.addr);
    let methods: Vec<PaymentMethod> = client.get_json("/api/v1/payment-methods").await?;
    let method = methods
        .iter()
        .find(|m| m.status == MethodStatus::Active)
        .ok_or("no active payment method")?;
    let first: Page<Invoice> = client.get_json("/api/v1/invoices?limit=1").await?;
    let reads = read_paths(first.total);
    for workload in [Workload::Reads, Workload::Payments, Workload::Mix] {
        run(&options, workload, &method.id, &reads).await?;
    }
    Ok(())
}

#[tokio::main]
async fn main() {
    if let Err(failure) = main_result().await {
        eprintln!("load: {failure}");
        std::process::exit(1);
    }
}
