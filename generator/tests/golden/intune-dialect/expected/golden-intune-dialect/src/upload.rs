//! Large file upload: a file sent in ranges to the URL of an upload session (the
//! `createUploadSession` operations), resumed where the service says after a failure.
use crate::client::Client;
use crate::request::{Error, Request, ResponseBody};
/// Upload ranges are multiples of 320 KiB, as the service requires.
pub const UPLOAD_RANGE_UNIT: usize = 320 * 1024;
/// The default range: 16 × 320 KiB (5 MiB), under the 60 MiB a request may carry.
pub const DEFAULT_UPLOAD_RANGE: usize = 16 * UPLOAD_RANGE_UNIT;
/// An upload session, as `createUploadSession` returns it and its URL reports progress.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UploadSession {
    /// Where the ranges go; it carries its own authorization (no bearer token is sent to it).
    #[serde(rename = "uploadUrl", default, skip_serializing_if = "Option::is_none")]
    pub upload_url: Option<String>,
    #[serde(
        rename = "expirationDateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_date_time: Option<String>,
    /// The ranges the service still needs, such as `["327680-"]` or `["0-1023", "4096-"]`.
    #[serde(rename = "nextExpectedRanges", default)]
    pub next_expected_ranges: Vec<String>,
}
impl UploadSession {
    /// The first byte the service still needs.
    pub fn next_start(&self) -> Option<usize> {
        let first = self.next_expected_ranges.first()?;
        first.split('-').next()?.trim().parse().ok()
    }
}
impl Client {
    /// Sends a request that creates an upload session (a `createUploadSession` endpoint,
    /// whatever type the docs give its response) and reads the session.
    pub async fn create_upload_session<S>(
        &self,
        request: Request<S>,
    ) -> Result<UploadSession, Error> {
        self.send(request.expecting::<UploadSession>()).await
    }
    /// Uploads `content` to a session in ranges of [`DEFAULT_UPLOAD_RANGE`] and returns the
    /// created item (a `driveItem`, an `attachment`, ...), read as `T`.
    pub async fn upload<T: ResponseBody>(
        &self,
        session: &UploadSession,
        content: &[u8],
    ) -> Result<T, Error> {
        self.upload_in_ranges(session, content, DEFAULT_UPLOAD_RANGE).await
    }
    /// Uploads `content` in ranges of `range_size` bytes, rounded down to a multiple of 320 KiB
    /// (at least one). Each range is a `PUT` with `Content-Range`; throttled ranges are retried
    /// as the retry policy says. After a range fails, the client asks the session for its
    /// `nextExpectedRanges` and resumes there, up to the policy's number of retries.
    pub async fn upload_in_ranges<T: ResponseBody>(
        &self,
        session: &UploadSession,
        content: &[u8],
        range_size: usize,
    ) -> Result<T, Error> {
        let url = session
            .upload_url
            .as_deref()
            .ok_or_else(|| Error::Upload(
                "the upload session has no uploadUrl".to_string(),
            ))?;
        let range = (range_size / UPLOAD_RANGE_UNIT).max(1) * UPLOAD_RANGE_UNIT;
        let total = content.len();
        let mut start = session.next_start().unwrap_or(0);
        let mut failures = 0;
        loop {
            if start >= total {
                return Err(
                    Error::Upload(
                        format!(
                            "the service expects byte {start} of a {total}-byte file and returned no item"
                        ),
                    ),
                );
            }
            let end = (start + range).min(total);
            let request = self
                .http
                .put(url)
                .header(
                    reqwest::header::CONTENT_RANGE,
                    format!("bytes {}-{}/{}", start, end - 1, total),
                )
                .body(content[start..end].to_vec())
                .build()
                .map_err(Error::Http)?;
            tracing::debug!(start, end, total, "uploading range");
            let failure = match self.execute(request, None, false).await {
                Ok(response) if response.status == 200 || response.status == 201 => {
                    return T::from_body(&response.body).map_err(Error::Decode);
                }
                Ok(response) if response.status == 202 => {
                    let progress: UploadSession = serde_json::from_slice(&response.body)
                        .map_err(Error::Decode)?;
                    start = progress.next_start().unwrap_or(end);
                    continue;
                }
                Ok(response) => Error::from_status(response.status, &response.body),
                Err(error) => error,
            };
            failures += 1;
            if failures > self.retry.max_retries() {
                return Err(failure);
            }
            tracing::debug!(
                start, failures, error = % failure,
                "range failed; asking the session where to resume"
            );
            tokio::time::sleep(self.retry.backoff(failures)).await;
            let status = self.http.get(url).build().map_err(Error::Http)?;
            let status = self.execute(status, None, false).await?;
            if !(200..300).contains(&status.status) {
                return Err(Error::from_status(status.status, &status.body));
            }
            let progress: UploadSession = serde_json::from_slice(&status.body)
                .map_err(Error::Decode)?;
            start = progress
                .next_start()
                .ok_or_else(|| Error::Upload(
                    "the session expects no more bytes and returned no item".to_string(),
                ))?;
        }
    }
}
