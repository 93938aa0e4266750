//! Time as an input of the retry loop: [`TimeSource`] (the wall clock) and its default.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// Where the retry loop reads the wall-clock time, to turn a `Retry-After` HTTP date into a
/// wait. Implement it to control that time in tests, or to correct a skewed system clock; set it
/// with [`ClientConfig::with_time_source`](crate::ClientConfig::with_time_source). The default
/// is [`SystemTimeSource`].
///
/// The retry loop reads two clocks, and tests control both:
///
/// - **Tokio's clock** (`tokio::time`) for everything that *waits or measures*: backoff and
///   `Retry-After` waits, the attempt timeout, the operation deadline, the elapsed time of a
///   [`CallReport`](crate::CallReport). It is the clock reqwest's per-request timeout runs on,
///   and reqwest enforces the attempt timeout (up to the last byte of the body) and creates the
///   timeout error progenitor's hooks must return; every other wait runs on the same clock so
///   that the two always agree. That is why there is no injectable sleep: it could not move
///   reqwest's timer. Tests pause it (`tokio::time::pause()`, or
///   `#[tokio::test(start_paused = true)]`): waits and timeouts then take exactly the virtual
///   time they should, however busy the machine is.
/// - **This time source** for the wall-clock time. Tokio's paused clock does not stop
///   `SystemTime::now()`, so an HTTP date would otherwise be compared with a clock the test
///   does not control.
///
/// Jitter, the third input, is a switch of the policy: [`RetryPolicy::with_jitter`](crate::RetryPolicy::with_jitter).
///
/// ```
/// use std::time::{Duration, SystemTime, UNIX_EPOCH};
/// use trunkline_core::{ClientConfig, TimeSource};
///
/// /// Always Wed, 21 Oct 2015 07:28:00 GMT.
/// #[derive(Debug)]
/// struct Fixed;
/// impl TimeSource for Fixed {
///     fn now(&self) -> SystemTime {
///         UNIX_EPOCH + Duration::from_secs(1_445_412_480)
///     }
/// }
///
/// let config = ClientConfig::default().with_time_source(Fixed);
/// assert_eq!(config.time_source().now(), UNIX_EPOCH + Duration::from_secs(1_445_412_480));
/// ```
pub trait TimeSource: fmt::Debug + Send + Sync {
    /// The current wall-clock time.
    fn now(&self) -> SystemTime;
}

/// The system's wall clock, `SystemTime::now()`: the default [`TimeSource`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SystemTimeSource;

impl TimeSource for SystemTimeSource {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

impl<T: TimeSource + ?Sized> TimeSource for Arc<T> {
    fn now(&self) -> SystemTime {
        (**self).now()
    }
}
