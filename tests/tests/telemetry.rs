//! Telemetry: the `trunkline.operation` span's fields follow OpenTelemetry's HTTP client
//! semantic conventions (recorded by a `tracing` layer that keeps every field of every span),
//! never carry an id, a secret or the full URL; and the `metrics` feature counts requests and
//! retries and records latencies with vendor / operation / status labels (a hand-written
//! recorder keeps every sample).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::TryStreamExt;
use trunkline::{ClientConfig, RetryPolicy, TrunkFilter, Vendor};
use trunkline_tests::{Reply, ScriptedServer, fixture};

// --- A layer recording span fields -----------------------------------------------------------

/// One span: its name and every field recorded on it (at creation or later), as text.
#[derive(Clone, Debug, Default)]
struct SpanRecord {
    name: String,
    fields: BTreeMap<String, String>,
}

#[derive(Clone, Default)]
struct Spans(Arc<Mutex<Vec<SpanRecord>>>);

impl Spans {
    fn named(&self, name: &str) -> Vec<SpanRecord> {
        let spans = self.0.lock().unwrap();
        spans.iter().filter(|s| s.name == name).cloned().collect()
    }
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
    fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
        self.0.insert(field.name().to_owned(), value.to_string());
    }
    fn record_i64(&mut self, field: &tracing::field::Field, value: i64) {
        self.0.insert(field.name().to_owned(), value.to_string());
    }
}

/// Index of a span's record in `Spans`.
struct Slot(usize);

impl<S> tracing_subscriber::Layer<S> for Spans
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        id: &tracing::span::Id,
        ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let mut record = SpanRecord {
            name: attrs.metadata().name().to_owned(),
            ..SpanRecord::default()
        };
        attrs.record(&mut Fields(&mut record.fields));
        let mut spans = self.0.lock().unwrap();
        spans.push(record);
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(Slot(spans.len() - 1));
        }
    }

    fn on_record(
        &self,
        id: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let Some(span) = ctx.span(id) else { return };
        let extensions = span.extensions();
        let Some(Slot(index)) = extensions.get::<Slot>() else {
            return;
        };
        let mut spans = self.0.lock().unwrap();
        values.record(&mut Fields(&mut spans[*index].fields));
    }
}

fn capture() -> (Spans, tracing::subscriber::DefaultGuard) {
    use tracing_subscriber::layer::SubscriberExt as _;
    let spans = Spans::default();
    let subscriber = tracing_subscriber::registry().with(spans.clone());
    let guard = tracing::subscriber::set_default(subscriber);
    (spans, guard)
}

/// Retries without jitter, 1 ms apart.
fn quick(attempts: u32) -> ClientConfig {
    ClientConfig::default().with_retry(
        RetryPolicy::default()
            .with_max_attempts(attempts)
            .with_backoff(Duration::from_millis(1), Duration::from_millis(1))
            .with_jitter(false),
    )
}

const TOKEN: &str = "telemetry-secret-token-9f8e";

fn plivo(url: &str, config: ClientConfig) -> trunkline_plivo::Client {
    trunkline_plivo::ClientBuilder::new(trunkline_emulator::DEFAULT_PLIVO_AUTH_ID, TOKEN)
        .base_url(url)
        .config(config)
        .build()
        .expect("client")
}

fn port_of(url: &str) -> String {
    url.rsplit(':').next().unwrap_or_default().to_owned()
}

fn assert_clean(span: &SpanRecord, also: &[&str]) {
    let text = format!("{span:?}");
    for needle in [TOKEN, trunkline_emulator::DEFAULT_PLIVO_AUTH_ID, "http://"]
        .iter()
        .chain(also)
    {
        assert!(!text.contains(needle), "{needle} in {text}");
    }
}

#[tokio::test]
async fn a_retried_call_has_the_http_client_conventions_fields() {
    let server = ScriptedServer::start(vec![
        Reply::json(503, &fixture("plivo", "docs__generic_error.json")),
        Reply::json(200, &fixture("plivo", "docs__trunk_list.json")),
    ])
    .await;
    let client = plivo(&server.url, quick(3));
    let (spans, _guard) = capture();
    client
        .list_trunks()
        .send()
        .await
        .expect("the second attempt");

    let spans = spans.named("trunkline.operation");
    assert_eq!(spans.len(), 1, "{spans:?}");
    let fields = &spans[0].fields;
    let expected = [
        ("otel.name", "GET /Trunk/".to_owned()),
        ("otel.kind", "client".to_owned()),
        ("http.request.method", "GET".to_owned()),
        ("server.address", "127.0.0.1".to_owned()),
        ("server.port", port_of(&server.url)),
        ("url.template", "/Trunk/".to_owned()),
        ("trunkline.vendor", "plivo".to_owned()),
        ("trunkline.operation", "list_trunks".to_owned()),
        ("http.response.status_code", "200".to_owned()),
        ("http.request.resend_count", "1".to_owned()),
        ("attempts", "2".to_owned()),
    ];
    for (name, value) in expected {
        assert_eq!(fields.get(name), Some(&value), "{name}: {fields:?}");
    }
    assert!(!fields.contains_key("error.type"), "{fields:?}");
    assert_clean(&spans[0], &[]);
}

#[tokio::test]
async fn ids_stay_out_of_the_span_and_failures_have_an_error_type() {
    let server = ScriptedServer::start(vec![Reply::json(
        404,
        &fixture("plivo", "docs__generic_error.json"),
    )])
    .await;
    let client = plivo(&server.url, quick(1));
    let (spans, _guard) = capture();
    let id = "TK-hostile-id-77";
    client
        .get_trunk()
        .trunk_id(id)
        .send()
        .await
        .expect_err("404");
    let refused = plivo("http://127.0.0.1:1", quick(1));
    refused
        .get_trunk()
        .trunk_id(id)
        .send()
        .await
        .expect_err("refused");

    let spans = spans.named("trunkline.operation");
    assert_eq!(spans.len(), 2, "{spans:?}");
    for span in &spans {
        assert_eq!(
            span.fields.get("otel.name").map(String::as_str),
            Some("GET /Trunk/{trunk_id}/")
        );
        assert_eq!(
            span.fields.get("url.template").map(String::as_str),
            Some("/Trunk/{trunk_id}/")
        );
        assert_clean(span, &[id]);
    }
    let (missing, refused) = (&spans[0].fields, &spans[1].fields);
    assert_eq!(missing.get("http.response.status_code").unwrap(), "404");
    assert_eq!(missing.get("error.type").unwrap(), "404");
    assert_eq!(missing.get("http.request.resend_count").unwrap(), "0");
    assert_eq!(refused.get("error.type").unwrap(), "connect_error");
    assert_eq!(refused.get("server.port").unwrap(), "1");
    assert!(!refused.contains_key("http.response.status_code"));
}

#[tokio::test]
async fn every_vendor_names_itself_and_its_operation() {
    for vendor in Vendor::ALL {
        let server = ScriptedServer::start(vec![Reply::Respond {
            status: 401,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: "{}".into(),
        }])
        .await;
        let provider =
            trunkline_tests::load::provider_at(vendor, &server.url, TOKEN, quick(1)).unwrap();
        let (spans, guard) = capture();
        let listed: Result<Vec<_>, _> =
            provider.list_trunks(TrunkFilter::new()).try_collect().await;
        listed.expect_err("401");
        drop(guard);
        let spans = spans.named("trunkline.operation");
        assert_eq!(spans.len(), 1, "{vendor}: {spans:?}");
        let fields = &spans[0].fields;
        assert_eq!(fields.get("trunkline.vendor"), Some(&vendor.to_string()));
        // The vendor operation of the first request (Telnyx lists credential connections first).
        let operation = match vendor {
            Vendor::Telnyx => "list_credential_connections",
            _ => "list_trunks",
        };
        assert_eq!(
            fields.get("trunkline.operation").map(String::as_str),
            Some(operation),
            "{vendor}"
        );
        assert_eq!(fields.get("error.type").map(String::as_str), Some("401"));
        let template = fields.get("url.template").expect("a template");
        assert!(template.starts_with('/'), "{vendor}: {template}");
        assert_eq!(
            fields.get("otel.name"),
            Some(&format!("GET {template}")),
            "{vendor}"
        );
        assert!(!format!("{fields:?}").contains(TOKEN), "{vendor}");
    }
}

// --- A recorder keeping every metric sample --------------------------------------------------

/// `(metric name, sorted labels)` → the samples recorded (counter increments or histogram
/// values).
type Samples = Arc<Mutex<BTreeMap<(String, Vec<(String, String)>), Vec<f64>>>>;

#[derive(Clone, Default)]
struct Recorder(Samples);

struct Handle {
    key: (String, Vec<(String, String)>),
    samples: Samples,
}

impl Handle {
    fn push(&self, value: f64) {
        let mut samples = self.samples.lock().unwrap();
        samples.entry(self.key.clone()).or_default().push(value);
    }
}

impl metrics::CounterFn for Handle {
    fn increment(&self, value: u64) {
        self.push(value as f64);
    }
    fn absolute(&self, value: u64) {
        self.push(value as f64);
    }
}

impl metrics::HistogramFn for Handle {
    fn record(&self, value: f64) {
        self.push(value);
    }
}

impl Recorder {
    fn handle(&self, key: &metrics::Key) -> Arc<Handle> {
        let mut labels: Vec<(String, String)> = key
            .labels()
            .map(|l| (l.key().to_owned(), l.value().to_owned()))
            .collect();
        labels.sort();
        Arc::new(Handle {
            key: (key.name().to_owned(), labels),
            samples: self.0.clone(),
        })
    }

    /// The samples of `name` whose labels are exactly `labels`.
    fn samples(&self, name: &str, labels: &[(&str, &str)]) -> Vec<f64> {
        let mut wanted: Vec<(String, String)> = labels
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        wanted.sort();
        let samples = self.0.lock().unwrap();
        samples
            .get(&(name.to_owned(), wanted))
            .cloned()
            .unwrap_or_default()
    }

    fn names(&self) -> Vec<String> {
        let samples = self.0.lock().unwrap();
        let mut names: Vec<String> = samples.keys().map(|(name, _)| name.clone()).collect();
        names.dedup();
        names
    }
}

impl metrics::Recorder for Recorder {
    fn describe_counter(
        &self,
        _: metrics::KeyName,
        _: Option<metrics::Unit>,
        _: metrics::SharedString,
    ) {
    }
    fn describe_gauge(
        &self,
        _: metrics::KeyName,
        _: Option<metrics::Unit>,
        _: metrics::SharedString,
    ) {
    }
    fn describe_histogram(
        &self,
        _: metrics::KeyName,
        _: Option<metrics::Unit>,
        _: metrics::SharedString,
    ) {
    }
    fn register_counter(&self, key: &metrics::Key, _: &metrics::Metadata<'_>) -> metrics::Counter {
        metrics::Counter::from_arc(self.handle(key))
    }
    fn register_gauge(&self, _: &metrics::Key, _: &metrics::Metadata<'_>) -> metrics::Gauge {
        metrics::Gauge::noop()
    }
    fn register_histogram(
        &self,
        key: &metrics::Key,
        _: &metrics::Metadata<'_>,
    ) -> metrics::Histogram {
        metrics::Histogram::from_arc(self.handle(key))
    }
}

#[tokio::test]
async fn requests_retries_and_latencies_are_metrics_with_vendor_operation_and_status() {
    let server = ScriptedServer::start(vec![
        Reply::json(503, &fixture("plivo", "docs__generic_error.json")),
        Reply::json(429, &fixture("plivo", "docs__generic_error.json")),
        Reply::json(200, &fixture("plivo", "docs__trunk_list.json")),
        Reply::json(404, &fixture("plivo", "docs__generic_error.json")),
    ])
    .await;
    let client = plivo(&server.url, quick(3));
    let recorder = Recorder::default();
    let _guard = metrics::set_default_local_recorder(&recorder);
    client
        .list_trunks()
        .send()
        .await
        .expect("the third attempt");
    client
        .get_trunk()
        .trunk_id("TK-metric-id")
        .send()
        .await
        .expect_err("404");

    let list = |status: &'static str| {
        [
            ("vendor", "plivo"),
            ("operation", "list_trunks"),
            ("status", status),
        ]
    };
    let requests = "trunkline_client_requests_total";
    for status in ["503", "429", "200"] {
        assert_eq!(recorder.samples(requests, &list(status)), [1.0], "{status}");
    }
    let get_404 = [
        ("vendor", "plivo"),
        ("operation", "get_trunk"),
        ("status", "404"),
    ];
    assert_eq!(recorder.samples(requests, &get_404), [1.0]);

    let retries = "trunkline_client_retries_total";
    assert_eq!(recorder.samples(retries, &list("503")), [1.0]);
    assert_eq!(recorder.samples(retries, &list("429")), [1.0]);
    assert!(recorder.samples(retries, &list("200")).is_empty());
    assert!(recorder.samples(retries, &get_404).is_empty());

    let attempt = "trunkline_client_request_duration_seconds";
    for status in ["503", "429", "200"] {
        let samples = recorder.samples(attempt, &list(status));
        assert!(
            samples.len() == 1 && samples[0] >= 0.0,
            "{status}: {samples:?}"
        );
    }
    let call = "trunkline_client_operation_duration_seconds";
    let calls = recorder.samples(call, &list("200"));
    // The call took at least its two 1 ms backoff waits.
    assert!(calls.len() == 1 && calls[0] >= 0.002, "{calls:?}");
    assert_eq!(recorder.samples(call, &get_404).len(), 1);

    let mut names = recorder.names();
    names.sort();
    assert_eq!(
        names,
        [
            "trunkline_client_operation_duration_seconds",
            "trunkline_client_request_duration_seconds",
            "trunkline_client_requests_total",
            "trunkline_client_retries_total",
        ]
    );
    let everything = format!("{:?}", recorder.0.lock().unwrap());
    assert!(!everything.contains("TK-metric-id") && !everything.contains(TOKEN));
}
