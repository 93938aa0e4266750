//! Compressed responses: every request asks for gzip (`Accept-Encoding: gzip`), and a response
//! that comes back gzipped is decoded here, in one pass over its whole body, rather than by
//! reqwest.
//!
//! reqwest's own decoding (tower-http over async-compression) hands the decoded body out in
//! 4 KiB chunks: each one a fresh allocation, zeroed before the decoder writes it, then copied
//! once more when the body is collected. Every body trunkline reads is read whole (it is JSON,
//! decoded at once), so here the compressed bytes (a twentieth of the JSON) are collected first
//! and decoded straight into one buffer as large as the gzip trailer says the data is (plus
//! the room the decoder's fast path needs, [`FAST_PATH_ROOM`]).
//! Measured on 10,000 Twilio trunks in pages of 1,000 (README, Performance): the client's CPU
//! for the whole listing fell by a sixth against reqwest's brotli decoding of the same pages
//! (reqwest's gzip decoding costs the same as its brotli). Brotli is not asked for: decoded
//! the same way (brotli-decompressor, whole body) it cost more CPU than reqwest's decoding,
//! not less, for pages a sixth smaller; servers that offer brotli offer gzip.
//!
//! A body that breaks off is the transport's error, as before; a body that is complete on
//! the wire but not a complete, valid gzip stream is an error of its own (reqwest reports
//! both as a body error, [`reqwest::Error::is_decode`]), never a short body.

use std::io::{self, Read};
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use bytes::{Bytes, BytesMut};
use http::HeaderValue;
use http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_LENGTH};
use http_body::{Body, Frame, SizeHint};

use crate::response_head::ResponseHead;

/// The coding trunkline asks for and decodes.
const ACCEPTED: HeaderValue = HeaderValue::from_static("gzip");

/// Asks for a gzipped response, unless the request already names its codings.
pub(crate) fn accept_compressed(request: &mut reqwest::Request) {
    request
        .headers_mut()
        .entry(ACCEPT_ENCODING)
        .or_insert(ACCEPTED);
}

/// Whether a `Content-Encoding` value is gzip alone. No coding, `identity`, another coding or
/// several codings are left to the caller as they are, as reqwest leaves them.
fn is_gzip(value: &HeaderValue) -> bool {
    value.to_str().is_ok_and(|value| {
        let value = value.trim();
        value.eq_ignore_ascii_case("gzip") || value.eq_ignore_ascii_case("x-gzip")
    })
}

/// The response with its body decoded as it is read, if it is gzipped; its
/// `Content-Encoding` and `Content-Length` (the compressed length) removed, as reqwest's
/// decoding removes them. Any other response is returned untouched.
pub(crate) fn decoded(mut response: reqwest::Response) -> reqwest::Response {
    if !response
        .headers()
        .get(CONTENT_ENCODING)
        .is_some_and(is_gzip)
    {
        return response;
    }
    let mut head = ResponseHead::take(&mut response);
    let compressed_len = head
        .headers
        .remove(CONTENT_LENGTH)
        .and_then(|len| len.to_str().ok()?.parse::<usize>().ok());
    head.headers.remove(CONTENT_ENCODING);
    let raw = http::Response::<reqwest::Body>::from(response).into_body();
    let body = DecodingBody {
        raw,
        // Room for the whole compressed body when its length is announced (capped: the
        // header is the server's word, the buffer grows past it anyway).
        compressed: BytesMut::with_capacity(compressed_len.unwrap_or(0).min(1 << 20)),
        done: false,
    };
    head.over(reqwest::Body::wrap(body))
}

/// A gzipped body, collected whole and then yielded decoded, as one frame.
struct DecodingBody {
    raw: reqwest::Body,
    compressed: BytesMut,
    done: bool,
}

impl Body for DecodingBody {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = self.get_mut();
        if this.done {
            return Poll::Ready(None);
        }
        loop {
            match ready!(Pin::new(&mut this.raw).poll_frame(cx)) {
                Some(Ok(frame)) => {
                    // Trailers (which JSON APIs do not send) are dropped.
                    if let Ok(data) = frame.into_data() {
                        this.compressed.extend_from_slice(&data);
                    }
                }
                Some(Err(err)) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(err.into())));
                }
                None => {
                    this.done = true;
                    // An empty body (a 204, a HEAD) carries no compressed stream to decode.
                    if this.compressed.is_empty() {
                        return Poll::Ready(None);
                    }
                    let decoded = decode(&this.compressed);
                    this.compressed = BytesMut::new();
                    return Poll::Ready(Some(match decoded {
                        Ok(decoded) => Ok(Frame::data(decoded)),
                        Err(err) => Err(err.into()),
                    }));
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.done
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::default()
    }
}

/// Decodes a whole gzipped body.
fn decode(compressed: &[u8]) -> io::Result<Bytes> {
    gunzip(compressed).map(Bytes::from).map_err(|err| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "the gzip response body ({} bytes) does not decode: {err}",
                compressed.len()
            ),
        )
    })
}

/// The largest expansion deflate allows (1,032 to 1): the bound on a gzip trailer's claim.
const DEFLATE_MAX_RATIO: usize = 1032;

/// Room past the decoded length in the output buffer. zlib-rs (like zlib) decodes on its
/// fast path only while at least 260 bytes of output space are left, and byte by byte on its
/// slow path after that: in a buffer of exactly the decoded length, the last 260 bytes of
/// every body went the slow way, which for a one-trunk body of about a kilobyte is most of
/// its cost (measured under callgrind: 19,500 instructions to inflate a Plivo trunk against
/// reqwest's 11,400, whose 8 KiB chunks always leave room).
const FAST_PATH_ROOM: usize = 512;

/// Decodes a gzip body (one or more members) into a buffer as large as the last member's
/// trailer says the data is (ISIZE, the length modulo 2³²), when that is a length deflate
/// can reach, plus [`FAST_PATH_ROOM`]; the buffer doubles if the claim was short.
///
/// The decoder is handed all the room left at once (not `read_to_end`'s chunks of 8 KiB and
/// up), so a body is decoded in one call, its output copied once into the decoder's window.
fn gunzip(compressed: &[u8]) -> io::Result<Vec<u8>> {
    let claimed = compressed
        .len()
        .checked_sub(4)
        .and_then(|at| compressed.get(at..))
        .and_then(|tail| <[u8; 4]>::try_from(tail).ok())
        .map(|isize| u32::from_le_bytes(isize) as usize)
        .filter(|&len| len <= compressed.len().saturating_mul(DEFLATE_MAX_RATIO))
        .unwrap_or(compressed.len() * 8);
    let mut decoder = flate2::bufread::MultiGzDecoder::new(compressed);
    let mut decoded = vec![0; claimed + FAST_PATH_ROOM];
    let mut len = 0;
    loop {
        if decoded.len() - len < FAST_PATH_ROOM {
            decoded.resize(decoded.len() * 2, 0);
        }
        match decoder.read(&mut decoded[len..]) {
            Ok(0) => break,
            Ok(read) => len += read,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    decoded.truncate(len);
    Ok(decoded)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;
    use reqwest::ResponseBuilderExt as _;

    const JSON: &str = r#"{"trunks":[{"sid":"TK1","friendly_name":"one"}],"meta":{"page":0}}"#;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(data).expect("gzip");
        encoder.finish().expect("gzip")
    }

    /// A response with these headers whose body arrives in 7-byte chunks, and, when `cut`,
    /// then breaks off as a closed connection does.
    fn response(headers: &[(&str, &str)], body: Vec<u8>, cut: bool) -> reqwest::Response {
        let mut builder = http::Response::builder()
            .status(200)
            .url(url::Url::parse("https://api.example.com/v1/Trunks").unwrap());
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let mut chunks: Vec<io::Result<Bytes>> = body
            .chunks(7)
            .map(|chunk| Ok(Bytes::copy_from_slice(chunk)))
            .collect();
        if cut {
            chunks.push(Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the connection closed before the end of the body",
            )));
        }
        let body = reqwest::Body::wrap_stream(futures::stream::iter(chunks));
        reqwest::Response::from(builder.body(body).expect("response"))
    }

    #[tokio::test]
    async fn a_gzip_body_is_decoded_and_its_coding_headers_removed() {
        for coding in ["gzip", "GZIP", " gzip ", "x-gzip"] {
            let compressed = gzip(JSON.as_bytes());
            let len = compressed.len().to_string();
            let raw = response(
                &[
                    ("content-encoding", coding),
                    ("content-length", &len),
                    ("content-type", "application/json"),
                ],
                compressed,
                false,
            );
            let response = decoded(raw);
            assert_eq!(response.status(), 200);
            assert_eq!(response.url().as_str(), "https://api.example.com/v1/Trunks");
            assert!(
                response.headers().get(CONTENT_ENCODING).is_none(),
                "{coding}"
            );
            assert!(response.headers().get(CONTENT_LENGTH).is_none(), "{coding}");
            assert_eq!(
                response.headers().get("content-type").unwrap(),
                "application/json"
            );
            assert_eq!(response.bytes().await.expect(coding), JSON, "{coding}");
        }
    }

    #[tokio::test]
    async fn a_large_body_decodes_whole_and_a_false_length_in_its_trailer_is_an_error() {
        // A third of a megabyte of repetitive JSON.
        let page: String = (0..5_000)
            .map(|i| format!(r#"{{"sid":"TK{i:032}","friendly_name":"trunk {i}"}},"#))
            .collect();
        let compressed = gzip(page.as_bytes());
        let body = decoded(response(
            &[("content-encoding", "gzip")],
            compressed.clone(),
            false,
        ))
        .bytes()
        .await
        .expect("the true trailer");
        assert_eq!(body, page.as_bytes());
        // A trailer whose length is false (too short, or more than deflate can expand to)
        // sizes the first buffer wrongly, nothing more: the decoder still checks it.
        let mut claims = vec![];
        for claimed in [16u32, u32::MAX] {
            let mut lying = compressed.clone();
            let at = lying.len() - 4;
            lying[at..].copy_from_slice(&claimed.to_le_bytes());
            claims.push(lying);
        }
        for lying in claims {
            let err = decoded(response(&[("content-encoding", "gzip")], lying, false))
                .bytes()
                .await
                .expect_err("the length check of the trailer");
            assert!(err.is_decode() || err.is_body(), "{err:?}");
        }
    }

    #[tokio::test]
    async fn a_gzip_body_of_several_members_decodes_to_all_of_them() {
        let mut two = gzip(b"{\"trunks\":");
        two.extend(gzip(b"[]}"));
        let body = decoded(response(&[("content-encoding", "gzip")], two, false))
            .bytes()
            .await
            .expect("two members");
        assert_eq!(body, "{\"trunks\":[]}");

        // The trailer read for the buffer's size is the last member's: a large first member
        // outgrows it, and the buffer grows (doubling, many times) to hold every byte.
        let trunks: String = (0..5_000)
            .map(|i| format!(r#"{{"sid":"TK{i:032}"}},"#))
            .collect();
        let mut large_first = gzip(format!("{{\"trunks\":[{trunks}").as_bytes());
        large_first.extend(gzip(b"{}]}"));
        let body = decoded(response(
            &[("content-encoding", "gzip")],
            large_first,
            false,
        ))
        .bytes()
        .await
        .expect("a large member, then a small one");
        assert_eq!(body, format!("{{\"trunks\":[{trunks}{{}}]}}").as_bytes());
    }

    #[tokio::test]
    async fn a_gzip_body_that_breaks_off_is_the_transports_error() {
        let compressed = gzip(JSON.as_bytes());
        let half = compressed[..compressed.len() / 2].to_vec();
        let err = decoded(response(&[("content-encoding", "gzip")], half, true))
            .bytes()
            .await
            .expect_err("cut");
        assert!(err.is_decode() || err.is_body(), "{err:?}");
        let chain = format!("{err:?}");
        assert!(chain.contains("the connection closed"), "{chain}");
    }

    #[tokio::test]
    async fn a_whole_body_that_is_not_a_whole_gzip_stream_is_an_error_not_a_short_body() {
        let compressed = gzip(JSON.as_bytes());
        // The transport delivers every byte it was sent, but the stream stops halfway.
        let half = compressed[..compressed.len() / 2].to_vec();
        // Not compressed at all, yet labelled so.
        let plain = JSON.as_bytes().to_vec();
        // A stream whose checksum does not match its data.
        let mut corrupt = compressed.clone();
        let crc_at = corrupt.len() - 8;
        corrupt[crc_at] ^= 0xff;
        for (what, body) in [("half", half), ("plain", plain), ("corrupt", corrupt)] {
            let err = decoded(response(&[("content-encoding", "gzip")], body, false))
                .bytes()
                .await
                .expect_err(what);
            assert!(err.is_decode() || err.is_body(), "{what}: {err:?}");
            assert!(
                format!("{err:?}").contains("the gzip response body"),
                "{what}: {err:?}"
            );
        }
    }

    #[tokio::test]
    async fn other_codings_and_plain_bodies_are_left_as_they_are() {
        for headers in [
            vec![],
            vec![("content-encoding", "identity")],
            vec![("content-encoding", "br")],
            vec![("content-encoding", "gzip, br")],
        ] {
            let raw = response(&headers, JSON.as_bytes().to_vec(), false);
            let response = decoded(raw);
            let expected = headers.first().map(|(_, value)| *value);
            assert_eq!(
                response
                    .headers()
                    .get(CONTENT_ENCODING)
                    .map(|v| v.to_str().unwrap()),
                expected
            );
            assert_eq!(response.bytes().await.expect("body"), JSON);
        }
    }

    #[tokio::test]
    async fn an_empty_body_labelled_gzip_is_empty() {
        let body = decoded(response(&[("content-encoding", "gzip")], Vec::new(), false))
            .bytes()
            .await
            .expect("empty");
        assert!(body.is_empty());
    }

    #[test]
    fn a_request_asks_for_gzip_unless_it_names_its_own_codings() {
        let client = reqwest::Client::new();
        let mut plain = client.get("https://api.example.com/").build().unwrap();
        accept_compressed(&mut plain);
        assert_eq!(plain.headers().get(ACCEPT_ENCODING).unwrap(), "gzip");
        let mut own = client
            .get("https://api.example.com/")
            .header(ACCEPT_ENCODING, "identity")
            .build()
            .unwrap();
        accept_compressed(&mut own);
        assert_eq!(own.headers().get(ACCEPT_ENCODING).unwrap(), "identity");
    }
}
