//! Retries of throttled and unavailable responses (`429`, `503`, `504`), as Microsoft Graph's
//! SDKs do them: `Retry-After` obeyed, exponential backoff with jitter otherwise, limits on the
//! number of retries, on one delay and on the total time.
use crate::request::GraphError;
use std::time::{Duration, SystemTime};
/// The most retries a [`RetryPolicy`] allows, whatever it is asked for.
pub const MAX_RETRIES: u32 = 10;
/// When and how long the client waits before sending a request again.
///
/// A request is retried when the service answers `429 Too Many Requests`, `503 Service
/// Unavailable` or `504 Gateway Timeout`, and only when its body can be sent again (every body
/// a [`Request`](crate::Request) holds can; a streamed body cannot). Each retry carries a
/// `Retry-Attempt` header numbering it from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_total: Duration,
}
impl Default for RetryPolicy {
    /// 3 retries, backoff from 3 s, at most 180 s for one delay and 10 minutes in all (the
    /// defaults of Microsoft Graph's SDKs, with a total cap added).
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_secs(3),
            max_delay: Duration::from_secs(180),
            max_total: Duration::from_secs(600),
        }
    }
}
impl RetryPolicy {
    /// A policy that never retries: throttled responses come back as errors at once.
    pub fn never() -> Self {
        RetryPolicy::default().with_max_retries(0)
    }
    /// Retries after the first attempt (default 3), at most [`MAX_RETRIES`].
    pub fn with_max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries.min(MAX_RETRIES);
        self
    }
    /// The first backoff delay when the service gives no `Retry-After` (default 3 s); each
    /// further retry doubles it.
    pub fn with_base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }
    /// The longest single wait (default 180 s). Backoff is capped at it; a `Retry-After`
    /// longer than it ends the retries, since waiting less than the service asks is refused.
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }
    /// The longest time from the first attempt to the start of the last (default 10 minutes).
    pub fn with_max_total(mut self, total: Duration) -> Self {
        self.max_total = total;
        self
    }
    pub fn max_retries(&self) -> u32 {
        self.max_retries
    }
    pub fn base_delay(&self) -> Duration {
        self.base_delay
    }
    pub fn max_delay(&self) -> Duration {
        self.max_delay
    }
    pub fn max_total(&self) -> Duration {
        self.max_total
    }
    /// Whether a status is one the policy retries: 429, 503 or 504.
    pub fn is_retryable(status: u16) -> bool {
        matches!(status, 429 | 503 | 504)
    }
    /// The backoff before retry number `retry` (from 1) when the service gave no
    /// `Retry-After`: half of `base_delay * 2^(retry-1)` plus a random part of the other half,
    /// capped at `max_delay`. Jitter spreads clients that were throttled together; keeping half
    /// fixed makes each delay at least as long as the one before.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exponential = self
            .base_delay
            .saturating_mul(1u32 << retry.saturating_sub(1).min(20));
        let half = exponential / 2;
        (half + half.mul_f64(fastrand::f64())).min(self.max_delay)
    }
    /// The wait before retry number `retry`, or `None` when the policy gives up: too many
    /// retries, a `Retry-After` over `max_delay`, or a wait past `max_total` since `elapsed`.
    pub fn delay(
        &self,
        retry: u32,
        retry_after: Option<Duration>,
        elapsed: Duration,
    ) -> Option<Duration> {
        if retry == 0 || retry > self.max_retries {
            return None;
        }
        let delay = match retry_after {
            Some(asked) if asked > self.max_delay => return None,
            Some(asked) => asked,
            None => self.backoff(retry),
        };
        (elapsed.saturating_add(delay) <= self.max_total).then_some(delay)
    }
}
/// Reads a `Retry-After` value: a number of seconds, or an HTTP date (then the time from `now`
/// until it, zero when it has passed). `None` when it is neither.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}
/// What the client knew when it stopped retrying a throttled or unavailable request.
#[derive(Debug)]
pub struct RetriesExhausted {
    /// The status of the last response (429, 503 or 504).
    pub status: u16,
    /// Graph's error JSON from the last response (`code`, `message`, `innerError` with
    /// `request-id` and `date`), when it sent one.
    pub error: Option<GraphError>,
    /// The last response's body as text, when it was not Graph's error JSON.
    pub body: String,
    /// The last `Retry-After` the service sent.
    pub retry_after: Option<Duration>,
    /// How many retries were made after the first attempt.
    pub retries: u32,
}
impl RetriesExhausted {
    pub(crate) fn new(
        status: u16,
        body: &[u8],
        retry_after: Option<Duration>,
        retries: u32,
    ) -> Self {
        let error = serde_json::from_slice::<GraphError>(body).ok();
        let body = if error.is_some() {
            String::new()
        } else {
            String::from_utf8_lossy(body).into_owned()
        };
        RetriesExhausted {
            status,
            error,
            body,
            retry_after,
            retries,
        }
    }
}
impl std::fmt::Display for RetriesExhausted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "gave up after {} retries: {}", self.retries, self.status)?;
        if let Some(error) = &self.error {
            write!(f, " {}: {}", error.error.code, error.error.message)?;
        }
        if let Some(wait) = self.retry_after {
            write!(f, " (Retry-After {} s)", wait.as_secs())?;
        }
        Ok(())
    }
}
