//! A response's head (status, version, headers and URL), taken off one body to go over
//! another: the read of a whole body and the gzip decoding each hand the caller a response
//! like the carrier's, over a body of their own.

use reqwest::ResponseBuilderExt as _;

/// A response's status, version, headers and URL, without its body.
pub(crate) struct ResponseHead {
    status: http::StatusCode,
    version: http::Version,
    /// The headers, which a caller may edit before [`ResponseHead::over`].
    pub(crate) headers: http::HeaderMap,
    url: reqwest::Url,
}

impl ResponseHead {
    /// Takes the head of `response`, leaving its body to be read. The headers are moved,
    /// not cloned; the URL goes along (otherwise the rebuilt response would parse a
    /// placeholder URL of its own).
    pub(crate) fn take(response: &mut reqwest::Response) -> Self {
        Self {
            status: response.status(),
            version: response.version(),
            headers: std::mem::take(response.headers_mut()),
            url: response.url().clone(),
        }
    }

    /// The response this head describes, over `body`.
    pub(crate) fn over(self, body: impl Into<reqwest::Body>) -> reqwest::Response {
        let mut response = match http::Response::builder().url(self.url).body(body.into()) {
            Ok(response) => response,
            // A builder given nothing but the URL extension and the body has nothing to
            // refuse.
            Err(_) => unreachable!("http::response::Builder refused a URL extension"),
        };
        *response.status_mut() = self.status;
        *response.version_mut() = self.version;
        *response.headers_mut() = self.headers;
        reqwest::Response::from(response)
    }
}
